"""DELETE /time_entries/{time_entry_id}: Delete a time entry."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry

OPERATION = "delete_time_entry"
METHOD = "DELETE"
PATH = "/time_entries/{time_entry_id}"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the DELETE /time_entries/{time_entry_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}",
    )


RESPONSE_MODEL = TimeEntry
