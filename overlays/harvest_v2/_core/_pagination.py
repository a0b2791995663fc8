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

A page-numbered listing is a window on a list others change while it is read:
a record created before the cursor pushes the rest forward (the next page
starts with records already read), one deleted before it pulls them back (the
next page starts past records never read). `_Continuity` keeps such a listing
complete from the ids of the records it delivered last and total_entries (see its
docstring); cursor listings are keyed on the last id and need none of it.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import msgspec
from msgspec import UnsetType

from ._errors import ListingChangedError, PaginationError
from ._operation_call import NextPageCall, OperationCall
from ._required import required_value

if TYPE_CHECKING:
    from ._operation import Operation

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
    def next_(self) -> str | UnsetType | None: ...


class Envelope(Protocol):
    """What every list response has: links with the next page's URL."""

    @property
    def links(self) -> _Links | UnsetType: ...


ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound=Envelope)

logger = logging.getLogger("harvest_v2")


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
        # A page whose links (or records) drifted to UNSET cannot say where the listing goes on: that raises
        # UnsetAttributeError naming them, rather than ending the listing short.
        link: str | None = required_value(required_value(page, "links"), "next_")
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
    return partial(required_value, name=operation.list_key)


_Settling = Generator[OperationCall, PageT, tuple[PageT, PageT]]
"""How `_Continuity.settle` asks for pages: it yields a request, is sent the page, returns its verdict."""


class _Continuity(Generic[ItemT, PageT]):
    """Keeps a page-numbered listing complete while records are created and deleted under it.

    Records that exist for the whole listing keep their order. The listing keeps the ids of the
    records just behind its cursor, in list order (two pages' worth, those nearest the cursor):
    every record behind those was delivered earlier or created meanwhile.

    A page holding one of them was read with the cursor at or past it: the records after it are
    the ones to deliver (less those already behind the cursor), and those before it were delivered
    earlier or created meanwhile. A page holding none of them follows the last page read directly
    unless the list changed in between (total_entries moved): records may have gone before the
    cursor and pulled unread ones behind it, so the previous page is read again and what it holds
    after the records behind the cursor is delivered first. When that re-read does not reach the
    page (the list moved again), the page is read again after it and judged the same way. When the
    set moved by more than a page between two reads, or moved again during two re-reads in a row,
    `ListingChangedError` is raised rather than a short or repeated listing returned.
    """

    __slots__ = ("_items", "_keep", "_keyed", "_operation", "_pages", "_previous", "_total", "_window")

    def __init__(self, operation: Operation) -> None:
        self._operation = operation
        self._items: Callable[[PageT], list[ItemT]] = _records(operation)
        # Ids of the records just behind the cursor, in list order (a dict keeps insertion order).
        self._window: dict[int, None] = {}
        self._keep = 0
        self._keyed = True
        self._total: int | None = None
        self._previous: OperationCall | None = None
        self._pages = 0

    def settle(self, call: OperationCall, page: PageT) -> _Settling[PageT]:
        """(the page as last read, the page to deliver: its records not delivered before).

        Yields the requests it needs read again (the previous page, this one) and is sent their pages.
        """
        self._pages += 1
        previous, total_before = self._previous, self._total
        known = self._window
        recovered: list[ItemT] = []
        rereads = 0
        while True:
            records = self._items(page)
            ids = _ids(records)
            total = _total_entries(page)
            self._keep = max(self._keep, 2 * len(records))
            moved = total is not None and total_before is not None and total != total_before
            if ids is None or not self._keyed:
                if moved and previous is not None:
                    raise self._error(
                        call, total, "its records have no ids, so a listing cannot tell which ones the change moved"
                    )
                self._keyed = False
                self._previous, self._total = call, total
                return page, page
            if previous is None:
                return page, self._settled(call, total, page, ids, records)
            first = _first_known(ids, known)
            if first is not None:
                fresh = [r for r, i in zip(records[first:], ids[first:], strict=True) if i not in known]
                logger.debug(
                    "%s: page %d repeats %d records already listed (created before the cursor); dropped",
                    self._operation.operation_id,
                    self._pages,
                    len(records) - len(fresh),
                )
                return page, self._settled(call, total, page, ids, recovered + fresh)
            if not moved:
                return page, self._settled(call, total, page, ids, recovered + records if recovered else records)
            rereads += 1
            if rereads > 2:
                raise self._error(call, total, "it changed again while the previous page was re-read, twice in a row")
            again = yield previous
            before = self._items(again)
            before_ids = _ids(before)
            start = None if before_ids is None else _first_known(before_ids, known)
            if before_ids is None or start is None:
                raise self._error(
                    call, total, "it moved by more than a page between two reads: no record read last is on either page"
                )
            skipped = [r for r, i in zip(before[start:], before_ids[start:], strict=True) if i not in known]
            # The re-read reaching the page's first record leaves no gap between them.
            joined = bool(ids) and ids[0] in before_ids
            if joined:
                on_page = set(ids)
                skipped = [r for r in skipped if _id(r) not in on_page]
            logger.debug(
                "%s: total_entries went from %s to %s before page %d; re-read page %d and recovered %d records "
                "the change moved behind the cursor",
                self._operation.operation_id,
                total_before,
                total,
                self._pages,
                self._pages - 1,
                len(skipped),
            )
            recovered += skipped
            self._observe(before_ids)
            if joined:
                return page, self._settled(call, total, page, ids, recovered + records)
            # The list moved again between the page and the re-read: read the page again and judge it
            # against the re-read, as the page after it.
            total_before = _total_entries(again)
            page = yield call

    def _settled(
        self, call: OperationCall, total: int | None, page: PageT, ids: list[int], deliver: list[ItemT]
    ) -> PageT:
        """The page to deliver, holding `deliver` as its records; `ids` (the page as read) are now behind the cursor."""
        self._previous = call
        self._total = total
        self._observe(ids)
        if deliver is self._items(page):
            return page
        replaced: PageT = msgspec.structs.replace(page, **{self._operation.list_key or "": deliver})  # type: ignore[type-var]
        return replaced

    def _observe(self, ids: list[int]) -> None:
        """Take in the ids of a page just read (in list order), keeping the window in list order.

        Records the window holds after the last one the page also holds come after the page (a
        re-read of an earlier page): they stay nearest the cursor. The window then keeps its last
        two pages' worth, those nearest the cursor.
        """
        window = self._window
        if window.keys().isdisjoint(ids):
            window.update(dict.fromkeys(ids))
        else:
            seen = set(ids)
            order = list(window)
            last = max(index for index, record_id in enumerate(order) if record_id in seen)
            after = [record_id for record_id in order[last + 1 :] if record_id not in seen]
            before = [record_id for record_id in order[:last] if record_id not in seen]
            window.clear()
            window.update(dict.fromkeys(before))
            window.update(dict.fromkeys(ids))
            window.update(dict.fromkeys(after))
        excess = len(window) - self._keep
        if excess > 0:
            # Rebuilt rather than popped from the front: a dict skips its deleted slots on every
            # iteration, so popping a page's worth one by one would cost the square of a page.
            kept = list(itertools.islice(window, excess, None))
            window.clear()
            window.update(dict.fromkeys(kept))

    def _error(self, call: OperationCall, total: int | None, why: str) -> ListingChangedError:
        name = self._operation.operation_id
        return ListingChangedError(
            f"{name}: the list changed under the listing at page {self._pages} (total_entries {self._total} -> "
            f"{total}) and {why}; list again, or narrow it (from_/to, updated_since) so fewer records change "
            "while it is read",
            operation=name,
            page=self._pages,
            total_before=self._total,
            total_after=total,
            method="GET",
            url=without_query(call.path),
        )


def _first_known(ids: list[int], known: dict[int, None]) -> int | None:
    """Where the first record already behind the cursor is, if any."""
    if known.keys().isdisjoint(ids):
        return None
    return next(index for index, record_id in enumerate(ids) if record_id in known)


def _id(record: Any) -> Any:
    return getattr(record, "id", None)


def _ids(records: list[Any]) -> list[int] | None:
    """The records' ids in order, or None when any has none (report rows are keyed by nothing)."""
    try:
        ids = [record.id for record in records]
    except AttributeError:
        return None
    return ids if all(type(record_id) is int for record_id in ids) else None


def _total_entries(page: Any) -> int | None:
    total = getattr(page, "total_entries", None)
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def _continuity(operation: Operation) -> _Continuity[Any, Any] | None:
    """The repair a listing needs: only page-numbered lists shift; a cursor is keyed on the last id."""
    return _Continuity(operation) if operation.pagination == "page" else None


def _drive(settling: _Settling[PageT], fetch: Callable[[OperationCall], PageT]) -> tuple[PageT, PageT]:
    """Run a settling to its verdict, fetching each page it asks for (the sync and async drivers share it)."""
    try:
        request = next(settling)
        while True:
            request = settling.send(fetch(request))
    except StopIteration as done:
        result: tuple[PageT, PageT] = done.value
        return result


async def _drive_async(
    settling: _Settling[PageT], fetch: Callable[[OperationCall], Awaitable[PageT]]
) -> tuple[PageT, PageT]:
    """`_drive` for an async fetch."""
    try:
        request = next(settling)
        while True:
            request = settling.send(await fetch(request))
    except StopIteration as done:
        result: tuple[PageT, PageT] = done.value
        return result


class Paginator(Generic[ItemT, PageT]):
    """Iterate for the records of every page, or call pages() for the envelopes."""

    def __init__(self, fetch: Callable[[OperationCall], PageT], first: OperationCall) -> None:
        self._fetch = fetch
        self._first = first
        self._items: Callable[[PageT], list[ItemT]] = _records(first.operation)

    def pages(self) -> Iterator[PageT]:
        """Each page envelope in turn (per_page, total_entries, links and the records).

        A page-numbered listing delivers each record once although others change the list while it
        is read: a page's records are then those not delivered before, so a page may hold fewer or
        more than per_page.
        """
        call: OperationCall | None = self._first
        guard: _PageGuard[ItemT, PageT] = _PageGuard(self._first.operation)
        continuity = _continuity(self._first.operation)
        while call is not None:
            page = self._fetch(call)
            delivered = page
            if continuity is not None:
                page, delivered = _drive(continuity.settle(call, page), self._fetch)
            yield delivered
            del delivered
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
        """Each page envelope in turn (per_page, total_entries, links and the records).

        A page-numbered listing delivers each record once although others change the list while it
        is read: a page's records are then those not delivered before, so a page may hold fewer or
        more than per_page.
        """
        call: OperationCall | None = self._first
        guard: _PageGuard[ItemT, PageT] = _PageGuard(self._first.operation)
        continuity = _continuity(self._first.operation)
        while call is not None:
            page = await self._fetch(call)
            delivered = page
            if continuity is not None:
                page, delivered = await _drive_async(continuity.settle(call, page), self._fetch)
            yield delivered
            del delivered
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
