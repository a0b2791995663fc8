"""Error rule: typed exceptions with status, method and URL, and Harvest's own message."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from harvest_v2 import (
    AuthenticationError,
    HarvestError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from harvest_v2._core._errors import ClientClosedError, WrongEventLoopError

from tests.core._live import LiveServer, Received
from tests.helpers import ACCOUNT, AGENT, BASE, TOKEN, Clients, client_json, json_response, make_async_client


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (
            401,
            {"error": "invalid_token", "error_description": "The access token expired"},
            AuthenticationError,
            "The access token expired",
        ),
        (403, {"message": "You do not have access to this client"}, PermissionDeniedError, "do not have access"),
        (404, {"status": 404, "error": "Not Found"}, NotFoundError, "Not Found"),
        (422, {"message": "Name has already been taken"}, ValidationError, "Name has already been taken"),
    ],
)
def test_status_maps_to_typed_error(
    clients: Clients, status: int, body: dict[str, object], error: type[HarvestError], message: str
) -> None:
    hv, _ = clients.make(lambda request: json_response(status, body))
    with pytest.raises(error) as info:
        clients.run(hv, lambda hv: hv.clients.get(42))
    assert info.value.status == status
    assert info.value.method == "GET"
    assert info.value.url == f"{BASE}/clients/42"
    assert message in str(info.value)
    assert isinstance(info.value, HarvestError)


def test_plain_text_400_keeps_the_text(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: httpx.Response(400, text="Missing User-Agent header"))
    with pytest.raises(ValidationError, match="Missing User-Agent header"):
        clients.run(hv, lambda hv: hv.clients.get(1))


def test_5xx_after_retries_is_server_error(clients: Clients) -> None:
    hv, sleep = clients.make(lambda request: httpx.Response(502, text="<html>bad gateway</html>"), max_retries=2)
    with pytest.raises(ServerError) as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert info.value.status == 502 and len(sleep.waits) == 2


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (
            httpx.Response(200, text="<html>maintenance</html>", headers={"Content-Type": "text/html"}),
            "expected a JSON body; content-type text/html",
        ),
        (httpx.Response(200, content=b'{"id": 1,', headers={"Content-Type": "application/json"}), "not valid JSON"),
        (httpx.Response(200, json=[{"id": 1, "name": "only"}]), "expected a JSON object for Client"),
        (
            # Deeper than any decoder follows: a RecursionError inside, an UnexpectedResponseError outside.
            httpx.Response(
                200,
                content=b'{"id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                headers={"Content-Type": "application/json"},
            ),
            "nested deeper than the decoder allows",
        ),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_unexpected_bodies_are_explained(
    clients: Clients, response: httpx.Response, expected: str, strict: bool
) -> None:
    # A fresh copy per request: a client binds the stream of the response it receives to itself.
    hv, _ = clients.make(
        lambda request: httpx.Response(response.status_code, headers=response.headers, content=response.content),
        strict=strict,
    )
    with pytest.raises(UnexpectedResponseError, match=expected) as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert info.value.status == 200
    assert "body starts" in str(info.value)


# Every failure is a HarvestError: what httpx raises for a broken body, and misuse of a client
# (closed, or an AsyncHarvest taken to another event loop), included.


def _garbled(request: Received) -> tuple[int, dict[str, str], bytes]:
    # Says gzip, is not: decompressing fails inside httpx (DecodingError).
    return 200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, b'{"id": 1, not gzip at all'


def test_a_body_that_fails_to_decompress_is_an_unexpected_response(clients: Clients) -> None:
    with (
        LiveServer(_garbled) as server,
        pytest.raises(UnexpectedResponseError, match=r"could not be decoded \(Content-Encoding gzip\)") as info,
    ):
        hv = clients.cls(TOKEN, ACCOUNT, AGENT, base_url=f"{server.origin}/v2", throttle=False)
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert info.value.status == 200 and info.value.method == "GET"
    assert len(server.received) == 1  # not retried: the answer would decode no better


def test_a_closed_client_says_so(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: json_response(200, client_json(1)))
    assert clients.wait(hv.clients.get(1)).id == 1
    listing = hv.clients.list()
    clients.close(hv)
    with pytest.raises(ClientClosedError, match=f"this {type(hv).__name__} is closed"):
        clients.wait(hv.clients.get(1))
    with pytest.raises(ClientClosedError):
        clients.first(listing)


def test_a_client_closed_before_its_first_call_says_so(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: json_response(200, client_json(1)))
    clients.close(hv)
    with pytest.raises(ClientClosedError, match=f"this {type(hv).__name__} is closed"):
        clients.wait(hv.clients.get(1))


def test_an_async_client_used_from_a_second_event_loop_says_so() -> None:
    hv, _ = make_async_client(lambda request: json_response(200, client_json(1)))

    async def get() -> int:
        return (await hv.clients.get(1)).required.id

    assert asyncio.run(get()) == 1
    with pytest.raises(WrongEventLoopError, match="first used in another event loop"):
        asyncio.run(get())


def test_an_async_client_shared_with_a_loop_in_another_thread_says_so() -> None:
    hv, _ = make_async_client(lambda request: json_response(200, client_json(1)))
    errors: list[BaseException] = []

    async def get() -> int:
        return (await hv.clients.get(1)).required.id

    async def main() -> None:
        await get()

        def other_thread() -> None:
            try:
                asyncio.run(get())
            except BaseException as exc:  # recorded for the assertion below
                errors.append(exc)

        thread = threading.Thread(target=other_thread)
        thread.start()
        await asyncio.to_thread(thread.join, 10)
        assert await get() == 1  # the first loop keeps working

    asyncio.run(main())
    assert len(errors) == 1 and isinstance(errors[0], WrongEventLoopError)
