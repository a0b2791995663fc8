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
        """Create an invoice, with rows written out or generated from tracked time and expenses.

        Args:
            client_id: The client the invoice is for.
            retainer_id: A retainer of the client to draw the invoice on.
            estimate_id: The estimate the invoice comes from.
            number: Invoice number; the next one in sequence when left out.
            tax: First tax rate as a percentage.
            tax2: Second tax rate as a percentage.
            discount: Discount as a percentage.
            currency: ISO 4217 code; the client's currency when left out.
            due_date: Used when payment_term is custom.
            payment_term: When payment falls due: on receipt, a fixed number of days after the issue date (net 15
                to net 60), or on a due date chosen by hand (custom).
            payment_options: Online payment methods to offer the client.
            line_items_import: Build the rows of a new invoice from tracked time and expenses of some projects.
        """
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

        Args:
            client_id: Keep only records of this client.
            project_id: Keep only records of this project.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            from_: First day of the range, inclusive.
            to: Last day of the range, inclusive.
            state: Keep only invoices in this state.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
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
        """Change some fields of an invoice, or add, change and remove its line items.

        Args:
            tax: First tax rate as a percentage.
            tax2: Second tax rate as a percentage.
            discount: Discount as a percentage.
            payment_term: When payment falls due: on receipt, a fixed number of days after the issue date (net 15
                to net 60), or on a due date chosen by hand (custom).
        """
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
        """Create an invoice, with rows written out or generated from tracked time and expenses.

        Args:
            client_id: The client the invoice is for.
            retainer_id: A retainer of the client to draw the invoice on.
            estimate_id: The estimate the invoice comes from.
            number: Invoice number; the next one in sequence when left out.
            tax: First tax rate as a percentage.
            tax2: Second tax rate as a percentage.
            discount: Discount as a percentage.
            currency: ISO 4217 code; the client's currency when left out.
            due_date: Used when payment_term is custom.
            payment_term: When payment falls due: on receipt, a fixed number of days after the issue date (net 15
                to net 60), or on a due date chosen by hand (custom).
            payment_options: Online payment methods to offer the client.
            line_items_import: Build the rows of a new invoice from tracked time and expenses of some projects.
        """
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

        Args:
            client_id: Keep only records of this client.
            project_id: Keep only records of this project.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            from_: First day of the range, inclusive.
            to: Last day of the range, inclusive.
            state: Keep only invoices in this state.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
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
        """Change some fields of an invoice, or add, change and remove its line items.

        Args:
            tax: First tax rate as a percentage.
            tax2: Second tax rate as a percentage.
            discount: Discount as a percentage.
            payment_term: When payment falls due: on receipt, a fixed number of days after the issue date (net 15
                to net 60), or on a due date chosen by hand (custom).
        """
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
