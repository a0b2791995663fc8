"""POST /invoices/{invoice_id}/payments: Record a payment against an invoice."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.invoice_payment import InvoicePayment
from ...types import UNSET, File, Unset

OPERATION = "create_invoice_payment"
METHOD = "POST"
PATH = "/invoices/{invoice_id}/payments"


def _request(
    invoice_id: int,
    *,
    amount: Decimal | float,
    paid_at: datetime.datetime | Unset = UNSET,
    paid_date: datetime.date | Unset = UNSET,
    notes: str | Unset = UNSET,
    send_thank_you: bool | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /invoices/{invoice_id}/payments request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["amount"] = _decimal_arg("amount", amount, query=False)
    if not isinstance(paid_at, Unset):
        _body["paid_at"] = _datetime_arg("paid_at", paid_at)
    if not isinstance(paid_date, Unset):
        _body["paid_date"] = _date_arg("paid_date", paid_date)
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(send_thank_you, Unset):
        _body["send_thank_you"] = send_thank_you
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}/payments",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = InvoicePayment
