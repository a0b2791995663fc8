"""DELETE /invoices/{invoice_id}: Delete an invoice."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.invoice import Invoice

METHOD = "DELETE"
PATH = "/invoices/{invoice_id}"


def _request(
    invoice_id: int,
) -> RequestSpec:
    """Build the DELETE /invoices/{invoice_id} request."""
    return RequestSpec(
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}",
    )


def _parse(data: Any) -> Invoice | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else Invoice.from_dict(data)
