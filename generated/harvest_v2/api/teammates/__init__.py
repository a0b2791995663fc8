"""teammates: Users a manager looks after.

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
    from ...models.teammate import Teammate
    from ...models.teammates import Teammates
    from ...models.teammates_patch_response import TeammatesPatchResponse


__all__ = ["AsyncTeammatesResource", "TeammatesResource"]


class TeammatesResource(SyncResource):
    """Users a manager looks after."""

    def list(
        self,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Teammate, Teammates]:
        """List the teammates assigned to a manager.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Id of a user with the manager role.
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_teammates import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(user_id, page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items)

    def update(
        self,
        user_id: int,
        *,
        teammate_ids: builtins.list[int],
    ) -> TeammatesPatchResponse:
        """Replace the set of teammates assigned to a manager.

        Args:
            user_id: Id of a user with the manager role.
            teammate_ids: User ids.
        """
        from .update_teammates import RESPONSE_MODEL, _request

        return self._call(_request(user_id, teammate_ids=teammate_ids), RESPONSE_MODEL)


class AsyncTeammatesResource(AsyncResource):
    """Users a manager looks after. (asyncio)"""

    def list(
        self,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Teammate, Teammates]:
        """List the teammates assigned to a manager.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            user_id: Id of a user with the manager role.
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_teammates import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(user_id, page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items)

    async def update(
        self,
        user_id: int,
        *,
        teammate_ids: builtins.list[int],
    ) -> TeammatesPatchResponse:
        """Replace the set of teammates assigned to a manager.

        Args:
            user_id: Id of a user with the manager role.
            teammate_ids: User ids.
        """
        from .update_teammates import RESPONSE_MODEL, _request

        return await self._call(_request(user_id, teammate_ids=teammate_ids), RESPONSE_MODEL)
