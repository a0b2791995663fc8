"""DELETE /invoice_item_categories/{invoice_item_category_id}: Delete an invoice item category that is used for neither time nor expenses."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.invoice_item_category import InvoiceItemCategory

OPERATION = "delete_invoice_item_category"
METHOD = "DELETE"
PATH = "/invoice_item_categories/{invoice_item_category_id}"


def _request(
    invoice_item_category_id: int,
) -> RequestSpec:
    """Build the DELETE /invoice_item_categories/{invoice_item_category_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoice_item_categories/{quote(str(invoice_item_category_id), safe='')}",
    )


RESPONSE_MODEL = InvoiceItemCategory
