"""A burst of requests beyond Harvest's rate limit: paced by default, and a 429 absorbed when pacing is off.

python examples/rate_limit_burst.py 120
"""

from __future__ import annotations

import logging
import os
import sys
import time

from harvest_v2 import Harvest, RateLimit


class _RetryCounter(logging.Handler):
    """Collects the client's retry warnings (one per 429 it absorbed)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def burst(count: int, *, throttle: bool, window: float) -> tuple[float, list[str]]:
    counter = _RetryCounter()
    logger = logging.getLogger("harvest_v2")
    logger.addHandler(counter)
    try:
        started = time.monotonic()
        with Harvest.from_env(throttle=throttle, rate_limit=RateLimit(100, window)) as hv:
            for _ in range(count):
                hv.users.get_current()
        return time.monotonic() - started, counter.messages
    finally:
        logger.removeHandler(counter)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    # The demo's fake runs Harvest's 15-second window scaled down; a real account uses 15.
    window = float(os.environ.get("HARVEST_RATE_WINDOW", "15"))
    # Start with an empty server-side window, as a job that has been idle would.
    time.sleep(window)
    elapsed, retries = burst(count, throttle=True, window=window)
    print(f"Paced:   {count} requests in {elapsed:.1f} s, {len(retries)} answered 429 (the client waited instead)")
    elapsed, retries = burst(count, throttle=False, window=window)
    print(f"Unpaced: {count} requests in {elapsed:.1f} s, {len(retries)} answered 429 and retried:")
    for message in retries:
        print(f"  {message}")
    if not retries:
        print("  (none: the server's window had room for the whole burst)")


if __name__ == "__main__":
    main()
