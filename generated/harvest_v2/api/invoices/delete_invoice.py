"""DELETE /invoices/{invoice_id}: Delete an invoice."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.invoice import Invoice

OPERATION = "delete_invoice"
METHOD = "DELETE"
PATH = "/invoices/{invoice_id}"


def _request(
    invoice_id: int,
) -> RequestSpec:
    """Build the DELETE /invoices/{invoice_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}",
    )


RESPONSE_MODEL = Invoice
