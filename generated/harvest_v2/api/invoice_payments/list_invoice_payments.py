"""GET /invoices/{invoice_id}/payments: List the payments recorded against an invoice."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.invoice_payments import InvoicePayments
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.invoice_payment import InvoicePayment

OPERATION = "list_invoice_payments"
METHOD = "GET"
PATH = "/invoices/{invoice_id}/payments"


def _request(
    invoice_id: int,
    *,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /invoices/{invoice_id}/payments request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _datetime_arg("updated_since", updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}/payments",
        params=_params,
    )


RESPONSE_MODEL = InvoicePayments


def _items(page: InvoicePayments) -> builtins.list[InvoicePayment]:
    return page.invoice_payments
