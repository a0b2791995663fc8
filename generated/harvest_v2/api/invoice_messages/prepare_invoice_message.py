"""GET /invoices/{invoice_id}/messages/new: Get the suggested subject and body for a new message on an invoice."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.invoice_message_subject_and_body import InvoiceMessageSubjectAndBody
from ...types import UNSET, Unset

OPERATION = "prepare_invoice_message"
METHOD = "GET"
PATH = "/invoices/{invoice_id}/messages/new"


def _request(
    invoice_id: int,
    *,
    thank_you: bool | Unset = UNSET,
    reminder: bool | Unset = UNSET,
) -> RequestSpec:
    """Build the GET /invoices/{invoice_id}/messages/new request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(thank_you, Unset):
        _params["thank_you"] = thank_you
    if not isinstance(reminder, Unset):
        _params["reminder"] = reminder
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}/messages/new",
        params=_params,
    )


RESPONSE_MODEL = InvoiceMessageSubjectAndBody
