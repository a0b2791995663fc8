"""How a deletion check spends its requests: the next date window to read, and what each way would cost.

Pure arithmetic over counts, so the choices can be tested without a server. A
window is whole days (Harvest filters on dates, and the order of records within
a day is not ours to rely on), as many as fill its pages best; the estimates
compare reading on, window by window, with narrowing by counts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

__all__ = ["WINDOW_FILL", "narrowing_bound", "narrowing_cost", "next_window", "remainder_cost", "scan_cost"]

WINDOW_FILL = 0.98
"""The share of its pages a window is planned to fill: the rest absorbs records created since the copy counted."""
_MAX_WINDOW_PAGES = 4
_GOOD_ENOUGH = 0.03
_PRIOR = 0.5  # a larger window is taken only when it fills its pages this much better


def next_window(day_counts: Sequence[tuple[date, int]], start: int, per_page: int) -> tuple[int, int]:
    """The window starting at day_counts[start] (newest first): (index past its oldest day, pages it takes).

    Of the windows of 1 to 4 pages, the one whose rows fill its pages best; a smaller one unless a
    larger fills noticeably better (a smaller window lets the scan stop sooner). A single day holding
    more than the pages allow is a window of its own.
    """
    if start >= len(day_counts):
        raise ValueError(f"no day left at index {start}")
    best: tuple[float, int, int] | None = None  # (fill, end, pages)
    for pages in range(1, _MAX_WINDOW_PAGES + 1):
        room = pages * per_page * WINDOW_FILL
        rows, end = 0, start
        while end < len(day_counts) and rows + day_counts[end][1] <= room:
            rows += day_counts[end][1]
            end += 1
        if end == start:
            continue
        fill = rows / (pages * per_page)
        if best is None or fill > best[0] + _GOOD_ENOUGH:
            best = (fill, end, pages)
        if end == len(day_counts):
            break  # every day left fits: a larger window cannot hold more
    if best is None:
        rows = day_counts[start][1]
        return start + 1, max(1, math.ceil(rows / per_page))
    return best[1], best[2]


def scan_cost(missing: int, found: int, pages_read: int, pages_left: float) -> float:
    """Requests reading on, window by window, is expected to take to find `missing` more deleted records.

    Deletions cluster where people work (the last days), so the rate found so far predicts the
    rest, with a prior of half a deletion per half a page that fades as pages come back clean:
    a scan that keeps finding nothing soon costs more than narrowing, and gives way to it.
    Never more than reading everything left.
    """
    if missing <= 0:
        return 0.0
    by_rate = missing * (pages_read + _PRIOR) / (found + _PRIOR)
    return min(by_rate, max(math.ceil(pages_left), 1))


def narrowing_cost(missing: int, pages_left: float) -> float:
    """Requests narrowing by counts is expected to take to find `missing` deleted records in `pages_left` pages.

    Each deletion costs a count per halving until its range is about a page, then the read of that
    page; the halvings shared by all of them are few. Never more than reading everything left.
    """
    if missing <= 0:
        return 0.0
    halvings = math.ceil(math.log2(max(pages_left / missing, 1.0)))
    return min(missing * (halvings + 1) + 1.0, max(math.ceil(pages_left), 1))


def remainder_cost(missing: int, pages_left: float) -> float:
    """What finding `missing` deleted records in what is left costs when handed to narrowing.

    Narrowing starts only under its bound (narrowing_bound); above it the remainder is read whole.
    """
    pages = max(math.ceil(pages_left), 1)
    if pages <= 2 or narrowing_bound(missing, pages) >= pages:
        return pages
    return narrowing_cost(missing, pages_left)


def narrowing_bound(missing: int, pages: int) -> float:
    """The most narrowing can cost in a range of `pages` pages: each missing row a count per level and a read.

    Narrowing is started only under this bound, so a deletion check never costs more than reading
    the range whole.
    """
    levels = math.ceil(math.log2(max(pages / 2, 1)))
    return missing * (levels + 2)
