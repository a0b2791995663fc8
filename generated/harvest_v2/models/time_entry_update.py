"""TimeEntryUpdate: Fields to change on a time entry; leave out what stays."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset
from .time_entry_external_reference_input import TimeEntryExternalReferenceInput

_new = object.__new__
_FIELDS = frozenset(
    {
        "project_id",
        "task_id",
        "spent_date",
        "started_time",
        "ended_time",
        "hours",
        "notes",
        "external_reference",
    }
)


@define
class TimeEntryUpdate:
    """Fields to change on a time entry; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    project_id: int | Unset = UNSET
    task_id: int | Unset = UNSET
    spent_date: datetime.date | Unset = UNSET
    started_time: str | Unset = UNSET
    """Time of day the work began, such as "8:00am" or "08:00"."""
    ended_time: str | Unset = UNSET
    """Time of day the work stopped"""
    hours: float | Unset = UNSET
    """Decimal hours spent."""
    notes: str | Unset | None = UNSET
    external_reference: TimeEntryExternalReferenceInput | Unset = UNSET
    """Link a time entry to an item in another tool."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.project_id = src.get("project_id", UNSET)
        obj.task_id = src.get("task_id", UNSET)
        obj.spent_date = UNSET if (_u3 := src.get("spent_date", UNSET)) is UNSET else _parse_date(_u3)
        obj.started_time = src.get("started_time", UNSET)
        obj.ended_time = src.get("ended_time", UNSET)
        obj.hours = src.get("hours", UNSET)
        obj.notes = src.get("notes", UNSET)
        obj.external_reference = (
            UNSET
            if (_u8 := src.get("external_reference", UNSET)) is UNSET
            else TimeEntryExternalReferenceInput.from_dict(_u8)
        )
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.project_id is not UNSET)
            - (obj.task_id is not UNSET)
            - (obj.spent_date is not UNSET)
            - (obj.started_time is not UNSET)
            - (obj.ended_time is not UNSET)
            - (obj.hours is not UNSET)
            - (obj.notes is not UNSET)
            - (obj.external_reference is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.project_id, Unset):
            out["project_id"] = self.project_id
        if not isinstance(self.task_id, Unset):
            out["task_id"] = self.task_id
        if not isinstance(self.spent_date, Unset):
            out["spent_date"] = self.spent_date.isoformat()
        if not isinstance(self.started_time, Unset):
            out["started_time"] = self.started_time
        if not isinstance(self.ended_time, Unset):
            out["ended_time"] = self.ended_time
        if not isinstance(self.hours, Unset):
            out["hours"] = self.hours
        if not isinstance(self.notes, Unset):
            out["notes"] = self.notes
        if not isinstance(self.external_reference, Unset):
            out["external_reference"] = self.external_reference.to_dict()
        out.update(self.additional_properties)
        return out
