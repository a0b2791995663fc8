"""invoice_payments: Payments recorded against an invoice.

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
    from ...models.invoice_payment import InvoicePayment
    from ...models.invoice_payments import InvoicePayments


__all__ = ["AsyncInvoicePaymentsResource", "InvoicePaymentsResource"]


class InvoicePaymentsResource(SyncResource):
    """Payments recorded against an invoice."""

    def create(
        self,
        invoice_id: int,
        *,
        amount: Decimal | float,
        paid_at: datetime.datetime | Unset = UNSET,
        paid_date: datetime.date | Unset = UNSET,
        notes: str | Unset = UNSET,
        send_thank_you: bool | Unset = UNSET,
    ) -> InvoicePayment:
        """Record a payment against an invoice.

        Args:
            amount: The sum received.
            paid_at: When the money was received.
            paid_date: The day the money was received.
            send_thank_you: True emails the client a thank-you note when this payment settles the invoice.
        """
        from .create_invoice_payment import RESPONSE_MODEL, _request

        return self._call(
            _request(
                invoice_id,
                amount=amount,
                paid_at=paid_at,
                paid_date=paid_date,
                notes=notes,
                send_thank_you=send_thank_you,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        invoice_id: int,
        payment_id: int,
    ) -> None:
        """Delete a payment of an invoice."""
        from .delete_invoice_payment import _request

        self._call(_request(invoice_id, payment_id), None)

    def list(
        self,
        invoice_id: int,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[InvoicePayment, InvoicePayments]:
        """List the payments recorded against an invoice.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_invoice_payments import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(invoice_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )


class AsyncInvoicePaymentsResource(AsyncResource):
    """Payments recorded against an invoice. (asyncio)"""

    async def create(
        self,
        invoice_id: int,
        *,
        amount: Decimal | float,
        paid_at: datetime.datetime | Unset = UNSET,
        paid_date: datetime.date | Unset = UNSET,
        notes: str | Unset = UNSET,
        send_thank_you: bool | Unset = UNSET,
    ) -> InvoicePayment:
        """Record a payment against an invoice.

        Args:
            amount: The sum received.
            paid_at: When the money was received.
            paid_date: The day the money was received.
            send_thank_you: True emails the client a thank-you note when this payment settles the invoice.
        """
        from .create_invoice_payment import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                invoice_id,
                amount=amount,
                paid_at=paid_at,
                paid_date=paid_date,
                notes=notes,
                send_thank_you=send_thank_you,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        invoice_id: int,
        payment_id: int,
    ) -> None:
        """Delete a payment of an invoice."""
        from .delete_invoice_payment import _request

        await self._call(_request(invoice_id, payment_id), None)

    def list(
        self,
        invoice_id: int,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[InvoicePayment, InvoicePayments]:
        """List the payments recorded against an invoice.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_invoice_payments import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(invoice_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )
