"""PATCH /time_entries/{time_entry_id}/stop: Stop the running timer of a time entry."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry

METHOD = "PATCH"
PATH = "/time_entries/{time_entry_id}/stop"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the PATCH /time_entries/{time_entry_id}/stop request."""
    return RequestSpec(
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}/stop",
    )


def _parse(data: Any) -> TimeEntry:
    return TimeEntry.from_dict(data)
