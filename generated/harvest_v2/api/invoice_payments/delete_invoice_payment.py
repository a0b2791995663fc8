"""DELETE /invoices/{invoice_id}/payments/{payment_id}: Delete a payment of an invoice."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec

OPERATION = "delete_invoice_payment"
METHOD = "DELETE"
PATH = "/invoices/{invoice_id}/payments/{payment_id}"


def _request(
    invoice_id: int,
    payment_id: int,
) -> RequestSpec:
    """Build the DELETE /invoices/{invoice_id}/payments/{payment_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}/payments/{quote(str(payment_id), safe='')}",
    )
