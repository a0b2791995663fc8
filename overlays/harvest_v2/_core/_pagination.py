"""Every page of a list operation, by following links.next.

Harvest hands out cursor URLs in links.next for some lists (page and
next_page are then null mid-listing) and page-number URLs for others; both
are followed as given, never rebuilt, until next is null. Only the current
page is held in memory.

A server's links are not trusted: the client resolves each against base_url's
origin and refuses any other origin (`_origin.BaseURL`), and
`_PageGuard` stops a listing that would never end (a link seen before, more
pages than total_pages announced, empty page after empty page) with a
PaginationError instead of looping.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from operator import attrgetter
from typing import Any, Generic, Protocol, TypeVar

from ._errors import PaginationError
from ._operation import Operation
from ._operation_call import OperationCall

__all__ = [
    "MAX_EMPTY_PAGES",
    "AsyncPaginator",
    "Envelope",
    "NextPageCall",
    "Paginator",
    "_PageGuard",
    "without_query",
]

MAX_EMPTY_PAGES = 3
"""Consecutive empty pages that still link to a next one before the listing is refused."""


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


class NextPageCall(OperationCall):
    """A GET of a URL taken from a response (links.next): resolved against base_url's origin and checked."""

    __slots__ = ()


def without_query(link: str) -> str:
    """The link up to its query string: the query is the server's, and a hostile one could echo a secret."""
    return link.split("?", 1)[0].split("#", 1)[0]


class _PageGuard(Generic[ItemT, PageT]):
    """Decides the next request of a listing, refusing one that would never end."""

    __slots__ = ("_empty", "_fetched", "_items", "_most_pages", "_operation", "_seen")

    def __init__(self, operation: Operation) -> None:
        self._items: Callable[[PageT], list[ItemT]] = _records(operation)
        self._operation = operation
        self._seen: set[str] = set()
        self._fetched = 0
        self._empty = 0
        # The largest total_pages any page announced: records created while listing raise it,
        # and deletions must not make the pages already read look like too many.
        self._most_pages: int | None = None

    def next_call(self, page: PageT) -> NextPageCall | None:
        self._fetched += 1
        self._empty = 0 if self._items(page) else self._empty + 1
        total_pages = getattr(page, "total_pages", None)
        if isinstance(total_pages, int) and not isinstance(total_pages, bool):
            self._most_pages = max(total_pages, self._most_pages or 0)
        link = page.links.next_
        if not link:
            return None
        if link in self._seen:
            raise PaginationError(
                f"links.next repeats a page already read; stopped after {self._fetched} pages",
                method="GET",
                url=without_query(link),
            )
        if self._most_pages is not None and self._fetched >= self._most_pages:
            raise PaginationError(
                f"links.next points past the last page: {self._fetched} pages read and total_pages is "
                f"{self._most_pages}",
                method="GET",
                url=without_query(link),
            )
        if self._empty >= MAX_EMPTY_PAGES:
            raise PaginationError(
                f"{self._empty} empty pages in a row still link to a next one; stopped after {self._fetched} pages",
                method="GET",
                url=without_query(link),
            )
        self._seen.add(link)
        return NextPageCall(self._operation, link)


def _records(operation: Operation) -> Callable[[Any], list[Any]]:
    """The function that takes a page's records, from the list key the operations table gives."""
    if operation.list_key is None:
        raise TypeError(f"{operation.operation_id} is not a list operation: its table row has no list_key")
    return attrgetter(operation.list_key)


class Paginator(Generic[ItemT, PageT]):
    """Iterate for the records of every page, or call pages() for the envelopes."""

    def __init__(self, fetch: Callable[[OperationCall], PageT], first: OperationCall) -> None:
        self._fetch = fetch
        self._first = first
        self._items: Callable[[PageT], list[ItemT]] = _records(first.operation)

    def pages(self) -> Iterator[PageT]:
        """Each page envelope in turn (per_page, total_entries, links and the records)."""
        call: OperationCall | None = self._first
        guard: _PageGuard[ItemT, PageT] = _PageGuard(self._first.operation)
        while call is not None:
            page = self._fetch(call)
            yield page
            call = guard.next_call(page)
            # Let the page go before the next is fetched: one page in memory, not two.
            del page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            items = self._items(page)
            del page
            yield from items
            del items

    def first_page(self) -> PageT:
        """Only the first page (for totals, or to stop early)."""
        return self._fetch(self._first)


class AsyncPaginator(Generic[ItemT, PageT]):
    """`async for` over the records of every page, or `pages()` for the envelopes."""

    def __init__(self, fetch: Callable[[OperationCall], Awaitable[PageT]], first: OperationCall) -> None:
        self._fetch = fetch
        self._first = first
        self._items: Callable[[PageT], list[ItemT]] = _records(first.operation)

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page envelope in turn (per_page, total_entries, links and the records)."""
        call: OperationCall | None = self._first
        guard: _PageGuard[ItemT, PageT] = _PageGuard(self._first.operation)
        while call is not None:
            page = await self._fetch(call)
            yield page
            call = guard.next_call(page)
            # Let the page go before the next is fetched: one page in memory, not two.
            del page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            items = self._items(page)
            del page
            for item in items:
                yield item
            del items

    async def first_page(self) -> PageT:
        """Only the first page (for totals, or to stop early)."""
        return await self._fetch(self._first)
