"""The fake's created_at and updated_at: seeded records are old, edits move updated_at, updated_since filters on it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from harvest_v2.testing import FakeHarvest, RateLimits


def _stamp(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_seeded_records_carry_past_timestamps_and_updated_since_sees_only_later_changes() -> None:
    with (
        FakeHarvest(seed="bulk:200", rate_limits=RateLimits(enabled=False)) as fake,
        httpx.Client(base_url=fake.base_url, headers=fake.headers(), timeout=10) as http,
    ):
        started = datetime.now(UTC)
        entries = http.get("/time_entries").json()["time_entries"]
        assert len(entries) == 200
        for entry in entries:
            created, updated = _stamp(entry["created_at"]), _stamp(entry["updated_at"])
            assert created.date() == datetime.fromisoformat(entry["spent_date"]).date() or created < started
            assert created <= updated < started
        assert min(_stamp(e["created_at"]) for e in entries) < started - timedelta(days=300)
        for client in http.get("/clients").json()["clients"]:
            assert _stamp(client["updated_at"]) < started - timedelta(days=365)

        since = (started - timedelta(seconds=1)).isoformat()
        assert http.get("/time_entries", params={"updated_since": since}).json()["total_entries"] == 0
        edited = entries[-1]
        answer = http.patch(f"/time_entries/{edited['id']}", json={"notes": "moved"}).json()
        assert _stamp(answer["updated_at"]) >= started.replace(microsecond=0)
        assert answer["created_at"] == edited["created_at"]
        changed = http.get("/time_entries", params={"updated_since": since}).json()["time_entries"]
        assert [e["id"] for e in changed] == [edited["id"]]
