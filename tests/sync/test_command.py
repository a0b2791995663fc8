"""`harvest-v2 sync` in-process against the fake: summary on stdout, progress on stderr, exit 0/1/2."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from harvest_v2 import Harvest
from harvest_v2.cli._root import cli
from harvest_v2.sync._database import database_url, hold_sync_lock, open_engine
from harvest_v2.testing import FakeHarvest, RateLimits

from tests.sync._compare import copy_rows


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeHarvest]:
    with FakeHarvest(seed="bulk:120", rate_limits=RateLimits(enabled=False)) as server:
        yield server


def _run(fake: FakeHarvest, *args: str) -> Result:
    env = {
        "HARVEST_ACCESS_TOKEN": fake.access_token,
        "HARVEST_ACCOUNT_ID": fake.account_id,
        "HARVEST_USER_AGENT": "harvest-v2 sync tests (tests@example.com)",
        "HARVEST_BASE_URL": fake.base_url,
    }
    return CliRunner().invoke(cli, ["--no-throttle", "sync", *args], env=env)


def test_sync_prints_a_summary_and_progress_on_stderr(fake: FakeHarvest, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    result = _run(fake, str(path), "--resource", "time_entries", "--resource", "projects")
    assert result.exit_code == 0, result.output
    assert "time_entries" in result.stdout and "projects" in result.stdout and "users" not in result.stdout
    assert "inserted" in result.stdout and "120" in result.stdout
    assert "harvest-v2 sync: time_entries done (1 request)" in result.stderr
    assert fake.access_token not in result.output
    assert len(copy_rows(str(path), "time_entries")) == 120

    again = _run(fake, f"sqlite:///{path}", "--resource", "time_entries", "--no-progress")
    assert again.exit_code == 0, again.output
    assert again.stderr == ""
    # The whole listing fits its first page, which a second sync reads anyway: every record, one request.
    assert " all " in again.stdout

    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        gone = next(iter(hv.time_entries.list())).required.id
        hv.time_entries.delete(gone)
    full = _run(fake, str(path), "--resource", "time_entries", "--full", "--mark-deleted", "--no-progress")
    assert full.exit_code == 0, full.output
    assert " all " in full.stdout  # the read column: every record was read, not only changes
    rows = copy_rows(str(path), "time_entries")
    assert len(rows) == 120 and rows[gone]["deleted_at"] is not None


def test_wrong_arguments_exit_2(fake: FakeHarvest, tmp_path: Path) -> None:
    unknown = _run(fake, str(tmp_path / "copy.db"), "--resource", "timesheets")
    assert unknown.exit_code == 2
    assert "unknown timesheets; expected some of: clients" in unknown.stderr
    scheme = _run(fake, "mysql://someone:hunter2@localhost/harvest")
    assert scheme.exit_code == 2
    assert "SQLite or PostgreSQL" in scheme.stderr and "hunter2" not in scheme.output


def test_a_database_another_sync_holds_exits_1(fake: FakeHarvest, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    engine = open_engine(database_url(str(path)))
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with hold_sync_lock(engine, wait=0):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(10)
        result = _run(fake, str(path), "--no-progress")
        assert result.exit_code == 1
        assert result.stderr.startswith("harvest-v2: sync failed: another sync is writing to sqlite:///")
    finally:
        release.set()
        holder.join()
        engine.dispose()


def test_an_unreachable_database_exits_1_without_its_password(fake: FakeHarvest) -> None:
    result = _run(fake, "postgresql://copy:s3cret-pw@127.0.0.1:1/harvest", "--no-progress")
    assert result.exit_code == 1
    assert result.stderr.startswith("harvest-v2: sync failed: database:")
    assert "s3cret-pw" not in result.output


def test_a_database_in_a_missing_directory_is_one_line_and_status_1(fake: FakeHarvest, tmp_path: Path) -> None:
    result = _run(fake, str(tmp_path / "missing" / "copy.db"), "--no-progress")
    assert result.exit_code == 1, result.output
    assert "cannot open the SQLite database" in result.stderr and "Traceback" not in result.output


def test_records_that_differed_from_the_spec_are_counted_on_stderr(tmp_path: Path) -> None:
    with FakeHarvest(seed="bulk:20", rate_limits=RateLimits(enabled=False)) as own:
        entry = own.store.all("TimeEntry")[0]
        own.store.update("TimeEntry", entry["id"], {"hours": "1,5"})
        result = _run(own, str(tmp_path / "copy.db"), "--resource", "time_entries", "--no-progress")
    assert result.exit_code == 0, result.output
    assert "records that differed from the spec (time_entries 1)" in result.stderr
    assert "additional_properties" in result.stderr
    assert "time_entries" in result.stdout
