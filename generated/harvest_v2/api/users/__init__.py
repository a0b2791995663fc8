"""users: People in the account.

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
    from ...models.user import User
    from ...models.user_access_role import UserAccessRole
    from ...models.users import Users


__all__ = ["AsyncUsersResource", "UsersResource"]


class UsersResource(SyncResource):
    """People in the account."""

    def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        timezone: str | Unset = UNSET,
        has_access_to_all_future_projects: bool | Unset = UNSET,
        is_contractor: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        weekly_capacity: int | Unset = UNSET,
        default_hourly_rate: Decimal | float | Unset = UNSET,
        cost_rate: Decimal | float | Unset = UNSET,
        roles: builtins.list[str] | Unset = UNSET,
        access_roles: builtins.list[UserAccessRole | str] | Unset = UNSET,
    ) -> User:
        """Create a user and email them an invitation.

        Args:
            timezone: The company's time zone when left out.
            has_access_to_all_future_projects: Defaults to false.
            is_contractor: Defaults to false.
            is_active: Defaults to true.
            weekly_capacity: Seconds per week; defaults to 126000 (35 hours).
            default_hourly_rate: Defaults to 0.
            cost_rate: Defaults to 0.
            access_roles: member when left out.
        """
        from .create_user import RESPONSE_MODEL, _request

        return self._call(
            _request(
                first_name=first_name,
                last_name=last_name,
                email=email,
                timezone=timezone,
                has_access_to_all_future_projects=has_access_to_all_future_projects,
                is_contractor=is_contractor,
                is_active=is_active,
                weekly_capacity=weekly_capacity,
                default_hourly_rate=default_hourly_rate,
                cost_rate=cost_rate,
                roles=roles,
                access_roles=access_roles,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        user_id: int,
    ) -> User | None:
        """Delete a user who has tracked no time or expenses."""
        from .delete_user import RESPONSE_MODEL, _request

        return self._call(_request(user_id), RESPONSE_MODEL)

    def get_current(
        self,
    ) -> User:
        """Fetch the user the access token belongs to."""
        from .get_current_user import RESPONSE_MODEL, _request

        return self._call(_request(), RESPONSE_MODEL)

    def get(
        self,
        user_id: int,
    ) -> User:
        """Fetch one user."""
        from .get_user import RESPONSE_MODEL, _request

        return self._call(_request(user_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[User, Users]:
        """List users, newest first.

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
        from .list_users import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        user_id: int,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        has_access_to_all_future_projects: bool | Unset = UNSET,
        is_contractor: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        weekly_capacity: int | Unset = UNSET,
        roles: builtins.list[str] | Unset = UNSET,
        access_roles: builtins.list[UserAccessRole | str] | Unset = UNSET,
    ) -> User:
        """Change some fields of a user; is_active false archives them.

        Args:
            is_active: false archives the user
            weekly_capacity: Seconds per week.
        """
        from .update_user import RESPONSE_MODEL, _request

        return self._call(
            _request(
                user_id,
                first_name=first_name,
                last_name=last_name,
                email=email,
                timezone=timezone,
                has_access_to_all_future_projects=has_access_to_all_future_projects,
                is_contractor=is_contractor,
                is_active=is_active,
                weekly_capacity=weekly_capacity,
                roles=roles,
                access_roles=access_roles,
            ),
            RESPONSE_MODEL,
        )


class AsyncUsersResource(AsyncResource):
    """People in the account. (asyncio)"""

    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        timezone: str | Unset = UNSET,
        has_access_to_all_future_projects: bool | Unset = UNSET,
        is_contractor: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        weekly_capacity: int | Unset = UNSET,
        default_hourly_rate: Decimal | float | Unset = UNSET,
        cost_rate: Decimal | float | Unset = UNSET,
        roles: builtins.list[str] | Unset = UNSET,
        access_roles: builtins.list[UserAccessRole | str] | Unset = UNSET,
    ) -> User:
        """Create a user and email them an invitation.

        Args:
            timezone: The company's time zone when left out.
            has_access_to_all_future_projects: Defaults to false.
            is_contractor: Defaults to false.
            is_active: Defaults to true.
            weekly_capacity: Seconds per week; defaults to 126000 (35 hours).
            default_hourly_rate: Defaults to 0.
            cost_rate: Defaults to 0.
            access_roles: member when left out.
        """
        from .create_user import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                first_name=first_name,
                last_name=last_name,
                email=email,
                timezone=timezone,
                has_access_to_all_future_projects=has_access_to_all_future_projects,
                is_contractor=is_contractor,
                is_active=is_active,
                weekly_capacity=weekly_capacity,
                default_hourly_rate=default_hourly_rate,
                cost_rate=cost_rate,
                roles=roles,
                access_roles=access_roles,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        user_id: int,
    ) -> User | None:
        """Delete a user who has tracked no time or expenses."""
        from .delete_user import RESPONSE_MODEL, _request

        return await self._call(_request(user_id), RESPONSE_MODEL)

    async def get_current(
        self,
    ) -> User:
        """Fetch the user the access token belongs to."""
        from .get_current_user import RESPONSE_MODEL, _request

        return await self._call(_request(), RESPONSE_MODEL)

    async def get(
        self,
        user_id: int,
    ) -> User:
        """Fetch one user."""
        from .get_user import RESPONSE_MODEL, _request

        return await self._call(_request(user_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[User, Users]:
        """List users, newest first.

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
        from .list_users import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        user_id: int,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        has_access_to_all_future_projects: bool | Unset = UNSET,
        is_contractor: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        weekly_capacity: int | Unset = UNSET,
        roles: builtins.list[str] | Unset = UNSET,
        access_roles: builtins.list[UserAccessRole | str] | Unset = UNSET,
    ) -> User:
        """Change some fields of a user; is_active false archives them.

        Args:
            is_active: false archives the user
            weekly_capacity: Seconds per week.
        """
        from .update_user import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                user_id,
                first_name=first_name,
                last_name=last_name,
                email=email,
                timezone=timezone,
                has_access_to_all_future_projects=has_access_to_all_future_projects,
                is_contractor=is_contractor,
                is_active=is_active,
                weekly_capacity=weekly_capacity,
                roles=roles,
                access_roles=access_roles,
            ),
            RESPONSE_MODEL,
        )
