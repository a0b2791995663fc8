"""DELETE /clients/{client_id}: Delete a client that has no projects, invoices or estimates."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.client import Client

OPERATION = "delete_client"
METHOD = "DELETE"
PATH = "/clients/{client_id}"


def _request(
    client_id: int,
) -> RequestSpec:
    """Build the DELETE /clients/{client_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/clients/{quote(str(client_id), safe='')}",
    )


RESPONSE_MODEL = Client
