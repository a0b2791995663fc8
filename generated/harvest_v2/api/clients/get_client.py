"""GET /clients/{client_id}: Fetch one client."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.client import Client

OPERATION = "get_client"
METHOD = "GET"
PATH = "/clients/{client_id}"


def _request(
    client_id: int,
) -> RequestSpec:
    """Build the GET /clients/{client_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/clients/{quote(str(client_id), safe='')}",
    )


RESPONSE_MODEL = Client
