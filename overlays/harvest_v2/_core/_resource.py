"""Base classes of the generated resource classes (one per spec tag)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, overload

from ._operation_call import OperationCall
from ._pagination import AsyncPaginator, Paginator

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
    def _call(self, call: OperationCall, model: type[T]) -> T: ...
    @overload
    def _call(self, call: OperationCall, model: None) -> None: ...
    def _call(self, call: OperationCall, model: type[T] | None) -> T | None:
        return self._client._call_operation(call, model)

    def _paginate(self, call: OperationCall, model: type[PageT]) -> Paginator[ItemT, PageT]:
        return Paginator(lambda next_call: self._call(next_call, model), call)


class AsyncResource:
    """Runs a generated operation's request through the async client it belongs to."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncHarvestClient) -> None:
        self._client = client

    @overload
    async def _call(self, call: OperationCall, model: type[T]) -> T: ...
    @overload
    async def _call(self, call: OperationCall, model: None) -> None: ...
    async def _call(self, call: OperationCall, model: type[T] | None) -> T | None:
        return await self._client._call_operation(call, model)

    def _paginate(self, call: OperationCall, model: type[PageT]) -> AsyncPaginator[ItemT, PageT]:
        return AsyncPaginator(lambda next_call: self._call(next_call, model), call)
