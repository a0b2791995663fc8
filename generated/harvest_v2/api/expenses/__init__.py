"""expenses: Expenses tracked against projects.

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
    from ...models.expense import Expense
    from ...models.expenses import Expenses


__all__ = ["AsyncExpensesResource", "ExpensesResource"]


class ExpensesResource(SyncResource):
    """Expenses tracked against projects."""

    def create(
        self,
        *,
        project_id: int,
        expense_category_id: int,
        spent_date: datetime.date,
        user_id: int | Unset = UNSET,
        units: int | Unset = UNSET,
        total_cost: Decimal | float | Unset = UNSET,
        notes: str | Unset = UNSET,
        billable: bool | Unset = UNSET,
        receipt: File | Unset = UNSET,
    ) -> Expense:
        """Record an expense, optionally with a receipt file.

        Args:
            user_id: Who spent the money; the authenticated user when left out.
            units: Quantity
            total_cost: Amount
            billable: Defaults to true.
            receipt: The receipt file to attach.
        """
        from .create_expense import RESPONSE_MODEL, _request

        return self._call(
            _request(
                project_id=project_id,
                expense_category_id=expense_category_id,
                spent_date=spent_date,
                user_id=user_id,
                units=units,
                total_cost=total_cost,
                notes=notes,
                billable=billable,
                receipt=receipt,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        expense_id: int,
    ) -> Expense | None:
        """Delete an expense."""
        from .delete_expense import RESPONSE_MODEL, _request

        return self._call(_request(expense_id), RESPONSE_MODEL)

    def get(
        self,
        expense_id: int,
    ) -> Expense:
        """Fetch one expense."""
        from .get_expense import RESPONSE_MODEL, _request

        return self._call(_request(expense_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        user_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        is_billed: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Expense, Expenses]:
        """List expenses, most recently spent first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Keep only records of this user.
            client_id: Keep only records of this client.
            project_id: Keep only records of this project.
            is_billed: true keeps records already invoiced, false the ones not yet invoiced.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            from_: First day of the range, inclusive.
            to: Last day of the range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_expenses import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                user_id=user_id,
                client_id=client_id,
                project_id=project_id,
                is_billed=is_billed,
                updated_since=updated_since,
                from_=from_,
                to=to,
                page=page,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        expense_id: int,
        *,
        project_id: int | Unset = UNSET,
        expense_category_id: int | Unset = UNSET,
        spent_date: datetime.date | Unset = UNSET,
        units: int | Unset = UNSET,
        total_cost: Decimal | float | Unset = UNSET,
        notes: str | Unset | None = UNSET,
        billable: bool | Unset = UNSET,
        delete_receipt: bool | Unset = UNSET,
        receipt: File | Unset = UNSET,
    ) -> Expense:
        """Change some fields of an expense, or replace or remove its receipt.

        Args:
            delete_receipt: true removes the attached receipt.
            receipt: The receipt file to attach in place of any current one.
        """
        from .update_expense import RESPONSE_MODEL, _request

        return self._call(
            _request(
                expense_id,
                project_id=project_id,
                expense_category_id=expense_category_id,
                spent_date=spent_date,
                units=units,
                total_cost=total_cost,
                notes=notes,
                billable=billable,
                delete_receipt=delete_receipt,
                receipt=receipt,
            ),
            RESPONSE_MODEL,
        )


class AsyncExpensesResource(AsyncResource):
    """Expenses tracked against projects. (asyncio)"""

    async def create(
        self,
        *,
        project_id: int,
        expense_category_id: int,
        spent_date: datetime.date,
        user_id: int | Unset = UNSET,
        units: int | Unset = UNSET,
        total_cost: Decimal | float | Unset = UNSET,
        notes: str | Unset = UNSET,
        billable: bool | Unset = UNSET,
        receipt: File | Unset = UNSET,
    ) -> Expense:
        """Record an expense, optionally with a receipt file.

        Args:
            user_id: Who spent the money; the authenticated user when left out.
            units: Quantity
            total_cost: Amount
            billable: Defaults to true.
            receipt: The receipt file to attach.
        """
        from .create_expense import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                project_id=project_id,
                expense_category_id=expense_category_id,
                spent_date=spent_date,
                user_id=user_id,
                units=units,
                total_cost=total_cost,
                notes=notes,
                billable=billable,
                receipt=receipt,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        expense_id: int,
    ) -> Expense | None:
        """Delete an expense."""
        from .delete_expense import RESPONSE_MODEL, _request

        return await self._call(_request(expense_id), RESPONSE_MODEL)

    async def get(
        self,
        expense_id: int,
    ) -> Expense:
        """Fetch one expense."""
        from .get_expense import RESPONSE_MODEL, _request

        return await self._call(_request(expense_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        user_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        is_billed: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Expense, Expenses]:
        """List expenses, most recently spent first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Keep only records of this user.
            client_id: Keep only records of this client.
            project_id: Keep only records of this project.
            is_billed: true keeps records already invoiced, false the ones not yet invoiced.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            from_: First day of the range, inclusive.
            to: Last day of the range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_expenses import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                user_id=user_id,
                client_id=client_id,
                project_id=project_id,
                is_billed=is_billed,
                updated_since=updated_since,
                from_=from_,
                to=to,
                page=page,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        expense_id: int,
        *,
        project_id: int | Unset = UNSET,
        expense_category_id: int | Unset = UNSET,
        spent_date: datetime.date | Unset = UNSET,
        units: int | Unset = UNSET,
        total_cost: Decimal | float | Unset = UNSET,
        notes: str | Unset | None = UNSET,
        billable: bool | Unset = UNSET,
        delete_receipt: bool | Unset = UNSET,
        receipt: File | Unset = UNSET,
    ) -> Expense:
        """Change some fields of an expense, or replace or remove its receipt.

        Args:
            delete_receipt: true removes the attached receipt.
            receipt: The receipt file to attach in place of any current one.
        """
        from .update_expense import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                expense_id,
                project_id=project_id,
                expense_category_id=expense_category_id,
                spent_date=spent_date,
                units=units,
                total_cost=total_cost,
                notes=notes,
                billable=billable,
                delete_receipt=delete_receipt,
                receipt=receipt,
            ),
            RESPONSE_MODEL,
        )
