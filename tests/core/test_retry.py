"""Retry rule: Retry-After forms, 429/503 for every method, 5xx and dropped connections for idempotent ones."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable

import httpx
import pytest
from harvest_v2 import RateLimitError, ServerError, TransportError
from harvest_v2._core._retry import RATE_LIMIT_WINDOW, RetryPolicy, parse_retry_after

from tests.helpers import client_json, http_date, json_response, make_async_client, make_client

NOW = datetime.datetime(2025, 3, 1, 12, 0, 0, tzinfo=datetime.UTC)


def test_parse_retry_after_delta_seconds() -> None:
    assert parse_retry_after("7", NOW.timestamp()) == 7.0
    assert parse_retry_after(" 2.5 ", NOW.timestamp()) == 2.5


def test_parse_retry_after_http_date() -> None:
    later = NOW + datetime.timedelta(seconds=42)
    assert parse_retry_after(http_date(later), NOW.timestamp()) == 42.0
    assert parse_retry_after(http_date(NOW - datetime.timedelta(seconds=5)), NOW.timestamp()) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "-3", "nan"])
def test_parse_retry_after_unusable(value: str | None) -> None:
    assert parse_retry_after(value, NOW.timestamp()) is None


def _sequence(*responses: httpx.Response | Exception) -> tuple[Callable[[httpx.Request], httpx.Response], list[str]]:
    """A handler answering with the given responses in order (exceptions are raised)."""
    queue = list(responses)
    methods: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        methods.append(request.method)
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return handler, methods


def _ok() -> httpx.Response:
    return json_response(200, client_json(1))


def _created() -> httpx.Response:
    return json_response(201, client_json(1))


@pytest.mark.parametrize(
    ("headers", "expected_wait"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": http_date(NOW + datetime.timedelta(seconds=9))}, 9.0),
        ({}, RATE_LIMIT_WINDOW),
        ({"Retry-After": "whenever"}, RATE_LIMIT_WINDOW),
    ],
)
def test_429_waits_for_retry_after_then_resends_get(headers: dict[str, str], expected_wait: float) -> None:
    handler, methods = _sequence(httpx.Response(429, headers=headers), _ok())
    hv, sleep = make_client(handler, wall_clock=NOW.timestamp)
    assert hv.clients.get(1).id == 1
    assert sleep.waits == [expected_wait]
    assert methods == ["GET", "GET"]


def test_empty_html_429_waits_for_the_window() -> None:
    handler, _methods = _sequence(httpx.Response(429, content=b"", headers={"Content-Type": "text/html"}), _ok())
    hv, sleep = make_client(handler)
    hv.clients.get(1)
    assert sleep.waits == [15.0]


def test_post_is_resent_exactly_once_after_429() -> None:
    handler, methods = _sequence(httpx.Response(429, headers={"Retry-After": "1"}), _created())
    hv, sleep = make_client(handler)
    assert hv.clients.create(name="Acme").id == 1
    assert methods == ["POST", "POST"]
    assert sleep.waits == [1.0]


def test_post_is_not_resent_after_a_dropped_connection() -> None:
    handler, methods = _sequence(httpx.RemoteProtocolError("peer closed connection"), _created())
    hv, sleep = make_client(handler)
    with pytest.raises(TransportError, match="not resent"):
        hv.clients.create(name="Acme")
    assert methods == ["POST"]
    assert sleep.waits == []


def test_post_is_resent_when_the_connection_was_never_made() -> None:
    handler, methods = _sequence(httpx.ConnectError("refused"), _created())
    hv, _ = make_client(handler)
    hv.clients.create(name="Acme")
    assert methods == ["POST", "POST"]


def test_get_is_retried_after_500_and_dropped_connection() -> None:
    handler, methods = _sequence(httpx.Response(500), httpx.ReadError("reset"), _ok())
    hv, sleep = make_client(handler)
    assert hv.clients.get(1).id == 1
    assert methods == ["GET", "GET", "GET"]
    # exponential backoff with equal jitter: first in [0.25, 0.5], second in [0.5, 1.0]
    assert 0.25 <= sleep.waits[0] <= 0.5 and 0.5 <= sleep.waits[1] <= 1.0


def test_patch_is_not_retried_after_500() -> None:
    handler, methods = _sequence(httpx.Response(500, text="boom"), _ok())
    hv, _ = make_client(handler)
    with pytest.raises(ServerError) as info:
        hv.clients.update(1, name="x")
    assert methods == ["PATCH"]
    assert info.value.status == 500 and info.value.method == "PATCH"


def test_503_with_retry_after_is_retried_for_post() -> None:
    handler, methods = _sequence(httpx.Response(503, headers={"Retry-After": "4"}), _created())
    hv, sleep = make_client(handler)
    hv.clients.create(name="Acme")
    assert methods == ["POST", "POST"] and sleep.waits == [4.0]


def test_endless_429_ends_in_rate_limit_error_with_retry_after() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(429, headers={"Retry-After": "2"})

    hv, sleep = make_client(handler, max_retries=3)
    with pytest.raises(RateLimitError) as info:
        hv.clients.get(1)
    assert calls == 4 and sleep.waits == [2.0, 2.0, 2.0]
    assert info.value.retry_after == 2.0 and info.value.status == 429


def test_total_wait_is_bounded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "40"})

    hv, sleep = make_client(handler, max_retries=10, max_retry_wait=100.0)
    with pytest.raises(RateLimitError, match="max_wait"):
        hv.clients.get(1)
    assert sleep.waits == [40.0, 40.0]


def test_backoff_is_capped() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_cap=8.0, jitter=lambda: 1.0)
    assert [policy.backoff(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_async_retries_429_and_500() -> None:
    handler, methods = _sequence(httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(502), _ok())
    hv, sleep = make_async_client(handler)

    async def main() -> int:
        async with hv:
            return (await hv.clients.get(1)).id

    assert asyncio.run(main()) == 1
    assert methods == ["GET", "GET", "GET"] and sleep.waits[0] == 1.0 and len(sleep.waits) == 2


def test_async_post_not_resent_after_drop() -> None:
    handler, methods = _sequence(httpx.ReadError("reset"), _created())
    hv, _ = make_async_client(handler)

    async def main() -> None:
        async with hv:
            await hv.clients.create(name="x")

    with pytest.raises(TransportError):
        asyncio.run(main())
    assert methods == ["POST"]
