"""contacts: People at your clients.

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
    from ...models.contact import Contact
    from ...models.contacts import Contacts


__all__ = ["AsyncContactsResource", "ContactsResource"]


class ContactsResource(SyncResource):
    """People at your clients."""

    def create(
        self,
        *,
        client_id: int,
        first_name: str,
        title: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone_office: str | Unset = UNSET,
        phone_mobile: str | Unset = UNSET,
        fax: str | Unset = UNSET,
    ) -> Contact:
        """Add a contact to a client.

        Args:
            client_id: The client the person works for.
        """
        from .create_contact import RESPONSE_MODEL, _request

        return self._call(
            _request(
                client_id=client_id,
                first_name=first_name,
                title=title,
                last_name=last_name,
                email=email,
                phone_office=phone_office,
                phone_mobile=phone_mobile,
                fax=fax,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        contact_id: int,
    ) -> Contact | None:
        """Delete a contact."""
        from .delete_contact import RESPONSE_MODEL, _request

        return self._call(_request(contact_id), RESPONSE_MODEL)

    def get(
        self,
        contact_id: int,
    ) -> Contact:
        """Fetch one contact."""
        from .get_contact import RESPONSE_MODEL, _request

        return self._call(_request(contact_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        client_id: int | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Contact, Contacts]:
        """List client contacts.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            client_id: Keep only records of this client.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_contacts import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(client_id=client_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        contact_id: int,
        *,
        client_id: int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        phone_office: str | Unset | None = UNSET,
        phone_mobile: str | Unset | None = UNSET,
        fax: str | Unset | None = UNSET,
    ) -> Contact:
        """Change some fields of a contact.

        Args:
            client_id: Moves the contact to another client.
        """
        from .update_contact import RESPONSE_MODEL, _request

        return self._call(
            _request(
                contact_id,
                client_id=client_id,
                title=title,
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone_office=phone_office,
                phone_mobile=phone_mobile,
                fax=fax,
            ),
            RESPONSE_MODEL,
        )


class AsyncContactsResource(AsyncResource):
    """People at your clients. (asyncio)"""

    async def create(
        self,
        *,
        client_id: int,
        first_name: str,
        title: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone_office: str | Unset = UNSET,
        phone_mobile: str | Unset = UNSET,
        fax: str | Unset = UNSET,
    ) -> Contact:
        """Add a contact to a client.

        Args:
            client_id: The client the person works for.
        """
        from .create_contact import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                client_id=client_id,
                first_name=first_name,
                title=title,
                last_name=last_name,
                email=email,
                phone_office=phone_office,
                phone_mobile=phone_mobile,
                fax=fax,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        contact_id: int,
    ) -> Contact | None:
        """Delete a contact."""
        from .delete_contact import RESPONSE_MODEL, _request

        return await self._call(_request(contact_id), RESPONSE_MODEL)

    async def get(
        self,
        contact_id: int,
    ) -> Contact:
        """Fetch one contact."""
        from .get_contact import RESPONSE_MODEL, _request

        return await self._call(_request(contact_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        client_id: int | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Contact, Contacts]:
        """List client contacts.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            client_id: Keep only records of this client.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_contacts import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(client_id=client_id, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        contact_id: int,
        *,
        client_id: int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        phone_office: str | Unset | None = UNSET,
        phone_mobile: str | Unset | None = UNSET,
        fax: str | Unset | None = UNSET,
    ) -> Contact:
        """Change some fields of a contact.

        Args:
            client_id: Moves the contact to another client.
        """
        from .update_contact import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                contact_id,
                client_id=client_id,
                title=title,
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone_office=phone_office,
                phone_mobile=phone_mobile,
                fax=fax,
            ),
            RESPONSE_MODEL,
        )
