"""cost_rates: A user's cost rate history.

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
    from ...models.cost_rate import CostRate
    from ...models.cost_rates import CostRates


__all__ = ["AsyncCostRatesResource", "CostRatesResource"]


class CostRatesResource(SyncResource):
    """A user's cost rate history."""

    def create(
        self,
        user_id: int,
        *,
        amount: Decimal | float,
        start_date: datetime.date | Unset = UNSET,
    ) -> CostRate:
        """Give a user a new cost rate from a start date on.

        Args:
            start_date: Must not be in the future.
        """
        from .create_cost_rate import RESPONSE_MODEL, _request

        return self._call(_request(user_id, amount=amount, start_date=start_date), RESPONSE_MODEL)

    def get(
        self,
        user_id: int,
        cost_rate_id: int,
    ) -> CostRate:
        """Fetch one cost rate of a user."""
        from .get_cost_rate import RESPONSE_MODEL, _request

        return self._call(_request(user_id, cost_rate_id), RESPONSE_MODEL)

    def list(
        self,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[CostRate, CostRates]:
        """List a user's cost rates, oldest start first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_cost_rates import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(user_id, page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items)


class AsyncCostRatesResource(AsyncResource):
    """A user's cost rate history. (asyncio)"""

    async def create(
        self,
        user_id: int,
        *,
        amount: Decimal | float,
        start_date: datetime.date | Unset = UNSET,
    ) -> CostRate:
        """Give a user a new cost rate from a start date on.

        Args:
            start_date: Must not be in the future.
        """
        from .create_cost_rate import RESPONSE_MODEL, _request

        return await self._call(_request(user_id, amount=amount, start_date=start_date), RESPONSE_MODEL)

    async def get(
        self,
        user_id: int,
        cost_rate_id: int,
    ) -> CostRate:
        """Fetch one cost rate of a user."""
        from .get_cost_rate import RESPONSE_MODEL, _request

        return await self._call(_request(user_id, cost_rate_id), RESPONSE_MODEL)

    def list(
        self,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[CostRate, CostRates]:
        """List a user's cost rates, oldest start first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_cost_rates import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(user_id, page=page, cursor=cursor, per_page=per_page), RESPONSE_MODEL, _items)
