"""Harvest's pagination arithmetic, without HTTP: page numbers, cursors and links."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from harvest_v2.testing._paging import PageRequest, paginate
from harvest_v2.testing._validation import InvalidInput

URL = "http://fake/v2/clients"
# Newest first, as the engine hands records over; keys are minus the ids.
RECORDS = [{"id": i} for i in (5, 4, 3, 2, 1)]
KEYS = [-record["id"] for record in RECORDS]


def _page(**asked: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    query = [("is_active", "true"), ("page", "9"), ("ref", "first")]
    request = PageRequest(url=URL, raw_query=query, per_page=2, **asked)
    return paginate(RECORDS, KEYS, request)


def _numbers(meta: dict[str, Any]) -> tuple[Any, ...]:
    return meta["page"], meta["next_page"], meta["previous_page"]


def test_a_numbered_page_has_its_neighbours_and_links_that_keep_the_filters() -> None:
    chunk, meta = _page(pagination="page", page=2)
    assert chunk == [{"id": 3}, {"id": 2}]
    assert (meta["per_page"], meta["total_pages"], meta["total_entries"]) == (2, 3, 5)
    assert _numbers(meta) == (2, 3, 1)
    assert meta["links"] == {
        "first": f"{URL}?is_active=true&page=1&per_page=2&ref=first",
        "next": f"{URL}?is_active=true&page=3&per_page=2&ref=next",
        "previous": f"{URL}?is_active=true&page=1&per_page=2&ref=previous",
        "last": f"{URL}?is_active=true&page=3&per_page=2&ref=last",
    }


def test_the_last_numbered_page_has_no_next() -> None:
    chunk, meta = _page(pagination="page", page=3)
    assert chunk == [{"id": 1}]
    assert _numbers(meta) == (3, None, 2)
    assert meta["links"]["next"] is None


def test_a_cursor_listing_numbers_only_its_first_and_last_pages() -> None:
    seen, numbers, cursor = [], [], None
    while True:
        chunk, meta = _page(pagination="cursor", cursor=cursor)
        seen += [record["id"] for record in chunk]
        numbers.append(_numbers(meta))
        if meta["links"]["next"] is None:
            break
        next_url = httpx.URL(meta["links"]["next"])
        assert next_url.params["ref"] == "next_cursor" and next_url.params["is_active"] == "true"
        cursor = next_url.params["cursor"]
    assert seen == [5, 4, 3, 2, 1]
    assert numbers == [(1, 2, None), (None, None, None), (3, None, 2)]


def test_a_cursor_listing_asked_for_a_later_page_is_numbered() -> None:
    chunk, meta = _page(pagination="cursor", page=2)
    assert chunk == [{"id": 3}, {"id": 2}]
    assert _numbers(meta) == (2, 3, 1)


def test_an_empty_list_is_one_page() -> None:
    chunk, meta = paginate([], [], PageRequest(url=URL, raw_query=[], pagination="page"))
    assert chunk == []
    assert (meta["total_pages"], *_numbers(meta)) == (1, 1, None, None)


@pytest.mark.parametrize("cursor", ["not-a-cursor", "eyJhZnRlciI6eyJpZCI6ImEifX0"])  # the second: {"after":{"id":"a"}}
def test_a_cursor_this_server_did_not_hand_out_is_invalid_input(cursor: str) -> None:
    with pytest.raises(InvalidInput, match="not one this server handed out"):
        _page(pagination="cursor", cursor=cursor)
