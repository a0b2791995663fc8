"""GET /reports/expenses/clients: Expense totals per client and currency over a date range."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._request import RequestSpec
from ...models.expense_reports_results import ExpenseReportsResults
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.expense_reports_result import ExpenseReportsResult

OPERATION = "expense_report_clients"
METHOD = "GET"
PATH = "/reports/expenses/clients"


def _request(
    *,
    from_: datetime.date,
    to: datetime.date,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /reports/expenses/clients request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    _params["from"] = _date_arg("from_", from_)
    _params["to"] = _date_arg("to", to)
    if not isinstance(page, Unset):
        _params["page"] = page
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        params=_params,
    )


RESPONSE_MODEL = ExpenseReportsResults


def _items(page: ExpenseReportsResults) -> builtins.list[ExpenseReportsResult]:
    return page.results
