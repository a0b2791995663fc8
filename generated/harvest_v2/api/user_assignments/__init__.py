"""user_assignments: Users made members of a project.

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
    from ...models.user_assignment import UserAssignment
    from ...models.user_assignments import UserAssignments


__all__ = ["AsyncUserAssignmentsResource", "UserAssignmentsResource"]


class UserAssignmentsResource(SyncResource):
    """Users made members of a project."""

    def create(
        self,
        project_id: int,
        *,
        user_id: int,
        is_active: bool | Unset = UNSET,
        is_project_manager: bool | Unset = UNSET,
        use_default_rates: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset = UNSET,
        budget: Decimal | float | Unset = UNSET,
    ) -> UserAssignment:
        """Add a user to a project.

        Args:
            is_active: Defaults to true.
            is_project_manager: Defaults to true for managers and administrators
            use_default_rates: Defaults to true.
        """
        from .create_user_assignment import RESPONSE_MODEL, _request

        return self._call(
            _request(
                project_id,
                user_id=user_id,
                is_active=is_active,
                is_project_manager=is_project_manager,
                use_default_rates=use_default_rates,
                hourly_rate=hourly_rate,
                budget=budget,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        project_id: int,
        user_assignment_id: int,
    ) -> UserAssignment | None:
        """Remove a user from a project; refused once they tracked time or expenses there."""
        from .delete_user_assignment import RESPONSE_MODEL, _request

        return self._call(_request(project_id, user_assignment_id), RESPONSE_MODEL)

    def get(
        self,
        project_id: int,
        user_assignment_id: int,
    ) -> UserAssignment:
        """Fetch one user assignment of a project."""
        from .get_user_assignment import RESPONSE_MODEL, _request

        return self._call(_request(project_id, user_assignment_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        user_id: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[UserAssignment, UserAssignments]:
        """List user assignments of every project, active and archived, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Keep only records of this user.
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_user_assignments import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                user_id=user_id,
                is_active=is_active,
                updated_since=updated_since,
                page=page,
                cursor=cursor,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    def list_for_project(
        self,
        project_id: int,
        *,
        user_id: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[UserAssignment, UserAssignments]:
        """List the user assignments of one project, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Keep only records of this user.
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_user_assignments_for_project import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                project_id,
                user_id=user_id,
                is_active=is_active,
                updated_since=updated_since,
                page=page,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        project_id: int,
        user_assignment_id: int,
        *,
        is_active: bool | Unset = UNSET,
        is_project_manager: bool | Unset = UNSET,
        use_default_rates: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset | None = UNSET,
        budget: Decimal | float | Unset | None = UNSET,
    ) -> UserAssignment:
        """Change some fields of a user assignment."""
        from .update_user_assignment import RESPONSE_MODEL, _request

        return self._call(
            _request(
                project_id,
                user_assignment_id,
                is_active=is_active,
                is_project_manager=is_project_manager,
                use_default_rates=use_default_rates,
                hourly_rate=hourly_rate,
                budget=budget,
            ),
            RESPONSE_MODEL,
        )


class AsyncUserAssignmentsResource(AsyncResource):
    """Users made members of a project. (asyncio)"""

    async def create(
        self,
        project_id: int,
        *,
        user_id: int,
        is_active: bool | Unset = UNSET,
        is_project_manager: bool | Unset = UNSET,
        use_default_rates: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset = UNSET,
        budget: Decimal | float | Unset = UNSET,
    ) -> UserAssignment:
        """Add a user to a project.

        Args:
            is_active: Defaults to true.
            is_project_manager: Defaults to true for managers and administrators
            use_default_rates: Defaults to true.
        """
        from .create_user_assignment import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                project_id,
                user_id=user_id,
                is_active=is_active,
                is_project_manager=is_project_manager,
                use_default_rates=use_default_rates,
                hourly_rate=hourly_rate,
                budget=budget,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        project_id: int,
        user_assignment_id: int,
    ) -> UserAssignment | None:
        """Remove a user from a project; refused once they tracked time or expenses there."""
        from .delete_user_assignment import RESPONSE_MODEL, _request

        return await self._call(_request(project_id, user_assignment_id), RESPONSE_MODEL)

    async def get(
        self,
        project_id: int,
        user_assignment_id: int,
    ) -> UserAssignment:
        """Fetch one user assignment of a project."""
        from .get_user_assignment import RESPONSE_MODEL, _request

        return await self._call(_request(project_id, user_assignment_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        user_id: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[UserAssignment, UserAssignments]:
        """List user assignments of every project, active and archived, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Keep only records of this user.
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_user_assignments import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                user_id=user_id,
                is_active=is_active,
                updated_since=updated_since,
                page=page,
                cursor=cursor,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    def list_for_project(
        self,
        project_id: int,
        *,
        user_id: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[UserAssignment, UserAssignments]:
        """List the user assignments of one project, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Keep only records of this user.
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_user_assignments_for_project import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                project_id,
                user_id=user_id,
                is_active=is_active,
                updated_since=updated_since,
                page=page,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        project_id: int,
        user_assignment_id: int,
        *,
        is_active: bool | Unset = UNSET,
        is_project_manager: bool | Unset = UNSET,
        use_default_rates: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset | None = UNSET,
        budget: Decimal | float | Unset | None = UNSET,
    ) -> UserAssignment:
        """Change some fields of a user assignment."""
        from .update_user_assignment import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                project_id,
                user_assignment_id,
                is_active=is_active,
                is_project_manager=is_project_manager,
                use_default_rates=use_default_rates,
                hourly_rate=hourly_rate,
                budget=budget,
            ),
            RESPONSE_MODEL,
        )
