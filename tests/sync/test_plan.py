"""The arithmetic a deletion check plans with: window sizes and the cost of each way."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from harvest_v2.sync._plan import narrowing_bound, next_window, remainder_cost, scan_cost

TODAY = date(2026, 12, 6)


def _days(*counts: int) -> list[tuple[date, int]]:
    return [(TODAY - timedelta(days=offset), count) for offset, count in enumerate(counts)]


def test_a_window_takes_the_pages_its_days_fill_best() -> None:
    days = _days(*[548] * 40)
    # One page holds 3 days (82 % full), two hold 7 (96 %): the two-page window wastes less.
    assert next_window(days, 0, 2000) == (7, 2)
    assert next_window(days, 7, 2000) == (14, 2)


def test_a_smaller_window_is_kept_unless_a_larger_one_fills_clearly_better() -> None:
    days = _days(*[490] * 40)  # 4 days fill one page to 98 %
    assert next_window(days, 0, 2000) == (4, 1)


def test_a_day_larger_than_the_pages_is_a_window_of_its_own() -> None:
    days = _days(9000, 10, 10)
    assert next_window(days, 0, 2000) == (1, 5)
    assert next_window(days, 1, 2000) == (3, 1)
    with pytest.raises(ValueError, match="no day left"):
        next_window(days, 3, 2000)


def test_reading_on_gives_way_as_pages_come_back_clean() -> None:
    fresh = scan_cost(10, found=0, pages_read=1, pages_left=97)
    later = scan_cost(10, found=0, pages_read=7, pages_left=91)
    fruitful = scan_cost(10, found=6, pages_read=7, pages_left=91)
    assert fresh < remainder_cost(10, 97) < later
    assert fruitful < fresh
    assert scan_cost(0, found=3, pages_read=4, pages_left=50) == 0
    assert scan_cost(5, found=0, pages_read=50, pages_left=3) == 3  # never more than reading the rest


def test_a_remainder_is_narrowed_only_under_the_bound_else_read_whole() -> None:
    assert remainder_cost(10, 97) < narrowing_bound(10, 97) < 97
    assert remainder_cost(30, 97) == 97  # 30 deletions could cost more than reading it all
    assert remainder_cost(1, 2) == 2
