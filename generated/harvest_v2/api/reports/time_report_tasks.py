"""GET /reports/time/tasks: Hour totals per task and currency over a date range."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._request import RequestSpec
from ...models.time_reports_results import TimeReportsResults
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.time_report_include_fixed_fee import TimeReportIncludeFixedFee
    from ...models.time_reports_result import TimeReportsResult

OPERATION = "time_report_tasks"
METHOD = "GET"
PATH = "/reports/time/tasks"


def _request(
    *,
    from_: datetime.date,
    to: datetime.date,
    include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /reports/time/tasks request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    _params["from"] = _date_arg("from_", from_)
    _params["to"] = _date_arg("to", to)
    if not isinstance(include_fixed_fee, Unset):
        _params["include_fixed_fee"] = include_fixed_fee
    if not isinstance(page, Unset):
        _params["page"] = page
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        params=_params,
    )


RESPONSE_MODEL = TimeReportsResults


def _items(page: TimeReportsResults) -> builtins.list[TimeReportsResult]:
    return page.results
