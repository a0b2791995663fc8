"""DELETE /invoice_item_categories/{invoice_item_category_id}: Delete an invoice item category that is used for neither time nor expenses."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.invoice_item_category import InvoiceItemCategory

METHOD = "DELETE"
PATH = "/invoice_item_categories/{invoice_item_category_id}"


def _request(
    invoice_item_category_id: int,
) -> RequestSpec:
    """Build the DELETE /invoice_item_categories/{invoice_item_category_id} request."""
    return RequestSpec(
        METHOD,
        f"/invoice_item_categories/{quote(str(invoice_item_category_id), safe='')}",
    )


def _parse(data: Any) -> InvoiceItemCategory | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else InvoiceItemCategory.from_dict(data)
