"""GET /invoices: List invoices, most recently issued first."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.invoices import Invoices
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.invoice import Invoice
    from ...models.invoice_state import InvoiceState

OPERATION = "list_invoices"
METHOD = "GET"
PATH = "/invoices"


def _request(
    *,
    client_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    state: InvoiceState | str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /invoices request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(client_id, Unset):
        _params["client_id"] = client_id
    if not isinstance(project_id, Unset):
        _params["project_id"] = project_id
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _datetime_arg("updated_since", updated_since)
    if not isinstance(from_, Unset):
        _params["from"] = _date_arg("from_", from_)
    if not isinstance(to, Unset):
        _params["to"] = _date_arg("to", to)
    if not isinstance(state, Unset):
        _params["state"] = state
    if not isinstance(page, Unset):
        _params["page"] = page
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        params=_params,
    )


RESPONSE_MODEL = Invoices


def _items(page: Invoices) -> builtins.list[Invoice]:
    return page.invoices
