"""GET /users/{user_id}/billable_rates/{billable_rate_id}: Fetch one billable rate of a user."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.billable_rate import BillableRate

OPERATION = "get_billable_rate"
METHOD = "GET"
PATH = "/users/{user_id}/billable_rates/{billable_rate_id}"


def _request(
    user_id: int,
    billable_rate_id: int,
) -> RequestSpec:
    """Build the GET /users/{user_id}/billable_rates/{billable_rate_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/billable_rates/{quote(str(billable_rate_id), safe='')}",
    )


RESPONSE_MODEL = BillableRate
