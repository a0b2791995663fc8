"""Child process of the bulk-export figure: read every time entry with default client settings.

Runs apart from the fake so its memory readings are the client's alone. Prints
one JSON line: entries, requests, 429s seen, seconds, and RSS readings.
"""

from __future__ import annotations

import json
import logging
import resource
import sys
import time

from harvest_v2 import Harvest, RateLimit


def _rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() // 1024


def _peak_rss_kib() -> int:
    # VmHWM, not getrusage: ru_maxrss survives exec and would count the parent's memory at fork.
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


class _StatusCounter(logging.Handler):
    """Counts answers by status from the client's one-debug-line-per-request log."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statuses: list[object] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno == logging.DEBUG and isinstance(record.args, tuple) and len(record.args) >= 3:
            self.statuses.append(record.args[2])


def main() -> None:
    base_url, token, account, window, per_page = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5]
    counter = _StatusCounter()
    logger = logging.getLogger("harvest_v2")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    before = _rss_kib()
    with Harvest(
        access_token=token,
        account_id=account,
        user_agent="Bulk export bench (bench@example.com)",
        base_url=base_url,
        rate_limit=RateLimit(100, window),  # Harvest's 100 requests, in the fake's scaled window
    ) as hv:
        entries = 0
        after_first = 0
        started = time.perf_counter()
        for entry in hv.time_entries.list(per_page=int(per_page)):
            entries += 1
            if entries == 1:
                after_first = _rss_kib()
            if entry.required.id < 0:  # touch a typed field so the work is real
                raise AssertionError(entry)
        elapsed = time.perf_counter() - started
    peak = _peak_rss_kib()
    print(
        json.dumps(
            {
                "entries": entries,
                "requests": len(counter.statuses),
                "status_429": counter.statuses.count(429),
                "seconds": elapsed,
                "rss_before_kib": before,
                "rss_after_first_page_kib": after_first,
                "peak_rss_kib": peak,
            }
        )
    )


if __name__ == "__main__":
    main()
