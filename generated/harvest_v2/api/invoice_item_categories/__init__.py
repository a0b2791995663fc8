"""invoice_item_categories: Kinds of invoice line items.

Methods are rendered from the spec; each builds its request in the operation's
own module (imported on first call) and runs it through the client's
auth, pacing, retry and error handling.
"""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING

from ..._core._resource import AsyncPaginator, AsyncResource, Paginator, SyncResource
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.invoice_item_categories import InvoiceItemCategories
    from ...models.invoice_item_category import InvoiceItemCategory


__all__ = ["AsyncInvoiceItemCategoriesResource", "InvoiceItemCategoriesResource"]


class InvoiceItemCategoriesResource(SyncResource):
    """Kinds of invoice line items."""

    def create(
        self,
        *,
        name: str,
    ) -> InvoiceItemCategory:
        """Create an invoice item category."""
        from .create_invoice_item_category import RESPONSE_MODEL, _request

        return self._call(_request(name=name), RESPONSE_MODEL)

    def delete(
        self,
        invoice_item_category_id: int,
    ) -> InvoiceItemCategory | None:
        """Delete an invoice item category that is used for neither time nor expenses."""
        from .delete_invoice_item_category import RESPONSE_MODEL, _request

        return self._call(_request(invoice_item_category_id), RESPONSE_MODEL)

    def get(
        self,
        invoice_item_category_id: int,
    ) -> InvoiceItemCategory:
        """Fetch one invoice item category."""
        from .get_invoice_item_category import RESPONSE_MODEL, _request

        return self._call(_request(invoice_item_category_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[InvoiceItemCategory, InvoiceItemCategories]:
        """List invoice item categories.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_invoice_item_categories import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(updated_since=updated_since, page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items
        )

    def update(
        self,
        invoice_item_category_id: int,
        *,
        name: str | Unset = UNSET,
    ) -> InvoiceItemCategory:
        """Rename an invoice item category."""
        from .update_invoice_item_category import RESPONSE_MODEL, _request

        return self._call(_request(invoice_item_category_id, name=name), RESPONSE_MODEL)


class AsyncInvoiceItemCategoriesResource(AsyncResource):
    """Kinds of invoice line items. (asyncio)"""

    async def create(
        self,
        *,
        name: str,
    ) -> InvoiceItemCategory:
        """Create an invoice item category."""
        from .create_invoice_item_category import RESPONSE_MODEL, _request

        return await self._call(_request(name=name), RESPONSE_MODEL)

    async def delete(
        self,
        invoice_item_category_id: int,
    ) -> InvoiceItemCategory | None:
        """Delete an invoice item category that is used for neither time nor expenses."""
        from .delete_invoice_item_category import RESPONSE_MODEL, _request

        return await self._call(_request(invoice_item_category_id), RESPONSE_MODEL)

    async def get(
        self,
        invoice_item_category_id: int,
    ) -> InvoiceItemCategory:
        """Fetch one invoice item category."""
        from .get_invoice_item_category import RESPONSE_MODEL, _request

        return await self._call(_request(invoice_item_category_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[InvoiceItemCategory, InvoiceItemCategories]:
        """List invoice item categories.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_invoice_item_categories import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(updated_since=updated_since, page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items
        )

    async def update(
        self,
        invoice_item_category_id: int,
        *,
        name: str | Unset = UNSET,
    ) -> InvoiceItemCategory:
        """Rename an invoice item category."""
        from .update_invoice_item_category import RESPONSE_MODEL, _request

        return await self._call(_request(invoice_item_category_id, name=name), RESPONSE_MODEL)
