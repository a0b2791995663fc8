"""DELETE /invoices/{invoice_id}/messages/{message_id}: Delete a message of an invoice."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec

OPERATION = "delete_invoice_message"
METHOD = "DELETE"
PATH = "/invoices/{invoice_id}/messages/{message_id}"


def _request(
    invoice_id: int,
    message_id: int,
) -> RequestSpec:
    """Build the DELETE /invoices/{invoice_id}/messages/{message_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}/messages/{quote(str(message_id), safe='')}",
    )
