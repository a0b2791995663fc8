"""Figures 18-20: `harvest_v2.sync` of 200,000 time entries against a FakeHarvest.

18. A first sync in its own process at Harvest's own limit (100 requests per 15 s,
    enforced by the fake; the client paces with default settings), measured as
    figure 4 measures a bulk export: requests per second against the limit, 429s
    counted on both sides, windows at full size (200 requests make two windows).
19. Then 1 % of the entries change (a tenth of them backdated) and 10 entries of the
    last 30 days are deleted; a second sync, in requests, against a full re-read.
20. Then 10 entries spread over the whole history are deleted; a third sync, in
    requests, against a full re-read (the sync must take the cheaper way).

Run as a script it is the child of figure 18:
    python benchmarks/_sync.py BASE_URL TOKEN ACCOUNT WINDOW PER_PAGE DATABASE_URL
"""

from __future__ import annotations

import json
import logging
import math
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_ENTRIES = 200_000
_FIRST_PER_PAGE = 1000  # as figure 4: 200 requests, two windows, so the pacer must hold requests back
_PER_PAGE = 2000  # the sync's default, and a full re-read's
_DELETED = 10

Figure = tuple[str, str, str, float | None, str, bool | None]


class _StatusCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statuses: list[object] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno == logging.DEBUG and isinstance(record.args, tuple) and len(record.args) >= 3:
            self.statuses.append(record.args[2])


def _child_main(argv: list[str]) -> None:
    from harvest_v2 import Harvest, RateLimit
    from harvest_v2.sync import sync

    base_url, token, account, window, per_page, url = argv
    counter = _StatusCounter()
    logger = logging.getLogger("harvest_v2")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    with Harvest(
        access_token=token,
        account_id=account,
        user_agent="Sync bench (bench@example.com)",
        base_url=base_url,
        rate_limit=RateLimit(100, float(window)),
    ) as hv:
        started = time.perf_counter()
        result = sync(hv, url, ["time_entries"], per_page=int(per_page))
        elapsed = time.perf_counter() - started
    row = result.resources["time_entries"]
    print(
        json.dumps(
            {
                "inserted": row.inserted,
                "requests": len(counter.statuses),
                "status_429": counter.statuses.count(429),
                "seconds": elapsed,
            }
        )
    )


def _edit(fake: Any, rng: random.Random, ids: list[int]) -> None:
    """1 % of the entries change; a tenth of those move to an earlier day (backdated)."""
    for number, entry_id in enumerate(rng.sample(ids, len(ids) // 100)):
        changes: dict[str, Any] = {"notes": f"edited {number}"}
        if number % 10 == 0:
            record = fake.store.get("TimeEntry", entry_id)
            spent = date.fromisoformat(record["spent_date"]) - timedelta(days=rng.randrange(1, 60))
            changes["spent_date"] = spent.isoformat()
        fake.store.update("TimeEntry", entry_id, changes)


def _in_days(fake: Any, days: int) -> list[int]:
    since = (date.today() - timedelta(days=days)).isoformat()
    return [r["id"] for r in fake.store.all("TimeEntry") if r["spent_date"] >= since]


def _second_sync(fake: Any, url: str, deleted: list[int]) -> dict[str, Any]:
    from harvest_v2 import Harvest
    from harvest_v2.sync import sync
    from harvest_v2.sync._database import database_url, open_engine
    from sqlalchemy import text

    for entry_id in deleted:
        fake.store.delete("TimeEntry", entry_id)
    with Harvest(**{**fake.client_kwargs(), "strict": False}, throttle=False) as hv:
        result = sync(hv, url, ["time_entries"]).resources["time_entries"]
    engine = open_engine(database_url(url))
    with engine.connect() as conn:
        left = conn.execute(text("SELECT count(*) FROM time_entries")).scalar_one()
        still = conn.execute(
            text(f"SELECT count(*) FROM time_entries WHERE id IN ({','.join(map(str, deleted))})")
        ).scalar_one()
    engine.dispose()
    return {"requests": result.requests, "deleted": result.deleted, "found": still == 0, "rows": left}


def rows(quick: bool) -> list[Figure]:
    from harvest_v2.testing import FakeHarvest, RateLimits

    entries = 6000 if quick else _ENTRIES
    limits = RateLimits(time_scale=1.0)
    window = limits.window * limits.time_scale
    rng = random.Random(21)
    with (
        tempfile.TemporaryDirectory(prefix="harvest-sync-bench-") as folder,
        FakeHarvest(seed=f"bulk:{entries}", rate_limits=limits) as fake,
    ):
        url = f"sqlite:///{Path(folder) / 'copy.db'}"
        _warm(fake)
        child = subprocess.run(
            [
                sys.executable,
                str(Path(__file__)),
                fake.base_url,
                fake.access_token,
                fake.account_id,
                str(window),
                str(_FIRST_PER_PAGE),
                url,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        first: dict[str, Any] = json.loads(child.stdout)
        first_429_server = fake.status_counts.get(429, 0)
        fake.limits.enabled = False
        ids = [record["id"] for record in fake.store.all("TimeEntry")]
        _edit(fake, rng, ids)
        recent = rng.sample(_in_days(fake, 30), _DELETED)
        second = _second_sync(fake, url, recent)
        everywhere = rng.sample([r["id"] for r in fake.store.all("TimeEntry")], _DELETED)
        third = _second_sync(fake, url, everywhere)
    limit_rate = limits.requests / window
    rate = first["requests"] / first["seconds"]
    share = rate / limit_rate
    full_read = math.ceil(entries / _PER_PAGE)
    no_429 = first["status_429"] == 0 and first_429_server == 0
    share_second = second["requests"] / full_read
    share_third = third["requests"] / full_read
    return [
        (
            f"18. first sync to SQLite, {entries:,} entries by {_FIRST_PER_PAGE}, Harvest's limit",
            f"{rate:.1f} req/s, {first['status_429']} x 429, {first['inserted'] / first['seconds']:,.0f} rows/s",
            f"limit {limit_rate:.1f} req/s",
            share,
            ">= 0.95x, no 429",
            share >= 0.95 and no_429 and first["inserted"] == entries,
        ),
        (
            "19. second sync: 1% changed, 10 of the last 30 days deleted",
            f"{second['requests']} requests, {second['deleted']}/{_DELETED} deletions found",
            f"full re-read {full_read} requests",
            share_second,
            "<= 0.10x, all found",
            share_second <= 0.10 and second["found"] and second["deleted"] == _DELETED,
        ),
        (
            "20. third sync: 10 deleted across the whole history",
            f"{third['requests']} requests, {third['deleted']}/{_DELETED} deletions found",
            f"full re-read {full_read} requests",
            share_third,
            "<= 1.0x, all found",
            share_third <= 1.0 and third["found"] and third["deleted"] == _DELETED,
        ),
    ]


def _warm(fake: Any) -> None:
    """Serve every page once beforehand, so the fake's JSON encoding is not timed as the sync's."""
    import httpx

    fake.limits.enabled = False
    with httpx.Client(headers=fake.headers("Bench warm-up (bench@example.com)"), timeout=60) as http:
        url: str | None = f"{fake.base_url}/time_entries?per_page={_FIRST_PER_PAGE}"
        while url:
            url = http.get(url).json()["links"]["next"]
    fake.limits.enabled = True


_measured: dict[bool, list[Figure]] = {}


def figure(index: int, quick: bool) -> Figure:
    """Row `index` of `rows`, measured once per run for all three."""
    if quick not in _measured:
        _measured[quick] = rows(quick)
    return _measured[quick][index]


if __name__ == "__main__":
    _child_main(sys.argv[1:])
