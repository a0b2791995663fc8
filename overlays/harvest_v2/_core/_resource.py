"""Base classes of the generated resource classes (one per spec tag)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

import httpx

from ._operation_call import OperationCall
from ._options import call_options
from ._pagination import AsyncPaginator, Paginator

if TYPE_CHECKING:
    from ._client import AsyncHarvestClient, HarvestClient
    from ._pagination import Envelope
    from ._raw import AsyncRawPaginator, RawPaginator, RawResponse

__all__ = ["AsyncPaginator", "AsyncResource", "Paginator", "SyncResource"]

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="Envelope")


class SyncResource:
    """Runs a generated operation's request through the client it belongs to."""

    __slots__ = ("_client",)

    def __init__(self, client: HarvestClient) -> None:
        self._client = client

    @overload
    def _call(
        self,
        call: OperationCall,
        model: type[T],
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        timeout: float | httpx.Timeout | None = ...,
    ) -> T: ...
    @overload
    def _call(
        self,
        call: OperationCall,
        model: None,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        timeout: float | httpx.Timeout | None = ...,
    ) -> None: ...
    def _call(
        self,
        call: OperationCall,
        model: type[T] | None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> T | None:
        call.options = call_options(extra_headers, extra_query, extra_body, timeout)
        return self._client._call_operation(call, model)

    def _paginate(
        self,
        call: OperationCall,
        model: type[PageT],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[ItemT, PageT]:
        # Checked now, before any page is asked for; every page of the listing carries them.
        options = call_options(extra_headers, extra_query, extra_body, timeout)

        def fetch(page_call: OperationCall) -> PageT:
            page_call.options = options
            page = self._client._call_operation(page_call, model)
            return cast(PageT, page)

        return Paginator(fetch, call)

    def _raw(
        self,
        call: OperationCall,
        model: type[Any] | None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        call.options = call_options(extra_headers, extra_query, extra_body, timeout)
        return self._client._call_raw(call, model)

    def _raw_paginate(
        self,
        call: OperationCall,
        model: type[PageT],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawPaginator[PageT]:
        from ._raw import RawPaginator  # with the first raw call: `import harvest_v2` stays light

        options = call_options(extra_headers, extra_query, extra_body, timeout)

        def fetch(page_call: OperationCall) -> RawResponse[PageT]:
            page_call.options = options
            return self._client._call_raw(page_call, model)

        return RawPaginator(fetch, call)


class AsyncResource:
    """Runs a generated operation's request through the async client it belongs to."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncHarvestClient) -> None:
        self._client = client

    @overload
    async def _call(
        self,
        call: OperationCall,
        model: type[T],
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        timeout: float | httpx.Timeout | None = ...,
    ) -> T: ...
    @overload
    async def _call(
        self,
        call: OperationCall,
        model: None,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        timeout: float | httpx.Timeout | None = ...,
    ) -> None: ...
    async def _call(
        self,
        call: OperationCall,
        model: type[T] | None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> T | None:
        call.options = call_options(extra_headers, extra_query, extra_body, timeout)
        return await self._client._call_operation(call, model)

    def _paginate(
        self,
        call: OperationCall,
        model: type[PageT],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[ItemT, PageT]:
        # Checked now, before any page is asked for; every page of the listing carries them.
        options = call_options(extra_headers, extra_query, extra_body, timeout)

        async def fetch(page_call: OperationCall) -> PageT:
            page_call.options = options
            page = await self._client._call_operation(page_call, model)
            return cast(PageT, page)

        return AsyncPaginator(fetch, call)

    async def _raw(
        self,
        call: OperationCall,
        model: type[Any] | None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        call.options = call_options(extra_headers, extra_query, extra_body, timeout)
        return await self._client._call_raw(call, model)

    def _raw_paginate(
        self,
        call: OperationCall,
        model: type[PageT],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncRawPaginator[PageT]:
        from ._raw import AsyncRawPaginator  # with the first raw call: `import harvest_v2` stays light

        options = call_options(extra_headers, extra_query, extra_body, timeout)

        async def fetch(page_call: OperationCall) -> RawResponse[PageT]:
            page_call.options = options
            return await self._client._call_raw(page_call, model)

        return AsyncRawPaginator(fetch, call)
