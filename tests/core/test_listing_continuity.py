"""Page-numbered listings stay complete while records are created and deleted under them (MockTransport).

The server below is a page-numbered list as Harvest serves one: page N of per_page is a slice of
the list as it is when the request arrives. Changes are applied before chosen requests, so each
test knows exactly what moved between which two reads.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date
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


def test_an_unchanged_list_is_read_once_page_by_page(clients: Clients) -> None:
    server = _ChangingList(10)
    assert _list(clients, server) == list(range(10, 0, -1))
    assert server.pages_read() == [1, 2, 3, 4]


def test_deletions_behind_the_cursor_skip_nothing(clients: Clients, caplog: pytest.LogCaptureFixture) -> None:
    # Pages 1 and 2 (ids 10..5) are read; 9 and 7 are deleted: 4 and 3 slide back onto page 2.
    server = _ChangingList(10, changes={3: _delete(9, 7)})
    with caplog.at_level(logging.DEBUG, logger="harvest_v2"):
        listed = _list(clients, server)
    assert listed == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    # Page 2 read again, then page 3 after it: 8 left make 3 pages.
    assert server.pages_read() == [1, 2, 3, 2, 3]
    repairs = [r.getMessage() for r in caplog.records if "re-read page 2" in r.getMessage()]
    assert repairs == [
        "list_time_entries: total_entries went from 10 to 8 before page 3; re-read page 2 and recovered 2 "
        "records the change moved behind the cursor"
    ]


def test_creations_before_the_cursor_repeat_nothing(clients: Clients, caplog: pytest.LogCaptureFixture) -> None:
    server = _ChangingList(10)
    server.changes = {3: _create(server, 2)}
    with caplog.at_level(logging.DEBUG, logger="harvest_v2"):
        listed = _list(clients, server)
    assert listed == list(range(10, 0, -1))  # 6 and 5 came again on page 3 and were dropped
    assert server.pages_read() == [1, 2, 3, 4]  # no re-read: the repeats prove nothing was skipped
    assert any("page 3 repeats 2 records already listed" in r.getMessage() for r in caplog.records)


def test_creations_and_deletions_together(clients: Clients) -> None:
    server = _ChangingList(12)
    # Before page 3: one created at the head, three read ones deleted (net: the list slid back by 2).
    # Before page 4: four created (the list slides forward by 4, repeats).
    server.changes = {3: _both(_create(server, 1), _delete(12, 10, 8)), 4: _create(server, 4)}
    listed = _list(clients, server)
    assert sorted(listed, reverse=True) == list(range(12, 0, -1)) and len(listed) == len(set(listed))


def test_deletions_ahead_of_the_cursor_cost_two_reads(clients: Clients) -> None:
    # total_entries alone cannot say where the records went: the same check as deletions behind.
    server = _ChangingList(10, changes={3: _delete(2, 1)})
    assert _list(clients, server) == [10, 9, 8, 7, 6, 5, 4, 3]
    assert server.pages_read() == [1, 2, 3, 2, 3]


def test_records_created_during_a_listing_may_appear_once(clients: Clients) -> None:
    server = _ChangingList(9)

    def created_ahead(current: list[int]) -> None:
        current.append(0)  # created where the listing has not been yet

    server.changes = {2: created_ahead}
    listed = _list(clients, server)
    assert listed == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]


def test_pages_deliver_the_repaired_records(clients: Clients) -> None:
    server = _ChangingList(10, changes={3: _delete(9, 7)})
    hv, _ = clients.make(server)
    pages = clients.items(hv, lambda hv: hv.time_entries.list(per_page=3).pages())
    assert [[e.id for e in p.time_entries] for p in pages] == [[10, 9, 8], [7, 6, 5], [4, 3, 2, 1]]
    assert [p.page for p in pages] == [1, 2, 3]
    assert [p.total_entries for p in pages] == [10, 10, 8]


def test_deleting_more_than_a_page_behind_is_an_error(clients: Clients) -> None:
    server = _ChangingList(12, changes={3: _delete(12, 11, 10, 9)})
    with pytest.raises(ListingChangedError) as info:
        _list(clients, server)
    error = info.value
    assert isinstance(error, PaginationError)
    assert (error.operation, error.page, error.total_before, error.total_after) == ("list_time_entries", 3, 12, 8)
    assert "list_time_entries: the list changed under the listing at page 3 (total_entries 12 -> 8)" in str(error)
    assert "moved by more than a page between two reads" in str(error)
    assert error.method == "GET" and error.url == f"{BASE}/time_entries"


def test_creations_pushing_the_list_two_pages_forward_repeat_nothing(clients: Clients) -> None:
    server = _ChangingList(12)
    server.changes = {3: _create(server, 7)}
    assert _list(clients, server) == list(range(12, 0, -1))


def test_creating_more_than_three_pages_behind_is_an_error(clients: Clients) -> None:
    # Page 3 and page 2 read again hold only records created meanwhile: nothing says where the cursor went.
    server = _ChangingList(12)
    server.changes = {3: _create(server, 10)}
    with pytest.raises(ListingChangedError, match="moved by more than a page between two reads"):
        _list(clients, server)


def test_a_reread_the_list_moved_back_into_repairs_at_once(clients: Clients) -> None:
    # Deleted behind before page 3, and again before page 2 is re-read: the re-read reaches page 3's
    # first record, so the two leave no gap and page 3 need not be read again.
    server = _ChangingList(12, changes={3: _delete(11), 4: _delete(9)})
    listed = _list(clients, server)
    assert listed == list(range(12, 0, -1))
    assert server.pages_read()[:5] == [1, 2, 3, 2, 4]


def _pushed_and_pulled(server: _ChangingList) -> dict[int, Change]:
    """Before page 3 one read record goes; before page 2 is re-read one is created (the re-read no
    longer reaches page 3); before page 3 is read again two more read ones go."""
    return {3: _delete(11), 4: _create(server, 1), 5: _delete(12, 10)}


def test_a_list_that_changes_again_during_the_repair_is_read_again(clients: Clients) -> None:
    server = _ChangingList(12)
    server.changes = _pushed_and_pulled(server)
    assert _list(clients, server) == list(range(12, 0, -1))
    assert server.pages_read() == [1, 2, 3, 2, 3, 2, 3, 4]


def test_a_list_that_changes_during_two_repairs_in_a_row_is_an_error(clients: Clients) -> None:
    server = _ChangingList(12)
    server.changes = {**_pushed_and_pulled(server), 6: _create(server, 1), 7: _delete(13, 9)}
    with pytest.raises(ListingChangedError, match="changed again while the previous page was re-read, twice in a row"):
        _list(clients, server)
    assert server.pages_read() == [1, 2, 3, 2, 3, 2, 3]


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
        page = int(call.path.rsplit("=", 1)[1]) if "=" in call.path else 1
        chunk = self.ids[(page - 1) * _PER_PAGE : page * _PER_PAGE]
        more = page * _PER_PAGE < len(self.ids)
        link = f"{BASE}/records?page={page + 1}" if more else None
        return _Envelope([_Record(i) for i in chunk], len(self.ids), _Links(link))


def _listed(kind: str, server: _Shuffled) -> list[int]:
    first = OperationCall(_LISTING, "/records")
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


def test_no_more_than_two_pages_of_ids_are_kept() -> None:
    from harvest_v2._core._pagination import _Continuity

    server = _Shuffled(400, [(2, [n * 13]) for n in range(200)])
    continuity: _Continuity[_Record, _Envelope] = _Continuity(_LISTING)
    call: OperationCall | None = OperationCall(_LISTING, "/records")
    held = []
    while call is not None:
        settling = continuity.settle(call, server.fetch(call))
        try:
            request = next(settling)
            while True:
                request = settling.send(server.fetch(request))
        except StopIteration as done:
            page = done.value[0]
        held.append(len(continuity._window))
        call = OperationCall(_LISTING, page.links.next_) if page.links.next_ else None
    assert len(held) >= 80 and max(held) == 2 * _PER_PAGE
