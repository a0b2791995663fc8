"""DELETE /time_entries/{time_entry_id}: Delete a time entry."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry

METHOD = "DELETE"
PATH = "/time_entries/{time_entry_id}"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the DELETE /time_entries/{time_entry_id} request."""
    return RequestSpec(
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}",
    )


def _parse(data: Any) -> TimeEntry | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else TimeEntry.from_dict(data)
