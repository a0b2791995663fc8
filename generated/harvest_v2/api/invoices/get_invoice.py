"""GET /invoices/{invoice_id}: Fetch one invoice with its line items."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.invoice import Invoice

METHOD = "GET"
PATH = "/invoices/{invoice_id}"


def _request(
    invoice_id: int,
) -> RequestSpec:
    """Build the GET /invoices/{invoice_id} request."""
    return RequestSpec(
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}",
    )


def _parse(data: Any) -> Invoice:
    return Invoice.from_dict(data)
