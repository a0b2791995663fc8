"""POST /time_entries: Track time, as a duration or between start and end times."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.time_entry_external_reference_input import TimeEntryExternalReferenceInput

METHOD = "POST"
PATH = "/time_entries"


def _request(
    *,
    project_id: int,
    task_id: int,
    spent_date: datetime.date,
    user_id: int | Unset = UNSET,
    hours: float | Unset = UNSET,
    notes: str | Unset = UNSET,
    external_reference: TimeEntryExternalReferenceInput | Unset = UNSET,
    started_time: str | Unset = UNSET,
    ended_time: str | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /time_entries request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["project_id"] = project_id
    _body["task_id"] = task_id
    _body["spent_date"] = spent_date.isoformat()
    if not isinstance(user_id, Unset):
        _body["user_id"] = user_id
    if not isinstance(hours, Unset):
        _body["hours"] = hours
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(external_reference, Unset):
        _body["external_reference"] = external_reference.to_dict()
    if not isinstance(started_time, Unset):
        _body["started_time"] = started_time
    if not isinstance(ended_time, Unset):
        _body["ended_time"] = ended_time
    return RequestSpec(
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


def _parse(data: Any) -> TimeEntry:
    return TimeEntry.from_dict(data)
