"""GET /contacts/{contact_id}: Fetch one contact."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.contact import Contact

OPERATION = "get_contact"
METHOD = "GET"
PATH = "/contacts/{contact_id}"


def _request(
    contact_id: int,
) -> RequestSpec:
    """Build the GET /contacts/{contact_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/contacts/{quote(str(contact_id), safe='')}",
    )


RESPONSE_MODEL = Contact
