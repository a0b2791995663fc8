"""Listings over real HTTP against the fake while its churn fault changes the records being listed.

The guarantee: every record that exists for the whole listing, and whose date is not edited meanwhile,
is listed exactly once; records created or deleted meanwhile may or may not be; nothing else is listed
twice. The fake lists time entries as Harvest does, latest spent_date first, so a copy the churn
creates lands wherever its date puts it, behind the cursor or ahead of it. Both clients.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from harvest_v2 import AsyncHarvest, Harvest, ListingChangedError
from harvest_v2.testing import Churn, FakeHarvest

from tests.e2e.conftest import client_kwargs

PER_PAGE = 50


@pytest.fixture
def fake() -> Iterator[FakeHarvest]:
    # The client runs strict, so every churned record it reads is checked against the spec.
    with FakeHarvest(seed="bulk:300") as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def list_ids(request: pytest.FixtureRequest, fake: FakeHarvest) -> Any:
    """list_ids(**filters): the ids hv.time_entries.list yields, by Harvest or AsyncHarvest."""

    def sync(**filters: Any) -> list[int]:
        with Harvest(**client_kwargs(fake)) as hv:
            return [entry.required.id for entry in hv.time_entries.list(per_page=PER_PAGE, **filters)]

    async def listed(**filters: Any) -> list[int]:
        async with AsyncHarvest(**client_kwargs(fake)) as hv:
            return [entry.required.id async for entry in hv.time_entries.list(per_page=PER_PAGE, **filters)]

    return sync if request.param == "sync" else lambda **filters: asyncio.run(listed(**filters))


def _ids(fake: FakeHarvest) -> set[int]:
    return {record["id"] for record in fake.store.all("TimeEntry")}


def _assert_complete(listed: list[int], before: set[int], churn: Churn, after: set[int]) -> None:
    moved = set(churn.backdated)  # the one honest limit: these may be missed or listed again
    twice = {record_id for record_id in listed if listed.count(record_id) > 1}
    assert twice <= moved, f"listed twice: {sorted(twice - moved)}"
    survivors = before - set(churn.deleted)
    assert survivors <= after
    missing = survivors - moved - set(listed)
    assert not missing, f"{len(missing)} records that existed throughout were not listed"
    assert set(listed) <= before | set(churn.created)


def test_deletions_behind_the_listing(fake: FakeHarvest, list_ids: Any) -> None:
    before = _ids(fake)
    churn = fake.faults.churn(deletes=7, where="read", after=3, seed=1)
    listed = list_ids()
    assert len(churn.deleted) == 7 and churn.rounds == 1
    _assert_complete(listed, before, churn, _ids(fake))
    assert len(listed) == 300  # the deleted ones had been listed before they went


def test_creations_ahead_of_the_listing(fake: FakeHarvest, list_ids: Any) -> None:
    before = _ids(fake)
    churn = fake.faults.churn(creates=9, after=2, seed=2)
    listed = list_ids()
    assert len(churn.created) == 9
    _assert_complete(listed, before, churn, _ids(fake))
    assert before <= set(listed)  # copies dated like their originals: some behind the cursor, some ahead


def test_a_deletion_behind_and_a_creation_ahead_leave_total_entries_unchanged_and_skip_nothing(
    fake: FakeHarvest, list_ids: Any
) -> None:
    # The hole total_entries cannot show: before every other read one read entry goes and one entry is
    # created, a copy of a random one, mostly ahead of the cursor in this date-ordered list.
    before = _ids(fake)
    churn = fake.faults.churn(deletes=1, creates=1, where="read", after=1, every=2, times=4, seed=11)
    listed = list_ids()
    assert churn.rounds == 4
    _assert_complete(listed, before, churn, _ids(fake))


def test_entries_backdated_while_listed_are_the_only_ones_that_may_be_missed_or_repeated(
    fake: FakeHarvest, list_ids: Any
) -> None:
    # Moving a read entry's spent_date back puts it ahead of the cursor (and pulls the rest back).
    before = _ids(fake)
    churn = fake.faults.churn(backdates=3, where="read", after=2, times=4, seed=12)
    listed = list_ids()
    assert len(churn.backdated) == 12
    _assert_complete(listed, before, churn, _ids(fake))


def test_creations_edits_backdates_and_deletions_all_along(fake: FakeHarvest, list_ids: Any) -> None:
    before = _ids(fake)
    # Every other request, so a re-read that repairs a shift sees the list as the page before it did.
    churn = fake.faults.churn(creates=4, edits=3, backdates=2, deletes=5, after=1, every=2, times=20, seed=3)
    listed = list_ids()
    assert churn.rounds >= 3 and churn.deleted and churn.created and churn.backdated and churn.edited
    _assert_complete(listed, before, churn, _ids(fake))


def test_deletions_behind_before_every_request_re_reads_included(fake: FakeHarvest, list_ids: Any) -> None:
    # No two reads see the same total_entries; each re-read still reaches the page it repairs.
    before = _ids(fake)
    churn = fake.faults.churn(deletes=2, where="read", after=2, times=40, seed=8)
    listed = list_ids()
    assert churn.rounds >= 8
    _assert_complete(listed, before, churn, _ids(fake))


def test_deletions_on_both_sides_of_the_cursor(fake: FakeHarvest, list_ids: Any) -> None:
    before = _ids(fake)
    read = fake.faults.churn(deletes=10, where="read", after=2, times=3, seed=4)
    unread = fake.faults.churn(deletes=10, where="unread", after=2, times=3, seed=5)
    listed = list_ids()
    deleted = set(read.deleted) | set(unread.deleted)
    assert len(listed) == len(set(listed))
    assert before - deleted <= set(listed) <= before


def test_a_listing_filtered_by_date_stays_complete(fake: FakeHarvest, list_ids: Any) -> None:
    entries = fake.store.all("TimeEntry")
    days = sorted({entry["spent_date"] for entry in entries})
    since = days[len(days) // 3]
    before = {entry["id"] for entry in entries if entry["spent_date"] >= since}
    assert len(before) > 2 * PER_PAGE
    churn = fake.faults.churn(deletes=3, creates=2, where="read", after=2, times=3, seed=6)
    listed = list_ids(from_=date.fromisoformat(since))
    assert len(listed) == len(set(listed))
    survivors = before - set(churn.deleted)
    assert survivors <= set(listed)


def test_deleting_more_than_the_reads_back_reach_is_refused(fake: FakeHarvest, list_ids: Any) -> None:
    # Three reads have delivered about 140 entries; 130 of them go at once: two reads back reach ~100.
    fake.faults.churn(deletes=130, where="read", after=3, seed=7)
    with pytest.raises(ListingChangedError, match="list_time_entries: the list changed under the listing") as info:
        list_ids()
    assert info.value.operation == "list_time_entries"
    assert (info.value.total_before, info.value.total_after) == (300, 170)


def test_the_fake_as_a_process_churns_what_its_command_line_says() -> None:
    from tests.e2e.test_command_line import AGENT, _serve

    with _serve(
        "--seed", "bulk:200", "--no-rate-limit", "--churn", "TimeEntry:deletes=4,where=read,after=2,seed=3"
    ) as (
        base,
        headers,
    ):
        token = headers["Authorization"].removeprefix("Bearer ")
        with Harvest(token, headers["Harvest-Account-Id"], AGENT, base_url=base, strict=True, throttle=False) as hv:
            listed = [entry.id for entry in hv.time_entries.list(per_page=PER_PAGE)]
            left = hv.time_entries.list(per_page=1).first_page().total_entries
    assert len(listed) == len(set(listed)) == 200  # the four deleted had been listed before they went
    assert left == 196
