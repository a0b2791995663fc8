"""DELETE /clients/{client_id}: Delete a client that has no projects, invoices or estimates."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.client import Client

METHOD = "DELETE"
PATH = "/clients/{client_id}"


def _request(
    client_id: int,
) -> RequestSpec:
    """Build the DELETE /clients/{client_id} request."""
    return RequestSpec(
        METHOD,
        f"/clients/{quote(str(client_id), safe='')}",
    )


def _parse(data: Any) -> Client | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else Client.from_dict(data)
