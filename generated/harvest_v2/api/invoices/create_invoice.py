"""POST /invoices: Create an invoice, with rows written out or generated from tracked time and expenses."""

from __future__ import annotations

import builtins
import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._arguments import model_arg as _model_arg
from ..._core._arguments import models_arg as _models_arg
from ..._core._request import RequestSpec
from ...models.invoice import Invoice
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.invoice_line_item_create import InvoiceLineItemCreate
    from ...models.invoice_line_items_import import InvoiceLineItemsImport
    from ...models.invoice_payment_term import InvoicePaymentTerm

OPERATION = "create_invoice"
METHOD = "POST"
PATH = "/invoices"


def _request(
    *,
    client_id: int,
    retainer_id: int | Unset = UNSET,
    estimate_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    purchase_order: str | Unset = UNSET,
    tax: Decimal | float | Unset = UNSET,
    tax2: Decimal | float | Unset = UNSET,
    discount: Decimal | float | Unset = UNSET,
    subject: str | Unset = UNSET,
    notes: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    issue_date: datetime.date | Unset = UNSET,
    due_date: datetime.date | Unset = UNSET,
    payment_term: InvoicePaymentTerm | str | Unset = UNSET,
    payment_options: builtins.list[str] | Unset = UNSET,
    line_items: builtins.list[InvoiceLineItemCreate] | Unset = UNSET,
    line_items_import: InvoiceLineItemsImport | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /invoices request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["client_id"] = client_id
    if not isinstance(retainer_id, Unset):
        _body["retainer_id"] = retainer_id
    if not isinstance(estimate_id, Unset):
        _body["estimate_id"] = estimate_id
    if not isinstance(number, Unset):
        _body["number"] = number
    if not isinstance(purchase_order, Unset):
        _body["purchase_order"] = purchase_order
    if not isinstance(tax, Unset):
        _body["tax"] = _decimal_arg("tax", tax, query=False)
    if not isinstance(tax2, Unset):
        _body["tax2"] = _decimal_arg("tax2", tax2, query=False)
    if not isinstance(discount, Unset):
        _body["discount"] = _decimal_arg("discount", discount, query=False)
    if not isinstance(subject, Unset):
        _body["subject"] = subject
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(currency, Unset):
        _body["currency"] = currency
    if not isinstance(issue_date, Unset):
        _body["issue_date"] = _date_arg("issue_date", issue_date)
    if not isinstance(due_date, Unset):
        _body["due_date"] = _date_arg("due_date", due_date)
    if not isinstance(payment_term, Unset):
        _body["payment_term"] = payment_term
    if not isinstance(payment_options, Unset):
        _body["payment_options"] = payment_options
    if not isinstance(line_items, Unset):
        _body["line_items"] = _models_arg("line_items", line_items)
    if not isinstance(line_items_import, Unset):
        _body["line_items_import"] = _model_arg("line_items_import", line_items_import)
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Invoice
