"""The fake's churn fault: seeded changes to records before chosen list requests."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from harvest_v2.testing import Churn, FakeHarvest
from harvest_v2.testing.__main__ import main
from harvest_v2.testing._churn import parse_churn
from harvest_v2.testing._faults import Faults
from harvest_v2.testing._seed import seed_account
from harvest_v2.testing._store import Store

_PAGE_2 = {"page": 2, "per_page": 10}


def _store(entries: int = 40) -> Store:
    store = Store()
    seed_account(store)
    for n in range(entries):
        project = {"id": 900 + n % 3, "name": f"Project {n % 3}"}
        store.add("TimeEntry", {"spent_date": f"2026-03-{n % 28 + 1:02d}", "notes": None, "project": project})
    return store


def _ids(store: Store) -> list[int]:
    return [record["id"] for record in store.all("TimeEntry")]


def _by_date(store: Store) -> list[int]:
    """The time entries as Harvest lists them: latest spent_date first, ties newest created first."""
    entries = sorted(store.all("TimeEntry"), key=lambda record: record["id"], reverse=True)
    return [record["id"] for record in sorted(entries, key=lambda record: record["spent_date"], reverse=True)]


def _run(churn_args: dict[str, Any], requests: list[dict[str, Any]], store: Store | None = None) -> Churn:
    faults = Faults()
    churn = faults.churn(**churn_args)
    store = store or _store()
    for query in requests:
        with store.lock:
            faults.before_list(store, "TimeEntry", query, lambda: _by_date(store))
    return churn


def _contents(store: Store) -> list[dict[str, Any]]:
    """The time entries without their timestamps (which say when the test ran)."""
    return [{k: v for k, v in r.items() if k not in ("created_at", "updated_at")} for r in store.all("TimeEntry")]


def test_the_same_seed_makes_the_same_changes() -> None:
    args = {"creates": 2, "edits": 2, "backdates": 2, "deletes": 3, "after": 0, "times": 3, "seed": 11}
    stores = [_store(), _store()]
    first, second = (_run(args, [_PAGE_2] * 3, store) for store in stores)
    assert (first.created, first.edited, first.backdated, first.deleted) == (
        second.created,
        second.edited,
        second.backdated,
        second.deleted,
    )
    assert len(first.deleted) == 9 and _contents(stores[0]) == _contents(stores[1])
    other = _run({**args, "seed": 12}, [_PAGE_2] * 3)
    assert other.deleted != first.deleted


def test_changes_are_what_they_say() -> None:
    store = _store()
    before = {record["id"]: dict(record) for record in store.all("TimeEntry")}
    churn = _run({"creates": 3, "edits": 2, "backdates": 2, "deletes": 4, "after": 0}, [_PAGE_2], store)
    after = {record["id"]: record for record in store.all("TimeEntry")}
    assert churn.rounds == 1 and churn.done
    assert not set(churn.deleted) & set(after) and set(churn.deleted) <= set(before)
    assert set(churn.created) <= set(after) and not set(churn.created) & set(before)
    assert min(churn.created) > max(before)  # created newest: first in the fake's order
    for record_id in churn.edited:
        assert after[record_id]["notes"].startswith("Changed while listed")
    for record_id in churn.backdated:
        assert after[record_id]["spent_date"] < before[record_id]["spent_date"]
    created = after[churn.created[0]]
    assert created["project"]["name"].startswith("Project ") and created["spent_date"].startswith("2026-")


@pytest.mark.parametrize("where", ["read", "unread"])
def test_where_picks_records_around_the_requested_page(where: str) -> None:
    store = _store()
    listed = _by_date(store)
    assert listed != sorted(listed, reverse=True)  # read means before the page in the list's order, not by id
    churn = _run({"deletes": 5, "where": where, "after": 0}, [{"page": 3, "per_page": 10}], store)
    read = set(listed[:20])
    assert (set(churn.deleted) <= read) if where == "read" else not (set(churn.deleted) & read)


def test_after_every_and_times_choose_the_requests() -> None:
    churn = _run({"deletes": 1, "after": 2, "every": 3, "times": 2}, [_PAGE_2] * 12)
    assert churn.rounds == 2 and len(churn.deleted) == 2 and churn.done


def test_a_churn_acts_on_its_own_kind_only() -> None:
    faults = Faults()
    churn = faults.churn("Expense", deletes=1, after=0)
    store = _store()
    faults.before_list(store, "TimeEntry", _PAGE_2, lambda: _by_date(store))
    assert churn.rounds == 0
    faults.clear()
    faults.before_list(store, "Expense", _PAGE_2, lambda: [])
    assert churn.rounds == 0  # cleared


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({}, "a churn needs something to do"),
        ({"deletes": -1}, "deletes must be 0 or more, got -1"),
        ({"deletes": 1, "where": "behind"}, "where must be one of read, unread, anywhere, got 'behind'"),
        ({"deletes": 1, "times": 0}, "times must be 1 or more, got 0"),
        ({"deletes": 1, "every": 0}, "every must be 1 or more list requests, got 0"),
        ({"deletes": 1, "after": -1}, "after must be 0 or more list requests, got -1"),
    ],
)
def test_bad_arguments_are_refused(args: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Faults().churn(**args)


def test_churn_over_http_changes_the_listing_it_runs_under() -> None:
    with FakeHarvest(seed="bulk:30") as fake:
        churn = fake.faults.churn(deletes=2, creates=1, after=1, seed=5)
        with httpx.Client(base_url=fake.base_url, headers=fake.headers()) as http:
            first = http.get("/time_entries", params={"per_page": 10}).json()
            second = http.get("/time_entries", params={"per_page": 10, "page": 2}).json()
        assert first["total_entries"] == 30 and second["total_entries"] == 29
        assert repr(churn) == "Churn(TimeEntry: 1 created, 0 edited, 0 backdated, 2 deleted in 1 rounds)"


def test_a_kind_that_no_list_returns_is_refused() -> None:
    with pytest.raises(
        ValueError, match=r"kind must name the records of a list operation \(.*TimeEntry.*\), got 'TimeEntries'"
    ):
        Faults().churn("TimeEntries", deletes=1)
    with pytest.raises(ValueError, match="got 'TimeReportsResult'"):
        Faults().churn("TimeReportsResult", deletes=1)


def test_a_churn_is_read_from_its_command_line_spelling() -> None:
    assert parse_churn("TimeEntry:creates=1, deletes=3,every=3,where=read,seed=7") == (
        "TimeEntry",
        {"creates": 1, "deletes": 3, "every": 3, "where": "read", "seed": 7},
    )
    with pytest.raises(ValueError, match="a churn is written KIND:name=value"):
        parse_churn("deletes=3")
    with pytest.raises(ValueError, match="unknown churn setting 'removes=3'"):
        parse_churn("TimeEntry:removes=3")
    with pytest.raises(ValueError, match="churn setting deletes must be a whole number, got 'many'"):
        parse_churn("TimeEntry:deletes=many")


def test_the_fake_command_refuses_a_churn_it_cannot_use(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--churn", "TimeEntry:deletes=-1"]) == 2
    assert capsys.readouterr().err == "python -m harvest_v2.testing: error: deletes must be 0 or more, got -1\n"
