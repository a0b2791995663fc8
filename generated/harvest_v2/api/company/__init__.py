"""company: The account the token acts on.

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
    from ...models.company import Company


__all__ = ["AsyncCompanyResource", "CompanyResource"]


class CompanyResource(SyncResource):
    """The account the token acts on."""

    def get(
        self,
    ) -> Company:
        """Fetch the settings of the account the token acts on."""
        from .get_company import RESPONSE_MODEL, _request

        return self._call(_request(), RESPONSE_MODEL)

    def update(
        self,
        *,
        wants_timestamp_timers: bool | Unset = UNSET,
        weekly_capacity: int | Unset = UNSET,
    ) -> Company:
        """Change account settings.

        Args:
            wants_timestamp_timers: True to track start and end times
            weekly_capacity: Default weekly capacity in seconds.
        """
        from .update_company import RESPONSE_MODEL, _request

        return self._call(
            _request(wants_timestamp_timers=wants_timestamp_timers, weekly_capacity=weekly_capacity), RESPONSE_MODEL
        )


class AsyncCompanyResource(AsyncResource):
    """The account the token acts on. (asyncio)"""

    async def get(
        self,
    ) -> Company:
        """Fetch the settings of the account the token acts on."""
        from .get_company import RESPONSE_MODEL, _request

        return await self._call(_request(), RESPONSE_MODEL)

    async def update(
        self,
        *,
        wants_timestamp_timers: bool | Unset = UNSET,
        weekly_capacity: int | Unset = UNSET,
    ) -> Company:
        """Change account settings.

        Args:
            wants_timestamp_timers: True to track start and end times
            weekly_capacity: Default weekly capacity in seconds.
        """
        from .update_company import RESPONSE_MODEL, _request

        return await self._call(
            _request(wants_timestamp_timers=wants_timestamp_timers, weekly_capacity=weekly_capacity), RESPONSE_MODEL
        )
