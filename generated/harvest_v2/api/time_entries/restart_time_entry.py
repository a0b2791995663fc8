"""PATCH /time_entries/{time_entry_id}/restart: Start the timer again on a stopped time entry."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry

OPERATION = "restart_time_entry"
METHOD = "PATCH"
PATH = "/time_entries/{time_entry_id}/restart"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the PATCH /time_entries/{time_entry_id}/restart request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}/restart",
    )


RESPONSE_MODEL = TimeEntry
