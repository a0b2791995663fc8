"""Origin rule: links.next is followed only to base_url's origin, however the server spells it.

The token must never reach another server: a second real server on 127.0.0.1 stands for the
attacker and must receive nothing, whichever spelling of its address the hostile link uses.
Same-origin links in other spellings (upper case, default port spelled out, relative) are
followed, to base_url's origin and the path they give.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harvest_v2 import HarvestError
from harvest_v2._core._errors import ForeignOriginError, PaginationError

from tests.core._live import LiveServer, Received, json_answer
from tests.helpers import ACCOUNT, AGENT, TOKEN, Clients, client_json, json_response, page_json

LinkFor = Callable[[LiveServer, LiveServer], str]
"""Builds the hostile links.next from (the API server, the attacker's server)."""

# Each: the link, and the origin the error must name.
FOREIGN: dict[str, tuple[LinkFor, Callable[[LiveServer, LiveServer], str]]] = {
    "plain": (lambda a, b: f"http://127.0.0.1:{b.port}/v2/clients?page=2", lambda a, b: b.origin),
    "upper-case scheme": (lambda a, b: f"HTTP://127.0.0.1:{b.port}/v2/clients?page=2", lambda a, b: b.origin),
    "upper-case localhost": (
        lambda a, b: f"HTTP://LOCALHOST:{b.port}/v2/clients?page=2",
        lambda a, b: f"http://localhost:{b.port}",
    ),
    "https": (lambda a, b: f"HTTPS://127.0.0.1:{b.port}/v2/clients?page=2", lambda a, b: f"https://127.0.0.1:{b.port}"),
    "scheme-relative": (
        lambda a, b: f"//localhost:{b.port}/v2/clients?page=2",
        lambda a, b: f"http://localhost:{b.port}",
    ),
    # Other spellings of 127.0.0.1 reach the attacker's socket if followed; by name they differ.
    "IPv4 shorthand": (lambda a, b: f"http://127.1:{b.port}/v2/clients?page=2", lambda a, b: f"http://127.1:{b.port}"),
    "hexadecimal address": (
        lambda a, b: f"http://0x7f000001:{b.port}/v2/clients?page=2",
        lambda a, b: f"http://0x7f000001:{b.port}",
    ),
    # localhost reaches the same socket as 127.0.0.1, but it is another origin by name: refused.
    "other host name, same port": (
        lambda a, b: f"http://localhost:{a.port}/v2/clients?page=2",
        lambda a, b: f"http://localhost:{a.port}",
    ),
    "default port spelled out": (lambda a, b: "http://127.0.0.1:80/v2/clients?page=2", lambda a, b: "http://127.0.0.1"),
    "credentials in the link": (
        lambda a, b: f"http://user:pw@127.0.0.1:{a.port}/v2/clients?page=2",
        lambda a, b: f"http://user:***@127.0.0.1:{a.port}",
    ),
}


def _api(link: Callable[[], str]) -> Callable[[Received], tuple[int, dict[str, str], bytes]]:
    def handler(request: Received) -> tuple[int, dict[str, str], bytes]:
        if "?page=2" in request.target:
            return json_answer(
                200, page_json("clients", [client_json(2)], next_url=None, page=2, total_entries=2, total_pages=2)
            )
        return json_answer(
            200, page_json("clients", [client_json(1)], next_url=link(), page=1, total_entries=2, total_pages=2)
        )

    return handler


def _kwargs(api: LiveServer) -> dict[str, Any]:
    return {
        "access_token": TOKEN,
        "account_id": ACCOUNT,
        "user_agent": AGENT,
        "throttle": False,
        "base_url": f"{api.origin}/v2",
    }


def _list(clients: Clients, api: LiveServer) -> list[int]:
    return [c.id for c in clients.items(clients.cls(**_kwargs(api)), lambda hv: hv.clients.list())]


@pytest.mark.parametrize("spelling", list(FOREIGN))
def test_token_never_reaches_another_origin(clients: Clients, spelling: str) -> None:
    make_link, origin = FOREIGN[spelling]
    with LiveServer(lambda request: json_answer(200, {})) as attacker:
        api = LiveServer(lambda request: (500, {}, b""))
        api.handler = _api(lambda: make_link(api, attacker))
        with api, pytest.raises(ForeignOriginError) as info:
            _list(clients, api)
    assert attacker.received == []
    assert len(api.received) == 1  # the first page, and nothing for the refused link
    error = info.value
    assert isinstance(error, PaginationError) and isinstance(error, HarvestError)
    assert error.origin == origin(api, attacker)
    assert error.expected == api.origin
    assert error.status is None and "HTTP 0" not in str(error)
    assert origin(api, attacker) in str(error)
    # The query string is the hostile server's: it stays out of the message (it could echo a secret).
    assert "page=2" not in str(error) and error.url is not None and "?" not in error.url
    assert "pw" not in str(error)


@pytest.mark.parametrize(
    "make_link",
    [
        lambda api: f"HTTP://127.0.0.1:{api.port}/v2/clients?page=2",
        lambda api: "/v2/clients?page=2",
        lambda api: f"//127.0.0.1:{api.port}/v2/clients?page=2",
    ],
    ids=["upper-case", "relative", "scheme-relative"],
)
def test_same_origin_in_other_spellings_is_followed_to_the_path_given(
    clients: Clients, make_link: Callable[[LiveServer], str]
) -> None:
    api = LiveServer(lambda request: (500, {}, b""))
    api.handler = _api(lambda: make_link(api))
    with api:
        assert _list(clients, api) == [1, 2]
    # A relative link resolves against the origin: /v2/clients, never /v2/v2/clients.
    assert [r.target for r in api.received] == ["/v2/clients?per_page=2000", "/v2/clients?page=2"]
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in api.received)


@pytest.mark.parametrize(
    "link",
    ["https://API.HarvestApp.com:443/v2/clients?page=2", "HTTPS://api.harvestapp.com/v2/clients?page=2"],
)
def test_default_port_and_case_are_the_same_origin(clients: Clients, link: str) -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        if request.url.params.get("page") == "2":
            return json_response(
                200, page_json("clients", [client_json(2)], next_url=None, page=2, total_entries=2, total_pages=2)
            )
        return json_response(
            200, page_json("clients", [client_json(1)], next_url=link, page=1, total_entries=2, total_pages=2)
        )

    hv, _ = clients.make(handler)
    assert [c.id for c in clients.items(hv, lambda hv: hv.clients.list())] == [1, 2]
    assert [(u.host, u.path) for u in seen] == [("api.harvestapp.com", "/v2/clients")] * 2


def test_default_port_of_another_scheme_is_another_origin(clients: Clients) -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        link = "http://api.harvestapp.com:443/v2/clients?page=2"  # https's port, but plain http
        return json_response(
            200, page_json("clients", [client_json(1)], next_url=link, page=1, total_entries=2, total_pages=2)
        )

    hv, _ = clients.make(handler)
    with pytest.raises(ForeignOriginError, match=re.escape("http://api.harvestapp.com:443")):
        clients.items(hv, lambda hv: hv.clients.list())
    assert len(seen) == 1


@pytest.mark.parametrize("link", ["http://[::1", "http://api.harvestapp.com/v2/clients\n?page=2"])
def test_a_link_that_is_not_a_url_is_a_pagination_error(clients: Clients, link: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = page_json("clients", [client_json(1)], next_url=link, page=1, total_entries=2, total_pages=2)
        return json_response(200, body)

    hv, _ = clients.make(handler)
    with pytest.raises(PaginationError, match="not a valid URL"):
        clients.items(hv, lambda hv: hv.clients.list())
