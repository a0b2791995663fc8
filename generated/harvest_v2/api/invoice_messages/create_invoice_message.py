"""POST /invoices/{invoice_id}/messages: Email an invoice, or mark it sent, closed or draft, or reopen it."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._arguments import models_arg as _models_arg
from ..._core._request import RequestSpec
from ...models.invoice_message import InvoiceMessage
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.invoice_message_event_type import InvoiceMessageEventType
    from ...models.invoice_message_recipient_input import InvoiceMessageRecipientInput

OPERATION = "create_invoice_message"
METHOD = "POST"
PATH = "/invoices/{invoice_id}/messages"


def _request(
    invoice_id: int,
    *,
    recipients: builtins.list[InvoiceMessageRecipientInput] | Unset = UNSET,
    subject: str | Unset = UNSET,
    body: str | Unset = UNSET,
    include_link_to_client_invoice: bool | Unset = UNSET,
    attach_pdf: bool | Unset = UNSET,
    send_me_a_copy: bool | Unset = UNSET,
    thank_you: bool | Unset = UNSET,
    event_type: InvoiceMessageEventType | str | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /invoices/{invoice_id}/messages request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(recipients, Unset):
        _body["recipients"] = _models_arg("recipients", recipients)
    if not isinstance(subject, Unset):
        _body["subject"] = subject
    if not isinstance(body, Unset):
        _body["body"] = body
    if not isinstance(include_link_to_client_invoice, Unset):
        _body["include_link_to_client_invoice"] = include_link_to_client_invoice
    if not isinstance(attach_pdf, Unset):
        _body["attach_pdf"] = attach_pdf
    if not isinstance(send_me_a_copy, Unset):
        _body["send_me_a_copy"] = send_me_a_copy
    if not isinstance(thank_you, Unset):
        _body["thank_you"] = thank_you
    if not isinstance(event_type, Unset):
        _body["event_type"] = event_type
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}/messages",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = InvoiceMessage
