"""Every page of a list operation, by following links.next.

Harvest hands out cursor URLs in links.next for some lists (page and
next_page are then null mid-listing) and page-number URLs for others; both
are followed as given, never rebuilt, until next is null. Only the current
page is held in memory.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, Protocol, TypeVar

from ._request import RequestSpec


class _Links(Protocol):
    # The generated model names the `next` attribute next_ (next is a builtin).
    @property
    def next_(self) -> str | None: ...


class Envelope(Protocol):
    """What every list response has: links with the next page's URL."""

    @property
    def links(self) -> _Links: ...


ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound=Envelope)


def _next_request(first: RequestSpec, page: Envelope, seen: set[str]) -> RequestSpec | None:
    url = page.links.next_
    if not url:
        return None
    if url in seen:
        # A server repeating a link would otherwise loop forever.
        raise RuntimeError(f"pagination link repeated: {url}")
    seen.add(url)
    return RequestSpec(first.operation, "GET", url)


class Paginator(Generic[ItemT, PageT]):
    """Iterate for the records of every page, or call pages() for the envelopes."""

    def __init__(
        self, fetch: Callable[[RequestSpec], PageT], first: RequestSpec, items: Callable[[PageT], list[ItemT]]
    ) -> None:
        self._fetch = fetch
        self._first = first
        self._items = items

    def pages(self) -> Iterator[PageT]:
        """Each page envelope in turn (per_page, total_entries, links and the records)."""
        spec: RequestSpec | None = self._first
        seen: set[str] = set()
        while spec is not None:
            page = self._fetch(spec)
            yield page
            spec = _next_request(self._first, page, seen)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from self._items(page)

    def first_page(self) -> PageT:
        """Only the first page (for totals, or to stop early)."""
        return self._fetch(self._first)


class AsyncPaginator(Generic[ItemT, PageT]):
    """`async for` over the records of every page, or `pages()` for the envelopes."""

    def __init__(
        self,
        fetch: Callable[[RequestSpec], Awaitable[PageT]],
        first: RequestSpec,
        items: Callable[[PageT], list[ItemT]],
    ) -> None:
        self._fetch = fetch
        self._first = first
        self._items = items

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page envelope in turn."""
        spec: RequestSpec | None = self._first
        seen: set[str] = set()
        while spec is not None:
            page = await self._fetch(spec)
            yield page
            spec = _next_request(self._first, page, seen)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items(page):
                yield item

    async def first_page(self) -> PageT:
        """Only the first page."""
        return await self._fetch(self._first)
