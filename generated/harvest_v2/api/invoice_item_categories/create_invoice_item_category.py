"""POST /invoice_item_categories: Create an invoice item category."""

from __future__ import annotations

from typing import Any

from ..._core._request import RequestSpec
from ...models.invoice_item_category import InvoiceItemCategory
from ...types import File

OPERATION = "create_invoice_item_category"
METHOD = "POST"
PATH = "/invoice_item_categories"


def _request(
    *,
    name: str,
) -> RequestSpec:
    """Build the POST /invoice_item_categories request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["name"] = name
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = InvoiceItemCategory
