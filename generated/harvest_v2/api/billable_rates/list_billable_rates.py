"""GET /users/{user_id}/billable_rates: List a user's billable rates, oldest start first."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.billable_rates import BillableRates
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billable_rate import BillableRate

OPERATION = "list_billable_rates"
METHOD = "GET"
PATH = "/users/{user_id}/billable_rates"


def _request(
    user_id: int,
    *,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /users/{user_id}/billable_rates request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/billable_rates",
        params=_params,
    )


RESPONSE_MODEL = BillableRates


def _items(page: BillableRates) -> builtins.list[BillableRate]:
    return page.billable_rates
