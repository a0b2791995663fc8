"""clients: Customers you bill.

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
    from ...models.client import Client
    from ...models.clients import Clients


__all__ = ["AsyncClientsResource", "ClientsResource"]


class ClientsResource(SyncResource):
    """Customers you bill."""

    def create(
        self,
        *,
        name: str,
        is_active: bool | Unset = UNSET,
        address: str | Unset = UNSET,
        currency: str | Unset = UNSET,
    ) -> Client:
        """Create a client.

        Args:
            currency: ISO 4217 code; the company currency when left out.
        """
        from .create_client import RESPONSE_MODEL, _request

        return self._call(_request(name=name, is_active=is_active, address=address, currency=currency), RESPONSE_MODEL)

    def delete(
        self,
        client_id: int,
    ) -> Client | None:
        """Delete a client that has no projects, invoices or estimates."""
        from .delete_client import RESPONSE_MODEL, _request

        return self._call(_request(client_id), RESPONSE_MODEL)

    def get(
        self,
        client_id: int,
    ) -> Client:
        """Fetch one client."""
        from .get_client import RESPONSE_MODEL, _request

        return self._call(_request(client_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Client, Clients]:
        """List clients, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_clients import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        client_id: int,
        *,
        name: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        address: str | Unset | None = UNSET,
        currency: str | Unset = UNSET,
    ) -> Client:
        """Change some fields of a client."""
        from .update_client import RESPONSE_MODEL, _request

        return self._call(
            _request(client_id, name=name, is_active=is_active, address=address, currency=currency), RESPONSE_MODEL
        )


class AsyncClientsResource(AsyncResource):
    """Customers you bill. (asyncio)"""

    async def create(
        self,
        *,
        name: str,
        is_active: bool | Unset = UNSET,
        address: str | Unset = UNSET,
        currency: str | Unset = UNSET,
    ) -> Client:
        """Create a client.

        Args:
            currency: ISO 4217 code; the company currency when left out.
        """
        from .create_client import RESPONSE_MODEL, _request

        return await self._call(
            _request(name=name, is_active=is_active, address=address, currency=currency), RESPONSE_MODEL
        )

    async def delete(
        self,
        client_id: int,
    ) -> Client | None:
        """Delete a client that has no projects, invoices or estimates."""
        from .delete_client import RESPONSE_MODEL, _request

        return await self._call(_request(client_id), RESPONSE_MODEL)

    async def get(
        self,
        client_id: int,
    ) -> Client:
        """Fetch one client."""
        from .get_client import RESPONSE_MODEL, _request

        return await self._call(_request(client_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Client, Clients]:
        """List clients, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            is_active: true keeps active records only, false archived ones only.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_clients import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(is_active=is_active, updated_since=updated_since, page=page, cursor=cursor, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        client_id: int,
        *,
        name: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        address: str | Unset | None = UNSET,
        currency: str | Unset = UNSET,
    ) -> Client:
        """Change some fields of a client."""
        from .update_client import RESPONSE_MODEL, _request

        return await self._call(
            _request(client_id, name=name, is_active=is_active, address=address, currency=currency), RESPONSE_MODEL
        )
