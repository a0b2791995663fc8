"""project_assignments: Projects a user is a member of.

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
    from ...models.project_assignment import ProjectAssignment
    from ...models.project_assignments import ProjectAssignments


__all__ = ["AsyncProjectAssignmentsResource", "ProjectAssignmentsResource"]


class ProjectAssignmentsResource(SyncResource):
    """Projects a user is a member of."""

    def list_my(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[ProjectAssignment, ProjectAssignments]:
        """List the authenticated user's active project assignments, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_my_project_assignments import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def list(
        self,
        user_id: int,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[ProjectAssignment, ProjectAssignments]:
        """List a user's active project assignments, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_project_assignments import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(user_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )


class AsyncProjectAssignmentsResource(AsyncResource):
    """Projects a user is a member of. (asyncio)"""

    def list_my(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[ProjectAssignment, ProjectAssignments]:
        """List the authenticated user's active project assignments, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_my_project_assignments import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def list(
        self,
        user_id: int,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[ProjectAssignment, ProjectAssignments]:
        """List a user's active project assignments, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_project_assignments import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(user_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )
