"""DELETE /estimates/{estimate_id}: Delete an estimate."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.estimate import Estimate

OPERATION = "delete_estimate"
METHOD = "DELETE"
PATH = "/estimates/{estimate_id}"


def _request(
    estimate_id: int,
) -> RequestSpec:
    """Build the DELETE /estimates/{estimate_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/estimates/{quote(str(estimate_id), safe='')}",
    )


RESPONSE_MODEL = Estimate
