"""Client-side pacing under Harvest's rate limits, so bulk jobs run at the limit without a 429.

Harvest allows 100 requests per 15 seconds, and 100 per 15 minutes for
/reports/ endpoints. A sliding-window limiter hands out send times; every
client of the same account in the process shares one (see `shared_pacer`), so
several clients together stay under the account's limit. Reservation is a
short critical section under a threading lock and never blocks: the caller
sleeps for the returned delay with its own sleep (time.sleep or
asyncio.sleep), so one limiter serves threads and event loops alike.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


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


GENERAL_LIMIT = RateLimit(100, 15.0)
REPORTS_LIMIT = RateLimit(100, 15 * 60.0)


class SlidingWindowLimiter:
    """Hands out send times so that no `period` window holds more than `requests` sends.

    margin widens the window a little: the server counts arrival times, and
    two requests leaving a window apart can arrive closer together.
    """

    def __init__(self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic, margin: float = 0.02) -> None:
        self.limit = limit
        self._window = limit.period * (1.0 + margin)
        self._clock = clock
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()

    def reserve(self, not_before: float | None = None) -> float:
        """Reserve the earliest allowed send time (not before `not_before`); return seconds until it."""
        with self._lock:
            now = self._clock()
            at = now if not_before is None else max(now, not_before)
            if len(self._sent) >= self.limit.requests:
                at = max(at, self._sent[0] + self._window)
                self._sent.popleft()
            self._sent.append(at)
            return at - now


class Pacer:
    """The limiters of one account: every request takes a general slot, /reports/ ones a reports slot too."""

    def __init__(
        self,
        general: RateLimit = GENERAL_LIMIT,
        reports: RateLimit = REPORTS_LIMIT,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self.general = SlidingWindowLimiter(general, clock=clock)
        self.reports = SlidingWindowLimiter(reports, clock=clock)

    def reserve(self, path: str) -> float:
        """Seconds to wait before sending a request to `path` (its slot is then held)."""
        if "/reports/" in path or path.startswith("reports/"):
            # The reports slot decides when; the general slot is taken at that same moment,
            # never earlier, so the general window counts the request when it really goes out.
            wait = self.reports.reserve()
            return self.general.reserve(self._clock() + wait)
        return self.general.reserve()


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
            pacer = _shared[key] = Pacer(general, reports, clock=clock)
        return pacer
