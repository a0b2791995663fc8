"""Decoding pages that differ from the spec (figures 10-12): the cost of drift on real traffic.

Each side decodes the same kind of 2000-entry page in this process, alternately, and the figure is
the median of per-round ratios of CPU time (time.process_time: the machine is shared, and waiting
for a core is not decoding). The client's own reader is measured (what a response body becomes in
the default mode), without HTTP, so the figures are the decoding alone.
"""

from __future__ import annotations

import json
import logging
import statistics
import time
from collections.abc import Callable
from typing import Any

from benchmarks._data import time_entries_page

Figure = tuple[str, str, str, float | None, str, bool | None]
_measured: dict[bool, list[Figure]] = {}


def _cpu(call: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best


def _ratio(ours: Callable[[], object], base: Callable[[], object], rounds: int) -> tuple[float, float, float]:
    """Median ratio of CPU times over rounds, and the best time of each side."""
    pairs = [(_cpu(ours, 2), _cpu(base, 2)) for _ in range(rounds)]
    return statistics.median(o / b for o, b in pairs), min(o for o, _ in pairs), min(b for _, b in pairs)


def _drifted(body: bytes, change: Callable[[list[dict[str, Any]]], None]) -> bytes:
    page = json.loads(body)
    change(page["time_entries"])
    return json.dumps(page).encode()


def _one_odd(records: list[dict[str, Any]]) -> None:
    records[len(records) // 2]["hours"] = "1,5"  # one record in the middle: half the page decoded before it


def _every_record_added(records: list[dict[str, Any]]) -> None:
    for record in records:
        record["billing_code"] = "A-17"  # Harvest adds an attribute to every record, as with approval_status


def rows(quick: bool) -> list[Figure]:
    from harvest_v2._core._decode import read_tolerant
    from harvest_v2.models import TimeEntries

    logging.getLogger("harvest_v2.drift").setLevel(logging.ERROR)  # drift is the point here: keep the table clean
    rounds = 3 if quick else 15
    clean = time_entries_page(2000)
    odd = _drifted(clean, _one_odd)
    added = _drifted(clean, _every_record_added)
    for body in (clean, odd, added, added):  # warm up; the second page with the added attribute is the steady state
        read_tolerant(TimeEntries, body)

    ratio, ours, base = _ratio(lambda: read_tolerant(TimeEntries, clean), lambda: json.loads(clean), rounds)
    figures: list[Figure] = [
        (
            "10. clean 2000-entry page decoded (CPU time)",
            f"{ours * 1000:.1f} ms",
            f"json.loads {base * 1000:.1f} ms",
            ratio,
            "<= 0.45x",
            ratio <= 0.45,
        )
    ]
    for label, body, target in (
        ("11. the same page, one record drifted (in the middle)", odd, 1.2),
        ("12. the same page, every record with an attribute the spec lacks", added, 1.5),
    ):

        def drifted(body: bytes = body) -> object:
            return read_tolerant(TimeEntries, body)

        ratio, ours, base = _ratio(drifted, lambda: read_tolerant(TimeEntries, clean), rounds)
        figures.append(
            (
                label,
                f"{ours * 1000:.1f} ms",
                f"clean page {base * 1000:.1f} ms",
                ratio,
                f"<= {target}x",
                ratio <= target,
            )
        )
    return figures


def figure(index: int, quick: bool) -> Figure:
    """Row `index` of `rows`, measured once per run for all three."""
    if quick not in _measured:
        _measured[quick] = rows(quick)
    return _measured[quick][index]
