"""Every page of a list operation.

Harvest hands out cursor URLs in links.next for some lists (page and
next_page are then null mid-listing) and page-number URLs for others. Cursor
lists (and page-numbered ones that cannot be read in overlapping reads: report
rows without ids, per_page 1 or 2) are followed through links.next as given,
never rebuilt, until next is null; other page-numbered lists are read in
requests of their own (below). Only the current page is held in memory.

A server's links are not trusted: the client resolves each against base_url's
origin and refuses any other origin (`_origin.BaseURL`), and
`_PageGuard` stops a listing that would never end (a link seen before, more
pages than total_pages announced, empty page after empty page) with a
PaginationError instead of looping; overlapping reads stop one whose reads
bring it no further, or whose page links on past total_entries.

A page-numbered listing is a window on a list others change while it is read:
a record deleted before the cursor pulls the rest back (the next page would
start past records never read), one created before it pushes them forward (the
next page repeats records), and in a list ordered by date (time entries,
expenses, invoices, estimates) a record is also created or moved after it.
`_OverlappingReads` asks for its own pages instead of following links.next:
each read starts a few records before the last one ended, so it holds records
already read, which prove the list did not move back past the cursor (see its
docstring). Cursor listings are keyed on the last id and need none of it.
"""

from __future__ import annotations

import logging
import operator
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from functools import partial
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import msgspec
from msgspec import UnsetType

from ._errors import ListingChangedError, PaginationError
from ._harvest_limits import MAX_PER_PAGE
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
    "listing_reads",
    "overlapping_read",
    "record_ids",
    "without_query",
]

MAX_EMPTY_PAGES = 3
"""Consecutive empty pages that still link to a next one (or reads that bring a listing no further) before
the listing is refused."""

MIN_OVERLAPPING_PER_PAGE = 3
"""The smallest per_page a listing reads in overlapping reads (with 1 or 2 it follows links.next)."""

OVERLAP_SHARE = 200
"""A read starts at least per_page // OVERLAP_SHARE records (and at least one) before the last one ended: a
few deletions before the cursor between two reads then cost no extra request."""

MAX_REREADS = 2
"""Reads back from a read that holds no record read before, before the listing gives up."""

_FEW = 64
"""Up to this many records read before on a read are found by index rather than by a pass over the read."""


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
_ReturnT = TypeVar("_ReturnT")

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


_Reads = Generator["OperationCall | PageT", Any, _ReturnT]
"""How a listing runs: it yields a request (and is sent its page) or a page to deliver (and is sent None)."""


def listing_reads(first: OperationCall) -> _Reads[Any, None]:
    """Every page of a listing, as the operation's row says to read it.

    A page-numbered list whose records have ids, asked for 3 or more per page, is read in overlapping
    reads (`_OverlappingReads`) in the order its row says (newest created first when it says none);
    any other list follows links.next (`_follow_links`).
    """
    page = yield first
    operation = first.operation
    per_page = _per_page(first, page)
    overlapping = (
        operation.pagination == "page"
        and per_page >= MIN_OVERLAPPING_PER_PAGE
        and record_ids(_records(operation)(page)) is not None
    )
    reads = (
        _OverlappingReads[Any, Any](first, per_page).run(page) if overlapping else _follow_links(first, page, per_page)
    )
    # The reads hold the page now, and let it go once it is delivered.
    del page
    yield from reads


def _follow_links(first: OperationCall, page: Any, per_page: int) -> _Reads[Any, None]:
    """A listing that follows links.next: cursor lists, and page-numbered ones reads cannot overlap in.

    A cursor continues after the last id read, so nothing a change does can skip or repeat a record.
    A page-numbered list without ids to tell records apart (report rows), or asked for 1 or 2 per page
    (too few to overlap and still move on), cannot see what a change moved: it refuses any change of
    total_entries between two reads.
    """
    operation = first.operation
    guard: _PageGuard[Any, Any] = _PageGuard(operation)
    total = _total_entries(page)
    pages = 1
    while True:
        yield page
        call = guard.next_call(page)
        del page
        if call is None:
            return
        page = yield call
        pages += 1
        after = _total_entries(page)
        if operation.pagination == "page" and total is not None and after is not None and after != total:
            why = (
                "its records have no ids, so a listing cannot tell which ones the change moved"
                if record_ids(_records(operation)(page)) is None
                else f"per_page {per_page} is too small for reads to overlap, so a listing cannot tell which "
                f"records the change moved; ask for per_page {MIN_OVERLAPPING_PER_PAGE} or more"
            )
            raise _changed(operation, call, pages, total, after, why)
        total = after


class _OverlappingReads(Generic[ItemT, PageT]):
    """Reads a page-numbered list so that no change made while it runs can skip or repeat a record unseen.

    Records that exist for the whole listing and whose sort key is not edited keep their order.
    Each read after the first asks for the page (and per_page) that starts a few records before the
    end of the last read, so it should hold records read before: one of those, with its sort key
    unchanged (an anchor), proves the list did not move back past the cursor, since every record
    still to deliver comes after it and the read runs on from it. Its other records are delivered,
    less those read before; one ahead of the last anchor that is not newer than every record read so
    far can only be one delivered earlier or one whose date was edited, and is left out.

    A read without an anchor means the list moved past the overlap, mostly back (records before the
    cursor deleted, or their dates edited past it): the list is read back from there (or on forward,
    see `_repair`), up to MAX_REREADS more reads, until one holds an anchor; it is delivered, and the
    read without one after it too when it now holds an anchor (the two join up), or else the listing
    reads on from it. When none holds one, `ListingChangedError` is raised. The ids and sort keys of
    two pages' worth of records, those nearest the cursor, and the highest id read are all that is
    kept.
    """

    __slots__ = (
        "_by",
        "_descending",
        "_first",
        "_items",
        "_keep",
        "_key",
        "_known",
        "_newest",
        "_operation",
        "_overlap",
        "_per_page",
        "_position",
        "_reads",
        "_stalls",
        "_total",
    )

    def __init__(self, first: OperationCall, per_page: int) -> None:
        self._first = first
        self._operation = first.operation
        self._items: Callable[[PageT], list[ItemT]] = _records(first.operation)
        # A row without an order is newest created first, as the spec's default says.
        self._by = first.operation.order_by or "id"
        self._key = attrgetter(self._by)
        self._descending = first.operation.order_direction != "asc"
        self._per_page = per_page
        self._overlap = max(1, per_page // OVERLAP_SHARE)
        # id -> sort key of the records of the last reads.
        self._known: dict[int, Any] = {}
        self._keep = 2 * per_page
        self._newest = 0
        self._position = 0
        self._stalls = 0
        self._reads = 1
        self._total: int | None = None

    def run(self, page: PageT) -> _Reads[PageT, None]:
        """Deliver the first page (already read), then every read after it until the list ends."""
        number = self._first.params.get("page", 1) if self._first.params else 1
        start = (number - 1) * self._per_page if isinstance(number, int) and number > 0 else 0
        records = self._items(page)
        ids, keys = self._facts(page, records)
        self._accept(ids, keys)
        self._position = start + len(records)
        self._total = _total_entries(page)
        more = bool(required_value(required_value(page, "links"), "next_"))
        del records
        yield page
        del page
        while more:
            more = yield from self._step()

    def _step(self) -> _Reads[PageT, bool]:
        """One read forward (and the reads back it needs); whether the list goes on after it."""
        number, size = overlapping_read(self._position, self._per_page, self._overlap)
        call = self._call(number, size)
        page: PageT = yield call
        self._reads += 1
        records = self._items(page)
        ids, keys = self._facts(page, records)
        anchor = self._anchor(ids, keys)
        if anchor is not None:
            delivered = self._deliver(page, records, ids, keys, anchor)
            more = self._moved_on(call, page, (number - 1) * size + len(records))
            del page, records
            yield delivered
            return more
        return (yield from self._repair(call, page, (number - 1) * size))

    def _repair(self, call: OperationCall, page: PageT, start: int) -> _Reads[PageT, bool]:
        """Read around a read without an anchor until a read has one; deliver it, and the later read if they join.

        Mostly the list moved back (records before the cursor deleted or moved past it): the read goes
        back from there, ending a few records into the read it repairs. When the read holds only
        records that belong before every record kept (records created before the cursor pushed the
        list forward past the overlap), it goes on forward instead.
        """
        total_before, total_after = self._total, _total_entries(page)
        for attempt in range(1, MAX_REREADS + 1):
            records = self._items(page)
            ids, keys = self._facts(page, records)
            forward = self._behind_everything_kept(ids, keys)
            if forward:
                number, size = overlapping_read(start + len(records), self._per_page, self._overlap)
            else:
                number, size = _backward(start, self._per_page, self._overlap)
            again_call = self._call(number, size)
            again: PageT = yield again_call
            self._reads += 1
            again_records = self._items(again)
            again_ids, again_keys = self._facts(again, again_records)
            anchor = self._anchor(again_ids, again_keys)
            if anchor is None:
                # Moved further than this read reaches: judge it in turn.
                call, page, start = again_call, again, (number - 1) * size
                total_after = _total_entries(again)
                del records
                continue
            delivered = self._deliver(again, again_records, again_ids, again_keys, anchor)
            joined = None if forward else self._anchor(ids, keys)
            logger.debug(
                "%s: read %d (page %d of %d) held no record read before: the list moved %s past the cursor "
                "(total_entries %s -> %s); read page %d of %d %s and %s",
                self._operation.operation_id,
                self._reads - attempt,
                _param(call, "page"),
                _param(call, "per_page"),
                "forward" if forward else "back",
                total_before,
                _total_entries(page),
                number,
                size,
                "on" if forward else "back",
                "the two join up" if joined is not None else "read on from there",
            )
            if joined is None:
                more = self._moved_on(again_call, again, (number - 1) * size + len(again_records))
                del again, again_records, page, records
                yield delivered
                return more
            later = self._deliver(page, records, ids, keys, joined)
            more = self._moved_on(call, page, start + len(records))
            del again, again_records, page, records
            yield delivered
            del delivered
            yield later
            return more
        raise _changed(
            self._operation,
            call,
            self._reads,
            total_before,
            total_after,
            f"it moved by more than {MAX_REREADS} more reads reach between two reads: none of them holds a "
            "record read before",
        )

    def _behind_everything_kept(self, ids: list[int], keys: list[Any]) -> bool:
        """Whether a read's records all come before every record kept, in the list's order (so the cursor is ahead)."""
        if not ids or not self._known:
            return False
        descending = self._descending
        places = [_place(item, descending) for item in self._known.items()]
        last = _place((ids[-1], keys[-1]), descending)
        return last > max(places) if descending else last < min(places)

    def _deliver(self, page: PageT, records: list[ItemT], ids: list[int], keys: list[Any], anchor: int) -> PageT:
        """The page holding its records not delivered before; its records are then the last read."""
        known, newest = self._known, self._newest
        # Up to the last anchor only records created meanwhile (newer than any read) are new: the
        # others there were delivered earlier or had their date edited.
        head = [
            record
            for record, record_id in zip(records[: anchor + 1], ids[: anchor + 1], strict=True)
            if record_id not in known and record_id > newest
        ]
        after = ids[anchor + 1 :]
        if known.keys().isdisjoint(after):  # as usual: what was read before is all at the start
            fresh = head + records[anchor + 1 :]
        else:
            fresh = head + [
                record for record, record_id in zip(records[anchor + 1 :], after, strict=True) if record_id not in known
            ]
        dropped = len(records) - len(fresh)
        self._accept(ids, keys)
        if dropped == 0:
            return page
        replaced: PageT = msgspec.structs.replace(page, **{self._operation.list_key or "": fresh})  # type: ignore[type-var]
        return replaced

    def _moved_on(self, call: OperationCall, page: PageT, end: int) -> bool:
        """Take in where the listing now stands (`end`, past the last record delivered); whether the list goes on."""
        self._stalls = 0 if end > self._position else self._stalls + 1
        self._position = end
        self._total = _total_entries(page)
        more = bool(required_value(required_value(page, "links"), "next_"))
        if more and self._stalls >= MAX_EMPTY_PAGES:
            raise _changed(
                self._operation,
                call,
                self._reads,
                self._total,
                self._total,
                f"it kept moving back past the cursor: {self._stalls} reads in a row brought the listing no further",
            )
        if more and self._total is not None and end >= self._total:
            raise PaginationError(
                f"{self._operation.operation_id}: the page links to a next one past the last record: {end} records "
                f"read and total_entries is {self._total}",
                method="GET",
                url=without_query(call.path),
            )
        return more

    def _anchor(self, ids: list[int], keys: list[Any]) -> int | None:
        """Where the last record read before, with its sort key unchanged, is on a read; None when none is."""
        known = self._known
        found = known.keys() & ids
        if not found:
            return None
        if len(found) <= _FEW:
            # As usual, a few records read before at the start of the read: find them without a loop.
            places = sorted((ids.index(record_id) for record_id in found), reverse=True)
        else:
            places = [index for index in range(len(ids) - 1, -1, -1) if ids[index] in found]
        for index in places:
            if known[ids[index]] == keys[index]:
                return index
        return None

    def _accept(self, ids: list[int], keys: list[Any]) -> None:
        """Take in the ids and sort keys of a read delivered; keep two pages' worth, those nearest the cursor
        (three before a trim).

        Nearest the cursor is last in the list's order, which the keys say (the order is the spec's,
        `Operation.order_by`): a record re-read, or moved by an edit, takes its place by its latest key,
        whatever order the reads came in. Whatever is kept, every record delivered after it in the list
        is kept too, so a read anchored on it can tell every record after it that is new.
        """
        known = self._known
        known.update(zip(ids, keys, strict=True))
        if ids:
            self._newest = max(self._newest, max(ids))
        excess = len(known) - self._keep
        # Trimmed a page at a time, not on every read: finding the furthest costs a sort.
        if excess > self._per_page:
            descending = self._descending
            if descending:
                placed = list(zip(known.values(), known.keys(), strict=True))
            else:
                placed = list(zip(known.values(), map(operator.neg, known.keys()), strict=True))
            try:
                placed.sort(reverse=descending)
            except TypeError:  # a record without the key (None, UNSET) beside ones with it
                placed.sort(key=lambda item: _place((abs(item[1]), item[0]), descending), reverse=descending)
            kept = placed[excess:]
            record_ids = map(_second, kept) if descending else map(operator.neg, map(_second, kept))
            # Rebuilt, not deleted from one by one: a pass in C, and no deleted slots left behind.
            self._known = dict(zip(record_ids, map(_first, kept), strict=True))

    def _facts(self, page: PageT, records: list[ItemT]) -> tuple[list[int], list[Any]]:
        """The records' ids and sort keys, in list order."""
        ids = record_ids(records)
        if ids is None:
            raise _changed(
                self._operation,
                self._first,
                self._reads,
                self._total,
                _total_entries(page),
                "a page holds records without ids, so a listing cannot tell which ones moved",
            )
        if self._by == "id":
            return ids, ids
        try:
            return ids, list(map(self._key, records))
        except AttributeError:  # a record without the attribute sorts as one whose value is missing
            return ids, [getattr(record, self._by, None) for record in records]

    def _call(self, number: int, size: int) -> OperationCall:
        """The first call's request for page `number` of `size`: its filters, its options (set by the fetch)."""
        params = {**(self._first.params or {}), "page": number, "per_page": size}
        return OperationCall(self._operation, self._first.path, params=params)


def _place(item: tuple[int, Any], descending: bool) -> tuple[Any, ...]:
    """Where a record (id, sort key) sits in a list: sorted by this (reversed when descending), ties newest first.

    A record without the key (None, or UNSET where it drifted) comes last, as Harvest and the fake put it.
    """
    record_id, key = item
    missing = key is None or key is msgspec.UNSET
    if descending:
        return ((0,) if missing else (1, key), record_id)
    return ((1,) if missing else (0, key), -record_id)


def overlapping_read(position: int, per_page: int, overlap: int) -> tuple[int, int]:
    """(page, per_page) of the read that starts at least `overlap` records before `position` and reaches
    furthest past it, per_page as close under the caller's as that allows.

    Harvest takes any page and per_page, so a read can start at any multiple of per_page: the one
    just before position - overlap, for each per_page downward, until a smaller one cannot reach further.
    """
    if position <= overlap:
        return 1, per_page
    best_reach, best = 0, (1, per_page)
    for size in range(per_page, overlap, -1):
        if size - overlap <= best_reach:
            break
        index = (position - overlap) // size
        reach = (index + 1) * size - position
        if reach > best_reach:
            best_reach, best = reach, (index + 1, size)
    if best_reach == 0:
        # Every size up to per_page divides the position (only possible with a few per page): go above it.
        for size in range(per_page + 1, MAX_PER_PAGE + 1):
            index = (position - overlap) // size
            if (index + 1) * size > position:
                return index + 1, size
    return best


def _backward(start: int, per_page: int, overlap: int) -> tuple[int, int]:
    """(page, per_page) of the read that ends `overlap` records into a read at `start`, reaching furthest before it."""
    end = start + overlap
    if end <= per_page:
        return 1, per_page
    best_reach, best = -overlap, (-(-end // per_page), per_page)
    for size in range(per_page, overlap, -1):
        if size - overlap <= best_reach:
            break
        number = -(-end // size)  # the page whose end reaches `end`
        reach = start - (number - 1) * size
        if reach > best_reach:
            best_reach, best = reach, (number, size)
    return best


def _per_page(first: OperationCall, page: Any) -> int:
    """The per_page the caller asked for (Harvest's maximum when it did not say)."""
    asked = (first.params or {}).get("per_page")
    if isinstance(asked, int) and not isinstance(asked, bool) and asked > 0:
        return asked
    said = getattr(page, "per_page", None)
    return said if isinstance(said, int) and not isinstance(said, bool) and said > 0 else MAX_PER_PAGE


def _param(call: OperationCall, name: str) -> Any:
    return (call.params or {}).get(name)


def _changed(
    operation: Operation, call: OperationCall, reads: int, before: int | None, after: int | None, why: str
) -> ListingChangedError:
    name = operation.operation_id
    return ListingChangedError(
        f"{name}: the list changed under the listing at read {reads} (total_entries {before} -> {after}) and "
        f"{why}; list again, or narrow it (from_/to, updated_since) so fewer records change while it is read",
        operation=name,
        page=reads,
        total_before=before,
        total_after=after,
        method="GET",
        url=without_query(call.path),
    )


def record_ids(records: list[Any]) -> list[int] | None:
    """The records' ids in order, or None when any has none (report rows are keyed by nothing)."""
    try:
        ids = list(map(_get_id, records))
    except AttributeError:
        return None
    return ids if not ids or set(map(type, ids)) == {int} else None


_get_id = attrgetter("id")
_first = itemgetter(0)
_second = itemgetter(1)


def _total_entries(page: Any) -> int | None:
    total = getattr(page, "total_entries", None)
    return total if isinstance(total, int) and not isinstance(total, bool) else None


class Paginator(Generic[ItemT, PageT]):
    """Iterate for the records of every page, or call pages() for the envelopes."""

    def __init__(self, fetch: Callable[[OperationCall], PageT], first: OperationCall) -> None:
        self._fetch = fetch
        self._first = first
        self._items: Callable[[PageT], list[ItemT]] = _records(first.operation)
        self.requests = 0
        """Requests this paginator has sent so far (a repaired listing sends more than it yields pages)."""

    def pages(self) -> Iterator[PageT]:
        """Each page envelope in turn (per_page, total_entries, links and the records).

        A page-numbered listing delivers each record once although others change the list while it
        is read: it asks for its own pages (page and per_page chosen so each read overlaps the last),
        and a page's records are those not delivered before, so a page may hold fewer than per_page.
        """
        reads = listing_reads(self._first)
        step = next(reads)
        while True:
            if isinstance(step, OperationCall):
                self.requests += 1
                answer: PageT | None = self._fetch(step)
            else:
                yield step
                answer = None
            del step
            try:
                step = reads.send(answer)
            except StopIteration:
                return
            # Let the page go before the next is fetched: one page in memory, not two.
            del answer

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            items = self._items(page)
            del page
            yield from items
            del items

    def first_page(self) -> PageT:
        """Only the first page (for totals, or to stop early)."""
        self.requests += 1
        return self._fetch(self._first)


class AsyncPaginator(Generic[ItemT, PageT]):
    """`async for` over the records of every page, or `pages()` for the envelopes."""

    def __init__(self, fetch: Callable[[OperationCall], Awaitable[PageT]], first: OperationCall) -> None:
        self._fetch = fetch
        self._first = first
        self._items: Callable[[PageT], list[ItemT]] = _records(first.operation)
        self.requests = 0
        """Requests this paginator has sent so far (a repaired listing sends more than it yields pages)."""

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page envelope in turn (per_page, total_entries, links and the records).

        A page-numbered listing delivers each record once although others change the list while it
        is read: it asks for its own pages (page and per_page chosen so each read overlaps the last),
        and a page's records are those not delivered before, so a page may hold fewer than per_page.
        """
        reads = listing_reads(self._first)
        step = next(reads)
        while True:
            if isinstance(step, OperationCall):
                self.requests += 1
                answer: PageT | None = await self._fetch(step)
            else:
                yield step
                answer = None
            del step
            try:
                step = reads.send(answer)
            except StopIteration:
                return
            # Let the page go before the next is fetched: one page in memory, not two.
            del answer

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            items = self._items(page)
            del page
            for item in items:
                yield item
            del items

    async def first_page(self) -> PageT:
        """Only the first page (for totals, or to stop early)."""
        self.requests += 1
        return await self._fetch(self._first)
