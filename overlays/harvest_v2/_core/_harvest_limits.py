"""Harvest's documented limits (rate limits, the reports' date range) and the answers that mean "slow down".

The one home of these facts.

Harvest allows 100 requests per 15 seconds per account, and 100 per 15 minutes
for reports (the operations table's "reports" bucket). Past it, Harvest answers
429 with Retry-After; a 503 carrying a usable Retry-After is throttling too (how
the older API did it), never a failure: both are RateLimitError and any method
is resent after the wait. The pacer's defaults, the retry rules and the error
classification read these names; nothing else spells the numbers. A report
covers at most MAX_REPORT_DAYS (the MCP server refuses a longer range before
sending, the fake answers it with Harvest's 422).
"""

from __future__ import annotations

__all__ = [
    "GENERAL_WINDOW",
    "MAX_PER_PAGE",
    "MAX_REPORT_DAYS",
    "RATE_LIMITED_STATUS",
    "REPORTS_WINDOW",
    "REQUESTS_PER_WINDOW",
    "THROTTLED_STATUS",
    "is_rate_limit_answer",
]

REQUESTS_PER_WINDOW = 100
"""Requests Harvest allows per window, in either bucket."""

GENERAL_WINDOW = 15.0
"""Seconds of the general window (100 requests per 15 s); also the wait when a 429 gives no usable Retry-After."""

REPORTS_WINDOW = 15 * 60.0
"""Seconds of the reports window (100 requests per 15 min)."""

MAX_REPORT_DAYS = 365
"""Harvest refuses a report whose `to` is more than this many days after its `from`."""

MAX_PER_PAGE = 2000
"""The most records a page-numbered list request may ask for (per_page is 1 to this, page any number)."""

RATE_LIMITED_STATUS = 429
"""Harvest's answer past the limit, with Retry-After."""

THROTTLED_STATUS = 503
"""Throttling when it carries a usable Retry-After; any other 503 is a server error."""


def is_rate_limit_answer(status: int, retry_after: float | None) -> bool:
    """Whether an error answer asks the client to slow down: 429, or 503 with a usable Retry-After."""
    return status == RATE_LIMITED_STATUS or (status == THROTTLED_STATUS and retry_after is not None)
