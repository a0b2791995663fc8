"""Retry rules: Retry-After forms, 429/503 for every method, 5xx and dropped connections for idempotent
ones, the budget, and a custom policy; every client test runs against Harvest and AsyncHarvest."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harvest_v2 import (
    APIStatusError,
    Attempt,
    Backoff,
    RateLimited,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TransportError,
    Verdict,
)
from harvest_v2._core._errors import error_for_status, parse_retry_after
from harvest_v2._core._retry import RATE_LIMIT_WINDOW

from tests.helpers import Clients, client_json, http_date, json_response

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


@pytest.mark.parametrize(
    ("status", "headers", "kind", "retry_after"),
    [
        (429, {"Retry-After": "3"}, RateLimitError, 3.0),
        (429, {}, RateLimitError, None),
        (503, {"Retry-After": "4"}, RateLimitError, 4.0),
        (503, {"Retry-After": "whenever"}, ServerError, None),
        (503, {}, ServerError, None),
        (500, {"Retry-After": "4"}, ServerError, None),
        (409, {}, APIStatusError, None),
    ],
)
def test_error_for_status_classifies_once(
    status: int, headers: dict[str, str], kind: type[APIStatusError], retry_after: float | None
) -> None:
    error = error_for_status(status, "GET", "https://x/v2/a", b"", httpx.Headers(headers), NOW.timestamp())
    assert type(error) is kind and error.status == status
    assert getattr(error, "retry_after", None) == retry_after


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
def test_429_waits_for_retry_after_then_resends_get(
    clients: Clients, headers: dict[str, str], expected_wait: float
) -> None:
    handler, methods = _sequence(httpx.Response(429, headers=headers), _ok())
    hv, sleep = clients.make(handler, wall_clock=NOW.timestamp)
    assert clients.run(hv, lambda hv: hv.clients.get(1)).id == 1
    assert sleep.waits == [expected_wait]
    assert methods == ["GET", "GET"]


def test_empty_html_429_waits_for_the_window(clients: Clients) -> None:
    handler, _methods = _sequence(httpx.Response(429, content=b"", headers={"Content-Type": "text/html"}), _ok())
    hv, sleep = clients.make(handler)
    clients.run(hv, lambda hv: hv.clients.get(1))
    assert sleep.waits == [15.0]


def test_post_is_resent_exactly_once_after_429(clients: Clients) -> None:
    handler, methods = _sequence(httpx.Response(429, headers={"Retry-After": "1"}), _created())
    hv, sleep = clients.make(handler)
    assert clients.run(hv, lambda hv: hv.clients.create(name="Acme")).id == 1
    assert methods == ["POST", "POST"]
    assert sleep.waits == [1.0]


def test_post_is_not_resent_after_a_dropped_connection(clients: Clients) -> None:
    handler, methods = _sequence(httpx.RemoteProtocolError("peer closed connection"), _created())
    hv, sleep = clients.make(handler)
    with pytest.raises(TransportError, match="not resent") as info:
        clients.run(hv, lambda hv: hv.clients.create(name="Acme"))
    assert info.value.sent is True
    assert methods == ["POST"]
    assert sleep.waits == []


def test_post_is_resent_when_the_connection_was_never_made(clients: Clients) -> None:
    handler, methods = _sequence(httpx.ConnectError("refused"), _created())
    hv, _ = clients.make(handler)
    clients.run(hv, lambda hv: hv.clients.create(name="Acme"))
    assert methods == ["POST", "POST"]


def test_a_connection_never_made_is_reported_as_not_sent(clients: Clients) -> None:
    hv, sleep = clients.make(_sequence(httpx.ConnectError("refused"))[0], max_retries=0)
    with pytest.raises(TransportError, match="gave up after 0 retries") as info:
        clients.run(hv, lambda hv: hv.clients.create(name="Acme"))
    assert info.value.sent is False and sleep.waits == []


def test_get_is_retried_after_500_and_dropped_connection(clients: Clients) -> None:
    handler, methods = _sequence(httpx.Response(500), httpx.ReadError("reset"), _ok())
    hv, sleep = clients.make(handler)
    assert clients.run(hv, lambda hv: hv.clients.get(1)).id == 1
    assert methods == ["GET", "GET", "GET"]
    # exponential backoff with equal jitter: first in [0.25, 0.5], second in [0.5, 1.0]
    assert 0.25 <= sleep.waits[0] <= 0.5 and 0.5 <= sleep.waits[1] <= 1.0


def test_patch_is_not_retried_after_500(clients: Clients) -> None:
    handler, methods = _sequence(httpx.Response(500, text="boom"), _ok())
    hv, _ = clients.make(handler)
    with pytest.raises(ServerError) as info:
        clients.run(hv, lambda hv: hv.clients.update(1, name="x"))
    assert methods == ["PATCH"]
    assert info.value.status == 500 and info.value.method == "PATCH"
    assert info.value.message == "boom"  # no rule applied, so nothing is added to Harvest's words


def test_503_with_retry_after_is_retried_for_post(clients: Clients) -> None:
    handler, methods = _sequence(httpx.Response(503, headers={"Retry-After": "4"}), _created())
    hv, sleep = clients.make(handler)
    clients.run(hv, lambda hv: hv.clients.create(name="Acme"))
    assert methods == ["POST", "POST"] and sleep.waits == [4.0]


def test_429_then_502_then_success(clients: Clients) -> None:
    handler, methods = _sequence(httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(502), _ok())
    hv, sleep = clients.make(handler)
    assert clients.run(hv, lambda hv: hv.clients.get(1)).id == 1
    assert methods == ["GET", "GET", "GET"] and sleep.waits[0] == 1.0 and len(sleep.waits) == 2


def test_endless_429_ends_in_rate_limit_error_with_retry_after(clients: Clients) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(429, headers={"Retry-After": "2"})

    hv, sleep = clients.make(handler, max_retries=3)
    with pytest.raises(RateLimitError, match=r"rate limited \(429\); gave up after 3 retries") as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert calls == 4 and sleep.waits == [2.0, 2.0, 2.0]
    assert info.value.retry_after == 2.0 and info.value.status == 429


def test_endless_throttling_503_ends_in_rate_limit_error(clients: Clients) -> None:
    hv, sleep = clients.make(lambda request: httpx.Response(503, headers={"Retry-After": "1"}), max_retries=1)
    with pytest.raises(RateLimitError) as info:
        clients.run(hv, lambda hv: hv.clients.create(name="Acme"))
    assert info.value.status == 503 and info.value.retry_after == 1.0 and sleep.waits == [1.0]


def test_total_wait_is_bounded(clients: Clients) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "40"})

    hv, sleep = clients.make(handler, max_retries=10, max_retry_wait=100.0)
    with pytest.raises(RateLimitError, match="max_wait"):
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert sleep.waits == [40.0, 40.0]


def test_backoff_is_capped() -> None:
    backoff = Backoff(base=1.0, cap=8.0, jitter=lambda: 1.0)
    assert [backoff(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_first_verdict_wins_and_unknown_attempts_are_final() -> None:
    error = RateLimitError("slow down", status=429, method="GET", url="https://x/", retry_after=2.0)
    always_no = RetryPolicy([lambda attempt: Verdict(None, "never"), RateLimited()])
    assert always_no.decide(Attempt("GET", error)).delay is None
    skipping = RetryPolicy([lambda attempt: None, RateLimited()])
    assert skipping.decide(Attempt("GET", error)).delay == 2.0
    nothing = RetryPolicy([])
    assert (nothing.decide(Attempt("GET", error)).delay, nothing.decide(Attempt("GET", error)).reason) == (None, "")


class _RetryConflicts:
    """A custom rule: Harvest's 409 on a record being changed elsewhere, resent once after a second."""

    def __call__(self, attempt: Attempt, /) -> Verdict | None:
        if attempt.error.status != 409:
            return None
        return Verdict(1.0 if attempt.retries_done == 0 else None, "conflict (409)")


def test_a_custom_policy_is_used(clients: Clients) -> None:
    handler, methods = _sequence(
        httpx.Response(409), _ok(), httpx.Response(409), httpx.Response(409), httpx.Response(429)
    )
    policy = RetryPolicy([_RetryConflicts()], max_retries=3)
    hv, sleep = clients.make(handler, retry=policy)
    assert clients.run(hv, lambda hv: hv.clients.get(1)).id == 1
    assert sleep.waits == [1.0]
    hv, sleep = clients.make(handler, retry=policy)
    with pytest.raises(APIStatusError, match=r"\(conflict \(409\)\)") as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert info.value.status == 409 and sleep.waits == [1.0]
    hv, sleep = clients.make(handler, retry=policy)
    # The custom policy has no rate-limit rule, so even a 429 is final.
    with pytest.raises(RateLimitError):
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert sleep.waits == [] and methods == ["GET"] * 5


def test_the_budget_bounds_a_custom_policy(clients: Clients) -> None:
    handler, methods = _sequence(*[httpx.Response(500)] * 3)
    policy = RetryPolicy([lambda attempt: Verdict(0.5, "always")], max_retries=2)
    hv, sleep = clients.make(handler, retry=policy)
    with pytest.raises(ServerError, match="always; gave up after 2 retries"):
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert sleep.waits == [0.5, 0.5] and len(methods) == 3


@pytest.mark.parametrize("shorthand", [{"max_retries": 1}, {"max_retry_wait": 10.0}])
def test_retry_and_its_shorthands_are_refused_together(clients: Clients, shorthand: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"either retry=RetryPolicy\(\.\.\.\) or max_retries/max_retry_wait"):
        clients.make(_sequence()[0], retry=RetryPolicy(), **shorthand)


def test_retry_must_be_a_policy(clients: Clients) -> None:
    with pytest.raises(TypeError, match="retry must be a RetryPolicy"):
        clients.make(_sequence()[0], retry=3)


@pytest.mark.parametrize(("options", "expected"), [({}, (5, 300.0)), ({"max_retries": 0}, (0, 300.0))])
def test_shorthands_set_the_default_policy_budget(
    clients: Clients, options: dict[str, Any], expected: tuple[int, float]
) -> None:
    hv, _ = clients.make(_sequence()[0], **options)
    policy = hv._pipeline.retry
    assert (policy.max_retries, policy.max_wait) == expected
    assert [type(rule).__name__ for rule in policy.rules] == [
        "RateLimited",
        "Throttled",
        "IdempotentServerErrors",
        "ConnectionErrors",
    ]
