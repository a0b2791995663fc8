"""A sync killed with SIGKILL at random moments and run again gives the database an uninterrupted run gives;
two syncs of one database never interleave."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from harvest_v2 import Harvest
from harvest_v2.sync import SyncInProgressError, sync
from harvest_v2.sync._database import database_url, hold_sync_lock, open_engine
from harvest_v2.testing import FakeHarvest, RateLimits

from tests.sync._compare import assert_copy_equals_account

CHILD = Path(__file__).with_name("_sync_child.py")
PER_PAGE = 20


def _killed_after(fake: FakeHarvest, url: str, lines: int, pause: float) -> bool:
    """Run a sync in a child and SIGKILL it after `lines` pages and `pause` seconds; False if it finished first."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), fake.base_url, fake.access_token, fake.account_id, url, str(PER_PAGE)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    for seen, line in enumerate(child.stdout, start=1):
        if line.startswith("finished"):
            child.wait()
            return False
        if seen >= lines:
            break
    time.sleep(pause)
    child.send_signal(signal.SIGKILL)
    child.wait()
    return child.returncode == -signal.SIGKILL


def _change(hv: Harvest, rng: random.Random) -> None:
    """Creates, edits, a backdated edit and deletions, as people keep working between runs."""
    entries = list(hv.time_entries.list())
    sample = rng.sample(entries, 4)
    hv.time_entries.create(
        project_id=sample[0].required.project.required.id,
        task_id=sample[0].required.task.required.id,
        spent_date=date.today(),
        hours=Decimal("0.75"),
    )
    hv.time_entries.update(sample[1].required.id, notes=f"edited {rng.random()}")
    hv.time_entries.update(sample[2].required.id, spent_date=date.today() - timedelta(days=rng.randrange(30, 300)))
    hv.time_entries.delete(sample[3].required.id)


@pytest.mark.slow
def test_sync_killed_at_random_moments_then_rerun_equals_the_account(database: str) -> None:
    rng = random.Random(21)
    with (
        FakeHarvest(seed="bulk:400", rate_limits=RateLimits(enabled=False)) as fake,
        Harvest(**fake.client_kwargs(), throttle=False) as hv,
    ):
        kills = 0
        for round_number in range(3):
            if round_number == 1:
                _change(hv, rng)  # an interrupted incremental run, not only the first one
            kills += _killed_after(fake, database, lines=rng.randrange(1, 30), pause=rng.uniform(0, 0.05))
        assert kills >= 2
        sync(hv, database, per_page=PER_PAGE)
        assert_copy_equals_account(hv, database)
        _change(hv, rng)
        assert _killed_after(fake, database, lines=rng.randrange(1, 15), pause=rng.uniform(0, 0.05)) in (True, False)
        sync(hv, database, per_page=PER_PAGE)
        assert_copy_equals_account(hv, database)


def test_a_second_sync_of_the_same_database_refuses_then_waits(database: str, tmp_path: Any) -> None:
    with (
        FakeHarvest(rate_limits=RateLimits(enabled=False)) as fake,
        Harvest(**fake.client_kwargs(), throttle=False) as hv,
    ):
        engine = open_engine(database_url(database))
        held = threading.Event()
        release = threading.Event()

        def first_sync() -> None:
            with hold_sync_lock(engine, wait=0):
                held.set()
                release.wait(10)

        holder = threading.Thread(target=first_sync)
        holder.start()
        try:
            assert held.wait(10)
            with pytest.raises(SyncInProgressError, match="another sync is writing to"):
                sync(hv, database, resources=["roles"])
            assert fake.status_counts == {}  # refused before reading anything
            threading.Timer(0.3, release.set).start()
            result = sync(hv, database, resources=["roles"], lock_wait=10)
            assert result.resources["roles"].requests == 1
        finally:
            release.set()
            holder.join()
            engine.dispose()
