"""hv.with_raw_response.<resource>.<method>(): the answer as Harvest gave it, and parse() for the model."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest
from harvest_v2 import NotFoundError
from harvest_v2.models import Client
from harvest_v2.models import Clients as ClientsPage

from tests.helpers import BASE, Clients, client_json, page_json


def test_a_raw_response_has_the_answer_and_parses_once(clients: Clients) -> None:
    answers = [
        httpx.Response(503, json={"message": "busy"}),
        httpx.Response(200, json=client_json(7), headers={"X-Request-Id": "req-1"}),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    hv, sleep = clients.make(handler)
    raw = clients.wait(hv.with_raw_response.clients.get(7, extra_query={"access_token": "leaked-in-query"}))
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"
    assert raw.http_request.method == "GET"
    assert raw.http_request.url == f"{BASE}/clients/7?access_token=***"
    assert raw.retries == 1
    assert len(sleep.waits) == 1
    assert isinstance(raw.elapsed, datetime.timedelta)
    assert raw.content.startswith(b"{")
    client = raw.parse()
    assert isinstance(client, Client)
    assert client.id == 7
    assert raw.parse() is client
    assert "leaked-in-query" not in repr(raw)


def test_an_error_is_raised_as_by_the_plain_method(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: httpx.Response(404, json={"message": "no such client"}))
    with pytest.raises(NotFoundError, match="no such client"):
        clients.wait(hv.with_raw_response.clients.get(7))


def test_a_deletion_without_body_parses_to_none(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: httpx.Response(200))
    raw = clients.wait(hv.with_raw_response.clients.delete(7))
    assert raw.status_code == 200
    assert raw.parse() is None


def test_a_listing_gives_each_pages_raw_response(clients: Clients) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page")
        if page == "2":
            body = page_json("clients", [client_json(2)], next_url=None, page=2, total_entries=2, total_pages=2)
            return httpx.Response(200, json=body, headers={"X-Page": "2"})
        body = page_json(
            "clients", [client_json(1)], next_url=f"{BASE}/clients?page=2", page=1, total_entries=2, total_pages=2
        )
        return httpx.Response(200, json=body, headers={"X-Page": "1"})

    hv, _ = clients.make(handler)
    raws: list[Any] = clients.items(hv, lambda hv: hv.with_raw_response.clients.list(per_page=1).pages())
    assert [raw.headers["X-Page"] for raw in raws] == ["1", "2"]
    pages = [raw.parse() for raw in raws]
    assert all(isinstance(page, ClientsPage) for page in pages)
    assert [record.id for page in pages for record in page.clients] == [1, 2]
    assert raws[1].http_request.url == f"{BASE}/clients?page=2"


def test_raw_responses_follow_with_options(clients: Clients) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=client_json(7))

    hv, _ = clients.make(handler)
    raw = clients.wait(hv.with_options(timeout=9).with_raw_response.clients.get(7))
    assert raw.parse().id == 7
    assert seen[0].extensions["timeout"]["read"] == 9
    assert hv.with_raw_response is hv.with_raw_response


def test_raw_resources_are_the_plain_classes_in_raw_mode(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: httpx.Response(200, json=client_json(7)))
    raw_clients = hv.with_raw_response.clients
    assert type(raw_clients) is type(hv.clients)  # type: ignore[comparison-overlap]
    assert hv.with_raw_response.clients is raw_clients
    assert clients.wait(hv.clients.get(7)).id == 7  # the plain resource is unchanged
    with pytest.raises(AttributeError, match="no resource 'base_url'"):
        getattr(hv.with_raw_response, "base_url")  # noqa: B009 - a client attribute, not a resource
    with pytest.raises(AttributeError):
        getattr(hv.with_raw_response, "no_such_resource")  # noqa: B009


def test_raw_pages_keep_the_listing_guarantee(clients: Clients) -> None:
    """Records deleted behind the cursor between two reads pull the rest back: raw pages miss none of them."""
    from tests.core.test_listing_continuity import _ChangingList, _delete

    server = _ChangingList(40, changes={2: _delete(40, 39, 38)})
    hv, _ = clients.make(server)
    raws: list[Any] = clients.items(hv, lambda hv: hv.with_raw_response.time_entries.list(per_page=10).pages())
    ids = [entry.id for raw in raws for entry in raw.parse().required.time_entries]
    assert ids == list(range(40, 0, -1))  # every record once (40-38 were read before they went)
    assert all(raw.status_code == 200 for raw in raws)
