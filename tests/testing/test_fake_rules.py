"""Unit rules of the fake, without HTTP: limits, fault controls, parameter checks, seeds and totals."""

from __future__ import annotations

import pytest
from harvest_v2.testing import Faults, RateLimits, Store
from harvest_v2.testing._limits import retry_after_header
from harvest_v2.testing._routes import route_table
from harvest_v2.testing._seed import apply_seed
from harvest_v2.testing._tracking import minutes_of_day as _minutes
from harvest_v2.testing._tracking import time_of_day
from harvest_v2.testing._validation import InvalidInput, parse_query_value


def test_sliding_window_counts_per_token_and_bucket() -> None:
    now = [0.0]
    limits = RateLimits(requests=3, window=10.0, report_requests=1, report_window=100.0, clock=lambda: now[0])
    assert [limits.admit("a", "general") for _ in range(3)] == [None, None, None]
    assert limits.admit("a", "general") == 10.0
    assert limits.admit("b", "general") is None  # another token has its own window
    assert limits.admit("a", "reports") is None  # reports have their own budget
    now[0] = 9.5
    assert limits.admit("a", "general") == pytest.approx(0.5)
    now[0] = 10.0
    assert limits.admit("a", "general") is None


def test_time_scale_shrinks_windows_and_disabled_admits_everything() -> None:
    now = [0.0]
    limits = RateLimits(requests=1, time_scale=0.1, clock=lambda: now[0])
    assert limits.admit("t", "general") is None
    assert limits.admit("t", "general") == pytest.approx(1.5)
    limits.enabled = False
    assert limits.admit("t", "general") is None


@pytest.mark.parametrize(("wait", "header"), [(0.2, "1"), (1.0, "1"), (4.01, "5"), (15.0, "15")])
def test_retry_after_is_whole_seconds_never_zero(wait: float, header: str) -> None:
    assert retry_after_header(wait) == header


def test_faults_are_used_in_order_and_checked() -> None:
    faults = Faults()
    faults.fail_next(2, status=503, retry_after=3)
    faults.drop_next()
    taken = [faults.take() for _ in range(4)]
    assert [(f.kind, f.status, f.retry_after) for f in taken if f] == [
        ("status", 503, "3"),
        ("status", 503, "3"),
        ("drop", 200, None),
    ]
    assert taken[3] is None
    faults.non_json_next(3)
    faults.latency = 0.5
    faults.clear()
    assert (faults.take(), faults.latency) == (None, 0.0)
    with pytest.raises(ValueError, match="400-599"):
        faults.fail_next(status=200)
    with pytest.raises(ValueError, match="1 or more"):
        faults.malformed_next(0)


@pytest.mark.parametrize(
    ("schema", "raw", "message"),
    [
        ({"type": "integer", "format": "int64"}, "x", "must be an integer"),
        ({"type": "integer", "format": "int64"}, str(2**63), "int64"),
        ({"type": "integer", "minimum": 1, "maximum": 2000}, "2001", "at most 2000"),
        ({"type": "boolean"}, "yes", "true or false"),
        ({"type": "string", "format": "date"}, "2025-13-01", "date"),
        ({"type": "string", "format": "date-time"}, "2025-01-01T10:00:00", "time zone"),
        ({"type": "string", "enum": ["draft", "open"]}, "gone", "one of draft, open"),
    ],
)
def test_bad_query_values_say_what_was_expected(schema: dict[str, object], raw: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_query_value(route_table(), schema, "p", raw)


def test_clock_times_in_both_account_settings() -> None:
    assert _minutes("14:59") == _minutes("2:59pm") == 899
    assert _minutes("12:05am") == 5
    with pytest.raises(InvalidInput, match="14:59"):
        _minutes("quarter past")
    for minutes in range(0, 24 * 60, 7):
        assert _minutes(time_of_day(minutes, "12h")) == _minutes(time_of_day(minutes, "24h")) == minutes
    assert (time_of_day(0, "12h"), time_of_day(12 * 60, "12h"), time_of_day(899, "24h")) == (
        "12:00am",
        "12:00pm",
        "14:59",
    )


def test_unknown_seed_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="demo"):
        apply_seed(Store(), "everything", owner_id=1)


def test_bulk_seed_gives_consecutive_ids_and_keeps_later_ids_clear() -> None:
    store = Store()
    apply_seed(store, "bulk:50", owner_id=store.add("User", {"first_name": "A", "last_name": "B"})["id"])
    entries = store.all("TimeEntry")
    assert len(entries) == 50
    assert store.new_id() > max(entry["id"] for entry in entries)


def test_server_log_leaves_out_injected_drops_only() -> None:
    import logging
    import sys

    from harvest_v2.testing._faults import InjectedDrop

    uvicorn_log = logging.getLogger("uvicorn.error")

    def record_for(error: Exception) -> logging.LogRecord:
        try:
            raise error
        except Exception:
            return uvicorn_log.makeRecord("uvicorn.error", logging.ERROR, __file__, 1, "boom", (), sys.exc_info())

    assert uvicorn_log.filter(record_for(InjectedDrop("asked for"))) is False
    assert uvicorn_log.filter(record_for(RuntimeError("a real bug"))) is not False
