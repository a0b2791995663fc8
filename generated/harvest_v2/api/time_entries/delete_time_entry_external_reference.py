"""DELETE /time_entries/{time_entry_id}/external_reference: Unlink a time entry from its outside item."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec

OPERATION = "delete_time_entry_external_reference"
METHOD = "DELETE"
PATH = "/time_entries/{time_entry_id}/external_reference"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the DELETE /time_entries/{time_entry_id}/external_reference request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}/external_reference",
    )
