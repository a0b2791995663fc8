"""A table of hours and billable amounts per project over a date range, from Harvest's time report.

python examples/project_summary.py 2025-01-01 2025-12-31
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from harvest_v2 import Harvest


def main() -> None:
    end = date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else date.today()
    start = date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else end - timedelta(days=364)
    with Harvest.from_env() as hv:
        rows = sorted(hv.reports.time_projects(from_=start, to=end), key=lambda row: -row.required.total_hours)
    print(f"Hours per project, {start} to {end}")
    print(f"{'Project':<28} {'Client':<14} {'Hours':>9} {'Billable h':>11} {'Amount':>12} Cur")
    for row in rows:
        print(
            f"{row.project_name!s:<28.28} {row.client_name!s:<14.14} {row.required.total_hours:>9.2f}"
            f" {row.required.billable_hours:>11.2f} {row.billable_amount or 0:>12,.2f} {row.currency or ''}"
        )
    hours, billable = sum(r.required.total_hours for r in rows), sum(r.required.billable_hours for r in rows)
    print(f"{'Total':<43} {hours:>9.2f} {billable:>11.2f}")


if __name__ == "__main__":
    main()
