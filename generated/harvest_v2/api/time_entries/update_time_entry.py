"""PATCH /time_entries/{time_entry_id}: Change some fields of a time entry."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._arguments import model_arg as _model_arg
from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.time_entry_external_reference_input import TimeEntryExternalReferenceInput

OPERATION = "update_time_entry"
METHOD = "PATCH"
PATH = "/time_entries/{time_entry_id}"


def _request(
    time_entry_id: int,
    *,
    project_id: int | Unset = UNSET,
    task_id: int | Unset = UNSET,
    spent_date: datetime.date | Unset = UNSET,
    started_time: str | Unset = UNSET,
    ended_time: str | Unset = UNSET,
    hours: Decimal | float | Unset = UNSET,
    notes: str | Unset | None = UNSET,
    external_reference: TimeEntryExternalReferenceInput | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /time_entries/{time_entry_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(project_id, Unset):
        _body["project_id"] = project_id
    if not isinstance(task_id, Unset):
        _body["task_id"] = task_id
    if not isinstance(spent_date, Unset):
        _body["spent_date"] = _date_arg("spent_date", spent_date)
    if not isinstance(started_time, Unset):
        _body["started_time"] = started_time
    if not isinstance(ended_time, Unset):
        _body["ended_time"] = ended_time
    if not isinstance(hours, Unset):
        _body["hours"] = _decimal_arg("hours", hours, query=False)
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(external_reference, Unset):
        _body["external_reference"] = _model_arg("external_reference", external_reference)
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/time_entries/{quote(str(time_entry_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = TimeEntry
