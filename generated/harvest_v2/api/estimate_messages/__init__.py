"""estimate_messages: Emails and state events of an estimate.

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
    from ...models.estimate_message import EstimateMessage
    from ...models.estimate_message_event_type import EstimateMessageEventType
    from ...models.estimate_message_recipient_input import EstimateMessageRecipientInput
    from ...models.estimate_messages import EstimateMessages


__all__ = ["AsyncEstimateMessagesResource", "EstimateMessagesResource"]


class EstimateMessagesResource(SyncResource):
    """Emails and state events of an estimate."""

    def create(
        self,
        estimate_id: int,
        *,
        recipients: builtins.list[EstimateMessageRecipientInput] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        send_me_a_copy: bool | Unset = UNSET,
        event_type: EstimateMessageEventType | str | Unset = UNSET,
    ) -> EstimateMessage:
        """Email an estimate, or mark it sent, accepted or declined, or reopen it.

        Args:
            send_me_a_copy: True copies the email to the authenticated user.
            event_type: A state change to run on the estimate with a message: mark a draft as sent (send),
                record the client's answer (accept, decline), or reopen an answered estimate (re-open).
        """
        from .create_estimate_message import RESPONSE_MODEL, _request

        return self._call(
            _request(
                estimate_id,
                recipients=recipients,
                subject=subject,
                body=body,
                send_me_a_copy=send_me_a_copy,
                event_type=event_type,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        estimate_id: int,
        message_id: int,
    ) -> None:
        """Delete a message of an estimate."""
        from .delete_estimate_message import _request

        self._call(_request(estimate_id, message_id), None)

    def list(
        self,
        estimate_id: int,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[EstimateMessage, EstimateMessages]:
        """List the emails and state events of an estimate.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_estimate_messages import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(estimate_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )


class AsyncEstimateMessagesResource(AsyncResource):
    """Emails and state events of an estimate. (asyncio)"""

    async def create(
        self,
        estimate_id: int,
        *,
        recipients: builtins.list[EstimateMessageRecipientInput] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        send_me_a_copy: bool | Unset = UNSET,
        event_type: EstimateMessageEventType | str | Unset = UNSET,
    ) -> EstimateMessage:
        """Email an estimate, or mark it sent, accepted or declined, or reopen it.

        Args:
            send_me_a_copy: True copies the email to the authenticated user.
            event_type: A state change to run on the estimate with a message: mark a draft as sent (send),
                record the client's answer (accept, decline), or reopen an answered estimate (re-open).
        """
        from .create_estimate_message import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                estimate_id,
                recipients=recipients,
                subject=subject,
                body=body,
                send_me_a_copy=send_me_a_copy,
                event_type=event_type,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        estimate_id: int,
        message_id: int,
    ) -> None:
        """Delete a message of an estimate."""
        from .delete_estimate_message import _request

        await self._call(_request(estimate_id, message_id), None)

    def list(
        self,
        estimate_id: int,
        *,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[EstimateMessage, EstimateMessages]:
        """List the emails and state events of an estimate.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_estimate_messages import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(estimate_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )
