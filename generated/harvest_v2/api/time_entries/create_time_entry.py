"""POST /time_entries: Track time, as a duration or between start and end times."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._arguments import model_arg as _model_arg
from ..._core._request import RequestSpec
from ...models.time_entry import TimeEntry
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.time_entry_external_reference_input import TimeEntryExternalReferenceInput

OPERATION = "create_time_entry"
METHOD = "POST"
PATH = "/time_entries"


def _request(
    *,
    project_id: int,
    task_id: int,
    spent_date: datetime.date,
    user_id: int | Unset = UNSET,
    hours: Decimal | float | Unset = UNSET,
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
    _body["spent_date"] = _date_arg("spent_date", spent_date)
    if not isinstance(user_id, Unset):
        _body["user_id"] = user_id
    if not isinstance(hours, Unset):
        _body["hours"] = _decimal_arg("hours", hours, query=False)
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(external_reference, Unset):
        _body["external_reference"] = _model_arg("external_reference", external_reference)
    if not isinstance(started_time, Unset):
        _body["started_time"] = started_time
    if not isinstance(ended_time, Unset):
        _body["ended_time"] = ended_time
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = TimeEntry
