"""When to retry a request and how long to wait first.

Pure decisions, no I/O: the sync and async clients ask `RetryPolicy.decide`
after every attempt and do the sleeping themselves through their injected
sleep function.

- 429, and 503 with Retry-After (how the older API throttled): the request was
  not processed, so it is retried whatever the method, after Retry-After
  (delta-seconds or HTTP-date; 15 s, Harvest's window, when absent or unreadable).
- other 5xx and dropped connections: retried with exponential backoff and
  jitter for idempotent methods only; a POST or PATCH may have been applied.
- a connection that was never established: nothing was sent, so any method.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RATE_LIMIT_WINDOW = 15.0
"""Wait when a 429 says nothing usable about when to come back: Harvest's 15-second window."""

# Errors raised before any byte of the request left: safe to resend whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), None when unusable.

    now is the current Unix time, used for the HTTP-date form.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # only HTTP-date values need it; keep it off the import path

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        return max(0.0, float(when.timestamp()) - now)
    if seconds != seconds or seconds < 0:  # NaN or negative
        return None
    return seconds


class Decision:
    """Outcome of one attempt: wait `delay` seconds and retry, or give up (delay None)."""

    __slots__ = ("delay", "reason", "retry_after")

    def __init__(self, delay: float | None, reason: str, retry_after: float | None = None) -> None:
        self.delay = delay
        self.reason = reason
        self.retry_after = retry_after


class RetryPolicy:
    """Bounded retries: at most max_retries resends and max_wait seconds of waiting in all."""

    def __init__(
        self,
        *,
        max_retries: int = 5,
        max_wait: float = 300.0,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        jitter: Callable[[], float] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        if max_wait < 0:
            raise ValueError(f"max_wait must be 0 or more seconds, got {max_wait}")
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        if jitter is None:
            import random  # deferred: costs import time and only backoff uses it

            jitter = random.random
        self._jitter = jitter

    def backoff(self, retry_number: int) -> float:
        """Exponential backoff with equal jitter: half fixed, half random."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** (retry_number - 1))
        return ceiling / 2 + self._jitter() * ceiling / 2

    def decide(
        self,
        *,
        method: str,
        retries_done: int,
        waited: float,
        now: float,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> Decision:
        """Whether to retry after this attempt, and after how long."""
        method = method.upper()
        retry_after: float | None = None
        if response is not None:
            status = response.status_code
            header = response.headers.get("Retry-After")
            if status == 429:
                retry_after = parse_retry_after(header, now)
                delay = RATE_LIMIT_WINDOW if retry_after is None else retry_after
                reason = "rate limited (429)"
            elif status == 503 and parse_retry_after(header, now) is not None:
                retry_after = parse_retry_after(header, now)
                delay = retry_after or 0.0
                reason = "throttled (503 with Retry-After)"
            elif status >= 500 and method in IDEMPOTENT_METHODS:
                delay = self.backoff(retries_done + 1)
                reason = f"server error ({status})"
            else:
                return Decision(None, f"status {status} is final")
        elif error is not None:
            if isinstance(error, _NOT_SENT) or method in IDEMPOTENT_METHODS:
                delay = self.backoff(retries_done + 1)
                reason = f"connection error ({type(error).__name__})"
            else:
                return Decision(None, f"{method} may have been applied before the connection failed; not resent")
        else:
            return Decision(None, "nothing to retry")
        if retries_done >= self.max_retries:
            return Decision(None, f"{reason}; gave up after {retries_done} retries", retry_after)
        if waited + delay > self.max_wait:
            return Decision(None, f"{reason}; waiting {delay:.1f}s more would pass max_wait", retry_after)
        return Decision(delay, reason, retry_after)
