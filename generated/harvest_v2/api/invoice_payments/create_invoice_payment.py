"""POST /invoices/{invoice_id}/payments: Record a payment against an invoice."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ..._core._serde import format_datetime as _format_datetime
from ...models.invoice_payment import InvoicePayment
from ...types import UNSET, File, Unset

METHOD = "POST"
PATH = "/invoices/{invoice_id}/payments"


def _request(
    invoice_id: int,
    *,
    amount: float,
    paid_at: datetime.datetime | Unset = UNSET,
    paid_date: datetime.date | Unset = UNSET,
    notes: str | Unset = UNSET,
    send_thank_you: bool | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /invoices/{invoice_id}/payments request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["amount"] = amount
    if not isinstance(paid_at, Unset):
        _body["paid_at"] = _format_datetime(paid_at)
    if not isinstance(paid_date, Unset):
        _body["paid_date"] = paid_date.isoformat()
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(send_thank_you, Unset):
        _body["send_thank_you"] = send_thank_you
    return RequestSpec(
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}/payments",
        json=_body,
        files=_files or None,
    )


def _parse(data: Any) -> InvoicePayment:
    return InvoicePayment.from_dict(data)
