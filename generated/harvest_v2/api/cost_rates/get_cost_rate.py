"""GET /users/{user_id}/cost_rates/{cost_rate_id}: Fetch one cost rate of a user."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.cost_rate import CostRate

OPERATION = "get_cost_rate"
METHOD = "GET"
PATH = "/users/{user_id}/cost_rates/{cost_rate_id}"


def _request(
    user_id: int,
    cost_rate_id: int,
) -> RequestSpec:
    """Build the GET /users/{user_id}/cost_rates/{cost_rate_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/cost_rates/{quote(str(cost_rate_id), safe='')}",
    )


RESPONSE_MODEL = CostRate
