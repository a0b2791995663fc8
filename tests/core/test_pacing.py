"""Pacing rule: sliding-window limits, shared per account, safe across threads and event loops."""

from __future__ import annotations

import asyncio
import datetime
import gc
import heapq
import itertools
import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harvest_v2 import AsyncHarvest, Harvest, RateLimit, RateLimitError
from harvest_v2._core import _pacing
from harvest_v2._core._operation import Bucket
from harvest_v2._core._pacing import (
    GENERAL_LIMIT,
    Booking,
    Calendar,
    Pacer,
    burst_size,
    paced_window,
    shared_pacer,
)
from harvest_v2.testing import FakeHarvest, RateLimits

from benchmarks._shared_pacing import run_clients
from tests.helpers import (
    Clients,
    FakeClock,
    SleepRecorder,
    client_json,
    json_response,
    make_async_client,
    make_client,
    page_json,
)

_accounts = itertools.count(5_000_000)


def _fresh_account() -> str:
    """An account id no other test used, so the process-wide pacer starts empty."""
    return str(next(_accounts))


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


def _sends(pacer: Pacer, clock: FakeClock, count: int, bucket: Bucket = "general", step: float = 0.001) -> list[float]:
    """Book `count` sends one after another, each caller sleeping its delay; the send times."""
    sent = []
    for _ in range(count):
        clock.now += pacer.reserve(bucket).delay
        sent.append(clock.now)
        clock.now += step
    return sent


def test_an_idle_account_sends_a_quarter_of_the_limit_at_once_then_spaces_sends() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(clock=clock)
    delays = [pacer.reserve("general").delay for _ in range(28)]
    assert delays[:25] == [0.0] * 25
    assert delays[25:] == pytest.approx([0.15, 0.30, 0.45])


def test_the_burst_counts_what_the_window_already_holds() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(clock=clock)
    assert [pacer.reserve("general").delay for _ in range(20)] == [0.0] * 20
    clock.now = 5.0
    delays = [pacer.reserve("general").delay for _ in range(8)]
    assert delays[:5] == [0.0] * 5  # 25 in the window: spacing from here
    assert delays[5:] == pytest.approx([0.15, 0.30, 0.45])
    # A window after the first twenty, only the last eight are left in it: a burst again.
    clock.now = 5.0 + paced_window(GENERAL_LIMIT)
    assert [pacer.reserve("general").delay for _ in range(17)] == [0.0] * 17


def test_sustained_sending_keeps_every_window_under_the_limit_and_never_bursts_again() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(clock=clock)
    sent = _sends(pacer, clock, 1000)
    assert _max_in_window(sent, 15.0) == 100  # the server's window
    assert _max_in_window(sent, paced_window(GENERAL_LIMIT) - 1e-9) == 100  # the pacer's own, widened
    # Only the first 25 went together: when their window freed up the rest of it was still
    # there, so every later send is spaced at the limit's own rate.
    gaps = [b - a for a, b in itertools.pairwise(sent[24:])]
    assert min(gaps) >= 0.15 - 1e-9
    # ...and it runs at the limit: 100 per widened window.
    assert (sent[-1] - sent[100]) / 899 == pytest.approx(paced_window(GENERAL_LIMIT) / 100, rel=0.02)


def test_margin_is_a_share_of_long_windows_and_a_fixed_floor_for_short_ones() -> None:
    assert paced_window(RateLimit(100, 15.0)) == pytest.approx(15.5)  # 2 % would be 0.3 s
    assert paced_window(RateLimit(100, 900.0)) == pytest.approx(918.0)  # 2 %
    assert paced_window(RateLimit(100, 1.5)) == pytest.approx(2.0)  # 2 % would be 30 ms
    assert paced_window(RateLimit(100, 1.5), margin=0.0, min_margin=0.0) == 1.5


def test_burst_size_is_a_share_of_the_limit_and_at_least_one() -> None:
    assert burst_size(GENERAL_LIMIT) == 25
    assert burst_size(RateLimit(3, 1.0)) == 1
    assert burst_size(RateLimit(100, 15.0), burst=0.5) == 50


def test_spacing_starts_with_the_window_and_the_window_decides_when_it_is_fuller() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(RateLimit(4, 1.0), clock=clock, margin=0.0, min_margin=0.0)
    assert [pacer.reserve("general").delay for _ in range(5)] == pytest.approx([0.0, 0.25, 0.5, 0.75, 1.0])
    # with a margin, the window (not the spacing) decides the fifth
    pacer = Pacer(RateLimit(4, 1.0), clock=clock, margin=0.0, min_margin=0.5)
    assert [pacer.reserve("general").delay for _ in range(5)] == pytest.approx([0.0, 0.25, 0.5, 0.75, 1.5])


def _calendar(requests: int, window: float, booked: list[float], gap: float = 0.0, burst: int = 0) -> Calendar:
    calendar = Calendar(RateLimit(requests, window), window=window, gap=gap, burst=burst)
    for at in booked:
        calendar.book(at)
    return calendar


def test_earliest_fills_a_gap_before_later_bookings() -> None:
    # One send per 5 s; 10 is booked: 0 fits before it, 6 does not (within 5 s of 10).
    assert _calendar(1, 5.0, [10.0]).earliest(0.0, 0.0) == 0.0
    assert _calendar(1, 5.0, [10.0]).earliest(0.0, 6.0) == 15.0
    # Two per 5 s, booked 0, 1 and 20: 3 must wait for 0 to leave; 16 fits beside 20.
    assert _calendar(2, 5.0, [0.0, 1.0, 20.0]).earliest(0.0, 3.0) == 5.0
    assert _calendar(2, 5.0, [0.0, 1.0, 20.0]).earliest(0.0, 16.0) == 16.0
    # Exactly a window apart never share one (the server counts (now - window, now]).
    assert _calendar(1, 5.0, [0.0]).earliest(0.0, 5.0) == 5.0
    # A gap between bookings is used when it is wide enough for the spacing.
    assert _calendar(4, 1.0, [0.0, 1.0], gap=0.5).earliest(0.0, 0.2) == 0.5


def test_the_limit_holds_in_every_window_whatever_is_booked_and_released() -> None:
    # Any interleaving of general and report bookings, releases and the clock moving on.
    clock = FakeClock(0.0)
    pacer = Pacer(RateLimit(10, 2.0), RateLimit(4, 10.0), clock=clock)
    rng = random.Random(19)
    held: list[Booking] = []
    general: list[float] = []
    reports: list[float] = []
    for _ in range(3000):
        roll = rng.random()
        if roll < 0.15 and held:
            pacer.release(held.pop(rng.randrange(len(held))))
        elif roll < 0.35:
            clock.now += rng.choice([0.0, 0.01, 0.3, 1.7, 12.0])
        else:
            held.append(pacer.reserve("reports" if roll > 0.9 else "general"))
        # What was booked and not released, then: every window holds at most the limit.
        kept = [b for b in held if not b._released]
        general = sorted(b.at for b in kept)
        reports = sorted(b.at for b in kept if b.bucket == "reports")
        assert _max_in_window(general, pacer.general.window - 1e-9) <= 10
        assert _max_in_window(reports, pacer.reports.window - 1e-9) <= 4
    assert general and reports


def test_a_released_slot_is_taken_by_the_next_booking() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(clock=clock)
    queued = [pacer.reserve("general") for _ in range(40)]
    assert queued[-1].delay == pytest.approx(15 * 0.15)
    pacer.release(queued[30])
    assert pacer.reserve("general").delay == queued[30].delay  # its exact time, not after the queue
    # Released twice is released once: the next booking goes after the queue again.
    pacer.release(queued[30])
    assert pacer.reserve("general").delay == pytest.approx(16 * 0.15)


def test_releasing_every_queued_booking_leaves_the_account_idle() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(clock=clock)
    queued = [pacer.reserve("general") for _ in range(1000)]
    assert queued[-1].delay > 100
    clock.now += 1.0
    for booking in queued:
        pacer.release(booking)
    assert pacer.reserve("general").delay == 0.0
    assert len(pacer.general) == 1


def test_a_booking_a_window_old_is_not_released_twice_over() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(RateLimit(1, 1.0), clock=clock, margin=0.0, min_margin=0.0)
    old = pacer.reserve("general")
    clock.now = 1.0
    pacer.reserve("general")
    pacer.release(old)  # long gone from the calendar: removes nothing else
    assert pacer.reserve("general").delay == 1.0


def test_a_released_report_gives_back_both_slots() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(RateLimit(10, 1.0), RateLimit(1, 60.0), clock=clock, margin=0.0, min_margin=0.0)
    assert pacer.reserve("reports").delay == 0.0
    queued = pacer.reserve("reports")
    assert queued.delay == 60.0
    pacer.release(queued)
    assert (len(pacer.general), len(pacer.reports)) == (1, 1)
    assert pacer.reserve("reports").delay == 60.0  # the slot it left, not a window later


def test_booking_costs_the_same_at_ten_thousand_queued(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted, not timed: how many candidate times a booking examines, and each examination is a
    # bisection around one time. A calendar scanned whole would show here as 10,000 times the work.
    clock = FakeClock(0.0)
    pacer = Pacer(clock=clock)
    looks = 0
    examine = Calendar.blocked_until

    def counted(self: Calendar, t: float) -> float | None:
        nonlocal looks
        looks += 1
        return examine(self, t)

    monkeypatch.setattr(Calendar, "blocked_until", counted)
    per_booking = []
    for _ in range(10_000):
        looks = 0
        pacer.reserve("general")
        per_booking.append(looks)
    assert max(per_booking[100:]) <= 3
    assert len(pacer.general) == 10_000


def test_reports_take_a_reports_slot_and_a_general_slot() -> None:
    clock = FakeClock()
    pacer = Pacer(RateLimit(10, 1.0), RateLimit(2, 60.0), clock=clock, spacing=0.0)
    assert pacer.reserve("reports").delay == 0.0
    assert pacer.reserve("reports").delay == 0.0
    assert pacer.reserve("reports").delay == pytest.approx(60.0 * 1.02)
    assert pacer.reserve("general").delay == 0.0
    assert len(pacer.general) == 4  # the queued report holds its general slot at 61.2, not now


def test_ordinary_calls_never_wait_for_a_report_queued_on_the_reports_bucket() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(RateLimit(3, 1.0), RateLimit(1, 60.0), clock=clock, margin=0.0, min_margin=0.0, spacing=0.0)
    assert pacer.reserve("reports").delay == 0.0
    assert pacer.reserve("reports").delay == 60.0  # queued on the reports bucket
    # Only the general window decides: the first report went at 0, so two more fit, then 1 s.
    assert [pacer.reserve("general").delay for _ in range(4)] == [0.0, 0.0, 1.0, 1.0]
    # The queued report does take its general slot when it goes out, at 60: a third call at
    # 59.5 must wait until a window after the first of them.
    clock.now = 59.5
    assert [pacer.reserve("general").delay for _ in range(3)] == [0.0, 0.0, 1.0]


def test_a_report_waits_for_a_full_general_window_at_its_send_time() -> None:
    clock = FakeClock(0.0)
    pacer = Pacer(RateLimit(2, 10.0), RateLimit(5, 60.0), clock=clock, margin=0.0, min_margin=0.0, spacing=0.0)
    assert [pacer.reserve("general").delay for _ in range(2)] == [0.0, 0.0]
    assert pacer.reserve("reports").delay == 10.0  # the reports bucket is free; general is not
    assert pacer.reserve("reports").delay == 10.0
    assert pacer.reserve("general").delay == 20.0


def test_shared_per_account() -> None:
    a = shared_pacer("1", RateLimit(5, 1.0))
    assert shared_pacer("1", RateLimit(5, 1.0)) is a
    assert shared_pacer("2", RateLimit(5, 1.0)) is not a


def test_threads_share_one_pacer_without_exceeding_it() -> None:
    clock = FakeClock()
    pacer = Pacer(RateLimit(50, 5.0), clock=clock, margin=0.0, min_margin=0.0)
    reserved: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(100):
            at = pacer.reserve("general").at
            with lock:
                reserved.append(at)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(reserved) == 800
    assert _max_in_window(reserved, 5.0 - 1e-9) == 50  # times a window apart may round a hair closer


# --- Memory and fork ---------------------------------------------------------------------------


def test_idle_accounts_are_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pacing, "_held", {})
    clock = FakeClock(0.0)
    largest = 0
    for account in range(10_000):
        # One call per account, a tenth of a second apart: about 155 accounts within a window.
        shared_pacer(f"idle-{account}", clock=clock).reserve("general")
        clock.now += 0.1
        largest = max(largest, len(_pacing._held))
    busy_at_once = int(paced_window(GENERAL_LIMIT) / 0.1) + 1
    assert largest <= 2 * busy_at_once + 1  # kept while booked, swept once twice as many
    gc.collect()
    alive = [key for key in _pacing._pacers if key[3] is clock]
    assert len(alive) <= 2 * busy_at_once + 1  # the others are gone, not just unlisted


def test_a_pacer_still_booked_outlives_its_clients() -> None:
    # A client made per request: the next one must see the previous one's bookings.
    clock = FakeClock(0.0)
    account = _fresh_account()
    for _ in range(30):
        shared_pacer(account, clock=clock).reserve("general")  # and the pacer has no client left
    gc.collect()
    assert shared_pacer(account, clock=clock).reserve("general").delay == pytest.approx(6 * 0.15)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_a_fork_while_a_thread_books_leaves_the_child_a_working_pacer() -> None:
    pacer = shared_pacer(_fresh_account())
    pacer.reserve("general")
    held = threading.Event()
    done = threading.Event()

    def booking_forever() -> None:
        with pacer._lock:  # as a thread inside reserve at the moment of the fork
            held.set()
            done.wait(10)

    thread = threading.Thread(target=booking_forever)
    thread.start()
    assert held.wait(10)
    try:
        child = os.fork()
        if child == 0:  # pragma: no cover - the child reports through its exit status
            code = 0 if pacer.reserve("general").delay == 0.0 and len(pacer.general) == 1 else 3
            os._exit(code)
        deadline = time.monotonic() + 10
        while (ended := os.waitpid(child, os.WNOHANG)) == (0, 0) and time.monotonic() < deadline:
            time.sleep(0.01)
        if ended == (0, 0):
            os.kill(child, 9)
            os.waitpid(child, 0)
            pytest.fail("the child deadlocked on the pacer's lock")
        assert os.waitstatus_to_exitcode(ended[1]) == 0, "the child's pacer kept the parent's state"
    finally:
        done.set()
        thread.join()


def test_clients_of_one_account_pace_together(clients: Clients) -> None:
    clock = FakeClock()
    handler, sent = _arrivals(clock)

    limits = {"rate_limit": RateLimit(4, 2.0), "clock": clock, "throttle": True, "account_id": _fresh_account()}
    first, _ = clients.make(handler, **limits)
    second, _ = clients.make(handler, **limits)
    for _ in range(3):
        clients.wait(first.clients.get(1))
        clients.wait(second.clients.get(1))
    # Alone, each client would stay under 4 per window; together they must wait for the window.
    assert _max_in_window(sent, 2.0) == 4
    assert sent[4] - sent[0] == pytest.approx(paced_window(RateLimit(4, 2.0)))


def test_a_client_is_paced_through_its_sleep(clients: Clients) -> None:
    clock = FakeClock()
    handler, sent = _arrivals(clock)

    hv, _ = clients.make(handler, throttle=True, rate_limit=RateLimit(5, 1.0), clock=clock, account_id=_fresh_account())
    for _ in range(12):
        clients.wait(hv.clients.get(1))
    assert len(sent) == 12
    assert _max_in_window(sent, 1.0) == 5
    window = paced_window(RateLimit(5, 1.0))
    assert [sent[i + 5] - sent[i] for i in range(7)] == pytest.approx([window] * 7)


def test_the_slot_is_taken_after_the_http_client_is_opened(clients: Clients, monkeypatch: pytest.MonkeyPatch) -> None:
    # Opening the HTTP client (TLS context, pool) takes time on the first request; a slot taken
    # before it would let the server see the first request later than the pacer counted it.
    clock = FakeClock()
    handler, arrivals = _arrivals(clock)
    hv, _ = clients.make(
        handler, throttle=True, rate_limit=RateLimit(2, 10.0), clock=clock, account_id=_fresh_account()
    )
    opened = type(hv)._open

    def slow_open(self: Any, *args: Any) -> Any:
        clock.now += 1.0
        return opened(self, *args)

    monkeypatch.setattr(type(hv), "_open", slow_open)
    for _ in range(3):
        clients.wait(hv.clients.get(1))
    assert _max_in_window(arrivals, 10.0) == 2


# --- Reports never hold ordinary calls back (issue 11, item 3) ----------------------------------

_GENERAL = RateLimit(3, 1.0)
_REPORTS = RateLimit(1, 60.0)
_GENERAL_WINDOW = paced_window(_GENERAL)
_REPORTS_WINDOW = paced_window(_REPORTS)
_DAY = datetime.date(2025, 1, 6)


def _harvest_answers(clock: FakeClock) -> tuple[Callable[[httpx.Request], httpx.Response], list[tuple[str, float]]]:
    """A handler for plain and report calls, and (path, clock time) of every arrival."""
    arrivals: list[tuple[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        arrivals.append((request.url.path, clock.now))
        if "/reports/" in request.url.path:
            return json_response(200, page_json("results", [], next_url=None, page=1, total_entries=0, total_pages=1))
        return json_response(200, client_json(1))

    return handler, arrivals


class _HeldSleep:
    """A sleep that records its wait and returns only when released, then moves the clock to its end."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.waits: list[float] = []
        self.waiting = threading.Event()
        self.release = threading.Event()

    def __call__(self, seconds: float) -> None:
        until = self.clock.now + seconds
        self.waits.append(seconds)
        self.waiting.set()
        assert self.release.wait(10), "the held sleep was never released"
        self.clock.now = max(self.clock.now, until)

    async def async_sleep(self, seconds: float) -> None:
        until = self.clock.now + seconds
        self.waits.append(seconds)
        self.waiting.set()
        while not self.release.is_set():
            await asyncio.sleep(0.001)
        self.clock.now = max(self.clock.now, until)


def _check_plain_calls_ignored_the_queued_report(
    plain_waits: list[float], report_waits: list[float], arrivals: list[tuple[str, float]]
) -> None:
    # The second report waits for the reports bucket; the six plain calls meanwhile wait only for
    # the general window (3 per second, the first report took a slot): never for the report.
    assert report_waits == pytest.approx([_REPORTS_WINDOW])
    assert sum(plain_waits) < 2 * _GENERAL_WINDOW + 1.0
    paths = [path for path, _ in arrivals]
    assert paths == ["/v2/reports/time/clients"] + ["/v2/clients/1"] * 6 + ["/v2/reports/time/clients"]
    assert arrivals[-1][1] == pytest.approx(1000.0 + _REPORTS_WINDOW)
    assert _max_in_window([at for _, at in arrivals], _GENERAL.period) <= _GENERAL.requests


def test_sync_plain_calls_do_not_wait_behind_a_queued_report() -> None:
    clock = FakeClock()
    handler, arrivals = _harvest_answers(clock)
    held = _HeldSleep(clock)
    limits = {"rate_limit": _GENERAL, "reports_rate_limit": _REPORTS, "clock": clock, "throttle": True}
    account = _fresh_account()
    reporter, _ = make_client(handler, sleep=held, account_id=account, **limits)
    plain_sleep = SleepRecorder(clock)
    plain, _ = make_client(handler, sleep=plain_sleep, account_id=account, **limits)

    reporter.reports.time_clients(from_=_DAY, to=_DAY).first_page()
    queued = threading.Thread(target=lambda: reporter.reports.time_clients(from_=_DAY, to=_DAY).first_page())
    queued.start()
    assert held.waiting.wait(10)
    for _ in range(6):
        plain.clients.get(1)
    held.release.set()
    queued.join(10)
    _check_plain_calls_ignored_the_queued_report(plain_sleep.waits, held.waits, arrivals)


def test_async_plain_calls_do_not_wait_behind_a_queued_report() -> None:
    clock = FakeClock()
    handler, arrivals = _harvest_answers(clock)
    held = _HeldSleep(clock)
    limits = {"rate_limit": _GENERAL, "reports_rate_limit": _REPORTS, "clock": clock, "throttle": True}
    account = _fresh_account()
    reporter, _ = make_async_client(handler, sleep=held.async_sleep, account_id=account, **limits)
    plain_sleep = SleepRecorder(clock)
    plain, _ = make_async_client(handler, sleep=plain_sleep.async_sleep, account_id=account, **limits)

    async def main() -> None:
        await reporter.reports.time_clients(from_=_DAY, to=_DAY).first_page()
        queued = asyncio.create_task(reporter.reports.time_clients(from_=_DAY, to=_DAY).first_page())
        while not held.waiting.is_set():
            await asyncio.sleep(0.001)
        for _ in range(6):
            await plain.clients.get(1)
        held.release.set()
        await queued

    asyncio.run(main())
    _check_plain_calls_ignored_the_queued_report(plain_sleep.waits, held.waits, arrivals)


# --- Zero 429s against the fake with scaled-down windows (issue 11, item 6) ----------------------
# The client runs in a process of its own, as a service would: a fake sharing the test process's
# interpreter counts requests only when that busy process gets round to them.


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "workers"), [("threads", 8), ("async", 50)])
@pytest.mark.parametrize("run", range(3))
def test_no_429_at_a_scaled_down_limit(mode: str, workers: int, run: int) -> None:
    result = run_clients(
        processes=1,
        requests=300,
        time_scale=0.1,
        redis_url=None,
        mode=mode,
        workers=workers,
        account_id=_fresh_account(),
    )
    assert result.statuses == {200: 300}


def test_the_fake_counts_limits_per_account_not_per_token() -> None:
    # Two people's tokens on one account share its budget, as on Harvest.
    with FakeHarvest(account_id=_fresh_account(), rate_limits=RateLimits(requests=2)) as fake:
        first = Harvest(**fake.client_kwargs(), throttle=False, max_retries=0)
        first.users.get_current()
        first.users.get_current()
        fake.app.access_token = "a-second-token-of-the-same-account"
        second = Harvest(**{**fake.client_kwargs(), "access_token": fake.app.access_token}, max_retries=0)
        with pytest.raises(RateLimitError):
            second.users.get_current()


# --- Arrival lateness: the rule against the fake's own counting, at Harvest's limits -------------


def _late_arrivals_429s(pacer: Pacer, clock: FakeClock, *, workers: int, service: float, jitter: float) -> int:
    """429s the fake's limiter (Harvest's limits) gives a sustained job whose requests arrive late.

    A discrete-event run of `workers` callers, each booking, sleeping its delay, sending, and
    booking again when the answer comes. Each request reaches the server up to `jitter` seconds
    after it left (a busy loop, a descheduled process), and the server works through them one at
    a time, `service` seconds each, counting each when it starts on it: the lateness that grows
    with a burst. The server's clock is its own, so the pacer's only moves with its callers.
    """
    served = FakeClock(0.0)
    limits = RateLimits(clock=served)
    rng = random.Random(f"{workers}-{service}-{jitter}")
    events: list[tuple[float, int, str]] = [(0.0, worker, "book") for worker in range(workers)]
    left, free, refused = 1200, 0.0, 0
    while events:
        at, worker, what = heapq.heappop(events)
        if what == "book":
            if left == 0:
                continue
            left -= 1
            clock.now = at
            delay = pacer.reserve("general").delay
            heapq.heappush(events, (at + delay + rng.uniform(0.0, jitter), worker, "arrive"))
        else:
            start = max(at, free)
            served.now = start
            if limits.admit("1", "general") is not None:
                refused += 1
            free = start + service
            heapq.heappush(events, (free, worker, "book"))
    return refused


@pytest.mark.parametrize(("workers", "service", "jitter"), [(50, 0.005, 0.3), (8, 0.02, 0.4), (200, 0.004, 0.2)])
def test_sustained_jobs_draw_no_429_when_requests_arrive_late(workers: int, service: float, jitter: float) -> None:
    clock = FakeClock(0.0)
    assert _late_arrivals_429s(Pacer(clock=clock), clock, workers=workers, service=service, jitter=jitter) == 0


def test_the_lateness_run_does_catch_lateness_beyond_the_margin() -> None:
    # The run can fail: requests arriving up to a second late (twice the margin) draw 429s.
    clock = FakeClock(0.0)
    assert _late_arrivals_429s(Pacer(clock=clock), clock, workers=50, service=0.005, jitter=1.0) > 0


# --- The client gives back what it did not send ----------------------------------------------------


def _pacer_of(hv: Harvest | AsyncHarvest) -> Pacer:
    pacer = hv._pipeline.pacer
    assert isinstance(pacer, Pacer)
    return pacer


def test_a_sync_call_interrupted_while_waiting_gives_its_slot_back() -> None:
    clock = FakeClock()
    handler, sent = _arrivals(clock)

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    limits = {"rate_limit": RateLimit(1, 10.0), "clock": clock, "throttle": True, "account_id": _fresh_account()}
    hv, _ = make_client(handler, sleep=interrupted, **limits)
    hv.clients.get(1)  # the window's one request: no wait
    with pytest.raises(KeyboardInterrupt):
        hv.clients.get(1)
    assert len(_pacer_of(hv).general) == 1
    patient, sleep = make_client(handler, **limits)
    patient.clients.get(1)
    assert sleep.waits == [pytest.approx(paced_window(RateLimit(1, 10.0)))]  # one window, not two
    assert len(sent) == 2


def test_a_thousand_cancelled_async_calls_cost_the_next_call_nothing() -> None:
    clock = FakeClock()
    handler, sent = _arrivals(clock)
    never = asyncio.Event()

    async def hanging(seconds: float) -> None:
        await never.wait()

    limits = {"clock": clock, "throttle": True, "account_id": _fresh_account()}
    waiting, _ = make_async_client(handler, sleep=hanging, **limits)
    prompt, sleep = make_async_client(handler, **limits)

    async def main() -> None:
        tasks = [asyncio.create_task(waiting.clients.get(1)) for _ in range(1000)]
        while len(sent) < 25:  # the burst went; the rest wait for their slots
            await asyncio.sleep(0)
        for _ in range(5):
            await asyncio.sleep(0)
        assert len(_pacer_of(waiting).general) == 1000
        for task in tasks[25:]:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        clock.now += paced_window(GENERAL_LIMIT)  # the burst's window has passed
        await prompt.clients.get(1)

    asyncio.run(main())
    assert len(sent) == 26
    assert sleep.waits == []  # nothing waited: the 975 slots were given back
    assert len(_pacer_of(prompt).general) == 1


def test_a_request_that_never_connected_gives_its_slot_back(clients: Clients) -> None:
    clock = FakeClock()
    handler, sent = _arrivals(clock)
    failures = iter([httpx.ConnectError("refused"), httpx.ReadTimeout("no answer")])

    def flaky(request: httpx.Request) -> httpx.Response:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return handler(request)

    hv, _ = clients.make(flaky, throttle=True, clock=clock, account_id=_fresh_account())
    clients.wait(hv.clients.get(1))
    # Three attempts: the refused connection sent nothing and gave its slot back; the read timeout
    # may have reached Harvest, so its slot stays booked, with the success's.
    assert len(sent) == 1
    assert len(_pacer_of(hv).general) == 2
