"""DELETE /contacts/{contact_id}: Delete a contact."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.contact import Contact

METHOD = "DELETE"
PATH = "/contacts/{contact_id}"


def _request(
    contact_id: int,
) -> RequestSpec:
    """Build the DELETE /contacts/{contact_id} request."""
    return RequestSpec(
        METHOD,
        f"/contacts/{quote(str(contact_id), safe='')}",
    )


def _parse(data: Any) -> Contact | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else Contact.from_dict(data)
