"""Export one quarter of time entries to CSV, page by page, with a progress line.

    HARVEST_ACCESS_TOKEN=... HARVEST_ACCOUNT_ID=... HARVEST_USER_AGENT="Exports (ops@example.com)" \
        python examples/export_quarter.py 2025Q3 entries.csv
"""

from __future__ import annotations

import csv
import sys
from datetime import date, timedelta
from pathlib import Path

from harvest_v2 import UNSET, Harvest

COLUMNS = ("id", "spent_date", "user", "client", "project", "task", "hours", "billable", "billable_rate", "notes")


def quarter_bounds(label: str) -> tuple[date, date]:
    """2025Q3 -> (2025-07-01, 2025-09-30)."""
    year, _, number = label.upper().partition("Q")
    if not (year.isdigit() and number in ("1", "2", "3", "4")):
        raise SystemExit(f"quarter must look like 2025Q3, got {label!r}")
    start = date(int(year), 3 * int(number) - 2, 1)
    end = date(int(year) + (number == "4"), (3 * int(number)) % 12 + 1, 1) - timedelta(days=1)
    return start, end


def export(hv: Harvest, start: date, end: date, target: Path) -> int:
    written = 0
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for page in hv.time_entries.list(from_=start, to=end).pages():
            entries = page.required.time_entries
            for entry in entries:
                # An export cannot write a row without these: one Harvest left out stops it with UnsetAttributeError.
                need = entry.required
                writer.writerow(
                    (
                        need.id,
                        need.spent_date.isoformat(),
                        need.user.required.name,
                        need.client.required.name,
                        need.project.required.name,
                        need.task.required.name,
                        need.hours,
                        need.billable,
                        # Absent (UNSET) for a token that is not shown rates: an empty cell.
                        None if entry.billable_rate is UNSET else entry.billable_rate,
                        entry.notes,
                    )
                )
            written += len(entries)
            print(f"\r  exported {written:>6} of {page.total_entries} entries", end="", flush=True)
    print()
    return written


def main() -> None:
    label = sys.argv[1] if len(sys.argv) > 1 else f"{date.today().year}Q1"
    target = Path(sys.argv[2] if len(sys.argv) > 2 else f"time-entries-{label}.csv").resolve()
    start, end = quarter_bounds(label)
    print(f"Exporting time entries from {start} to {end}")
    with Harvest.from_env() as hv:
        count = export(hv, start, end, target)
    print(f"Wrote {count} entries to {target}")


if __name__ == "__main__":
    main()
