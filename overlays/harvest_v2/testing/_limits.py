"""Harvest's rate limits as the fake enforces them: a sliding window per account and bucket."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from .._core._harvest_limits import GENERAL_WINDOW, REPORTS_WINDOW, REQUESTS_PER_WINDOW
from .._core._operation import Bucket

__all__ = ["RateLimits", "retry_after_header"]


@dataclass
class RateLimits:
    """Requests allowed per window; `time_scale` shrinks the windows for fast tests.

    Harvest allows 100 requests per 15 seconds, and 100 per 15 minutes under
    /reports/, per account (Harvest-Account-Id): every token and every service
    using the account share them. time_scale=0.1 makes those 1.5 seconds and
    90 seconds.
    """

    requests: int = REQUESTS_PER_WINDOW
    window: float = GENERAL_WINDOW
    report_requests: int = REQUESTS_PER_WINDOW
    report_window: float = REPORTS_WINDOW
    time_scale: float = 1.0
    enabled: bool = True
    clock: Callable[[], float] = time.monotonic
    _seen: dict[tuple[str, Bucket], deque[float]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def admit(self, account_id: str, bucket: Bucket) -> float | None:
        """Count one request of `account_id` in `bucket`; the seconds to wait instead when its window is full.

        The bucket is the operation's (Operation.bucket); a path no operation serves counts as general.
        """
        if not self.enabled:
            return None
        is_report = bucket == "reports"
        limit = self.report_requests if is_report else self.requests
        window = (self.report_window if is_report else self.window) * self.time_scale
        now = self.clock()
        with self._lock:
            seen = self._seen.setdefault((account_id, bucket), deque())
            while seen and seen[0] <= now - window:
                seen.popleft()
            if len(seen) >= limit:
                return seen[0] + window - now
            seen.append(now)
            return None


def retry_after_header(wait: float) -> str:
    """Delta-seconds as HTTP wants them: a whole number, never rounding a wait down to zero."""
    return str(max(1, math.ceil(wait)))
