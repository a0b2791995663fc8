"""GET /invoices/{invoice_id}/messages: List the emails and state events of an invoice."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ..._core._serde import format_datetime as _format_datetime
from ...models.invoice_messages import InvoiceMessages
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.invoice_message import InvoiceMessage

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
        _params["updated_since"] = _format_datetime(updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        METHOD,
        f"/invoices/{quote(str(invoice_id), safe='')}/messages",
        params=_params,
    )


def _parse(data: Any) -> InvoiceMessages:
    return InvoiceMessages.from_dict(data)


def _items(page: InvoiceMessages) -> builtins.list[InvoiceMessage]:
    return page.invoice_messages
