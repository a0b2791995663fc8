"""Where a copy reads from: pages of a resource's list operation through a Harvest or AsyncHarvest.

The copy is written once, against the blocking `Source`; an AsyncHarvest is
bridged to it (the copy runs in a worker thread and each page is awaited on the
client's own event loop), so both clients share one algorithm and the client's
pacer paces every request. The method called is the one the operations table
names for the resource (hv.<tag>.<method_name>).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from .._core._operation import Operation
from ._resources import python_parameter

__all__ = ["AsyncClientSource", "ClientSource", "Page", "Source"]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: its records as JSON objects (Decimal money) and the listing's total."""

    records: list[dict[str, Any]]
    total_entries: int | None


class Source(Protocol):
    """Pages of a list operation, with the number of requests made so far."""

    requests: int

    def pages(self, operation: Operation, params: dict[str, Any]) -> Iterator[Page]: ...


def _call_arguments(params: dict[str, Any]) -> dict[str, Any]:
    return {python_parameter(name): value for name, value in params.items() if value is not None}


def _page(operation: Operation, envelope: Any) -> Page:
    assert operation.list_key is not None
    items = getattr(envelope, operation.list_key)
    total = getattr(envelope, "total_entries", None)
    return Page([item.to_dict() for item in items], total if isinstance(total, int) else None)


class ClientSource:
    """Pages through a Harvest client."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.requests = 0

    def pages(self, operation: Operation, params: dict[str, Any]) -> Iterator[Page]:
        method = getattr(getattr(self._client, operation.tag), operation.method_name)
        for envelope in method(**_call_arguments(params)).pages():
            self.requests += 1
            yield _page(operation, envelope)


class AsyncClientSource:
    """Pages through an AsyncHarvest, awaited on `loop` from the thread the copy runs in."""

    def __init__(self, client: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._client = client
        self._loop = loop
        self.requests = 0

    def pages(self, operation: Operation, params: dict[str, Any]) -> Iterator[Page]:
        method = getattr(getattr(self._client, operation.tag), operation.method_name)
        envelopes: AsyncIterator[Any] = method(**_call_arguments(params)).pages()
        try:
            while True:
                try:
                    envelope = asyncio.run_coroutine_threadsafe(_next(envelopes), self._loop).result()
                except StopAsyncIteration:
                    return
                self.requests += 1
                yield _page(operation, envelope)
        finally:
            closing = getattr(envelopes, "aclose", None)
            if closing is not None:
                asyncio.run_coroutine_threadsafe(closing(), self._loop).result()


async def _next(envelopes: AsyncIterator[Any]) -> Any:
    return await envelopes.__anext__()
