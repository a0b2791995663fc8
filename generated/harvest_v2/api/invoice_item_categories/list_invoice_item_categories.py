"""GET /invoice_item_categories: List invoice item categories."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._request import RequestSpec
from ..._core._serde import format_datetime as _format_datetime
from ...models.invoice_item_categories import InvoiceItemCategories
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.invoice_item_category import InvoiceItemCategory

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
        _params["updated_since"] = _format_datetime(updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        METHOD,
        PATH,
        params=_params,
    )


def _parse(data: Any) -> InvoiceItemCategories:
    return InvoiceItemCategories.from_dict(data)


def _items(page: InvoiceItemCategories) -> builtins.list[InvoiceItemCategory]:
    return page.invoice_item_categories
