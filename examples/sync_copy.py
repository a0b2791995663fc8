"""A SQLite copy of the account, kept current: a first sync, a few changes through the API, a second sync.

python examples/sync_copy.py harvest.db
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal

from harvest_v2 import Harvest
from harvest_v2.sync import SyncResult, sync


def show(title: str, result: SyncResult) -> None:
    print(f"{title}: {result.requests} requests, {result.seconds:.1f} s")
    for row in result.resources.values():
        if row.inserted or row.updated or row.deleted:
            how = "every record" if row.full else "changes and counts"
            asked = f"{row.requests} request{'' if row.requests == 1 else 's'}"
            print(f"  {row.resource:<18} +{row.inserted} ~{row.updated} -{row.deleted}  ({asked}, {how})")


def main() -> None:
    database = sys.argv[1] if len(sys.argv) > 1 else "harvest.db"
    with Harvest.from_env() as hv:
        show(f"First sync into {database}", sync(hv, database))
        newest, *_, oldest = hv.time_entries.list()
        project_id, task_id = newest.required.project.required.id, newest.required.task.required.id
        created = hv.time_entries.create(
            project_id=project_id, task_id=task_id, spent_date=date.today(), hours=Decimal("2.25")
        )
        created_id, newest_id, oldest_id = created.required.id, newest.required.id, oldest.required.id
        hv.time_entries.update(newest_id, hours=Decimal("3.75"), notes="Corrected")
        hv.time_entries.update(created_id, spent_date=date.today() - timedelta(days=90))  # backdated
        hv.time_entries.delete(oldest_id)
        print(f"Created entry {created_id} and backdated it, edited {newest_id}, deleted {oldest_id} (a year old)")
        show("Second sync", sync(hv, database))


if __name__ == "__main__":
    main()
