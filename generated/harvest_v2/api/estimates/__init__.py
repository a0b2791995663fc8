"""estimates: Estimates sent to clients.

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
    from ...models.estimate import Estimate
    from ...models.estimate_line_item_create import EstimateLineItemCreate
    from ...models.estimate_line_item_update import EstimateLineItemUpdate
    from ...models.estimate_state import EstimateState
    from ...models.estimates import Estimates


__all__ = ["AsyncEstimatesResource", "EstimatesResource"]


class EstimatesResource(SyncResource):
    """Estimates sent to clients."""

    def create(
        self,
        *,
        client_id: int,
        number: str | Unset = UNSET,
        purchase_order: str | Unset = UNSET,
        tax: Decimal | float | Unset = UNSET,
        tax2: Decimal | float | Unset = UNSET,
        discount: Decimal | float | Unset = UNSET,
        subject: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        issue_date: datetime.date | Unset = UNSET,
        line_items: builtins.list[EstimateLineItemCreate] | Unset = UNSET,
    ) -> Estimate:
        """Create an estimate for a client.

        Args:
            client_id: The client the estimate is for.
            number: Estimate number; the next one in sequence when left out.
            tax: First tax rate as a percentage.
            tax2: Second tax rate as a percentage.
            discount: Discount as a percentage.
            currency: ISO 4217 code; the client's currency when left out.
        """
        from .create_estimate import RESPONSE_MODEL, _request

        return self._call(
            _request(
                client_id=client_id,
                number=number,
                purchase_order=purchase_order,
                tax=tax,
                tax2=tax2,
                discount=discount,
                subject=subject,
                notes=notes,
                currency=currency,
                issue_date=issue_date,
                line_items=line_items,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        estimate_id: int,
    ) -> Estimate | None:
        """Delete an estimate."""
        from .delete_estimate import RESPONSE_MODEL, _request

        return self._call(_request(estimate_id), RESPONSE_MODEL)

    def get(
        self,
        estimate_id: int,
    ) -> Estimate:
        """Fetch one estimate with its line items."""
        from .get_estimate import RESPONSE_MODEL, _request

        return self._call(_request(estimate_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        client_id: int | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        state: EstimateState | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Estimate, Estimates]:
        """List estimates.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            client_id: Keep only records of this client.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            from_: First day of the range, inclusive.
            to: Last day of the range, inclusive.
            state: Keep only estimates in this state.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_estimates import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                client_id=client_id,
                updated_since=updated_since,
                from_=from_,
                to=to,
                state=state,
                page=page,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        estimate_id: int,
        *,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        purchase_order: str | Unset | None = UNSET,
        tax: Decimal | float | Unset | None = UNSET,
        tax2: Decimal | float | Unset | None = UNSET,
        discount: Decimal | float | Unset | None = UNSET,
        subject: str | Unset | None = UNSET,
        notes: str | Unset | None = UNSET,
        currency: str | Unset = UNSET,
        issue_date: datetime.date | Unset = UNSET,
        line_items: builtins.list[EstimateLineItemUpdate] | Unset = UNSET,
    ) -> Estimate:
        """Change some fields of an estimate, or add, change and remove its line items.

        Args:
            tax: First tax rate as a percentage.
            tax2: Second tax rate as a percentage.
            discount: Discount as a percentage.
        """
        from .update_estimate import RESPONSE_MODEL, _request

        return self._call(
            _request(
                estimate_id,
                client_id=client_id,
                number=number,
                purchase_order=purchase_order,
                tax=tax,
                tax2=tax2,
                discount=discount,
                subject=subject,
                notes=notes,
                currency=currency,
                issue_date=issue_date,
                line_items=line_items,
            ),
            RESPONSE_MODEL,
        )


class AsyncEstimatesResource(AsyncResource):
    """Estimates sent to clients. (asyncio)"""

    async def create(
        self,
        *,
        client_id: int,
        number: str | Unset = UNSET,
        purchase_order: str | Unset = UNSET,
        tax: Decimal | float | Unset = UNSET,
        tax2: Decimal | float | Unset = UNSET,
        discount: Decimal | float | Unset = UNSET,
        subject: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        issue_date: datetime.date | Unset = UNSET,
        line_items: builtins.list[EstimateLineItemCreate] | Unset = UNSET,
    ) -> Estimate:
        """Create an estimate for a client.

        Args:
            client_id: The client the estimate is for.
            number: Estimate number; the next one in sequence when left out.
            tax: First tax rate as a percentage.
            tax2: Second tax rate as a percentage.
            discount: Discount as a percentage.
            currency: ISO 4217 code; the client's currency when left out.
        """
        from .create_estimate import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                client_id=client_id,
                number=number,
                purchase_order=purchase_order,
                tax=tax,
                tax2=tax2,
                discount=discount,
                subject=subject,
                notes=notes,
                currency=currency,
                issue_date=issue_date,
                line_items=line_items,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        estimate_id: int,
    ) -> Estimate | None:
        """Delete an estimate."""
        from .delete_estimate import RESPONSE_MODEL, _request

        return await self._call(_request(estimate_id), RESPONSE_MODEL)

    async def get(
        self,
        estimate_id: int,
    ) -> Estimate:
        """Fetch one estimate with its line items."""
        from .get_estimate import RESPONSE_MODEL, _request

        return await self._call(_request(estimate_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        client_id: int | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        state: EstimateState | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Estimate, Estimates]:
        """List estimates.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            client_id: Keep only records of this client.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            from_: First day of the range, inclusive.
            to: Last day of the range, inclusive.
            state: Keep only estimates in this state.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_estimates import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                client_id=client_id,
                updated_since=updated_since,
                from_=from_,
                to=to,
                state=state,
                page=page,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        estimate_id: int,
        *,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        purchase_order: str | Unset | None = UNSET,
        tax: Decimal | float | Unset | None = UNSET,
        tax2: Decimal | float | Unset | None = UNSET,
        discount: Decimal | float | Unset | None = UNSET,
        subject: str | Unset | None = UNSET,
        notes: str | Unset | None = UNSET,
        currency: str | Unset = UNSET,
        issue_date: datetime.date | Unset = UNSET,
        line_items: builtins.list[EstimateLineItemUpdate] | Unset = UNSET,
    ) -> Estimate:
        """Change some fields of an estimate, or add, change and remove its line items.

        Args:
            tax: First tax rate as a percentage.
            tax2: Second tax rate as a percentage.
            discount: Discount as a percentage.
        """
        from .update_estimate import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                estimate_id,
                client_id=client_id,
                number=number,
                purchase_order=purchase_order,
                tax=tax,
                tax2=tax2,
                discount=discount,
                subject=subject,
                notes=notes,
                currency=currency,
                issue_date=issue_date,
                line_items=line_items,
            ),
            RESPONSE_MODEL,
        )
