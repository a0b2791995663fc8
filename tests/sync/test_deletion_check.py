"""How a second sync finds deletions of a date-keyed resource: the newest page, windows of days, counts.

Over real HTTP against the fake, whose seeded entries are newest day first by id, as Harvest lists them.
"""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import pytest
import sqlalchemy as sa
from harvest_v2 import AsyncHarvest, Harvest
from harvest_v2.sync import DEFAULT_OVERLAP, SyncResult, sync, sync_async
from harvest_v2.sync._database import database_url, open_engine
from harvest_v2.testing import FakeHarvest, RateLimits

from tests.sync._compare import assert_copy_equals_account, copy_rows

ENTRIES = 600
PER_PAGE = 50


@pytest.fixture
def exchanges() -> list[Any]:
    return []


@pytest.fixture
def fake(exchanges: list[Any]) -> Any:
    with FakeHarvest(
        seed=f"bulk:{ENTRIES}", rate_limits=RateLimits(enabled=False), on_exchange=exchanges.append
    ) as server:
        yield server


def _run(mode: str, fake: FakeHarvest, url: str, **options: Any) -> SyncResult:
    if mode == "sync":
        with Harvest(**fake.client_kwargs(), throttle=False) as hv:
            return sync(hv, url, ["time_entries"], per_page=PER_PAGE, **options)

    async def run() -> SyncResult:
        async with AsyncHarvest(**fake.client_kwargs(), throttle=False) as hv:
            return await sync_async(hv, url, ["time_entries"], per_page=PER_PAGE, **options)

    return asyncio.run(run())


def _queries(exchanges: list[Any]) -> list[dict[str, str]]:
    return [
        {key: values[0] for key, values in parse_qs(exchange.query).items()}
        for exchange in exchanges
        if exchange.path.endswith("/time_entries")
    ]


def _newest_first(hv: Harvest) -> list[int]:
    return [entry.required.id for entry in hv.time_entries.list()]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_deletion_among_the_newest_records_costs_nothing_beyond_the_first_page(
    mode: str, fake: FakeHarvest, database: str, exchanges: list[Any]
) -> None:
    _run(mode, fake, database)
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        gone = _newest_first(hv)[5]
        hv.time_entries.delete(gone)
        exchanges.clear()
        result = _run(mode, fake, database).resources["time_entries"]
        assert result.deleted == 1
        # The newest page (the count and the days it covers) and the changes older than its last day.
        assert result.requests == 2
        head, changes = _queries(exchanges)
        assert head == {"per_page": str(PER_PAGE)}
        assert "updated_since" in changes and "to" in changes
        assert_copy_equals_account(hv, database, ["time_entries"])


def test_recent_deletions_are_found_by_windows_of_days_without_counting(
    fake: FakeHarvest, database: str, exchanges: list[Any]
) -> None:
    _run("sync", fake, database)
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        ids = _newest_first(hv)
        for position in (20, 70, 110):  # one on the first page, two in the weeks before it
            hv.time_entries.delete(ids[position])
        exchanges.clear()
        result = _run("sync", fake, database).resources["time_entries"]
        assert result.deleted == 3
        queries = _queries(exchanges)
        assert all(query["per_page"] == str(PER_PAGE) for query in queries), "no count was needed"
        windows = [query for query in queries if "from" in query]
        assert windows and all("to" in window and "updated_since" not in window for window in windows)
        # Windows are whole days, newest first, each starting the day before the last one ended.
        for newer, older in itertools.pairwise(windows):
            assert date.fromisoformat(older["to"]) == date.fromisoformat(newer["from"]) - timedelta(days=1)
        assert result.requests <= 5  # a full re-read is 12
        assert_copy_equals_account(hv, database, ["time_entries"])


def test_old_deletions_are_narrowed_by_counts_once_the_newest_days_come_back_clean(
    fake: FakeHarvest, tmp_path: Any, exchanges: list[Any]
) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    _run("sync", fake, url)
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        ids = _newest_first(hv)
        hv.time_entries.delete(ids[560])  # logged about a year ago
        exchanges.clear()
        result = _run("sync", fake, url).resources["time_entries"]
        assert result.deleted == 1
        assert any(query["per_page"] == "1" for query in _queries(exchanges)), "the remainder was counted"
        assert result.requests < ENTRIES // PER_PAGE
        assert_copy_equals_account(hv, url, ["time_entries"])


def test_records_created_while_the_check_runs_are_never_counted_as_deletions(fake: FakeHarvest, tmp_path: Any) -> None:
    from harvest_v2.sync import _options
    from harvest_v2.sync import _run as run_sync
    from harvest_v2.sync._copy import utc_now
    from harvest_v2.sync._source import ClientSource

    url = f"sqlite:///{tmp_path / 'copy.db'}"
    hv = Harvest(**fake.client_kwargs(), throttle=False)
    _run("sync", fake, url)
    ids = _newest_first(hv)
    template = hv.time_entries.get(ids[0])
    hv.time_entries.delete(ids[80])
    created: list[int] = []

    class _BusyAccount(ClientSource):
        """People log old days while the sync runs: after each request, an entry a few months back."""

        def pages(self, operation: Any, params: dict[str, Any]) -> Any:
            for page in super().pages(operation, params):
                if len(created) < 6:
                    created.append(
                        hv.time_entries.create(
                            project_id=template.required.project.required.id,
                            task_id=template.required.task.required.id,
                            spent_date=date.today() - timedelta(days=100 + 10 * len(created)),
                            hours=Decimal("0.5"),
                        ).required.id
                    )
                yield page

    options = _options(hv, False, None, "remove", DEFAULT_OVERLAP, PER_PAGE, utc_now, None)
    result = run_sync(hv, _BusyAccount(hv), url, ["time_entries"], options, 0.0)
    entries = result.resources["time_entries"]
    assert entries.deleted == 1  # the one deletion; never a record made meanwhile
    rows = copy_rows(url, "time_entries")
    assert ids[80] not in rows
    assert all(entry_id in rows for entry_id in ids if entry_id != ids[80])
    _run("sync", fake, url)  # the next sync picks up what was created meanwhile
    assert_copy_equals_account(hv, url, ["time_entries"])
    hv.close()


def _state_checkpoint(url: str) -> datetime:
    engine = open_engine(database_url(url))
    with engine.connect() as conn:
        value = conn.execute(
            sa.text("SELECT checkpoint FROM harvest_sync_state WHERE resource = 'time_entries'")
        ).scalar_one()
    engine.dispose()
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def test_a_quiet_account_is_read_from_just_after_its_newest_change(
    fake: FakeHarvest, tmp_path: Any, exchanges: list[Any]
) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    later = datetime.now(UTC) + timedelta(hours=3)  # nothing changed in the hours before the run
    _run("sync", fake, url, wall_clock=lambda: later)
    newest = max(
        entry.required.updated_at for entry in Harvest(**fake.client_kwargs(), throttle=False).time_entries.list()
    )
    assert _state_checkpoint(url) == newest + DEFAULT_OVERLAP + timedelta(seconds=1)
    exchanges.clear()
    _run("sync", fake, url, wall_clock=lambda: later + timedelta(hours=1))
    changes = next(query for query in _queries(exchanges) if "updated_since" in query)
    assert datetime.fromisoformat(changes["updated_since"].replace("Z", "+00:00")) == newest + timedelta(seconds=1)


def test_a_busy_account_keeps_the_overlap_before_the_runs_start(fake: FakeHarvest, tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    started = datetime.now(UTC) - timedelta(minutes=1)  # the newest change is after the run began
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        entry = next(iter(hv.time_entries.list()))
        hv.time_entries.update(entry.required.id, notes="just now")
    _run("sync", fake, url, wall_clock=lambda: started)
    assert _state_checkpoint(url) == started


def test_a_first_page_that_is_not_the_newest_days_settles_nothing(fake: FakeHarvest, tmp_path: Any) -> None:
    from harvest_v2.sync import _options
    from harvest_v2.sync import _run as run_sync
    from harvest_v2.sync._copy import utc_now
    from harvest_v2.sync._source import ClientSource, Page

    class _OldestDaysFirst(ClientSource):
        """A listing whose first page is the oldest days (newest first within it), as an order we did not expect."""

        def pages(self, operation: Any, params: dict[str, Any]) -> Any:
            if set(params) != {"per_page"}:
                yield from super().pages(operation, params)
                return
            pages = list(super().pages(operation, params))
            records = [record for page in pages for record in page.records]
            oldest = sorted(records, key=lambda record: (record["spent_date"], record["id"]))[: params["per_page"]]
            oldest.reverse()
            yield Page(oldest, pages[0].total_entries)

    url = f"sqlite:///{tmp_path / 'copy.db'}"
    hv = Harvest(**fake.client_kwargs(), throttle=False)
    _run("sync", fake, url)
    ids = _newest_first(hv)
    # A change of the newest days, and no deletion: nothing but the changes read can find it.
    hv.time_entries.update(ids[3], notes="edited after the first sync")
    options = _options(hv, False, None, "remove", DEFAULT_OVERLAP, PER_PAGE, utc_now, None)
    result = run_sync(hv, _OldestDaysFirst(hv), url, ["time_entries"], options, 0.0).resources["time_entries"]
    assert (result.updated, result.deleted) == (1, 0)
    assert_copy_equals_account(hv, url, ["time_entries"])
    hv.close()


def test_a_list_the_spec_does_not_order_by_day_lets_its_first_page_settle_nothing(
    fake: FakeHarvest, tmp_path: Any, exchanges: list[Any]
) -> None:
    """Only the table row's order (x-harvest-order) says a first page holds every record of its newer days."""
    from harvest_v2._operations import OPERATIONS

    url = f"sqlite:///{tmp_path / 'copy.db'}"
    _run("sync", fake, url)
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        hv.time_entries.update(_newest_first(hv)[3], notes="edited after the first sync")
    exchanges.clear()
    # As if the spec said nothing of the order (the list is then newest created first). The row is
    # frozen and shared by every reader, so it is changed in place for this run and put back.
    row = OPERATIONS["list_time_entries"]
    object.__setattr__(row, "order_by", None)
    try:
        result = _run("sync", fake, url).resources["time_entries"]
    finally:
        object.__setattr__(row, "order_by", "spent_date")
    assert (result.updated, result.deleted) == (1, 0)
    changes = [query for query in _queries(exchanges) if "updated_since" in query]
    assert changes and all("to" not in query for query in changes)  # every day's changes read, none settled
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        assert_copy_equals_account(hv, url, ["time_entries"])
