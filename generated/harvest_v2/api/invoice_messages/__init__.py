"""invoice_messages: Emails and state events of an invoice.

Methods are rendered from the spec; each builds its request in the operation's
own module (imported on first call) and runs it through the client's
auth, pacing, retry and error handling.
"""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING

from ..._core._resource import AsyncPaginator, AsyncResource, Paginator, SyncResource
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.invoice_message import InvoiceMessage
    from ...models.invoice_message_event_type import InvoiceMessageEventType
    from ...models.invoice_message_recipient_input import InvoiceMessageRecipientInput
    from ...models.invoice_message_subject_and_body import InvoiceMessageSubjectAndBody
    from ...models.invoice_messages import InvoiceMessages


__all__ = ["AsyncInvoiceMessagesResource", "InvoiceMessagesResource"]


class InvoiceMessagesResource(SyncResource):
    """Emails and state events of an invoice."""

    def create(
        self,
        invoice_id: int,
        *,
        recipients: builtins.list[InvoiceMessageRecipientInput] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        include_link_to_client_invoice: bool | Unset = UNSET,
        attach_pdf: bool | Unset = UNSET,
        send_me_a_copy: bool | Unset = UNSET,
        thank_you: bool | Unset = UNSET,
        event_type: InvoiceMessageEventType | str | Unset = UNSET,
    ) -> InvoiceMessage:
        """Email an invoice, or mark it sent, closed or draft, or reopen it.

        Args:
            include_link_to_client_invoice: Deprecated; offering payment options on the invoice adds the link.
            attach_pdf: True attaches the invoice as a PDF.
            send_me_a_copy: True copies the email to the authenticated user.
            thank_you: True sends it as a thank-you note for a payment.
            event_type: A state change to run on the invoice with a message: close it, put it back to draft,
                reopen a closed one (re-open), or mark a draft as sent (send).
        """
        from .create_invoice_message import RESPONSE_MODEL, _request

        return self._call(
            _request(
                invoice_id,
                recipients=recipients,
                subject=subject,
                body=body,
                include_link_to_client_invoice=include_link_to_client_invoice,
                attach_pdf=attach_pdf,
                send_me_a_copy=send_me_a_copy,
                thank_you=thank_you,
                event_type=event_type,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        invoice_id: int,
        message_id: int,
    ) -> None:
        """Delete a message of an invoice."""
        from .delete_invoice_message import _request

        self._call(_request(invoice_id, message_id), None)

    def list(
        self,
        invoice_id: int,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[InvoiceMessage, InvoiceMessages]:
        """List the emails and state events of an invoice.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_invoice_messages import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(invoice_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def prepare(
        self,
        invoice_id: int,
        *,
        thank_you: bool | Unset = UNSET,
        reminder: bool | Unset = UNSET,
    ) -> InvoiceMessageSubjectAndBody:
        """Get the suggested subject and body for a new message on an invoice.

        Args:
            thank_you: true asks for the wording of a thank-you note for a payment.
            reminder: true asks for the wording of a payment reminder.
        """
        from .prepare_invoice_message import RESPONSE_MODEL, _request

        return self._call(_request(invoice_id, thank_you=thank_you, reminder=reminder), RESPONSE_MODEL)


class AsyncInvoiceMessagesResource(AsyncResource):
    """Emails and state events of an invoice. (asyncio)"""

    async def create(
        self,
        invoice_id: int,
        *,
        recipients: builtins.list[InvoiceMessageRecipientInput] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        include_link_to_client_invoice: bool | Unset = UNSET,
        attach_pdf: bool | Unset = UNSET,
        send_me_a_copy: bool | Unset = UNSET,
        thank_you: bool | Unset = UNSET,
        event_type: InvoiceMessageEventType | str | Unset = UNSET,
    ) -> InvoiceMessage:
        """Email an invoice, or mark it sent, closed or draft, or reopen it.

        Args:
            include_link_to_client_invoice: Deprecated; offering payment options on the invoice adds the link.
            attach_pdf: True attaches the invoice as a PDF.
            send_me_a_copy: True copies the email to the authenticated user.
            thank_you: True sends it as a thank-you note for a payment.
            event_type: A state change to run on the invoice with a message: close it, put it back to draft,
                reopen a closed one (re-open), or mark a draft as sent (send).
        """
        from .create_invoice_message import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                invoice_id,
                recipients=recipients,
                subject=subject,
                body=body,
                include_link_to_client_invoice=include_link_to_client_invoice,
                attach_pdf=attach_pdf,
                send_me_a_copy=send_me_a_copy,
                thank_you=thank_you,
                event_type=event_type,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        invoice_id: int,
        message_id: int,
    ) -> None:
        """Delete a message of an invoice."""
        from .delete_invoice_message import _request

        await self._call(_request(invoice_id, message_id), None)

    def list(
        self,
        invoice_id: int,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[InvoiceMessage, InvoiceMessages]:
        """List the emails and state events of an invoice.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_invoice_messages import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(invoice_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    async def prepare(
        self,
        invoice_id: int,
        *,
        thank_you: bool | Unset = UNSET,
        reminder: bool | Unset = UNSET,
    ) -> InvoiceMessageSubjectAndBody:
        """Get the suggested subject and body for a new message on an invoice.

        Args:
            thank_you: true asks for the wording of a thank-you note for a payment.
            reminder: true asks for the wording of a payment reminder.
        """
        from .prepare_invoice_message import RESPONSE_MODEL, _request

        return await self._call(_request(invoice_id, thank_you=thank_you, reminder=reminder), RESPONSE_MODEL)
