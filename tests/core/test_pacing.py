"""Pacing rule: sliding-window limits, shared per account, safe across threads and event loops."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
import pytest
from harvest_v2 import RateLimit
from harvest_v2._core._pacing import Pacer, SlidingWindowLimiter, shared_pacer

from tests.helpers import FakeClock, SleepRecorder, client_json, json_response, make_async_client, make_client


def _max_in_window(times: list[float], period: float) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= period:
            start += 1
        best = max(best, end - start + 1)
    return best


def _arrivals(clock: FakeClock) -> tuple[Callable[[httpx.Request], httpx.Response], list[float]]:
    """A handler answering one client, and the clock times at which requests reached it."""
    times: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        times.append(clock.now)
        return json_response(200, client_json(1))

    return handler, times


def test_limiter_allows_a_burst_then_spaces_requests() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(3, 10.0), clock=clock, margin=0.0)
    assert [limiter.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.reserve() == 10.0
    clock.now += 4.0
    assert limiter.reserve() == 6.0


def test_limiter_never_exceeds_the_limit_in_any_window() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(100, 15.0), clock=clock)
    sent = []
    for _ in range(1000):
        wait = limiter.reserve()
        clock.now += wait  # the caller sleeps, then sends
        sent.append(clock.now)
        clock.now += 0.01
    assert _max_in_window(sent, 15.0) == 100
    # and it runs at the limit: 1000 requests in about 10 windows (plus the 2 % margin)
    assert sent[-1] - sent[0] <= 9 * 15.0 * 1.02 + 1.0


def test_reports_take_a_reports_slot_and_a_general_slot() -> None:
    clock = FakeClock()
    pacer = Pacer(RateLimit(10, 1.0), RateLimit(2, 60.0), clock=clock)
    assert pacer.reserve("/reports/time/clients") == 0.0
    assert pacer.reserve("/reports/time/clients") == 0.0
    assert pacer.reserve("/reports/time/clients") == pytest.approx(60.0 * 1.02)
    assert pacer.reserve("/time_entries") == 0.0


def test_shared_per_account() -> None:
    a = shared_pacer("1", RateLimit(5, 1.0))
    assert shared_pacer("1", RateLimit(5, 1.0)) is a
    assert shared_pacer("2", RateLimit(5, 1.0)) is not a


def test_threads_share_one_limiter_without_exceeding_it() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(50, 5.0), clock=clock, margin=0.0)
    reserved: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(100):
            at = clock.now + limiter.reserve()
            with lock:
                reserved.append(at)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(reserved) == 800
    assert _max_in_window(reserved, 5.0) == 50


def test_clients_of_one_account_pace_together() -> None:
    clock = FakeClock()
    sleep = SleepRecorder(clock)
    handler, sent = _arrivals(clock)

    limits = {"rate_limit": RateLimit(4, 2.0), "clock": clock, "sleep": sleep, "throttle": True, "account_id": "31"}
    first, _ = make_client(handler, **limits)
    second, _ = make_client(handler, **limits)
    for _ in range(3):
        first.clients.get(1)
        second.clients.get(1)
    # Alone, each client would stay under 4 per window; together they must wait once.
    assert sleep.waits == pytest.approx([2.0 * 1.02])
    assert _max_in_window(sent, 2.0) == 4


def test_async_client_is_paced_through_its_sleep() -> None:
    clock = FakeClock()
    sleep = SleepRecorder(clock)
    handler, sent = _arrivals(clock)

    hv, _ = make_async_client(
        handler, throttle=True, rate_limit=RateLimit(5, 1.0), clock=clock, sleep=sleep.async_sleep, account_id="4242"
    )

    async def main() -> None:
        async with hv:
            for _ in range(12):
                await hv.clients.get(1)

    asyncio.run(main())
    assert len(sent) == 12
    assert _max_in_window(sent, 1.0) == 5
    assert sleep.waits == pytest.approx([1.02, 1.02])


def test_the_slot_is_taken_after_the_http_client_is_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    # Opening the HTTP client (TLS context, pool) takes time on the first request; a slot taken
    # before it would let the server see the first request later than the pacer counted it.
    from harvest_v2._core._client import HarvestClient

    clock = FakeClock()
    opened = HarvestClient._open

    def slow_open(self: HarvestClient, *args: object) -> httpx.Client:
        clock.now += 1.0
        return opened(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(HarvestClient, "_open", slow_open)
    handler, arrivals = _arrivals(clock)

    hv, _ = make_client(
        handler, throttle=True, rate_limit=RateLimit(2, 10.0), clock=clock, sleep=SleepRecorder(clock), account_id="77"
    )
    for _ in range(3):
        hv.clients.get(1)
    assert _max_in_window(arrivals, 10.0) == 2
