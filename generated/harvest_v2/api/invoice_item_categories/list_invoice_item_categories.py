"""GET /invoice_item_categories: List invoice item categories."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.invoice_item_categories import InvoiceItemCategories
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.invoice_item_category import InvoiceItemCategory

OPERATION = "list_invoice_item_categories"
METHOD = "GET"
PATH = "/invoice_item_categories"


def _request(
    *,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /invoice_item_categories request."""
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
        PATH,
        params=_params,
    )


RESPONSE_MODEL = InvoiceItemCategories


def _items(page: InvoiceItemCategories) -> builtins.list[InvoiceItemCategory]:
    return page.invoice_item_categories
