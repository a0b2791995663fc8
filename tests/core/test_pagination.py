"""Pagination rule: follow links.next (cursor or page URLs) lazily, one page at a time."""

from __future__ import annotations

import gc
import re
import types
import weakref
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harvest_v2 import AsyncPaginator, HarvestError, Paginator
from harvest_v2._core._errors import ForeignOriginError, PaginationError
from harvest_v2._core._operation import Operation
from harvest_v2._core._operation_call import OperationCall
from harvest_v2._core._pagination import MAX_EMPTY_PAGES

from tests.helpers import BASE, Clients, client_json, json_response, page_json

CURSOR_2 = f"{BASE}/clients?cursor=eyJhZnRlciI6Mn0&per_page=2&ref=next_cursor"
CURSOR_3 = f"{BASE}/clients?cursor=eyJhZnRlciI6NH0&per_page=2&ref=next_cursor"


class _CursorServer:
    """Three pages of clients; the middle one has page and next_page null, as Harvest's cursor lists do."""

    def __init__(self) -> None:
        self.requests: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        cursor = request.url.params.get("cursor")
        pages = {
            None: ([1, 2], CURSOR_2, 1, 1),
            "eyJhZnRlciI6Mn0": ([3, 4], CURSOR_3, None, None),
            "eyJhZnRlciI6NH0": ([5], None, 3, None),
        }
        ids, next_url, page, next_page = pages[cursor]
        return json_response(
            200,
            {
                "clients": [client_json(i) for i in ids],
                "per_page": 2,
                "total_pages": 3,
                "total_entries": 5,
                "next_page": next_page,
                "previous_page": None,
                "page": page,
                "links": {"first": f"{BASE}/clients?page=1", "next": next_url, "previous": None, "last": "x"},
            },
        )


def test_iterates_every_record_across_cursor_pages(clients: Clients) -> None:
    server = _CursorServer()
    hv, _ = clients.make(server)
    assert [c.id for c in clients.items(hv, lambda hv: hv.clients.list(per_page=2, is_active=True))] == [1, 2, 3, 4, 5]
    assert len(server.requests) == 3
    first = server.requests[0]
    assert first.params["per_page"] == "2" and first.params["is_active"] == "true"
    # later pages are the links as given, never rebuilt from page numbers
    assert [str(u) for u in server.requests[1:]] == [CURSOR_2, CURSOR_3]


def test_listing_is_lazy(clients: Clients) -> None:
    server = _CursorServer()
    hv, _ = clients.make(server)
    listing = hv.clients.list()
    assert server.requests == []
    assert clients.first(listing).id == 1
    assert len(server.requests) == 1


def test_per_page_defaults_to_2000(clients: Clients) -> None:
    server = _CursorServer()
    hv, _ = clients.make(server)
    clients.first(hv.clients.list())
    assert server.requests[0].params["per_page"] == "2000"


def test_pages_yield_envelopes(clients: Clients) -> None:
    hv, _ = clients.make(_CursorServer())
    pages = clients.items(hv, lambda hv: hv.clients.list().pages())
    assert [p.page for p in pages] == [1, None, 3]
    assert [p.total_entries for p in pages] == [5, 5, 5] and len(pages[2].clients) == 1


def test_link_to_another_origin_is_refused(clients: Clients) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = _CursorServer()(request).json()
        body["links"]["next"] = "https://evil.example.com/v2/clients?cursor=x"
        return json_response(200, body)

    hv, _ = clients.make(handler)
    with pytest.raises(
        ForeignOriginError, match=re.escape("https://evil.example.com: the token goes only to base_url")
    ):
        clients.items(hv, lambda hv: hv.clients.list())


class _EndlessServer:
    """A hostile or broken list: always a next link. Stops after `limit` requests so old code ends too."""

    def __init__(self, *, total_pages: int, records: bool = True, repeat: bool = False, limit: int = 50) -> None:
        self.total_pages = total_pages
        self.records = records
        self.repeat = repeat
        self.limit = limit
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        n = self.requests
        link = None if n >= self.limit else f"{BASE}/clients?cursor={1 if self.repeat else n}"
        clients = [client_json(n)] if self.records else []
        return json_response(
            200, page_json("clients", clients, next_url=link, page=None, total_entries=n, total_pages=self.total_pages)
        )


def _drain(clients: Clients, server: _EndlessServer) -> list[int]:
    hv, _ = clients.make(server)
    return [c.id for c in clients.items(hv, lambda hv: hv.clients.list())]


def test_a_repeated_link_is_a_pagination_error(clients: Clients) -> None:
    server = _EndlessServer(total_pages=100, repeat=True)
    with pytest.raises(PaginationError, match="repeats a page already read") as info:
        _drain(clients, server)
    assert server.requests == 2
    assert isinstance(info.value, HarvestError)


def test_links_past_total_pages_are_a_pagination_error(clients: Clients) -> None:
    server = _EndlessServer(total_pages=4)
    with pytest.raises(PaginationError, match="past the last page: 4 pages read and total_pages is 4"):
        _drain(clients, server)
    assert server.requests == 4


def test_empty_pages_in_a_row_are_a_pagination_error(clients: Clients) -> None:
    server = _EndlessServer(total_pages=10**9, records=False)
    with pytest.raises(PaginationError, match=f"{MAX_EMPTY_PAGES} empty pages in a row"):
        _drain(clients, server)
    assert server.requests == MAX_EMPTY_PAGES


def test_total_pages_growing_while_listing_is_followed(clients: Clients) -> None:
    # Records created during a listing raise total_pages on later pages; that is no loop.
    class Growing(_EndlessServer):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            self.total_pages = self.requests + 2
            return super().__call__(request)

    assert _drain(clients, Growing(total_pages=2, limit=6)) == [1, 2, 3, 4, 5, 6]


def test_an_empty_last_page_ends_the_listing(clients: Clients) -> None:
    assert _drain(clients, _EndlessServer(total_pages=1, records=False, limit=1)) == []


class _Record:
    """A weak-referenceable record, so the test can see when the paginator lets it go."""


class _Page:
    def __init__(self, records: list[_Record], next_url: str | None) -> None:
        self.records = records
        self.links = types.SimpleNamespace(next_=next_url)
        self.total_pages = None


# A listing whose pages keep their records under `records`, as its table row says.
_LISTING = Operation("list_records", "GET", "/clients", "records", "list", 200, "general", list_key="records")


@pytest.mark.parametrize("paginator", [Paginator, AsyncPaginator])
def test_a_paginator_refuses_an_operation_that_is_not_a_listing(paginator: Any) -> None:
    get = Operation("get_client", "GET", "/clients/{client_id}", "clients", "get", 200, "general", "Client")
    with pytest.raises(TypeError, match="get_client is not a list operation"):
        paginator(lambda call: _Page([], None), OperationCall(get, "/clients/1"))


def _releasing_fetch(
    alive_at_fetch: list[list[bool]],
) -> tuple[Callable[[OperationCall], _Page], list[weakref.ref[Any]]]:
    refs: list[weakref.ref[Any]] = []

    def fetch(call: OperationCall) -> _Page:
        gc.collect()
        alive_at_fetch.append([ref() is not None for ref in refs])
        number = len(alive_at_fetch)
        page = _Page([_Record() for _ in range(3)], None if number == 3 else f"{BASE}/clients?page={number + 1}")
        refs.append(weakref.ref(page))
        refs.extend(weakref.ref(r) for r in page.records[:-1])  # the last record is the caller's loop variable
        return page

    return fetch, refs


def test_only_one_page_is_held_while_the_next_is_fetched(clients: Clients) -> None:
    alive: list[list[bool]] = []
    fetch, _ = _releasing_fetch(alive)

    async def afetch(call: OperationCall) -> _Page:
        return fetch(call)

    first = OperationCall(_LISTING, "/clients")
    paginator: Paginator[_Record, _Page] | AsyncPaginator[_Record, _Page]
    paginator = Paginator(fetch, first) if clients.kind == "sync" else AsyncPaginator(afetch, first)
    # Counted holding nothing but the loop variable, as an export does.
    assert clients.count(paginator) == 9
    assert alive == [[], [False] * 3, [False] * 6]
