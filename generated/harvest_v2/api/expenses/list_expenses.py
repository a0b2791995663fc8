"""GET /expenses: List expenses, most recently spent first."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.expenses import Expenses
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.expense import Expense

OPERATION = "list_expenses"
METHOD = "GET"
PATH = "/expenses"


def _request(
    *,
    user_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    is_billed: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /expenses request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(user_id, Unset):
        _params["user_id"] = user_id
    if not isinstance(client_id, Unset):
        _params["client_id"] = client_id
    if not isinstance(project_id, Unset):
        _params["project_id"] = project_id
    if not isinstance(is_billed, Unset):
        _params["is_billed"] = is_billed
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _datetime_arg("updated_since", updated_since)
    if not isinstance(from_, Unset):
        _params["from"] = _date_arg("from_", from_)
    if not isinstance(to, Unset):
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


RESPONSE_MODEL = Expenses


def _items(page: Expenses) -> builtins.list[Expense]:
    return page.expenses
