"""What the command's safety costs when it writes records (figures 10 and 11 of `make bench`).

10: a 2000-entry page written as csv with formulas neutralised (the default)
    against the same writer with --csv-raw.
11: the same page as jsonl, C1 and bidi controls escaped, against msgspec
    encoding each record on its own line (the floor).
"""

from __future__ import annotations

import io
import json
from decimal import Decimal
from functools import cache
from typing import Any

from benchmarks._data import time_entries_page
from benchmarks._measure import interleaved

__all__ = ["figure", "rows"]

_Row = tuple[str, str, str, float | None, str, bool | None]


def _records() -> list[dict[str, Any]]:
    page = json.loads(time_entries_page(2000), parse_float=Decimal)
    records: list[dict[str, Any]] = page["time_entries"]
    for position, record in enumerate(records[::10]):
        record["notes"] = ("=SUM(A1:A9)", "-2+3", "\x1b[2J clear", "plain note")[position % 4]
    return records


@cache
def rows(quick: bool) -> list[_Row]:
    """The two rows, as bench.Row's arguments, measured once per run."""
    import msgspec
    from harvest_v2.cli._output import OutputOptions, write
    from harvest_v2.models import TimeEntry

    records = _records()
    rounds = 3 if quick else 30
    safe_csv = OutputOptions("csv", model=TimeEntry)
    raw_csv = OutputOptions("csv", model=TimeEntry, csv_raw=True)
    csv_ours, csv_base = interleaved(
        lambda: write(records, io.StringIO(), safe_csv, many=True),
        lambda: write(records, io.StringIO(), raw_csv, many=True),
        rounds,
    )
    encoder = msgspec.json.Encoder(decimal_format="number")

    def bare_jsonl() -> None:
        out = io.StringIO()
        for record in records:
            out.write(encoder.encode(record).decode() + "\n")

    jsonl = OutputOptions("jsonl", model=TimeEntry)
    jsonl_ours, jsonl_base = interleaved(lambda: write(records, io.StringIO(), jsonl, many=True), bare_jsonl, rounds)
    csv_ratio, jsonl_ratio = csv_ours / csv_base, jsonl_ours / jsonl_base
    return [
        (
            "15. csv of a 2000-entry page, formulas neutralised",
            f"{csv_ours * 1000:.1f} ms",
            f"--csv-raw {csv_base * 1000:.1f} ms",
            csv_ratio,
            "<= 1.25x",
            csv_ratio <= 1.25,
        ),
        (
            "16. jsonl of the same page, controls escaped",
            f"{jsonl_ours * 1000:.1f} ms",
            f"msgspec per line {jsonl_base * 1000:.1f} ms",
            jsonl_ratio,
            "<= 1.5x",
            jsonl_ratio <= 1.5,
        ),
    ]


def figure(index: int, quick: bool) -> _Row:
    """Row `index` of `rows`."""
    return rows(quick)[index]
