"""PATCH /invoice_item_categories/{invoice_item_category_id}: Rename an invoice item category."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.invoice_item_category import InvoiceItemCategory
from ...types import UNSET, File, Unset

OPERATION = "update_invoice_item_category"
METHOD = "PATCH"
PATH = "/invoice_item_categories/{invoice_item_category_id}"


def _request(
    invoice_item_category_id: int,
    *,
    name: str | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /invoice_item_categories/{invoice_item_category_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(name, Unset):
        _body["name"] = name
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoice_item_categories/{quote(str(invoice_item_category_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = InvoiceItemCategory
