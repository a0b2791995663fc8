"""Page-numbered listings stay complete while records are created and deleted under them (MockTransport).

The server below is a page-numbered list as Harvest serves one: page N of per_page is a slice of
the list as it is when the request arrives. Changes are applied before chosen requests, so each
test knows exactly what moved between which two reads. (tests/core/test_listing_model.py drives
the same listing through random changes.)
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import msgspec
import pytest
from harvest_v2 import AsyncPaginator, ListingChangedError, PaginationError, Paginator
from harvest_v2._core._operation import Operation
from harvest_v2._core._operation_call import OperationCall
from harvest_v2.testing import FakeHarvest
from harvest_v2.testing._wire import encode_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import BASE, Clients, client_json

# A complete time entry as the fake seeds one (never started: only its store is read).
_ENTRY = FakeHarvest(seed="bulk:1").store.all("TimeEntry")[0]
_DAY = date(2026, 1, 1)
_REPORT_ROW = {
    "client_id": 1,
    "client_name": "Acme",
    "total_hours": 10.5,
    "billable_hours": 8.0,
    "currency": "EUR",
    "billable_amount": 880.0,
}

Change = Callable[[list[int]], None]


class _ChangingList:
    """GET /time_entries (or a report) by page and per_page, newest first, with changes before chosen requests."""

    def __init__(self, count: int, *, changes: dict[int, Change] | None = None, key: str = "time_entries") -> None:
        self.ids = list(range(count, 0, -1))  # newest (highest id) first, as Harvest and the fake order them
        self.changes = changes or {}
        self.key = key
        self.requests: list[str] = []
        self._next_id = count + 1

    def new_ids(self, count: int) -> list[int]:
        """Ids for records created now: higher than any so far, so they sort first."""
        made = list(range(self._next_id + count - 1, self._next_id - 1, -1))
        self._next_id += count
        return made

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        change = self.changes.get(len(self.requests))
        if change is not None:
            change(self.ids)
        query = parse_qs(urlsplit(str(request.url)).query)
        page, per_page = int(query.get("page", ["1"])[0]), int(query["per_page"][0])
        chunk = self.ids[(page - 1) * per_page : page * per_page]
        if self.key == "time_entries":
            records = [{**_ENTRY, "id": i} for i in chunk]
        else:
            records = [{**_REPORT_ROW, "client_id": i} for i in chunk]
        total = len(self.ids)
        more = page * per_page < total
        path = "/time_entries" if self.key == "time_entries" else "/reports/time/clients"
        body = {
            self.key: records,
            "per_page": per_page,
            "total_pages": max(1, -(-total // per_page)),
            "total_entries": total,
            "next_page": page + 1 if more else None,
            "previous_page": page - 1 if page > 1 else None,
            "page": page,
            "links": {
                "first": f"{BASE}{path}?page=1&per_page={per_page}",
                "next": f"{BASE}{path}?page={page + 1}&per_page={per_page}" if more else None,
                "previous": None,
                "last": f"{BASE}{path}?page=1&per_page={per_page}",
            },
        }
        return httpx.Response(200, content=encode_json(body), headers={"content-type": "application/json"})

    def pages_read(self) -> list[int]:
        return [int(parse_qs(urlsplit(url).query).get("page", ["1"])[0]) for url in self.requests]

    def reads(self) -> list[tuple[int, int]]:
        """(first position, per_page) of each request, in order."""
        found = []
        for url in self.requests:
            query = parse_qs(urlsplit(url).query)
            page, per_page = int(query.get("page", ["1"])[0]), int(query["per_page"][0])
            found.append(((page - 1) * per_page, per_page))
        return found


def _list(clients: Clients, server: _ChangingList, per_page: int = 3) -> list[int]:
    hv, _ = clients.make(server)
    return [e.id for e in clients.items(hv, lambda hv: hv.time_entries.list(per_page=per_page))]


def _delete(*ids: int) -> Change:
    def change(current: list[int]) -> None:
        for i in ids:
            current.remove(i)

    return change


def _create(server: _ChangingList, count: int) -> Change:
    def change(current: list[int]) -> None:
        current[:0] = server.new_ids(count)

    return change


def _both(*changes: Change) -> Change:
    def change(current: list[int]) -> None:
        for one in changes:
            one(current)

    return change


def test_an_unchanged_list_is_read_in_overlapping_reads(clients: Clients) -> None:
    server = _ChangingList(40)
    assert _list(clients, server, per_page=10) == list(range(40, 0, -1))
    reads = server.reads()
    assert reads[0] == (0, 10)
    # Each read starts before the last one ended (on its last record or a few before), and asks for as
    # close to per_page as that allows: with 10 per page, two requests more than the four pages (with
    # 2000 per page it is a few percent: benchmarks/_listing_churn.py).
    for (start, size), (next_start, _) in itertools.pairwise(reads):
        assert start < next_start < start + size
    assert reads == [(0, 10), (9, 9), (16, 8), (20, 10), (27, 9), (35, 7)]


def test_a_read_starting_on_a_record_read_before_needs_no_repair(clients: Clients) -> None:
    # Created before the cursor: the list moves forward, the next read holds more records read before.
    server = _ChangingList(30)
    server.changes = {3: _create(server, 4)}
    listed = _list(clients, server, per_page=10)
    assert listed == list(range(30, 0, -1))  # the four created went before the cursor: not listed
    unchanged = _ChangingList(34)  # as long as the list became
    _list(clients, unchanged, per_page=10)
    assert len(server.requests) == len(unchanged.requests)  # no read more than an unchanged list needs


def test_deletions_behind_the_cursor_are_read_back_and_skip_nothing(
    clients: Clients, caplog: pytest.LogCaptureFixture
) -> None:
    # Reads 1 and 2 have delivered 30..13; 29 and 27 go: the next read holds none of those.
    server = _ChangingList(30, changes={3: _delete(29, 27)})
    with caplog.at_level(logging.DEBUG, logger="harvest_v2"):
        listed = _list(clients, server, per_page=10)
    assert listed == list(range(30, 0, -1))  # the two deleted had been listed before they went
    unchanged = _ChangingList(30)
    _list(clients, unchanged, per_page=10)
    assert len(server.requests) == len(unchanged.requests) + 1  # one read back; the read it repaired counts
    (repair,) = [r.getMessage() for r in caplog.records if "held no record read before" in r.getMessage()]
    assert "list_time_entries: read 3" in repair and "moved back past the cursor (total_entries 30 -> 28)" in repair
    assert "the two join up" in repair


def test_pages_hold_only_records_not_delivered_before(clients: Clients) -> None:
    server = _ChangingList(30, changes={3: _delete(29, 27)})
    hv, _ = clients.make(server)
    pages = clients.items(hv, lambda hv: hv.time_entries.list(per_page=10).pages())
    delivered = [[e.id for e in p.time_entries] for p in pages]
    assert [i for page in delivered for i in page] == list(range(30, 0, -1))
    assert all(len(page) <= 10 for page in delivered)


def test_creations_and_deletions_together(clients: Clients) -> None:
    server = _ChangingList(40)
    # Before read 3: one created at the head, three read ones deleted (the list moved back by 2).
    # Before read 4: four created (the list moves forward by 4).
    server.changes = {3: _both(_create(server, 1), _delete(40, 38, 36)), 4: _create(server, 4)}
    listed = _list(clients, server, per_page=10)
    assert sorted(listed, reverse=True) == list(range(40, 0, -1)) and len(listed) == len(set(listed))


def test_records_created_ahead_of_the_cursor_appear_once(clients: Clients) -> None:
    server = _ChangingList(29)

    def created_ahead(current: list[int]) -> None:
        current.append(0)  # created where the listing has not been yet (a date-ordered list does this)

    server.changes = {2: created_ahead}
    assert _list(clients, server, per_page=10) == [*range(29, 0, -1), 0]


def test_creations_pushing_the_list_past_the_reads_kept_are_read_forward(clients: Clients) -> None:
    # 25 created before the cursor: the next read holds only those, all before every record kept.
    server = _ChangingList(40)
    server.changes = {3: _create(server, 25)}
    listed = _list(clients, server, per_page=10)
    assert set(range(40, 0, -1)) <= set(listed) and len(listed) == len(set(listed))


def test_deleting_more_than_the_reads_back_reach_is_an_error(clients: Clients) -> None:
    server = _ChangingList(60, changes={3: _delete(*range(60, 20, -1))})
    with pytest.raises(ListingChangedError) as info:
        _list(clients, server, per_page=10)
    error = info.value
    assert isinstance(error, PaginationError)
    assert (error.operation, error.total_before, error.total_after) == ("list_time_entries", 60, 20)
    assert "list_time_entries: the list changed under the listing at read" in str(error)
    assert "none of them holds a record read before" in str(error)
    assert error.method == "GET" and error.url == "/time_entries"


def test_every_read_carries_the_first_call_s_filters_and_extra_query(clients: Clients) -> None:
    server = _ChangingList(25, changes={3: _delete(24)})
    hv, _ = clients.make(server)
    listed = clients.items(hv, lambda hv: hv.time_entries.list(from_=_DAY, per_page=10, extra_query={"trace": "x"}))
    assert len(listed) == 25
    for url in server.requests:
        query = parse_qs(urlsplit(url).query)
        assert query["from"] == ["2026-01-01"] and query["trace"] == ["x"], url


def test_two_per_page_follows_links_and_refuses_any_change_of_total_entries(clients: Clients) -> None:
    assert _list(clients, _ChangingList(5), per_page=2) == [5, 4, 3, 2, 1]
    with pytest.raises(ListingChangedError, match="per_page 2 is too small for reads to overlap"):
        _list(clients, _ChangingList(6, changes={2: _delete(6)}), per_page=2)


def test_a_page_linking_on_past_total_entries_is_refused(clients: Clients) -> None:
    def lying(request: httpx.Request) -> httpx.Response:
        body = {
            "time_entries": [{**_ENTRY, "id": 100 + int(request.url.params.get("page", "1"))}],
            "per_page": int(request.url.params["per_page"]),
            "total_pages": 1,
            "total_entries": 1,
            "next_page": 2,
            "previous_page": None,
            "page": 1,
            "links": {"first": "x", "next": f"{BASE}/time_entries?page=2", "previous": None, "last": "x"},
        }
        return httpx.Response(200, content=encode_json(body), headers={"content-type": "application/json"})

    hv, _ = clients.make(lying)
    with pytest.raises(PaginationError):
        clients.items(hv, lambda hv: hv.time_entries.list(per_page=10))


def test_report_rows_without_ids_refuse_a_change(clients: Clients) -> None:
    server = _ChangingList(7, changes={2: _delete(7)}, key="results")
    hv, _ = clients.make(server)
    with pytest.raises(ListingChangedError, match="its records have no ids") as info:
        clients.items(hv, lambda hv: hv.reports.time_clients(from_=_DAY, to=_DAY, per_page=3))
    assert info.value.operation == "time_report_clients"


def test_report_rows_without_ids_are_listed_when_nothing_changes(clients: Clients) -> None:
    server = _ChangingList(7, key="results")
    hv, _ = clients.make(server)
    rows = clients.items(hv, lambda hv: hv.reports.time_clients(from_=_DAY, to=_DAY, per_page=3))
    assert [r.client_id for r in rows] == [7, 6, 5, 4, 3, 2, 1]


def test_a_cursor_listing_is_never_reread(clients: Clients) -> None:
    # Cursor pages continue after the last id read: a total that moves shifts nothing.
    pages = {
        None: ([5, 4], f"{BASE}/clients?cursor=a&per_page=2", 5),
        "a": ([3, 2], f"{BASE}/clients?cursor=b&per_page=2", 3),
        "b": ([1], None, 3),
    }
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        ids, link, total = pages[request.url.params.get("cursor")]
        records = [client_json(i) for i in ids]
        body = {
            "clients": records,
            "per_page": 2,
            "total_pages": 3,
            "total_entries": total,
            "next_page": None,
            "previous_page": None,
            "page": None,
            "links": {"first": "x", "next": link, "previous": None, "last": "x"},
        }
        return httpx.Response(200, content=encode_json(body), headers={"content-type": "application/json"})

    hv, _ = clients.make(handler)
    assert [c.id for c in clients.items(hv, lambda hv: hv.clients.list(per_page=2))] == [5, 4, 3, 2, 1]
    assert len(seen) == 3


# -- any change, both paginators: complete and never repeated, or refused --------------------------------


class _Record(msgspec.Struct):
    id: int


class _Links(msgspec.Struct):
    next_: str | None


class _Envelope(msgspec.Struct):
    records: list[_Record]
    total_entries: int
    links: _Links


_LISTING = Operation(
    "list_records", "GET", "/records", "records", "list", 200, "general", list_key="records", pagination="page"
)
_PER_PAGE = 5


class _Shuffled:
    """A page-numbered list of ids, newest first, changed before every request (re-reads included)."""

    def __init__(self, count: int, changes: list[tuple[int, list[int]]]) -> None:
        self.ids = list(range(count, 0, -1))
        self.ever = set(self.ids)
        self.deleted: set[int] = set()
        self.changes = changes
        self.requests = 0
        self._next = count + 1

    def fetch(self, call: OperationCall) -> _Envelope:
        if self.requests < len(self.changes):
            creates, deletes = self.changes[self.requests]
            for position in deletes:
                if self.ids:
                    self.deleted.add(self.ids.pop(position % len(self.ids)))
            created = list(range(self._next + creates - 1, self._next - 1, -1))
            self._next += creates
            self.ids[:0] = created
            self.ever.update(created)
        self.requests += 1
        params = call.params or {}
        page, per_page = params.get("page", 1), params.get("per_page", _PER_PAGE)
        chunk = self.ids[(page - 1) * per_page : page * per_page]
        more = page * per_page < len(self.ids)
        link = f"{BASE}/records?page={page + 1}" if more else None
        return _Envelope([_Record(i) for i in chunk], len(self.ids), _Links(link))


def _listed(kind: str, server: _Shuffled) -> list[int]:
    first = OperationCall(_LISTING, "/records", params={"per_page": _PER_PAGE})
    if kind == "sync":
        paginator: Paginator[_Record, _Envelope] = Paginator(server.fetch, first)
        return [r.id for r in paginator]

    async def fetch(call: OperationCall) -> _Envelope:
        return server.fetch(call)

    async def listed() -> list[int]:
        paginator: AsyncPaginator[_Record, _Envelope] = AsyncPaginator(fetch, first)
        return [r.id async for r in paginator]

    return asyncio.run(listed())


_CHANGE = st.tuples(st.integers(0, 6), st.lists(st.integers(0, 10**6), max_size=6))


@pytest.mark.parametrize("kind", ["sync", "async"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count=st.integers(0, 60), changes=st.lists(_CHANGE, max_size=40))
def test_any_creations_and_deletions_list_every_lasting_record_once_or_refuse(
    kind: str, count: int, changes: list[tuple[int, list[int]]]
) -> None:
    server = _Shuffled(count, changes)
    try:
        listed = _listed(kind, server)
    except ListingChangedError:
        return
    assert len(listed) == len(set(listed)), "listed twice"
    lasting = set(range(count, 0, -1)) - server.deleted
    assert lasting <= set(listed), f"never listed: {sorted(lasting - set(listed))}"
    assert set(listed) <= server.ever


def test_small_changes_between_reads_are_always_repaired() -> None:
    # One deletion anywhere and one creation before each read: well within a page, never refused.
    changes = [(1, [7 * n]) for n in range(40)]
    server = _Shuffled(60, changes)
    listed = _listed("sync", server)
    assert set(range(60, 0, -1)) - server.deleted <= set(listed) and len(listed) == len(set(listed))


def test_no_more_than_two_reads_of_ids_are_kept() -> None:
    from harvest_v2._core._pagination import _OverlappingReads

    server = _Shuffled(400, [(2, [n * 13]) for n in range(200)])
    first = OperationCall(_LISTING, "/records", params={"per_page": _PER_PAGE})
    reads: _OverlappingReads[_Record, _Envelope] = _OverlappingReads(first, _PER_PAGE)
    held = []
    steps = reads.run(server.fetch(first))
    step = next(steps)
    try:
        while True:
            held.append(len(reads._known))
            step = steps.send(server.fetch(step) if isinstance(step, OperationCall) else None)
    except StopIteration:
        pass
    # Two pages kept, trimmed back to that once more than a page more has come in.
    assert len(held) >= 80 and max(held) <= 3 * _PER_PAGE


def test_a_paginator_counts_every_request_it_sends_repairs_included(clients: Clients) -> None:
    """`requests` is what was sent: a read back to repair a listing counts though it yields no page of its own."""
    server = _ChangingList(40, changes={2: _delete(*range(40, 34, -1))})  # moved back past the overlap
    hv, _ = clients.make(server)
    made: list[Any] = []

    def listing(hv: Any) -> Any:
        made.append(hv.time_entries.list(per_page=10))
        return made[0]

    ids = [e.id for e in clients.items(hv, listing)]
    assert ids == list(range(40, 0, -1))  # complete despite the move (40-35 were read before it)
    assert made[0].requests == len(server.requests) > -(-34 // 10)  # the repair's reads are counted
