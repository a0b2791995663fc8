"""roles: Groups of users.

Methods are rendered from the spec; each builds its request in the operation's
own module (imported on first call) and runs it through the client's
auth, pacing, retry and error handling.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ..._core._resource import AsyncPaginator, AsyncResource, Paginator, SyncResource
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.role import Role
    from ...models.roles import Roles


__all__ = ["AsyncRolesResource", "RolesResource"]


class RolesResource(SyncResource):
    """Groups of users."""

    def create(
        self,
        *,
        name: str,
        user_ids: builtins.list[int] | Unset = UNSET,
    ) -> Role:
        """Create a role, optionally with its users.

        Args:
            user_ids: Users to give the role.
        """
        from .create_role import RESPONSE_MODEL, _request

        return self._call(_request(name=name, user_ids=user_ids), RESPONSE_MODEL)

    def delete(
        self,
        role_id: int,
    ) -> Role | None:
        """Delete a role; its users simply lose it."""
        from .delete_role import RESPONSE_MODEL, _request

        return self._call(_request(role_id), RESPONSE_MODEL)

    def get(
        self,
        role_id: int,
    ) -> Role:
        """Fetch one role."""
        from .get_role import RESPONSE_MODEL, _request

        return self._call(_request(role_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Role, Roles]:
        """List roles, newest first (administrators only).

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_roles import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items)

    def update(
        self,
        role_id: int,
        *,
        name: str | Unset = UNSET,
        user_ids: builtins.list[int] | Unset = UNSET,
    ) -> Role:
        """Rename a role or change its users.

        Args:
            user_ids: Ids of the users to hold the role.
        """
        from .update_role import RESPONSE_MODEL, _request

        return self._call(_request(role_id, name=name, user_ids=user_ids), RESPONSE_MODEL)


class AsyncRolesResource(AsyncResource):
    """Groups of users. (asyncio)"""

    async def create(
        self,
        *,
        name: str,
        user_ids: builtins.list[int] | Unset = UNSET,
    ) -> Role:
        """Create a role, optionally with its users.

        Args:
            user_ids: Users to give the role.
        """
        from .create_role import RESPONSE_MODEL, _request

        return await self._call(_request(name=name, user_ids=user_ids), RESPONSE_MODEL)

    async def delete(
        self,
        role_id: int,
    ) -> Role | None:
        """Delete a role; its users simply lose it."""
        from .delete_role import RESPONSE_MODEL, _request

        return await self._call(_request(role_id), RESPONSE_MODEL)

    async def get(
        self,
        role_id: int,
    ) -> Role:
        """Fetch one role."""
        from .get_role import RESPONSE_MODEL, _request

        return await self._call(_request(role_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Role, Roles]:
        """List roles, newest first (administrators only).

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_roles import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items)

    async def update(
        self,
        role_id: int,
        *,
        name: str | Unset = UNSET,
        user_ids: builtins.list[int] | Unset = UNSET,
    ) -> Role:
        """Rename a role or change its users.

        Args:
            user_ids: Ids of the users to hold the role.
        """
        from .update_role import RESPONSE_MODEL, _request

        return await self._call(_request(role_id, name=name, user_ids=user_ids), RESPONSE_MODEL)
