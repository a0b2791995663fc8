"""GET /users/{user_id}/billable_rates/{billable_rate_id}: Fetch one billable rate of a user."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.billable_rate import BillableRate

METHOD = "GET"
PATH = "/users/{user_id}/billable_rates/{billable_rate_id}"


def _request(
    user_id: int,
    billable_rate_id: int,
) -> RequestSpec:
    """Build the GET /users/{user_id}/billable_rates/{billable_rate_id} request."""
    return RequestSpec(
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/billable_rates/{quote(str(billable_rate_id), safe='')}",
    )


def _parse(data: Any) -> BillableRate:
    return BillableRate.from_dict(data)
