"""PATCH /time_entries/{time_entry_id}/stop: Stop the running timer of a time entry."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry

OPERATION = "stop_time_entry"
METHOD = "PATCH"
PATH = "/time_entries/{time_entry_id}/stop"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the PATCH /time_entries/{time_entry_id}/stop request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}/stop",
    )


RESPONSE_MODEL = TimeEntry
