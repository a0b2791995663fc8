"""Base classes of the generated resource classes (one per spec tag)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

import httpx

from ._operation_call import OperationCall
from ._options import call_options

if TYPE_CHECKING:
    from ._client import AsyncHarvestClient, HarvestClient
    from ._pagination import AsyncPaginator, Envelope, Paginator
    from ._raw import AsyncRawPaginator, RawPaginator, RawResponse

__all__ = ["AsyncResource", "RawResources", "SyncResource"]

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="Envelope")


class SyncResource:
    """Runs a generated operation's request through the client it belongs to."""

    __slots__ = ("_client", "_raw_mode")

    def __init__(self, client: HarvestClient, *, raw: bool = False) -> None:
        self._client = client
        # In raw mode (hv.with_raw_response.<resource>) every method answers raw responses.
        self._raw_mode = raw

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
        if self._raw_mode:
            return cast(T, self._client._call_raw(call, model))
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
        if self._raw_mode:
            raw = self._raw_paginate(
                call,
                model,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
            return cast("Paginator[ItemT, PageT]", raw)
        # Checked now, before any page is asked for; every page of the listing carries them.
        options = call_options(extra_headers, extra_query, extra_body, timeout)

        def fetch(page_call: OperationCall) -> PageT:
            page_call.options = options
            page = self._client._call_operation(page_call, model)
            return cast(PageT, page)

        from ._pagination import Paginator  # with the first list call: reaching a resource stays light

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

    __slots__ = ("_client", "_raw_mode")

    def __init__(self, client: AsyncHarvestClient, *, raw: bool = False) -> None:
        self._client = client
        # In raw mode (hv.with_raw_response.<resource>) every method answers raw responses.
        self._raw_mode = raw

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
        if self._raw_mode:
            return cast(T, await self._client._call_raw(call, model))
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
        if self._raw_mode:
            raw = self._raw_paginate(
                call,
                model,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
            return cast("AsyncPaginator[ItemT, PageT]", raw)
        # Checked now, before any page is asked for; every page of the listing carries them.
        options = call_options(extra_headers, extra_query, extra_body, timeout)

        async def fetch(page_call: OperationCall) -> PageT:
            page_call.options = options
            page = await self._client._call_operation(page_call, model)
            return cast(PageT, page)

        from ._pagination import AsyncPaginator  # with the first list call: reaching a resource stays light

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


class RawResources:
    """hv.with_raw_response at run time: each resource of the client, in raw mode.

    The generated code declares the typed view (HarvestWithRawResponse) for type checkers only;
    a resource in raw mode is the same class as hv.<resource>, so nothing is generated twice.
    """

    def __init__(self, client: HarvestClient | AsyncHarvestClient) -> None:
        self._client = client

    def __getattr__(self, name: str) -> SyncResource | AsyncResource:
        if name.startswith("_"):
            raise AttributeError(name)
        plain = getattr(self._client, name)
        if not isinstance(plain, SyncResource | AsyncResource):
            raise AttributeError(f"with_raw_response has no resource {name!r}")
        raw = type(plain)(self._client, raw=True)  # type: ignore[arg-type]
        setattr(self, name, raw)  # built once per resource, as hv.<resource> is
        return raw
