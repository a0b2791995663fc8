"""tasks: Kinds of work time is tracked against.

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
    from ...models.task import Task
    from ...models.tasks import Tasks


__all__ = ["AsyncTasksResource", "TasksResource"]


class TasksResource(SyncResource):
    """Kinds of work time is tracked against."""

    def create(
        self,
        *,
        name: str,
        billable_by_default: bool | Unset = UNSET,
        default_hourly_rate: Decimal | float | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> Task:
        """Create a task."""
        from .create_task import RESPONSE_MODEL, _request

        return self._call(
            _request(
                name=name,
                billable_by_default=billable_by_default,
                default_hourly_rate=default_hourly_rate,
                is_default=is_default,
                is_active=is_active,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        task_id: int,
    ) -> Task | None:
        """Delete a task."""
        from .delete_task import RESPONSE_MODEL, _request

        return self._call(_request(task_id), RESPONSE_MODEL)

    def get(
        self,
        task_id: int,
    ) -> Task:
        """Fetch one task."""
        from .get_task import RESPONSE_MODEL, _request

        return self._call(_request(task_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Task, Tasks]:
        """List tasks, newest first.

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
        from .list_tasks import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        task_id: int,
        *,
        name: str | Unset = UNSET,
        billable_by_default: bool | Unset = UNSET,
        default_hourly_rate: Decimal | float | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> Task:
        """Change some fields of a task, or archive it.

        Args:
            is_active: false archives the task
        """
        from .update_task import RESPONSE_MODEL, _request

        return self._call(
            _request(
                task_id,
                name=name,
                billable_by_default=billable_by_default,
                default_hourly_rate=default_hourly_rate,
                is_default=is_default,
                is_active=is_active,
            ),
            RESPONSE_MODEL,
        )


class AsyncTasksResource(AsyncResource):
    """Kinds of work time is tracked against. (asyncio)"""

    async def create(
        self,
        *,
        name: str,
        billable_by_default: bool | Unset = UNSET,
        default_hourly_rate: Decimal | float | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> Task:
        """Create a task."""
        from .create_task import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                name=name,
                billable_by_default=billable_by_default,
                default_hourly_rate=default_hourly_rate,
                is_default=is_default,
                is_active=is_active,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        task_id: int,
    ) -> Task | None:
        """Delete a task."""
        from .delete_task import RESPONSE_MODEL, _request

        return await self._call(_request(task_id), RESPONSE_MODEL)

    async def get(
        self,
        task_id: int,
    ) -> Task:
        """Fetch one task."""
        from .get_task import RESPONSE_MODEL, _request

        return await self._call(_request(task_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Task, Tasks]:
        """List tasks, newest first.

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
        from .list_tasks import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        task_id: int,
        *,
        name: str | Unset = UNSET,
        billable_by_default: bool | Unset = UNSET,
        default_hourly_rate: Decimal | float | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> Task:
        """Change some fields of a task, or archive it.

        Args:
            is_active: false archives the task
        """
        from .update_task import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                task_id,
                name=name,
                billable_by_default=billable_by_default,
                default_hourly_rate=default_hourly_rate,
                is_default=is_default,
                is_active=is_active,
            ),
            RESPONSE_MODEL,
        )
