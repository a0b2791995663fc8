"""A record that drifted from the spec: its columns take what converts without loss, the rest is kept as received."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from harvest_v2 import Harvest
from harvest_v2.sync import sync
from harvest_v2.sync._database import database_url, open_engine
from harvest_v2.testing import FakeHarvest, RateLimits

from tests.sync._compare import assert_copy_equals_account


@pytest.fixture
def fake() -> Any:
    with FakeHarvest(seed="bulk:30", rate_limits=RateLimits(enabled=False)) as server:
        yield server


def _tolerant(fake: FakeHarvest) -> Harvest:
    # The default mode: drift is kept and reported, never raised (our suite's clients are strict).
    return Harvest(**{**fake.client_kwargs(), "strict": False}, throttle=False)


def _stored(url: str, entry_id: int) -> dict[str, Any]:
    engine = open_engine(database_url(url))
    with engine.connect() as conn:
        row = conn.execute(
            sa.text(
                "SELECT hours, rounded_hours, spent_date, notes, created_at, is_running, additional_properties "
                "FROM time_entries WHERE id = :id"
            ),
            {"id": entry_id},
        ).one()
    engine.dispose()
    values = dict(row._mapping)
    kept = values["additional_properties"]
    values["additional_properties"] = json.loads(kept, parse_float=Decimal) if isinstance(kept, str) else kept
    return values


def test_drifted_attributes_keep_what_converts_and_the_copy_keeps_what_came(fake: FakeHarvest, database: str) -> None:
    entry = fake.store.all("TimeEntry")[3]
    fake.store.update(
        "TimeEntry",
        entry["id"],
        {
            "hours": "1,5",  # a decimal comma: no number without guessing
            "rounded_hours": "2.50",  # decimal text: the model converts it (and reports it)
            "notes": 42,  # a number where text belongs: never guessed into text
            "created_at": "2025-01-31 17:00:00Z",  # a space for the T: the same instant
            "is_running": "false",  # never guessed into a boolean
            "approval_note": {"by": "Grace", "rate": Decimal("12.50")},  # not in the spec at all
        },
    )
    with _tolerant(fake) as hv:
        result = sync(hv, database, ["time_entries"])
    assert result.resources["time_entries"].inserted == 30
    assert result.resources["time_entries"].drifted == 1
    row = _stored(database, entry["id"])
    assert row["hours"] is None
    assert str(row["rounded_hours"]) == "2.50"
    assert row["notes"] is None
    assert row["is_running"] is None
    created = row["created_at"]
    assert str(created).startswith("2025-01-31 17:00:00")
    assert row["additional_properties"] == {
        "hours": "1,5",
        "rounded_hours": "2.50",
        "notes": 42,
        "created_at": "2025-01-31 17:00:00Z",
        "is_running": "false",
        "approval_note": {"by": "Grace", "rate": Decimal("12.50")},
    }
    assert str(row["additional_properties"]["approval_note"]["rate"]) == "12.50"  # money exact in the JSON too


def test_a_record_that_no_longer_drifts_clears_what_was_kept(fake: FakeHarvest, tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    entry = fake.store.all("TimeEntry")[0]
    hours = entry["hours"]
    fake.store.update("TimeEntry", entry["id"], {"hours": "1,5"})
    with _tolerant(fake) as hv:
        sync(hv, url, ["time_entries"])
        assert _stored(url, entry["id"])["hours"] is None
        fake.store.update("TimeEntry", entry["id"], {"hours": hours})
        again = sync(hv, url, ["time_entries"], full=True)
    assert (again.resources["time_entries"].updated, again.resources["time_entries"].drifted) == (1, 0)
    row = _stored(url, entry["id"])
    assert Decimal(str(row["hours"])) == hours
    assert row["additional_properties"] is None
    with Harvest(**fake.client_kwargs(), throttle=False) as strict:
        assert_copy_equals_account(strict, url, ["time_entries"])


def test_a_value_of_the_wrong_kind_outside_drift_names_its_record(fake: FakeHarvest, tmp_path: Any) -> None:
    from harvest_v2.sync import DEFAULT_OVERLAP, SyncError, _options
    from harvest_v2.sync import _run as run_sync
    from harvest_v2.sync._copy import utc_now
    from harvest_v2.sync._source import ClientSource, Page

    class _Garbled(ClientSource):
        """A source whose records break the model's contract (a text where a Decimal belongs)."""

        def pages(self, operation: Any, params: dict[str, Any]) -> Any:
            for page in super().pages(operation, params):
                records = [dict(record) for record in page.records]
                records[2]["hours"] = "many"
                yield Page(records, page.total_entries)

    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        options = _options(hv, False, None, "remove", DEFAULT_OVERLAP, 2000, utc_now, None)
        bad = [entry.id for entry in hv.time_entries.list()][2]
        with pytest.raises(SyncError, match=rf"time_entries record {bad}: hours should be decimal, Harvest sent str"):
            run_sync(hv, _Garbled(hv), f"sqlite:///{tmp_path / 'copy.db'}", ["time_entries"], options, 0.0)
