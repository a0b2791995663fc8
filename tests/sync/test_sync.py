"""harvest_v2.sync over real HTTP against the fake, into SQLite and a real PostgreSQL: both clients."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from harvest_v2 import AsyncHarvest, Harvest
from harvest_v2.sync import SyncError, SyncResult, resource_names, sync, sync_async
from harvest_v2.sync._database import database_url, open_engine
from harvest_v2.testing import FakeHarvest, RateLimits

from tests.sync._compare import assert_copy_equals_account, copy_rows

ENTRIES = 600
PER_PAGE = 50  # small pages, so counting and narrowing are exercised on a small account


@pytest.fixture
def fake() -> Any:
    with FakeHarvest(seed=f"bulk:{ENTRIES}", rate_limits=RateLimits(enabled=False)) as server:
        yield server


def _run(mode: str, fake: FakeHarvest, url: str, **options: Any) -> SyncResult:
    if mode == "sync":
        with Harvest(**fake.client_kwargs(), throttle=False) as hv:
            return sync(hv, url, per_page=PER_PAGE, **options)

    async def run() -> SyncResult:
        async with AsyncHarvest(**fake.client_kwargs(), throttle=False) as hv:
            return await sync_async(hv, url, per_page=PER_PAGE, **options)

    return asyncio.run(run())


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_second_sync_catches_creates_edits_backdated_edits_and_deletions(
    mode: str, fake: FakeHarvest, database: str
) -> None:
    hv = Harvest(**fake.client_kwargs(), throttle=False)
    doomed_client = hv.clients.create(name="Leaving soon")
    first = _run(mode, fake, database)
    assert first.resources["time_entries"].inserted == ENTRIES
    assert first.resources["time_entries"].full
    assert set(first.resources) == set(resource_names())
    assert_copy_equals_account(hv, database)

    entries = list(hv.time_entries.list())
    project, task = entries[0].required.project.required.id, entries[0].required.task.required.id
    new = [
        hv.time_entries.create(project_id=project, task_id=task, spent_date=date.today(), hours=Decimal("1.23"))
        for _ in range(3)
    ]
    hv.time_entries.update(entries[10].required.id, notes="Reviewed", hours=Decimal("7.77"))
    backdated = entries[20].required.id
    hv.time_entries.update(backdated, spent_date=date.today() - timedelta(days=200))
    old = entries[-3].required.id  # logged about a year ago
    hv.time_entries.delete(old)
    hv.time_entries.delete(new[0].required.id)
    hv.clients.delete(doomed_client.required.id)

    second = _run(mode, fake, database)
    entries_result = second.resources["time_entries"]
    assert (entries_result.inserted, entries_result.updated, entries_result.deleted) == (2, 2, 1)
    assert not entries_result.full
    assert entries_result.requests < ENTRIES // PER_PAGE  # a fraction of a full re-read
    assert second.resources["clients"].deleted == 1
    assert_copy_equals_account(hv, database)
    rows = copy_rows(database, "time_entries")
    assert rows[new[1].required.id]["hours"] == Decimal("1.23")
    assert rows[backdated]["spent_date"] == (date.today() - timedelta(days=200)).isoformat()
    assert old not in rows

    third = _run(mode, fake, database)
    assert (third.inserted, third.updated, third.deleted) == (0, 0, 0)
    hv.close()


def test_money_keeps_every_digit_in_both_databases(fake: FakeHarvest, database: str) -> None:
    hv = Harvest(**fake.client_kwargs(), throttle=False)
    entry = next(iter(hv.time_entries.list()))
    created = hv.time_entries.create(
        project_id=entry.required.project.required.id,
        task_id=entry.required.task.required.id,
        spent_date=date.today(),
        hours=Decimal("12345678.123456789"),
    )
    _run("sync", fake, database, resources=["time_entries"])
    engine = open_engine(database_url(database))
    with engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT hours FROM time_entries WHERE id = :id"), {"id": created.id}).scalar()
    engine.dispose()
    assert str(stored) == "12345678.123456789"
    hv.close()


def test_deletions_can_be_marked_instead_of_removed(fake: FakeHarvest, database: str) -> None:
    hv = Harvest(**fake.client_kwargs(), throttle=False)
    _run("sync", fake, database, resources=["time_entries"])
    gone = [entry.required.id for entry in hv.time_entries.list()][100:102]
    for entry_id in gone:
        hv.time_entries.delete(entry_id)
    moment = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    result = _run("sync", fake, database, resources=["time_entries"], deletions="mark", wall_clock=lambda: moment)
    assert result.resources["time_entries"].deleted == 2
    rows = copy_rows(database, "time_entries")
    assert len(rows) == ENTRIES
    marked = {row_id for row_id, row in rows.items() if row["deleted_at"] is not None}
    assert marked == set(gone)
    again = _run("sync", fake, database, resources=["time_entries"], deletions="mark")
    assert again.resources["time_entries"].deleted == 0
    hv.close()


def _full_listing_requests(hv: Harvest) -> int:
    """The requests a whole listing of the time entries by PER_PAGE makes now: a page-numbered listing
    reads in overlapping reads, a few more than the pages (two more for 600 by 50)."""
    return sum(1 for _ in hv.time_entries.list(per_page=PER_PAGE).pages())


def test_full_reads_everything_and_finds_every_deletion(fake: FakeHarvest, tmp_path: Any) -> None:
    url = str(tmp_path / "copy.db")  # a bare path is a SQLite file
    hv = Harvest(**fake.client_kwargs(), throttle=False)
    _run("sync", fake, url, resources=["time_entries"])
    ids = [entry.required.id for entry in hv.time_entries.list()]
    for entry_id in ids[::40]:
        hv.time_entries.delete(entry_id)
    result = _run("sync", fake, url, resources=["time_entries"], full=True)
    assert result.resources["time_entries"].full
    assert result.resources["time_entries"].deleted == len(ids[::40])
    assert result.resources["time_entries"].requests == _full_listing_requests(hv)
    hv.close()


def test_many_scattered_deletions_never_cost_more_than_a_full_read(fake: FakeHarvest, tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    hv = Harvest(**fake.client_kwargs(), throttle=False)
    _run("sync", fake, url, resources=["time_entries"])
    ids = [entry.required.id for entry in hv.time_entries.list()]
    for entry_id in ids[7::41]:
        hv.time_entries.delete(entry_id)
    result = _run("sync", fake, url, resources=["time_entries"])
    full_read = _full_listing_requests(hv)
    assert result.resources["time_entries"].deleted == len(ids[7::41])
    # The changes and the whole count, then the cheaper of narrowing and reading every id.
    assert result.resources["time_entries"].requests <= full_read + 2
    assert_copy_equals_account(hv, url, ["time_entries"])
    hv.close()


def test_a_copy_of_one_account_refuses_another(fake: FakeHarvest, tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    _run("sync", fake, url, resources=["roles"])
    other = FakeHarvest(rate_limits=RateLimits(enabled=False), account_id="777")
    with other, Harvest(**other.client_kwargs(), throttle=False) as hv, pytest.raises(SyncError, match="777"):
        sync(hv, url)


def test_bad_arguments_are_refused_before_anything_is_sent(fake: FakeHarvest, tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        with pytest.raises(ValueError, match=r"unknown resource 'time_entry'.*time_entries"):
            sync(hv, url, resources=["time_entry"])
        with pytest.raises(TypeError, match="list of names"):
            sync(hv, url, resources="time_entries")
        with pytest.raises(ValueError, match="per_page"):
            sync(hv, url, per_page=5000)
        with pytest.raises(ValueError, match="deletions"):
            sync(hv, url, deletions="drop")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="SQLite or PostgreSQL"):
            sync(hv, "mysql://u@h/db")
    assert fake.status_counts == {}


def test_columns_the_spec_gained_are_added_and_nothing_is_dropped(fake: FakeHarvest, tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    _run("sync", fake, url, resources=["clients"])
    engine = open_engine(database_url(url))
    with engine.begin() as conn:
        # As if the database was made by a release whose spec had no `currency`, and kept a column of its own.
        conn.execute(sa.text("ALTER TABLE clients DROP COLUMN currency"))
        conn.execute(sa.text("ALTER TABLE clients ADD COLUMN legacy_note TEXT"))
        conn.execute(sa.text("UPDATE clients SET legacy_note = 'kept'"))
    _run("sync", fake, url, resources=["clients"], full=True)
    with engine.connect() as conn:
        columns = {column["name"] for column in sa.inspect(conn).get_columns("clients")}
        currencies = set(conn.execute(sa.text("SELECT currency FROM clients")).scalars())
        notes = set(conn.execute(sa.text("SELECT legacy_note FROM clients")).scalars())
    engine.dispose()
    assert {"currency", "legacy_note"} <= columns
    assert currencies == {"EUR", "USD"}
    assert notes == {"kept"}


def test_full_every_reads_everything_when_the_last_full_read_is_older(fake: FakeHarvest, tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    now = datetime.now(UTC)
    week = timedelta(days=7)
    _run("sync", fake, url, resources=["time_entries"], full_every=week, wall_clock=lambda: now)
    soon = _run("sync", fake, url, resources=["time_entries"], full_every=week, wall_clock=lambda: now + week / 2)
    assert not soon.resources["time_entries"].full
    later = _run("sync", fake, url, resources=["time_entries"], full_every=week, wall_clock=lambda: now + week)
    assert later.resources["time_entries"].full
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        assert later.resources["time_entries"].requests == _full_listing_requests(hv)


def test_a_cancelled_async_sync_stops_its_requests_and_frees_the_database(tmp_path: Any) -> None:
    requests: list[str] = []
    with FakeHarvest(
        seed=f"bulk:{ENTRIES}",
        rate_limits=RateLimits(enabled=False),
        on_exchange=lambda exchange: requests.append(exchange.path),
    ) as fake:
        url = f"sqlite:///{tmp_path / 'copy.db'}"

        async def cancel_after_a_page() -> int:
            loop = asyncio.get_running_loop()
            first_page = asyncio.Event()

            def progress(step: Any) -> None:  # called from the worker thread
                if step.resource == "time_entries" and step.records:
                    loop.call_soon_threadsafe(first_page.set)

            async with AsyncHarvest(**fake.client_kwargs(), throttle=False) as hv:
                task = asyncio.create_task(sync_async(hv, url, ["time_entries"], per_page=10, progress=progress))
                await first_page.wait()
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                sent = len(requests)
                await asyncio.sleep(0.5)  # the loop and the client live on: nothing may use them for the sync
                assert len(requests) == sent, "no request after the cancelled call returned"
                return sent

        sent_by_then = asyncio.run(cancel_after_a_page())
        assert sent_by_then < ENTRIES // 10, "the sync stopped long before reading every page"
        with Harvest(**fake.client_kwargs(), throttle=False) as hv:
            sync(hv, url, ["time_entries"], per_page=PER_PAGE)  # the lock was released: a new sync runs
        assert len(copy_rows(url, "time_entries")) == ENTRIES


def test_progress_counts_each_resources_own_requests(fake: FakeHarvest, tmp_path: Any) -> None:
    steps: list[Any] = []
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        result = sync(
            hv, f"sqlite:///{tmp_path / 'copy.db'}", ["time_entries", "roles"], per_page=PER_PAGE, progress=steps.append
        )
    for name in ("time_entries", "roles"):
        own = [step.requests for step in steps if step.resource == name]
        # Never the requests of the resources before it (the next page may be fetched already: prefetch).
        assert 1 <= own[0] <= result.resources[name].requests, own
        assert own[-1] == result.resources[name].requests  # "done" says the resource's total


def test_a_listing_shorter_than_harvests_count_deletes_nothing(fake: FakeHarvest, tmp_path: Any) -> None:
    from harvest_v2.sync import _run as run_sync  # the engine with a source of our own
    from harvest_v2.sync._source import ClientSource, Page

    class _MissesOne(ClientSource):
        """A listing that skipped a record that still exists (the account changed under it)."""

        def pages(self, operation: Any, params: dict[str, Any]) -> Any:
            for number, page in enumerate(super().pages(operation, params)):
                yield Page(page.records[1:], page.total_entries) if number == 0 else page

    url = f"sqlite:///{tmp_path / 'copy.db'}"
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        sync(hv, url, ["time_entries"], per_page=PER_PAGE)
        options = _options_of(hv, full=True, per_page=PER_PAGE)
        result = run_sync(hv, _MissesOne(hv), url, ["time_entries"], options, 0.0)
    assert result.resources["time_entries"].deleted == 0
    assert len(copy_rows(url, "time_entries")) == ENTRIES


def _options_of(hv: Harvest, **given: Any) -> Any:
    from harvest_v2.sync import DEFAULT_OVERLAP, _options
    from harvest_v2.sync._copy import utc_now

    return _options(hv, given.get("full", False), None, "remove", DEFAULT_OVERLAP, given["per_page"], utc_now, None)
