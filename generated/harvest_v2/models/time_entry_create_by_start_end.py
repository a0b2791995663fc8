"""TimeEntryCreateByStartEnd: A new entry for accounts that track start and end times. Without ended_time the entry keeps running."""

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
        "user_id",
        "ended_time",
        "notes",
        "external_reference",
    }
)


@define
class TimeEntryCreateByStartEnd:
    """A new entry for accounts that track start and end times. Without ended_time the entry keeps running.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    project_id: int
    task_id: int
    spent_date: datetime.date
    started_time: str
    """Time of day the work began, such as "8:00am" or "08:00"."""
    user_id: int | Unset = UNSET
    """Whose time it is; the authenticated user when left out."""
    ended_time: str | Unset = UNSET
    """Time of day the work stopped"""
    notes: str | Unset = UNSET
    external_reference: TimeEntryExternalReferenceInput | Unset = UNSET
    """Link a time entry to an item in another tool."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.project_id = src["project_id"]
        obj.task_id = src["task_id"]
        obj.spent_date = _parse_date(src["spent_date"])
        obj.started_time = src["started_time"]
        obj.user_id = src.get("user_id", UNSET)
        obj.ended_time = src.get("ended_time", UNSET)
        obj.notes = src.get("notes", UNSET)
        obj.external_reference = (
            UNSET
            if (_u8 := src.get("external_reference", UNSET)) is UNSET
            else TimeEntryExternalReferenceInput.from_dict(_u8)
        )
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 4
            - (obj.user_id is not UNSET)
            - (obj.ended_time is not UNSET)
            - (obj.notes is not UNSET)
            - (obj.external_reference is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "project_id": self.project_id,
            "task_id": self.task_id,
            "spent_date": self.spent_date.isoformat(),
            "started_time": self.started_time,
        }
        if not isinstance(self.user_id, Unset):
            out["user_id"] = self.user_id
        if not isinstance(self.ended_time, Unset):
            out["ended_time"] = self.ended_time
        if not isinstance(self.notes, Unset):
            out["notes"] = self.notes
        if not isinstance(self.external_reference, Unset):
            out["external_reference"] = self.external_reference.to_dict()
        out.update(self.additional_properties)
        return out
