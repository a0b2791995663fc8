"""PATCH /time_entries/{time_entry_id}/restart: Start the timer again on a stopped time entry."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry

METHOD = "PATCH"
PATH = "/time_entries/{time_entry_id}/restart"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the PATCH /time_entries/{time_entry_id}/restart request."""
    return RequestSpec(
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}/restart",
    )


def _parse(data: Any) -> TimeEntry:
    return TimeEntry.from_dict(data)
