"""GET /time_entries/{time_entry_id}: Fetch one time entry."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry

OPERATION = "get_time_entry"
METHOD = "GET"
PATH = "/time_entries/{time_entry_id}"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the GET /time_entries/{time_entry_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}",
    )


RESPONSE_MODEL = TimeEntry
