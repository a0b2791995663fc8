"""time_entries: Tracked time.

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
    from ...models.time_entries import TimeEntries
    from ...models.time_entry import TimeEntry
    from ...models.time_entry_external_reference_input import TimeEntryExternalReferenceInput


__all__ = ["AsyncTimeEntriesResource", "TimeEntriesResource"]


class TimeEntriesResource(SyncResource):
    """Tracked time."""

    def create(
        self,
        *,
        project_id: int,
        task_id: int,
        spent_date: datetime.date,
        user_id: int | Unset = UNSET,
        hours: Decimal | float | Unset = UNSET,
        notes: str | Unset = UNSET,
        external_reference: TimeEntryExternalReferenceInput | Unset = UNSET,
        started_time: str | Unset = UNSET,
        ended_time: str | Unset = UNSET,
    ) -> TimeEntry:
        """Track time, as a duration or between start and end times.

        Args:
            user_id: Whose time it is; the authenticated user when left out.
            hours: Decimal hours already spent.
            external_reference: Link a time entry to an item in another tool.
            started_time: Time of day the work began, such as "8:00am" or "08:00".
            ended_time: Time of day the work stopped
        """
        from .create_time_entry import RESPONSE_MODEL, _request

        return self._call(
            _request(
                project_id=project_id,
                task_id=task_id,
                spent_date=spent_date,
                user_id=user_id,
                hours=hours,
                notes=notes,
                external_reference=external_reference,
                started_time=started_time,
                ended_time=ended_time,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        time_entry_id: int,
    ) -> TimeEntry | None:
        """Delete a time entry."""
        from .delete_time_entry import RESPONSE_MODEL, _request

        return self._call(_request(time_entry_id), RESPONSE_MODEL)

    def delete_external_reference(
        self,
        time_entry_id: int,
    ) -> None:
        """Unlink a time entry from its outside item."""
        from .delete_time_entry_external_reference import _request

        self._call(_request(time_entry_id), None)

    def get(
        self,
        time_entry_id: int,
    ) -> TimeEntry:
        """Fetch one time entry."""
        from .get_time_entry import RESPONSE_MODEL, _request

        return self._call(_request(time_entry_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        user_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
        external_reference_id: str | Unset = UNSET,
        is_billed: bool | Unset = UNSET,
        is_running: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[TimeEntry, TimeEntries]:
        """List time entries, by spent date.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Keep only records of this user.
            client_id: Keep only records of this client.
            project_id: Keep only records of this project.
            task_id: Keep only records of this task.
            external_reference_id: Keep only entries linked to the outside item with this id.
            is_billed: true keeps records already invoiced, false the ones not yet invoiced.
            is_running: true keeps entries with a running timer only, false stopped ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            from_: First day of the range, inclusive.
            to: Last day of the range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_time_entries import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                user_id=user_id,
                client_id=client_id,
                project_id=project_id,
                task_id=task_id,
                external_reference_id=external_reference_id,
                is_billed=is_billed,
                is_running=is_running,
                updated_since=updated_since,
                from_=from_,
                to=to,
                page=page,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    def restart(
        self,
        time_entry_id: int,
    ) -> TimeEntry:
        """Start the timer again on a stopped time entry."""
        from .restart_time_entry import RESPONSE_MODEL, _request

        return self._call(_request(time_entry_id), RESPONSE_MODEL)

    def stop(
        self,
        time_entry_id: int,
    ) -> TimeEntry:
        """Stop the running timer of a time entry."""
        from .stop_time_entry import RESPONSE_MODEL, _request

        return self._call(_request(time_entry_id), RESPONSE_MODEL)

    def update(
        self,
        time_entry_id: int,
        *,
        project_id: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
        spent_date: datetime.date | Unset = UNSET,
        started_time: str | Unset = UNSET,
        ended_time: str | Unset = UNSET,
        hours: Decimal | float | Unset = UNSET,
        notes: str | Unset | None = UNSET,
        external_reference: TimeEntryExternalReferenceInput | Unset = UNSET,
    ) -> TimeEntry:
        """Change some fields of a time entry.

        Args:
            started_time: Time of day the work began, such as "8:00am" or "08:00".
            ended_time: Time of day the work stopped
            hours: Decimal hours spent.
            external_reference: Link a time entry to an item in another tool.
        """
        from .update_time_entry import RESPONSE_MODEL, _request

        return self._call(
            _request(
                time_entry_id,
                project_id=project_id,
                task_id=task_id,
                spent_date=spent_date,
                started_time=started_time,
                ended_time=ended_time,
                hours=hours,
                notes=notes,
                external_reference=external_reference,
            ),
            RESPONSE_MODEL,
        )


class AsyncTimeEntriesResource(AsyncResource):
    """Tracked time. (asyncio)"""

    async def create(
        self,
        *,
        project_id: int,
        task_id: int,
        spent_date: datetime.date,
        user_id: int | Unset = UNSET,
        hours: Decimal | float | Unset = UNSET,
        notes: str | Unset = UNSET,
        external_reference: TimeEntryExternalReferenceInput | Unset = UNSET,
        started_time: str | Unset = UNSET,
        ended_time: str | Unset = UNSET,
    ) -> TimeEntry:
        """Track time, as a duration or between start and end times.

        Args:
            user_id: Whose time it is; the authenticated user when left out.
            hours: Decimal hours already spent.
            external_reference: Link a time entry to an item in another tool.
            started_time: Time of day the work began, such as "8:00am" or "08:00".
            ended_time: Time of day the work stopped
        """
        from .create_time_entry import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                project_id=project_id,
                task_id=task_id,
                spent_date=spent_date,
                user_id=user_id,
                hours=hours,
                notes=notes,
                external_reference=external_reference,
                started_time=started_time,
                ended_time=ended_time,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        time_entry_id: int,
    ) -> TimeEntry | None:
        """Delete a time entry."""
        from .delete_time_entry import RESPONSE_MODEL, _request

        return await self._call(_request(time_entry_id), RESPONSE_MODEL)

    async def delete_external_reference(
        self,
        time_entry_id: int,
    ) -> None:
        """Unlink a time entry from its outside item."""
        from .delete_time_entry_external_reference import _request

        await self._call(_request(time_entry_id), None)

    async def get(
        self,
        time_entry_id: int,
    ) -> TimeEntry:
        """Fetch one time entry."""
        from .get_time_entry import RESPONSE_MODEL, _request

        return await self._call(_request(time_entry_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        user_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
        external_reference_id: str | Unset = UNSET,
        is_billed: bool | Unset = UNSET,
        is_running: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[TimeEntry, TimeEntries]:
        """List time entries, by spent date.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Keep only records of this user.
            client_id: Keep only records of this client.
            project_id: Keep only records of this project.
            task_id: Keep only records of this task.
            external_reference_id: Keep only entries linked to the outside item with this id.
            is_billed: true keeps records already invoiced, false the ones not yet invoiced.
            is_running: true keeps entries with a running timer only, false stopped ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            from_: First day of the range, inclusive.
            to: Last day of the range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_time_entries import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                user_id=user_id,
                client_id=client_id,
                project_id=project_id,
                task_id=task_id,
                external_reference_id=external_reference_id,
                is_billed=is_billed,
                is_running=is_running,
                updated_since=updated_since,
                from_=from_,
                to=to,
                page=page,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    async def restart(
        self,
        time_entry_id: int,
    ) -> TimeEntry:
        """Start the timer again on a stopped time entry."""
        from .restart_time_entry import RESPONSE_MODEL, _request

        return await self._call(_request(time_entry_id), RESPONSE_MODEL)

    async def stop(
        self,
        time_entry_id: int,
    ) -> TimeEntry:
        """Stop the running timer of a time entry."""
        from .stop_time_entry import RESPONSE_MODEL, _request

        return await self._call(_request(time_entry_id), RESPONSE_MODEL)

    async def update(
        self,
        time_entry_id: int,
        *,
        project_id: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
        spent_date: datetime.date | Unset = UNSET,
        started_time: str | Unset = UNSET,
        ended_time: str | Unset = UNSET,
        hours: Decimal | float | Unset = UNSET,
        notes: str | Unset | None = UNSET,
        external_reference: TimeEntryExternalReferenceInput | Unset = UNSET,
    ) -> TimeEntry:
        """Change some fields of a time entry.

        Args:
            started_time: Time of day the work began, such as "8:00am" or "08:00".
            ended_time: Time of day the work stopped
            hours: Decimal hours spent.
            external_reference: Link a time entry to an item in another tool.
        """
        from .update_time_entry import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                time_entry_id,
                project_id=project_id,
                task_id=task_id,
                spent_date=spent_date,
                started_time=started_time,
                ended_time=ended_time,
                hours=hours,
                notes=notes,
                external_reference=external_reference,
            ),
            RESPONSE_MODEL,
        )
