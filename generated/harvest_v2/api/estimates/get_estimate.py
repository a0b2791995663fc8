"""GET /estimates/{estimate_id}: Fetch one estimate with its line items."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.estimate import Estimate

OPERATION = "get_estimate"
METHOD = "GET"
PATH = "/estimates/{estimate_id}"


def _request(
    estimate_id: int,
) -> RequestSpec:
    """Build the GET /estimates/{estimate_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/estimates/{quote(str(estimate_id), safe='')}",
    )


RESPONSE_MODEL = Estimate
