"""DELETE /time_entries/{time_entry_id}/external_reference: Unlink a time entry from its outside item."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec

METHOD = "DELETE"
PATH = "/time_entries/{time_entry_id}/external_reference"


def _request(
    time_entry_id: int,
) -> RequestSpec:
    """Build the DELETE /time_entries/{time_entry_id}/external_reference request."""
    return RequestSpec(
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}/external_reference",
    )
