"""When to retry a request and how long to wait first: a short list of rules plus one budget.

Pure decisions, no I/O. The clients classify every failed attempt once, into the
HarvestError they would raise (`error_for_status` for an answer, a TransportError
for a connection), and ask `RetryPolicy.decide`; they do the sleeping themselves
through their injected sleep function.

A rule is any callable taking an `Attempt` and returning a `Verdict` (retry after
`delay` seconds, or `delay=None`: this rule says do not retry) or None (not this
rule's case; the next rule is asked). The first verdict wins, so order matters:
the default rules, in order:

- `RateLimited`: 429 is retried whatever the method (the request was not processed)
  after Retry-After, or Harvest's 15-second window when the answer gives none.
- `Throttled`: 503 with Retry-After (how the older API throttled), likewise.
- `IdempotentServerErrors`: other 5xx, with exponential backoff and jitter, for
  idempotent methods only; a POST or PATCH may have been applied.
- `ConnectionErrors`: a dropped connection, likewise for idempotent methods only;
  a connection that was never established (nothing sent), for any method.

The budget (max_retries resends, max_wait seconds of waiting per call) bounds
whatever the rules allow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from ._errors import APIStatusError, HarvestError, RateLimitError, TransportError
from ._harvest_limits import GENERAL_WINDOW, RATE_LIMITED_STATUS, THROTTLED_STATUS

__all__ = [
    "IDEMPOTENT_METHODS",
    "RATE_LIMIT_WINDOW",
    "Attempt",
    "Backoff",
    "ConnectionErrors",
    "IdempotentServerErrors",
    "RateLimited",
    "RetryPolicy",
    "RetryRule",
    "Throttled",
    "Verdict",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RATE_LIMIT_WINDOW = GENERAL_WINDOW
"""Wait when a 429 says nothing usable about when to come back: Harvest's 15-second window."""


class Attempt:
    """One failed attempt as the rules see it: the method, the error it ended in, the retries already made."""

    __slots__ = ("error", "method", "retries_done")

    def __init__(self, method: str, error: HarvestError, retries_done: int = 0) -> None:
        self.method = method.upper()
        self.error = error
        self.retries_done = retries_done

    def __repr__(self) -> str:
        return f"Attempt({self.method}, {type(self.error).__name__}, retries_done={self.retries_done})"


class Verdict:
    """A rule's answer: wait ``delay`` seconds and resend, or (delay None) do not; ``reason`` says why."""

    __slots__ = ("delay", "reason")

    def __init__(self, delay: float | None, reason: str) -> None:
        self.delay = delay
        self.reason = reason

    def __repr__(self) -> str:
        return f"Verdict({self.delay!r}, {self.reason!r})"


class RetryRule(Protocol):
    """What RetryPolicy accepts as a rule: a Verdict for the attempts it knows about, None for the others."""

    def __call__(self, attempt: Attempt, /) -> Verdict | None: ...


class Backoff:
    """Exponential backoff with equal jitter: half of min(cap, base * 2^(n-1)) fixed, half random."""

    __slots__ = ("base", "cap", "jitter")

    def __init__(self, base: float = 0.5, cap: float = 30.0, jitter: Callable[[], float] | None = None) -> None:
        self.base = base
        self.cap = cap
        if jitter is None:
            import random  # deferred: costs import time and only backoff uses it

            jitter = random.random
        self.jitter = jitter

    def __call__(self, retry_number: int) -> float:
        ceiling = min(self.cap, self.base * 2.0 ** (retry_number - 1))
        return ceiling / 2 + self.jitter() * ceiling / 2


class RateLimited:
    """429: Harvest did not process the request, so any method is resent after Retry-After (or the window)."""

    def __call__(self, attempt: Attempt, /) -> Verdict | None:
        error = attempt.error
        if not isinstance(error, RateLimitError) or error.status != RATE_LIMITED_STATUS:
            return None
        delay = RATE_LIMIT_WINDOW if error.retry_after is None else error.retry_after
        return Verdict(delay, "rate limited (429)")


class Throttled:
    """503 with Retry-After: throttling, not a failure, so any method is resent after the wait asked."""

    def __call__(self, attempt: Attempt, /) -> Verdict | None:
        error = attempt.error
        # A 503 is a RateLimitError only when it is throttling (_harvest_limits.is_rate_limit_answer).
        if not isinstance(error, RateLimitError) or error.status != THROTTLED_STATUS:
            return None
        return Verdict(error.retry_after or 0.0, "throttled (503 with Retry-After)")


class IdempotentServerErrors:
    """Any other 5xx, with backoff, for methods that are safe to send twice."""

    def __init__(self, backoff: Backoff | None = None) -> None:
        self.backoff = backoff or Backoff()

    def __call__(self, attempt: Attempt, /) -> Verdict | None:
        error = attempt.error
        status = error.status if isinstance(error, APIStatusError) else None
        if status is None or status < 500 or attempt.method not in IDEMPOTENT_METHODS:
            return None
        return Verdict(self.backoff(attempt.retries_done + 1), f"server error ({status})")


class ConnectionErrors:
    """A connection that failed: resent with backoff when idempotent or when nothing was sent."""

    def __init__(self, backoff: Backoff | None = None) -> None:
        self.backoff = backoff or Backoff()

    def __call__(self, attempt: Attempt, /) -> Verdict | None:
        error = attempt.error
        if not isinstance(error, TransportError):
            return None
        if error.sent and attempt.method not in IDEMPOTENT_METHODS:
            return Verdict(None, f"{attempt.method} may have been applied before the connection failed; not resent")
        return Verdict(self.backoff(attempt.retries_done + 1), "connection error")


class RetryPolicy:
    """The rules, asked in order (the first verdict wins), and one budget bounding what they allow.

    ``RetryPolicy()`` is the default: RateLimited, Throttled, IdempotentServerErrors,
    ConnectionErrors; at most max_retries resends and max_wait seconds of waiting per call.
    Pass ``rules`` to choose others (any callable of the RetryRule shape) and give the policy
    to ``Harvest(retry=...)`` or ``AsyncHarvest(retry=...)``.
    """

    __slots__ = ("max_retries", "max_wait", "rules")

    def __init__(
        self, rules: Iterable[RetryRule] | None = None, *, max_retries: int = 5, max_wait: float = 300.0
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        if max_wait < 0:
            raise ValueError(f"max_wait must be 0 or more seconds, got {max_wait}")
        self.rules: tuple[RetryRule, ...] = tuple(rules) if rules is not None else self.default_rules()
        self.max_retries = max_retries
        self.max_wait = max_wait

    @staticmethod
    def default_rules() -> tuple[RetryRule, ...]:
        """Harvest's rules, in the order they are asked."""
        return (RateLimited(), Throttled(), IdempotentServerErrors(), ConnectionErrors())

    def decide(self, attempt: Attempt, waited: float = 0.0) -> Verdict:
        """Whether to resend after this attempt and after how long, given ``waited`` seconds already spent.

        A verdict refusing with an empty reason means no rule knew the attempt: its error is final as it is.
        """
        for rule in self.rules:
            verdict = rule(attempt)
            if verdict is not None:
                break
        else:
            return Verdict(None, "")
        if verdict.delay is None:
            return verdict
        if attempt.retries_done >= self.max_retries:
            return Verdict(None, f"{verdict.reason}; gave up after {attempt.retries_done} retries")
        if waited + verdict.delay > self.max_wait:
            return Verdict(None, f"{verdict.reason}; waiting {verdict.delay:.1f}s more would pass max_wait")
        return verdict

    def __repr__(self) -> str:
        names = ", ".join(type(rule).__name__ for rule in self.rules)
        return f"RetryPolicy([{names}], max_retries={self.max_retries}, max_wait={self.max_wait})"
