"""GET /reports/uninvoiced: Uninvoiced hours and expenses of each billable project over a date range."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._request import RequestSpec
from ...models.uninvoiced_report_results import UninvoicedReportResults
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.uninvoiced_report_result import UninvoicedReportResult

OPERATION = "uninvoiced_report"
METHOD = "GET"
PATH = "/reports/uninvoiced"


def _request(
    *,
    from_: datetime.date,
    to: datetime.date,
    include_fixed_fee: bool = True,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /reports/uninvoiced request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    _params["from"] = _date_arg("from_", from_)
    _params["to"] = _date_arg("to", to)
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


RESPONSE_MODEL = UninvoicedReportResults


def _items(page: UninvoicedReportResults) -> builtins.list[UninvoicedReportResult]:
    return page.results
