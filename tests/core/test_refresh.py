"""OAuth2 refresh rule: one refresh per expiry, however many calls see the 401 at once.

The token endpoint here rotates refresh tokens as Harvest's does: each refresh token works once.
A second refresh with the same one would be refused (invalid_grant), which is why calls that got a
401 while another call was refreshing must wait for its token and retry, not refresh themselves.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from harvest_v2 import AuthenticationError, TokenSet, TransportError

from tests.helpers import Clients, client_json, json_response, make_async_client, make_client

OAUTH = {"refresh_token": "refresh-0", "client_id": "cid", "client_secret": "csecret"}


class _RotatingIssuer:
    """Token endpoint: accepts only the latest refresh token and answers slowly, so refreshes would overlap."""

    def __init__(self) -> None:
        self.refresh = "refresh-0"
        self.access = "pat-secret-token-123456"  # the token the client starts with (helpers.TOKEN)
        self.calls = 0
        self._lock = threading.Lock()

    def issue(self, request: httpx.Request) -> httpx.Response:
        form = dict(httpx.QueryParams(request.content.decode()))
        with self._lock:
            self.calls += 1
            if form["refresh_token"] != self.refresh:
                return json_response(
                    400, {"error": "invalid_grant", "error_description": "The refresh token was already used"}
                )
            self.refresh = f"refresh-{self.calls}"
            self.access = f"access-{self.calls}"
            return json_response(200, {"access_token": self.access, "refresh_token": self.refresh, "expires_in": 60})

    def valid(self, request: httpx.Request) -> bool:
        return request.headers["Authorization"] == f"Bearer {self.access}"


def test_eight_threads_with_an_expired_token_make_one_refresh() -> None:
    issuer = _RotatingIssuer()
    issuer.access = "expired-on-the-server"
    barrier = threading.Barrier(8, timeout=10)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            time.sleep(0.05)  # a slow endpoint: the other threads' 401s arrive while it works
            return issuer.issue(request)
        if not issuer.valid(request):
            if request.headers["Authorization"] == "Bearer pat-secret-token-123456":
                barrier.wait()  # all eight hold the old token and get their 401 together
            return json_response(401, {"error": "invalid_token", "error_description": "expired"})
        return json_response(200, client_json(int(request.url.path.rsplit("/", 1)[1])))

    stored: list[TokenSet] = []
    hv, _ = make_client(handler, **OAUTH, on_token_refresh=stored.append)
    results: dict[int, Any] = {}

    def call(n: int) -> None:
        try:
            results[n] = hv.clients.get(n).id
        except Exception as exc:  # recorded for the assertion below
            results[n] = exc

    threads = [threading.Thread(target=call, args=(n,)) for n in range(1, 9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert results == {n: n for n in range(1, 9)}
    assert issuer.calls == 1
    assert [tokens.access_token for tokens in stored] == ["access-1"]


def test_twenty_tasks_with_an_expired_token_make_one_refresh() -> None:
    issuer = _RotatingIssuer()
    issuer.access = "expired-on-the-server"
    arrived = 0
    everyone: asyncio.Event | None = None

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal arrived, everyone
        everyone = everyone or asyncio.Event()
        if request.url.host == "id.getharvest.com":
            await asyncio.sleep(0.05)
            return issuer.issue(request)
        if not issuer.valid(request):
            if request.headers["Authorization"] == "Bearer pat-secret-token-123456":
                arrived += 1
                if arrived == 20:
                    everyone.set()
                await asyncio.wait_for(everyone.wait(), timeout=10)
            return json_response(401, {"error": "invalid_token", "error_description": "expired"})
        return json_response(200, client_json(int(request.url.path.rsplit("/", 1)[1])))

    stored: list[TokenSet] = []
    hv, _ = make_async_client(handler, **OAUTH, on_token_refresh=stored.append)  # type: ignore[arg-type]

    async def main() -> list[Any]:
        async with hv:
            return await asyncio.gather(*(hv.clients.get(n) for n in range(1, 21)), return_exceptions=True)

    results = asyncio.run(main())
    assert [getattr(r, "id", r) for r in results] == list(range(1, 21))
    assert issuer.calls == 1
    assert [tokens.access_token for tokens in stored] == ["access-1"]


def test_a_401_for_a_token_already_replaced_retries_without_refreshing() -> None:
    """Thread 1's request carries the old token but its 401 comes after thread 2 refreshed: no second refresh."""
    issuer = _RotatingIssuer()
    issuer.access = "expired-on-the-server"
    refreshed = threading.Event()
    tokens_seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            return issuer.issue(request)
        tokens_seen.append(request.headers["Authorization"])
        if request.url.path.endswith("/1") and not issuer.valid(request):
            assert refreshed.wait(timeout=10)  # answer only once thread 2's call refreshed and succeeded
        if not issuer.valid(request):
            return json_response(401, {"error": "invalid_token", "error_description": "expired"})
        return json_response(200, client_json(int(request.url.path.rsplit("/", 1)[1])))

    hv, _ = make_client(handler, **OAUTH)
    first: list[int] = []
    slow = threading.Thread(target=lambda: first.append(hv.clients.get(1).required.id))
    slow.start()
    deadline = time.monotonic() + 10
    while not tokens_seen and time.monotonic() < deadline:  # thread 1's request is in the server
        time.sleep(0.001)
    assert hv.clients.get(2).id == 2
    refreshed.set()
    slow.join(timeout=10)
    assert first == [1]
    assert issuer.calls == 1


def test_an_async_hook_is_awaited_once() -> None:
    issuer = _RotatingIssuer()
    issuer.access = "expired-on-the-server"
    stored: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            return issuer.issue(request)
        if not issuer.valid(request):
            return json_response(401, {"error": "invalid_token"})
        return json_response(200, client_json(1))

    async def store(tokens: TokenSet) -> None:
        await asyncio.sleep(0)
        stored.append(tokens.access_token)

    hv, _ = make_async_client(handler, **OAUTH, on_token_refresh=store)

    async def main() -> int:
        async with hv:
            return (await hv.clients.get(1)).required.id

    assert asyncio.run(main()) == 1
    assert stored == ["access-1"]


def _refused(request: httpx.Request) -> httpx.Response:
    if request.url.host == "id.getharvest.com":
        return json_response(
            400,
            {
                "error": "invalid_grant",
                "error_description": "The provided authorization grant is invalid, expired or revoked",
            },
        )
    return json_response(401, {"error": "invalid_token"})


def test_a_refused_refresh_says_why_in_harvests_words(clients: Clients) -> None:
    hv, _ = clients.make(_refused, **OAUTH)
    with pytest.raises(AuthenticationError) as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    message = str(info.value)
    assert "refresh was refused: invalid_grant: The provided authorization grant is invalid" in message
    assert info.value.status == 400 and info.value.method == "POST"
    assert "refresh-0" not in message and "csecret" not in message


def test_an_unreachable_token_endpoint_is_a_transport_error(clients: Clients) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            raise httpx.ConnectError("connection refused", request=request)
        return json_response(401, {"error": "invalid_token"})

    hv, _ = clients.make(handler, **OAUTH)
    with pytest.raises(TransportError, match="OAuth2 token refresh failed: ConnectError") as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert info.value.method == "POST"


def test_eight_threads_share_one_refused_refresh() -> None:
    calls: list[str] = []
    barrier = threading.Barrier(8, timeout=10)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            calls.append("refresh")
            time.sleep(0.05)
            return _refused(request)
        barrier.wait()
        return json_response(401, {"error": "invalid_token"})

    hv, _ = make_client(handler, **OAUTH)
    errors: list[Exception] = []

    def call() -> None:
        try:
            hv.clients.get(1)
        except Exception as exc:  # recorded for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert calls == ["refresh"]
    assert len(errors) == 8
    assert all(isinstance(e, AuthenticationError) and "invalid_grant" in str(e) for e in errors)


def test_twenty_tasks_share_one_refused_refresh() -> None:
    calls: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            calls.append("refresh")
            await asyncio.sleep(0.05)
        return _refused(request)

    hv, _ = make_async_client(handler, **OAUTH)  # type: ignore[arg-type]

    async def main() -> list[Any]:
        async with hv:
            return await asyncio.gather(*(hv.clients.get(n) for n in range(20)), return_exceptions=True)

    results = asyncio.run(main())
    assert calls == ["refresh"]
    assert all(isinstance(r, AuthenticationError) and "invalid_grant" in str(r) for r in results)


def test_a_token_endpoint_that_fails_is_asked_again_by_the_next_call(clients: Clients) -> None:
    answers = [httpx.Response(503, text="busy"), None]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            answer = answers.pop(0)
            return answer or json_response(200, {"access_token": "access-1"})
        if request.headers["Authorization"] == "Bearer access-1":
            return json_response(200, client_json(1))
        return json_response(401, {"error": "invalid_token"})

    hv, _ = clients.make(handler, **OAUTH)
    with pytest.raises(AuthenticationError, match="the token endpoint answered 503"):
        clients.wait(hv.clients.get(1))
    assert clients.wait(hv.clients.get(1)).id == 1
