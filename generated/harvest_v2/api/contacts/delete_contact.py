"""DELETE /contacts/{contact_id}: Delete a contact."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.contact import Contact

OPERATION = "delete_contact"
METHOD = "DELETE"
PATH = "/contacts/{contact_id}"


def _request(
    contact_id: int,
) -> RequestSpec:
    """Build the DELETE /contacts/{contact_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/contacts/{quote(str(contact_id), safe='')}",
    )


RESPONSE_MODEL = Contact
