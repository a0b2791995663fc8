"""GET /invoices/{invoice_id}/messages: List the emails and state events of an invoice."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.invoice_messages import InvoiceMessages
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.invoice_message import InvoiceMessage

OPERATION = "list_invoice_messages"
METHOD = "GET"
PATH = "/invoices/{invoice_id}/messages"


def _request(
    invoice_id: int,
    *,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /invoices/{invoice_id}/messages request."""
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
        f"/invoices/{quote(str(invoice_id), safe='')}/messages",
        params=_params,
    )


RESPONSE_MODEL = InvoiceMessages


def _items(page: InvoiceMessages) -> builtins.list[InvoiceMessage]:
    return page.invoice_messages
