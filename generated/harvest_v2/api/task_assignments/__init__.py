"""task_assignments: Tasks made available on a project.

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
    from ...models.task_assignment import TaskAssignment
    from ...models.task_assignments import TaskAssignments


__all__ = ["AsyncTaskAssignmentsResource", "TaskAssignmentsResource"]


class TaskAssignmentsResource(SyncResource):
    """Tasks made available on a project."""

    def create(
        self,
        project_id: int,
        *,
        task_id: int,
        is_active: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset = UNSET,
        budget: Decimal | float | Unset = UNSET,
    ) -> TaskAssignment:
        """Add a task to a project.

        Args:
            is_active: Defaults to true.
            billable: Defaults to false.
        """
        from .create_task_assignment import RESPONSE_MODEL, _request

        return self._call(
            _request(
                project_id,
                task_id=task_id,
                is_active=is_active,
                billable=billable,
                hourly_rate=hourly_rate,
                budget=budget,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        project_id: int,
        task_assignment_id: int,
    ) -> TaskAssignment | None:
        """Remove a task from a project; refused once time is tracked to it."""
        from .delete_task_assignment import RESPONSE_MODEL, _request

        return self._call(_request(project_id, task_assignment_id), RESPONSE_MODEL)

    def get(
        self,
        project_id: int,
        task_assignment_id: int,
    ) -> TaskAssignment:
        """Fetch one task assignment of a project."""
        from .get_task_assignment import RESPONSE_MODEL, _request

        return self._call(_request(project_id, task_assignment_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[TaskAssignment, TaskAssignments]:
        """List task assignments of every project, newest first.

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
        from .list_task_assignments import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def list_for_project(
        self,
        project_id: int,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[TaskAssignment, TaskAssignments]:
        """List the task assignments of one project, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_task_assignments_for_project import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(project_id, is_active=is_active, updated_since=updated_since, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        project_id: int,
        task_assignment_id: int,
        *,
        is_active: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset | None = UNSET,
        budget: Decimal | float | Unset | None = UNSET,
    ) -> TaskAssignment:
        """Change some fields of a task assignment."""
        from .update_task_assignment import RESPONSE_MODEL, _request

        return self._call(
            _request(
                project_id,
                task_assignment_id,
                is_active=is_active,
                billable=billable,
                hourly_rate=hourly_rate,
                budget=budget,
            ),
            RESPONSE_MODEL,
        )


class AsyncTaskAssignmentsResource(AsyncResource):
    """Tasks made available on a project. (asyncio)"""

    async def create(
        self,
        project_id: int,
        *,
        task_id: int,
        is_active: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset = UNSET,
        budget: Decimal | float | Unset = UNSET,
    ) -> TaskAssignment:
        """Add a task to a project.

        Args:
            is_active: Defaults to true.
            billable: Defaults to false.
        """
        from .create_task_assignment import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                project_id,
                task_id=task_id,
                is_active=is_active,
                billable=billable,
                hourly_rate=hourly_rate,
                budget=budget,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        project_id: int,
        task_assignment_id: int,
    ) -> TaskAssignment | None:
        """Remove a task from a project; refused once time is tracked to it."""
        from .delete_task_assignment import RESPONSE_MODEL, _request

        return await self._call(_request(project_id, task_assignment_id), RESPONSE_MODEL)

    async def get(
        self,
        project_id: int,
        task_assignment_id: int,
    ) -> TaskAssignment:
        """Fetch one task assignment of a project."""
        from .get_task_assignment import RESPONSE_MODEL, _request

        return await self._call(_request(project_id, task_assignment_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[TaskAssignment, TaskAssignments]:
        """List task assignments of every project, newest first.

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
        from .list_task_assignments import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def list_for_project(
        self,
        project_id: int,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[TaskAssignment, TaskAssignments]:
        """List the task assignments of one project, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_task_assignments_for_project import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(project_id, is_active=is_active, updated_since=updated_since, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        project_id: int,
        task_assignment_id: int,
        *,
        is_active: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset | None = UNSET,
        budget: Decimal | float | Unset | None = UNSET,
    ) -> TaskAssignment:
        """Change some fields of a task assignment."""
        from .update_task_assignment import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                project_id,
                task_assignment_id,
                is_active=is_active,
                billable=billable,
                hourly_rate=hourly_rate,
                budget=budget,
            ),
            RESPONSE_MODEL,
        )
