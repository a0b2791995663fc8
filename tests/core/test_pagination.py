"""Pagination rule: follow links.next (cursor or page URLs) lazily, one page at a time."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from harvest_v2 import UnexpectedResponseError

from tests.helpers import BASE, client_json, json_response, make_async_client, make_client

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


def test_iterates_every_record_across_cursor_pages() -> None:
    server = _CursorServer()
    hv, _ = make_client(server)
    assert [c.id for c in hv.clients.list(per_page=2, is_active=True)] == [1, 2, 3, 4, 5]
    assert len(server.requests) == 3
    first = server.requests[0]
    assert first.params["per_page"] == "2" and first.params["is_active"] == "true"
    # later pages are the links as given, never rebuilt from page numbers
    assert [str(u) for u in server.requests[1:]] == [CURSOR_2, CURSOR_3]


def test_listing_is_lazy() -> None:
    server = _CursorServer()
    hv, _ = make_client(server)
    listing = hv.clients.list()
    assert server.requests == []
    iterator = iter(listing)
    assert next(iterator).id == 1
    assert len(server.requests) == 1


def test_per_page_defaults_to_2000() -> None:
    server = _CursorServer()
    hv, _ = make_client(server)
    next(iter(hv.clients.list()))
    assert server.requests[0].params["per_page"] == "2000"


def test_pages_yield_envelopes() -> None:
    hv, _ = make_client(_CursorServer())
    pages = list(hv.clients.list().pages())
    assert [p.page for p in pages] == [1, None, 3]
    assert pages[0].total_entries == 5 and len(pages[2].clients) == 1


def test_link_to_another_origin_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = _CursorServer()(request).json()
        body["links"]["next"] = "https://evil.example.com/v2/clients?cursor=x"
        return json_response(200, body)

    hv, _ = make_client(handler)
    with pytest.raises(UnexpectedResponseError, match="another origin"):
        list(hv.clients.list())


def test_async_iterates_every_record() -> None:
    server = _CursorServer()
    hv, _ = make_async_client(server)

    async def main() -> list[int]:
        async with hv:
            return [c.id async for c in hv.clients.list(per_page=2)]

    assert asyncio.run(main()) == [1, 2, 3, 4, 5]
    assert len(server.requests) == 3


def test_async_pages() -> None:
    hv, _ = make_async_client(_CursorServer())

    async def main() -> list[int]:
        async with hv:
            return [p.total_entries async for p in hv.clients.list().pages()]

    assert asyncio.run(main()) == [5, 5, 5]
