"""estimate_item_categories: Kinds of estimate line items.

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
    from ...models.estimate_item_categories import EstimateItemCategories
    from ...models.estimate_item_category import EstimateItemCategory


__all__ = ["AsyncEstimateItemCategoriesResource", "EstimateItemCategoriesResource"]


class EstimateItemCategoriesResource(SyncResource):
    """Kinds of estimate line items."""

    def create(
        self,
        *,
        name: str,
    ) -> EstimateItemCategory:
        """Create an estimate item category."""
        from .create_estimate_item_category import RESPONSE_MODEL, _request

        return self._call(_request(name=name), RESPONSE_MODEL)

    def delete(
        self,
        estimate_item_category_id: int,
    ) -> EstimateItemCategory | None:
        """Delete an estimate item category."""
        from .delete_estimate_item_category import RESPONSE_MODEL, _request

        return self._call(_request(estimate_item_category_id), RESPONSE_MODEL)

    def get(
        self,
        estimate_item_category_id: int,
    ) -> EstimateItemCategory:
        """Fetch one estimate item category."""
        from .get_estimate_item_category import RESPONSE_MODEL, _request

        return self._call(_request(estimate_item_category_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[EstimateItemCategory, EstimateItemCategories]:
        """List estimate item categories.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_estimate_item_categories import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(updated_since=updated_since, page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items
        )

    def update(
        self,
        estimate_item_category_id: int,
        *,
        name: str | Unset = UNSET,
    ) -> EstimateItemCategory:
        """Rename an estimate item category."""
        from .update_estimate_item_category import RESPONSE_MODEL, _request

        return self._call(_request(estimate_item_category_id, name=name), RESPONSE_MODEL)


class AsyncEstimateItemCategoriesResource(AsyncResource):
    """Kinds of estimate line items. (asyncio)"""

    async def create(
        self,
        *,
        name: str,
    ) -> EstimateItemCategory:
        """Create an estimate item category."""
        from .create_estimate_item_category import RESPONSE_MODEL, _request

        return await self._call(_request(name=name), RESPONSE_MODEL)

    async def delete(
        self,
        estimate_item_category_id: int,
    ) -> EstimateItemCategory | None:
        """Delete an estimate item category."""
        from .delete_estimate_item_category import RESPONSE_MODEL, _request

        return await self._call(_request(estimate_item_category_id), RESPONSE_MODEL)

    async def get(
        self,
        estimate_item_category_id: int,
    ) -> EstimateItemCategory:
        """Fetch one estimate item category."""
        from .get_estimate_item_category import RESPONSE_MODEL, _request

        return await self._call(_request(estimate_item_category_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[EstimateItemCategory, EstimateItemCategories]:
        """List estimate item categories.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_estimate_item_categories import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(updated_since=updated_since, page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items
        )

    async def update(
        self,
        estimate_item_category_id: int,
        *,
        name: str | Unset = UNSET,
    ) -> EstimateItemCategory:
        """Rename an estimate item category."""
        from .update_estimate_item_category import RESPONSE_MODEL, _request

        return await self._call(_request(estimate_item_category_id, name=name), RESPONSE_MODEL)
