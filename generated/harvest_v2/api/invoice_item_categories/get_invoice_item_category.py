"""GET /invoice_item_categories/{invoice_item_category_id}: Fetch one invoice item category."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.invoice_item_category import InvoiceItemCategory

OPERATION = "get_invoice_item_category"
METHOD = "GET"
PATH = "/invoice_item_categories/{invoice_item_category_id}"


def _request(
    invoice_item_category_id: int,
) -> RequestSpec:
    """Build the GET /invoice_item_categories/{invoice_item_category_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoice_item_categories/{quote(str(invoice_item_category_id), safe='')}",
    )


RESPONSE_MODEL = InvoiceItemCategory
