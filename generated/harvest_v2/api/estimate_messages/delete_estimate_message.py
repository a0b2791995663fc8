"""DELETE /estimates/{estimate_id}/messages/{message_id}: Delete a message of an estimate."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec

OPERATION = "delete_estimate_message"
METHOD = "DELETE"
PATH = "/estimates/{estimate_id}/messages/{message_id}"


def _request(
    estimate_id: int,
    message_id: int,
) -> RequestSpec:
    """Build the DELETE /estimates/{estimate_id}/messages/{message_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/estimates/{quote(str(estimate_id), safe='')}/messages/{quote(str(message_id), safe='')}",
    )
