"""Base classes of the generated resource classes (one per spec tag)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, overload

from ._pagination import AsyncPaginator, Paginator
from ._request_spec import RequestSpec

if TYPE_CHECKING:
    from ._client import AsyncHarvestClient, HarvestClient
    from ._pagination import Envelope

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
    def _call(self, spec: RequestSpec, model: type[T]) -> T: ...
    @overload
    def _call(self, spec: RequestSpec, model: None) -> None: ...
    def _call(self, spec: RequestSpec, model: type[T] | None) -> T | None:
        return self._client._call_operation(spec, model)

    def _paginate(self, spec: RequestSpec, model: type[PageT]) -> Paginator[ItemT, PageT]:
        return Paginator(lambda request: self._call(request, model), spec)


class AsyncResource:
    """Runs a generated operation's request through the async client it belongs to."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncHarvestClient) -> None:
        self._client = client

    @overload
    async def _call(self, spec: RequestSpec, model: type[T]) -> T: ...
    @overload
    async def _call(self, spec: RequestSpec, model: None) -> None: ...
    async def _call(self, spec: RequestSpec, model: type[T] | None) -> T | None:
        return await self._client._call_operation(spec, model)

    def _paginate(self, spec: RequestSpec, model: type[PageT]) -> AsyncPaginator[ItemT, PageT]:
        return AsyncPaginator(lambda request: self._call(request, model), spec)
