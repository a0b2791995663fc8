"""Client-side pacing under Harvest's rate limits: free on an idle account, never a 429 under load.

Harvest allows 100 requests per 15 seconds, and 100 per 15 minutes for
/reports/ endpoints. Each bucket of an account has a `Calendar` of booked send
times; a request is booked at the earliest time the rule below allows and the
caller sleeps until then with its own sleep (time.sleep or asyncio.sleep), so
one pacer serves threads and event loops alike and never blocks. Every client
of an account in the process shares one `Pacer` (`shared_pacer`).

The rule, for a candidate send time t in one bucket:

- every window of the limit's period, widened by a margin (`paced_window`),
  holds at most the limit's requests (t included);
- when the window before t already holds `burst_size` bookings (a quarter of
  the limit), t is also kept `general_gap` (the limit's average interval, 150 ms
  at Harvest's limit) from every other booking.

So an idle account sends at once, up to a quarter of the limit in a burst,
and a busy one sends at the limit's own rate, as evenly as before. Why both
numbers are safe is in the docstrings of MIN_MARGIN, SPACING and BURST.

A booking is cheap at any queue length: the calendar is a sorted list read
around the candidate time only (a window either side), and a search that
finds the calendar packed from now on remembers where the packing ends (the
frontier), so the next one starts there instead of crossing the queue again.
A booking not used (the caller was cancelled, interrupted or failed before
sending) is released: its time leaves the calendar, and the next booking
takes that time (a hole) or now, whichever the rule allows first.

A report is booked in both calendars at the one time both allow, its general
slot at the moment it really goes out: ordinary calls are placed around a
queued report, never behind it. The same rule runs as a Lua script in
`_redis_pacing` for pacing shared across processes.
"""

from __future__ import annotations

import bisect
import os
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from ._harvest_limits import GENERAL_WINDOW, REPORTS_WINDOW, REQUESTS_PER_WINDOW

if TYPE_CHECKING:
    from ._operation import Bucket

__all__ = [
    "BURST",
    "GENERAL_LIMIT",
    "MARGIN",
    "MIN_MARGIN",
    "REPORTS_LIMIT",
    "SPACING",
    "Booking",
    "Calendar",
    "Pacer",
    "RateLimit",
    "Reserver",
    "burst_size",
    "general_gap",
    "paced_window",
    "shared_pacer",
]


class RateLimit:
    """At most `requests` requests in any `period` seconds."""

    __slots__ = ("period", "requests")

    def __init__(self, requests: int, period: float) -> None:
        if requests < 1:
            raise ValueError(f"a rate limit needs at least 1 request per period, got {requests}")
        if period <= 0:
            raise ValueError(f"a rate limit period must be positive seconds, got {period}")
        self.requests = requests
        self.period = float(period)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RateLimit) and (self.requests, self.period) == (other.requests, other.period)

    def __hash__(self) -> int:
        return hash((self.requests, self.period))

    def __repr__(self) -> str:
        return f"RateLimit({self.requests}, {self.period:g})"


GENERAL_LIMIT = RateLimit(REQUESTS_PER_WINDOW, GENERAL_WINDOW)
REPORTS_LIMIT = RateLimit(REQUESTS_PER_WINDOW, REPORTS_WINDOW)

MARGIN = 0.02
"""Share of the period added to every window (0.3 s of Harvest's 15 s)."""
MIN_MARGIN = 0.5
"""Seconds added to every window at least. The server counts arrival times: a request that leaves
late (a busy event loop, a descheduled process, a slow connection, a server working through a
queue) lands closer to the one a window after it. That lateness does not shrink with the window:
2 % of a 1.5 s window (30 ms) let 429s through, and on a loaded 2-core machine 0.25 s still did
now and then. Half a second costs 3 % of the rate at Harvest's 15 s window."""
SPACING = 1.0
"""Once the window is busy (see BURST), sends are kept at least this share of the average interval
(period / requests) apart: 150 ms at Harvest's 100 per 15 s. A burst of a hundred at one instant
queues at the server (and in the client), and its last requests are counted long after they were
sent; when a window of such bursts frees up all at once, the next burst's first requests arrive
while the last burst's late ones are still counted. Requests spread at the limit's own rate ask
no machine to go faster than the limit and keep that lateness within the margin. (Half that
spacing still let a 50-task client draw a few 429s on a loaded 2-core machine.)"""
BURST = 0.25
"""Share of the limit that may go at once while the window before a send holds fewer bookings than
that: 25 at Harvest's limit, so a dashboard's concurrent calls, or a script's first few, pay no
wait. Spacing starts once the window holds that many, so a busy account never bursts: a burst
happens only in a light window. If the job goes on, the window fills with spaced sends, and when
the burst's slots free up a window later the rest of the window (the other three quarters) is
still in it, so the requests taking those slots are spaced too: never a burst meeting the late
arrivals of the one before. The server then counts the next request with at most the limit
less the burst plus one, so it tolerates all of the burst but one arriving later than the margin;
at most half the limit keeps that argument true, and a quarter keeps a burst short even on a
loaded machine (tests/core/test_pacing.py runs it against the fake's own counting with late
arrivals)."""


def paced_window(limit: RateLimit, margin: float = MARGIN, min_margin: float = MIN_MARGIN) -> float:
    """The window the pacer keeps: the limit's period widened by max(margin share, min_margin seconds)."""
    return limit.period + max(limit.period * margin, min_margin)


def general_gap(limit: RateLimit, spacing: float = SPACING) -> float:
    """Seconds kept between sends once the window is busy: `spacing` of the limit's average interval."""
    return spacing * limit.period / limit.requests


def burst_size(limit: RateLimit, burst: float = BURST) -> int:
    """Bookings a window may hold before sends are spaced: `burst` of the limit, at least one."""
    return max(1, int(limit.requests * burst))


_SLACK = 1e-3
"""Seconds added to bisection bounds before the exact tests trim them (far above a double's rounding)."""


class Calendar:
    """The booked send times of one bucket of one account, and the rule that places a new one.

    Not thread-safe on its own: `Pacer` calls it under its lock. Times are in the pacer's clock.
    `window` is the widened period (`paced_window`); with `gap` > 0, a time whose window already
    holds `burst` bookings is kept `gap` away from every other booking.
    """

    __slots__ = ("_frontier", "_head", "_holes", "_times", "burst", "gap", "limit", "window")

    def __init__(self, limit: RateLimit, *, window: float, gap: float = 0.0, burst: int | None = None) -> None:
        self.limit = limit
        self.window = window
        self.gap = gap
        self.burst = limit.requests if burst is None else burst
        # Sorted; entries before _head are a window old and dropped lazily, so expiring costs
        # amortised constant time however long the queue is.
        self._times: list[float] = []
        self._head = 0
        # Sorted times of released bookings still ahead: the next bookings try them first.
        self._holes: list[float] = []
        # Every time from now up to here was found packed (releases aside, which leave holes).
        self._frontier = float("-inf")

    def __len__(self) -> int:
        """Bookings not yet a window old."""
        return len(self._times) - self._head

    def booked(self) -> list[float]:
        """The live booked times, sorted (a copy)."""
        return self._times[self._head :]

    def expire(self, now: float) -> None:
        """Forget bookings a window old: they share no window with anything booked from now on."""
        times = self._times
        self._head = bisect.bisect_right(times, now - self.window, self._head)
        if self._head > 32 and self._head * 2 > len(times):
            del times[: self._head]
            self._head = 0
        drop = bisect.bisect_left(self._holes, now)
        if drop:
            del self._holes[:drop]

    def earliest(self, now: float, at: float) -> float:
        """The earliest time >= max(now, at) the rule allows (call `expire(now)` first)."""
        start = max(at, now)
        if self.blocked_until(start) is None:
            return start
        frontier = self._frontier
        found = self._search(max(start, frontier))
        if start <= frontier or start == now:
            # Everything from now to `found` is packed: later searches start there.
            self._frontier = found
        holes = self._holes
        i = bisect.bisect_left(holes, start)
        while i < len(holes) and holes[i] < found:
            if self.blocked_until(holes[i]) is None:
                return holes[i]
            del holes[i]  # its room was taken by a booking made since (at now, say): gone for good
        return found

    def book(self, at: float) -> None:
        """Add a booking at `at` (a time `earliest` returned)."""
        bisect.insort(self._times, at, self._head)
        holes = self._holes
        i = bisect.bisect_left(holes, at)
        if i < len(holes) and holes[i] == at:
            del holes[i]

    def release(self, at: float, now: float) -> bool:
        """Remove one booking at `at`; False when it is already a window old (or was never booked)."""
        self.expire(now)
        times = self._times
        i = bisect.bisect_left(times, at, self._head)
        if i == len(times) or times[i] != at:
            return False
        del times[i]
        if at >= now:
            bisect.insort(self._holes, at)
        return True

    def blocked_until(self, t: float) -> float | None:
        """None when t may be booked; otherwise a time before which nothing after t may be.

        Only the bookings within a window of t matter, found by bisection: the limit is broken
        exactly when some `requests` consecutive bookings b with b + window > t > b - window span
        less than a window (t then joins their window), and the earliest escape is a window after
        the first of the latest such run. The spacing rule moves t past its near neighbours. Each
        test is written as the sum the escape uses, so every escape lies strictly after t (and
        the Lua script, doing the same sums in the same doubles, agrees to the bit).
        """
        times, window, requests = self._times, self.window, self.limit.requests
        # Bisection on a slightly wider range, then trimmed by the exact tests.
        lo = bisect.bisect_left(times, t - window - _SLACK, self._head)
        while lo < len(times) and times[lo] + window <= t:
            lo += 1
        hi = bisect.bisect_right(times, t + window + _SLACK, lo)
        while hi > lo and times[hi - 1] - window >= t:
            hi -= 1
        until: float | None = None
        for j in range(hi - requests, lo - 1, -1):
            if times[j + requests - 1] - times[j] < window:
                until = times[j] + window
                break
        gap = self.gap
        if gap > 0 and bisect.bisect_right(times, t, lo, hi) - lo >= self.burst:
            end = bisect.bisect_right(times, t + gap + _SLACK, lo, hi)
            while end > lo and times[end - 1] - gap >= t:
                end -= 1
            if end > lo and times[end - 1] + gap > t:
                spaced = times[end - 1] + gap
                until = spaced if until is None else max(until, spaced)
        return until

    def _search(self, t: float) -> float:
        # Each step moves t later, past a run or a neighbour, so the loop ends after the last booking.
        while True:
            until = self.blocked_until(t)
            if until is None:
                return t
            t = until


class Booking:
    """One booked send: wait `delay` seconds, then send; `release` it if the request is not sent.

    `at` is the send time in the booking pacer's clock; `token` identifies the booking to that
    pacer (the time in process, the member in Redis).
    """

    __slots__ = ("_released", "at", "bucket", "delay", "owner", "token")

    def __init__(self, delay: float, bucket: Bucket, at: float, token: object, owner: Reserver) -> None:
        self.delay = delay
        self.bucket = bucket
        self.at = at
        self.token = token
        self.owner = owner
        self._released = False

    def claim_release(self) -> bool:
        """True the first time only: a booking is given back at most once."""
        if self._released:
            return False
        self._released = True
        return True

    def __repr__(self) -> str:
        return f"Booking(delay={self.delay:.3f}, bucket={self.bucket!r})"


class Reserver(Protocol):
    """What the clients pace with: `Pacer` in process, `RedisPacer` across processes."""

    def reserve(self, bucket: Bucket) -> Booking:
        """Book a send counted against `bucket`; the booking says how long to wait."""

    async def areserve(self, bucket: Bucket) -> Booking:
        """`reserve` for event loops."""

    def release(self, booking: Booking) -> None:
        """Give back a booking whose request was not sent (at most once; later calls do nothing)."""

    async def arelease(self, booking: Booking) -> None:
        """`release` for event loops."""

    def close(self) -> None:
        """Release connections when the client closes."""

    async def aclose(self) -> None:
        """Release connections when the async client closes."""


class Pacer:
    """The calendars of one account: every request takes a general slot, /reports/ ones a reports slot too.

    A report is booked at the earliest time both buckets allow, and its general slot at that
    same time, when it really goes out: ordinary calls never wait for the reports bucket.
    """

    def __init__(
        self,
        general: RateLimit = GENERAL_LIMIT,
        reports: RateLimit = REPORTS_LIMIT,
        *,
        clock: Callable[[], float] = time.monotonic,
        margin: float = MARGIN,
        min_margin: float = MIN_MARGIN,
        spacing: float = SPACING,
        burst: float = BURST,
        account_id: str = "",
    ) -> None:
        self.account_id = account_id
        self._clock = clock
        self._settings = (general, reports, margin, min_margin, spacing, burst)
        # Called (outside the lock) when a booking ends a spell with nothing booked: see shared_pacer.
        self._on_busy: Callable[[Pacer], None] | None = None
        self._reset()
        _every_pacer.add(self)

    def _reset(self) -> None:
        general, reports, margin, min_margin, spacing, burst = self._settings
        # One lock for both calendars: a report's two slots are booked in one step.
        self._lock = threading.Lock()
        self.general = Calendar(
            general,
            window=paced_window(general, margin, min_margin),
            gap=general_gap(general, spacing),
            burst=burst_size(general, burst),
        )
        # Reports are spaced by the general calendar they are also booked in; a gap of their
        # own (4.5 s at 100 per 15 min) would only slow short runs of reports down.
        self.reports = Calendar(reports, window=paced_window(reports, margin, min_margin))

    def reserve(self, bucket: Bucket) -> Booking:
        """Book a send counted against `bucket`: its delay is the seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            general, reports = self.general, self.reports
            general.expire(now)
            reports.expire(now)
            was_idle = not general and not reports
            if bucket != "reports":
                at = general.earliest(now, now)
            else:
                at = now
                while True:
                    # Each step only moves later, so this settles on the first time both calendars accept.
                    settled = general.earliest(now, reports.earliest(now, at))
                    if settled == at:
                        break
                    at = settled
                reports.book(at)
            general.book(at)
        if was_idle and self._on_busy is not None:
            self._on_busy(self)
        return Booking(at - now, bucket, at, at, self)

    async def areserve(self, bucket: Bucket) -> Booking:
        """`reserve` for event loops (the in-process pacer never blocks, so it simply calls it)."""
        return self.reserve(bucket)

    def release(self, booking: Booking) -> None:
        """Give the booking's slots back, so the next request may take them (once; a booking a window old is gone)."""
        if not booking.claim_release():
            return
        at = booking.token
        if not isinstance(at, float):
            raise TypeError(f"{booking!r} was not booked by this pacer")
        with self._lock:
            now = self._clock()
            self.general.release(at, now)
            if booking.bucket == "reports":
                self.reports.release(at, now)

    async def arelease(self, booking: Booking) -> None:
        """`release` for event loops."""
        self.release(booking)

    def idle(self) -> bool:
        """True when nothing booked is less than a window old: the pacer is then as good as new."""
        with self._lock:
            now = self._clock()
            self.general.expire(now)
            self.reports.expire(now)
            return not self.general and not self.reports

    def close(self) -> None:
        """Nothing to release: the in-process pacer outlives its clients."""

    async def aclose(self) -> None:
        """Nothing to release."""


# Every pacer, so a forked child can reset them; weakly, so they still die with their clients.
_every_pacer: weakref.WeakSet[Pacer] = weakref.WeakSet()

# shared_pacer's registry. A pacer is found while a client holds it (weakly) and kept while it
# has bookings less than a window old (strongly, in _held): a client made per request still paces
# with the previous one's bookings, and an account idle for a window costs nothing.
_pacers: weakref.WeakValueDictionary[tuple[object, ...], Pacer] = weakref.WeakValueDictionary()
_held: dict[tuple[object, ...], Pacer] = {}
_registry_lock = threading.Lock()
_SWEEP_FLOOR = 64
_sweep_at = _SWEEP_FLOOR


def _hold(key: tuple[object, ...]) -> Callable[[Pacer], None]:
    def hold(pacer: Pacer) -> None:
        global _sweep_at
        with _registry_lock:
            _held[key] = pacer
            if len(_held) > _sweep_at:
                # Never under a pacer's lock (reserve calls this after releasing it), so taking
                # each pacer's lock here cannot deadlock; the threshold doubles, so sweeping is
                # amortised constant per booking.
                for stale in [k for k, held in _held.items() if held.idle()]:
                    del _held[stale]
                _sweep_at = max(_SWEEP_FLOOR, 2 * len(_held))

    return hold


def shared_pacer(
    account_id: str,
    general: RateLimit = GENERAL_LIMIT,
    reports: RateLimit = REPORTS_LIMIT,
    *,
    clock: Callable[[], float] = time.monotonic,
) -> Pacer:
    """The process-wide Pacer of an account (one per account, limits and clock)."""
    key = (account_id, general, reports, clock)
    with _registry_lock:
        pacer = _pacers.get(key)
        if pacer is None:
            pacer = _pacers[key] = Pacer(general, reports, clock=clock, account_id=account_id)
            pacer._on_busy = _hold(key)
        return pacer


def _reset_after_fork() -> None:
    # A lock another thread held at the fork stays held in the child forever, and a calendar it
    # was changing may be half changed: the child starts with fresh locks and empty calendars
    # (what the parent sends is the parent's; pacing across processes is Redis's job).
    global _registry_lock
    _registry_lock = threading.Lock()
    _held.clear()
    for pacer in list(_every_pacer):
        pacer._reset()


os.register_at_fork(after_in_child=_reset_after_fork)
