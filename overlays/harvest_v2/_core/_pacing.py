"""Client-side pacing under Harvest's rate limits, so bulk jobs run at the limit without a 429.

Harvest allows 100 requests per 15 seconds, and 100 per 15 minutes for
/reports/ endpoints. A sliding-window limiter hands out send times; every
client of the same account in the process shares one (see `shared_pacer`), so
several clients together stay under the account's limit. Reservation is a
short critical section under a threading lock and never blocks: the caller
sleeps for the returned delay with its own sleep (time.sleep or
asyncio.sleep), so one limiter serves threads and event loops alike.

Each limiter is a calendar of booked send times rather than a queue: a
request is booked at the earliest time that keeps every window at or under
the limit, even if later times are already booked. That is what keeps
ordinary calls from queueing behind a report: a report waiting for the
reports bucket books its general slot at the moment it will really go out,
and ordinary calls before that moment are placed around it, not after it.
The same rule runs as a Lua script in `_redis_pacing` for pacing shared
across processes.
"""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from ._harvest_limits import GENERAL_WINDOW, REPORTS_WINDOW, REQUESTS_PER_WINDOW
from ._operation import Bucket

__all__ = [
    "GENERAL_LIMIT",
    "MARGIN",
    "MIN_MARGIN",
    "REPORTS_LIMIT",
    "SPACING",
    "Pacer",
    "RateLimit",
    "Reserver",
    "SlidingWindowLimiter",
    "earliest_slot",
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
"""Sends are kept at least this share of the average interval (period / requests) apart: 150 ms at
Harvest's 100 per 15 s. A burst of a hundred requests at one instant queues at the server (and in
the client), and the last ones are counted long after they were sent; requests spread at the
limit's own average rate ask no machine to go faster than the limit, and keep that lateness
within the margin. The rate over a window is unchanged; only the first window's burst is gone.
(Half that spacing still let a 50-task client draw a few 429s on a loaded 2-core machine.)"""


def paced_window(limit: RateLimit, margin: float = MARGIN, min_margin: float = MIN_MARGIN) -> float:
    """The window the pacer keeps: the limit's period widened by max(margin share, min_margin seconds)."""
    return limit.period + max(limit.period * margin, min_margin)


def general_gap(limit: RateLimit, spacing: float = SPACING) -> float:
    """Seconds kept between any two sends: `spacing` of the limit's average interval."""
    return spacing * limit.period / limit.requests


def earliest_slot(booked: Sequence[float], requests: int, window: float, at: float, gap: float = 0.0) -> float:
    """The earliest time >= `at` that can be booked without putting `requests` + 1 sends in one window.

    `booked` is sorted. Two sends share a window when they are less than `window` apart (the
    server counts the sends in (now - window, now]). A time t is refused exactly when some run of
    `requests` consecutive booked times spans less than a window and t falls within a window of
    both its ends; the earliest time past such a run is its first time plus the window. Those
    ends only grow along the list, so one pass finds the answer. `gap` also keeps t at least
    that far from every booked time; the two rules alternate until neither moves t.
    """
    while True:
        start = at
        for i in range(len(booked) - requests + 1):
            first, last = booked[i], booked[i + requests - 1]
            if last - first < window and last - window < at < first + window:
                at = first + window
        if gap > 0:
            for other in booked[bisect.bisect_right(booked, at - gap) :]:
                if other >= at + gap:
                    break
                at = other + gap
        if at == start:
            return at


class SlidingWindowLimiter:
    """Hands out send times so that no `period` window holds more than `requests` sends.

    The window is widened by max(`margin` of the period, `min_margin` seconds) (see
    `paced_window`): the server counts arrival times, and two requests leaving a window apart
    can arrive closer together. `gap` keeps any two sends at least that many seconds apart.
    """

    def __init__(
        self,
        limit: RateLimit,
        *,
        clock: Callable[[], float] = time.monotonic,
        margin: float = MARGIN,
        min_margin: float = MIN_MARGIN,
        gap: float = 0.0,
        lock: threading.Lock | None = None,
    ) -> None:
        self.limit = limit
        self.window = paced_window(limit, margin, min_margin)
        self.gap = gap
        self._clock = clock
        self._booked: list[float] = []
        self._lock = lock if lock is not None else threading.Lock()

    def reserve(self, not_before: float | None = None) -> float:
        """Reserve the earliest allowed send time (not before `not_before`); return seconds until it."""
        with self._lock:
            now = self._clock()
            at = self._earliest(now, now if not_before is None else max(now, not_before))
            self._book(at)
            return at - now

    def _earliest(self, now: float, at: float) -> float:
        # Times a window old can no longer share a window with anything booked from now on.
        drop = bisect.bisect_right(self._booked, now - self.window)
        if drop:
            del self._booked[:drop]
        return earliest_slot(self._booked, self.limit.requests, self.window, at, self.gap)

    def _book(self, at: float) -> None:
        bisect.insort(self._booked, at)


class Pacer:
    """The limiters of one account: every request takes a general slot, /reports/ ones a reports slot too.

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
        account_id: str = "",
    ) -> None:
        self.account_id = account_id
        self._clock = clock
        # One lock for both calendars: a report's two slots are booked in one step.
        self._lock = threading.Lock()
        self.general = SlidingWindowLimiter(
            general,
            clock=clock,
            margin=margin,
            min_margin=min_margin,
            gap=general_gap(general, spacing),
            lock=self._lock,
        )
        # Reports are spaced by the general calendar they are also booked in; a gap of their
        # own (4.5 s at 100 per 15 min) would only slow short runs of reports down.
        self.reports = SlidingWindowLimiter(reports, clock=clock, margin=margin, min_margin=min_margin, lock=self._lock)

    def reserve(self, bucket: Bucket) -> float:
        """Seconds to wait before sending a request counted against `bucket` (its slots are then held)."""
        with self._lock:
            now = self._clock()
            if bucket != "reports":
                at = self.general._earliest(now, now)
                self.general._book(at)
                return at - now
            at = now
            while True:
                # Each step only moves later and lands on a booked time plus a window,
                # so this settles on the first time both calendars accept.
                settled = self.general._earliest(now, self.reports._earliest(now, at))
                if settled == at:
                    break
                at = settled
            self.reports._book(at)
            self.general._book(at)
            return at - now

    async def areserve(self, bucket: Bucket) -> float:
        """`reserve` for event loops (the in-process pacer never blocks, so it simply calls it)."""
        return self.reserve(bucket)

    def close(self) -> None:
        """Nothing to release: the in-process pacer outlives its clients."""

    async def aclose(self) -> None:
        """Nothing to release."""


class Reserver(Protocol):
    """What the clients pace with: `Pacer` in process, `RedisPacer` across processes."""

    def reserve(self, bucket: Bucket) -> float:
        """Seconds to wait before sending a request counted against `bucket` (its slots are then held)."""

    async def areserve(self, bucket: Bucket) -> float:
        """`reserve` for event loops."""

    def close(self) -> None:
        """Release connections when the client closes."""

    async def aclose(self) -> None:
        """Release connections when the async client closes."""


_shared: dict[tuple[object, ...], Pacer] = {}
_shared_lock = threading.Lock()


def shared_pacer(
    account_id: str,
    general: RateLimit = GENERAL_LIMIT,
    reports: RateLimit = REPORTS_LIMIT,
    *,
    clock: Callable[[], float] = time.monotonic,
) -> Pacer:
    """The process-wide Pacer of an account (one per account, limits and clock)."""
    key = (account_id, general, reports, clock)
    with _shared_lock:
        pacer = _shared.get(key)
        if pacer is None:
            pacer = _shared[key] = Pacer(general, reports, clock=clock, account_id=account_id)
        return pacer
