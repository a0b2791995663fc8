"""expense_categories: Kinds of expenses.

Methods are rendered from the spec; each builds its request in the operation's
own module (imported on first call) and runs it through the client's
auth, pacing, retry and error handling.
"""

from __future__ import annotations

import builtins
import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from ..._core._resource import AsyncPaginator, AsyncResource, Paginator, SyncResource
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.expense_categories import ExpenseCategories
    from ...models.expense_category import ExpenseCategory


__all__ = ["AsyncExpenseCategoriesResource", "ExpenseCategoriesResource"]


class ExpenseCategoriesResource(SyncResource):
    """Kinds of expenses."""

    def create(
        self,
        *,
        name: str,
        unit_name: str | Unset = UNSET,
        unit_price: Decimal | float | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> ExpenseCategory:
        """Create an expense category (administrators only).

        Args:
            unit_name: Set together with unit_price to price the category per unit.
            is_active: Defaults to true.
        """
        from .create_expense_category import RESPONSE_MODEL, _request

        return self._call(
            _request(name=name, unit_name=unit_name, unit_price=unit_price, is_active=is_active), RESPONSE_MODEL
        )

    def delete(
        self,
        expense_category_id: int,
    ) -> ExpenseCategory | None:
        """Delete an expense category."""
        from .delete_expense_category import RESPONSE_MODEL, _request

        return self._call(_request(expense_category_id), RESPONSE_MODEL)

    def get(
        self,
        expense_category_id: int,
    ) -> ExpenseCategory:
        """Fetch one expense category."""
        from .get_expense_category import RESPONSE_MODEL, _request

        return self._call(_request(expense_category_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[ExpenseCategory, ExpenseCategories]:
        """List expense categories, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_expense_categories import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        expense_category_id: int,
        *,
        name: str | Unset = UNSET,
        unit_name: str | Unset = UNSET,
        unit_price: Decimal | float | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> ExpenseCategory:
        """Change some fields of an expense category, or archive it."""
        from .update_expense_category import RESPONSE_MODEL, _request

        return self._call(
            _request(expense_category_id, name=name, unit_name=unit_name, unit_price=unit_price, is_active=is_active),
            RESPONSE_MODEL,
        )


class AsyncExpenseCategoriesResource(AsyncResource):
    """Kinds of expenses. (asyncio)"""

    async def create(
        self,
        *,
        name: str,
        unit_name: str | Unset = UNSET,
        unit_price: Decimal | float | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> ExpenseCategory:
        """Create an expense category (administrators only).

        Args:
            unit_name: Set together with unit_price to price the category per unit.
            is_active: Defaults to true.
        """
        from .create_expense_category import RESPONSE_MODEL, _request

        return await self._call(
            _request(name=name, unit_name=unit_name, unit_price=unit_price, is_active=is_active), RESPONSE_MODEL
        )

    async def delete(
        self,
        expense_category_id: int,
    ) -> ExpenseCategory | None:
        """Delete an expense category."""
        from .delete_expense_category import RESPONSE_MODEL, _request

        return await self._call(_request(expense_category_id), RESPONSE_MODEL)

    async def get(
        self,
        expense_category_id: int,
    ) -> ExpenseCategory:
        """Fetch one expense category."""
        from .get_expense_category import RESPONSE_MODEL, _request

        return await self._call(_request(expense_category_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[ExpenseCategory, ExpenseCategories]:
        """List expense categories, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_expense_categories import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        expense_category_id: int,
        *,
        name: str | Unset = UNSET,
        unit_name: str | Unset = UNSET,
        unit_price: Decimal | float | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> ExpenseCategory:
        """Change some fields of an expense category, or archive it."""
        from .update_expense_category import RESPONSE_MODEL, _request

        return await self._call(
            _request(expense_category_id, name=name, unit_name=unit_name, unit_price=unit_price, is_active=is_active),
            RESPONSE_MODEL,
        )
