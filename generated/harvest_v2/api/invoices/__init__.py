"""invoices: Invoices sent to clients.

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
    from ...models.invoice import Invoice
    from ...models.invoice_line_item_create import InvoiceLineItemCreate
    from ...models.invoice_line_item_update import InvoiceLineItemUpdate
    from ...models.invoice_line_items_import import InvoiceLineItemsImport
    from ...models.invoice_payment_term import InvoicePaymentTerm
    from ...models.invoice_state import InvoiceState
    from ...models.invoices import Invoices


__all__ = ["AsyncInvoicesResource", "InvoicesResource"]


class InvoicesResource(SyncResource):
    """Invoices sent to clients."""

    def create(
        self,
        *,
        client_id: int,
        retainer_id: int | Unset = UNSET,
        estimate_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        purchase_order: str | Unset = UNSET,
        tax: Decimal | float | Unset = UNSET,
        tax2: Decimal | float | Unset = UNSET,
        discount: Decimal | float | Unset = UNSET,
        subject: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        issue_date: datetime.date | Unset = UNSET,
        due_date: datetime.date | Unset = UNSET,
        payment_term: InvoicePaymentTerm | str | Unset = UNSET,
        payment_options: builtins.list[str] | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemCreate] | Unset = UNSET,
        line_items_import: InvoiceLineItemsImport | Unset = UNSET,
    ) -> Invoice:
        """Create an invoice, with rows written out or generated from tracked time and expenses."""
        from .create_invoice import RESPONSE_MODEL, _request

        return self._call(
            _request(
                client_id=client_id,
                retainer_id=retainer_id,
                estimate_id=estimate_id,
                number=number,
                purchase_order=purchase_order,
                tax=tax,
                tax2=tax2,
                discount=discount,
                subject=subject,
                notes=notes,
                currency=currency,
                issue_date=issue_date,
                due_date=due_date,
                payment_term=payment_term,
                payment_options=payment_options,
                line_items=line_items,
                line_items_import=line_items_import,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        invoice_id: int,
    ) -> Invoice | None:
        """Delete an invoice."""
        from .delete_invoice import RESPONSE_MODEL, _request

        return self._call(_request(invoice_id), RESPONSE_MODEL)

    def get(
        self,
        invoice_id: int,
    ) -> Invoice:
        """Fetch one invoice with its line items."""
        from .get_invoice import RESPONSE_MODEL, _request

        return self._call(_request(invoice_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        state: InvoiceState | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Invoice, Invoices]:
        """List invoices, most recently issued first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.
        """
        from .list_invoices import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                client_id=client_id,
                project_id=project_id,
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
        invoice_id: int,
        *,
        client_id: int | Unset = UNSET,
        retainer_id: int | Unset | None = UNSET,
        estimate_id: int | Unset | None = UNSET,
        number: str | Unset = UNSET,
        purchase_order: str | Unset | None = UNSET,
        tax: Decimal | float | Unset | None = UNSET,
        tax2: Decimal | float | Unset | None = UNSET,
        discount: Decimal | float | Unset | None = UNSET,
        subject: str | Unset | None = UNSET,
        notes: str | Unset | None = UNSET,
        currency: str | Unset = UNSET,
        issue_date: datetime.date | Unset = UNSET,
        due_date: datetime.date | Unset = UNSET,
        payment_term: InvoicePaymentTerm | str | Unset = UNSET,
        payment_options: builtins.list[str] | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemUpdate] | Unset = UNSET,
    ) -> Invoice:
        """Change some fields of an invoice, or add, change and remove its line items."""
        from .update_invoice import RESPONSE_MODEL, _request

        return self._call(
            _request(
                invoice_id,
                client_id=client_id,
                retainer_id=retainer_id,
                estimate_id=estimate_id,
                number=number,
                purchase_order=purchase_order,
                tax=tax,
                tax2=tax2,
                discount=discount,
                subject=subject,
                notes=notes,
                currency=currency,
                issue_date=issue_date,
                due_date=due_date,
                payment_term=payment_term,
                payment_options=payment_options,
                line_items=line_items,
            ),
            RESPONSE_MODEL,
        )


class AsyncInvoicesResource(AsyncResource):
    """Invoices sent to clients. (asyncio)"""

    async def create(
        self,
        *,
        client_id: int,
        retainer_id: int | Unset = UNSET,
        estimate_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        purchase_order: str | Unset = UNSET,
        tax: Decimal | float | Unset = UNSET,
        tax2: Decimal | float | Unset = UNSET,
        discount: Decimal | float | Unset = UNSET,
        subject: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        issue_date: datetime.date | Unset = UNSET,
        due_date: datetime.date | Unset = UNSET,
        payment_term: InvoicePaymentTerm | str | Unset = UNSET,
        payment_options: builtins.list[str] | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemCreate] | Unset = UNSET,
        line_items_import: InvoiceLineItemsImport | Unset = UNSET,
    ) -> Invoice:
        """Create an invoice, with rows written out or generated from tracked time and expenses."""
        from .create_invoice import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                client_id=client_id,
                retainer_id=retainer_id,
                estimate_id=estimate_id,
                number=number,
                purchase_order=purchase_order,
                tax=tax,
                tax2=tax2,
                discount=discount,
                subject=subject,
                notes=notes,
                currency=currency,
                issue_date=issue_date,
                due_date=due_date,
                payment_term=payment_term,
                payment_options=payment_options,
                line_items=line_items,
                line_items_import=line_items_import,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        invoice_id: int,
    ) -> Invoice | None:
        """Delete an invoice."""
        from .delete_invoice import RESPONSE_MODEL, _request

        return await self._call(_request(invoice_id), RESPONSE_MODEL)

    async def get(
        self,
        invoice_id: int,
    ) -> Invoice:
        """Fetch one invoice with its line items."""
        from .get_invoice import RESPONSE_MODEL, _request

        return await self._call(_request(invoice_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        state: InvoiceState | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Invoice, Invoices]:
        """List invoices, most recently issued first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.
        """
        from .list_invoices import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                client_id=client_id,
                project_id=project_id,
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
        invoice_id: int,
        *,
        client_id: int | Unset = UNSET,
        retainer_id: int | Unset | None = UNSET,
        estimate_id: int | Unset | None = UNSET,
        number: str | Unset = UNSET,
        purchase_order: str | Unset | None = UNSET,
        tax: Decimal | float | Unset | None = UNSET,
        tax2: Decimal | float | Unset | None = UNSET,
        discount: Decimal | float | Unset | None = UNSET,
        subject: str | Unset | None = UNSET,
        notes: str | Unset | None = UNSET,
        currency: str | Unset = UNSET,
        issue_date: datetime.date | Unset = UNSET,
        due_date: datetime.date | Unset = UNSET,
        payment_term: InvoicePaymentTerm | str | Unset = UNSET,
        payment_options: builtins.list[str] | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemUpdate] | Unset = UNSET,
    ) -> Invoice:
        """Change some fields of an invoice, or add, change and remove its line items."""
        from .update_invoice import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                invoice_id,
                client_id=client_id,
                retainer_id=retainer_id,
                estimate_id=estimate_id,
                number=number,
                purchase_order=purchase_order,
                tax=tax,
                tax2=tax2,
                discount=discount,
                subject=subject,
                notes=notes,
                currency=currency,
                issue_date=issue_date,
                due_date=due_date,
                payment_term=payment_term,
                payment_options=payment_options,
                line_items=line_items,
            ),
            RESPONSE_MODEL,
        )
