"""TimeEntryCreateByDuration: A new entry for accounts that track durations. With hours the entry is stored stopped; without them it starts at zero with a running timer."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_model as _dump_model
from ..types import UNSET, Unset
from .time_entry_external_reference_input import TimeEntryExternalReferenceInput


class TimeEntryCreateByDuration(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new entry for accounts that track durations. With hours the entry is stored stopped; without them it starts at zero with a running timer.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    project_id: int
    task_id: int
    spent_date: datetime.date
    user_id: int | Unset = UNSET
    """Whose time it is; the authenticated user when left out."""
    hours: Decimal | Unset = UNSET
    """Decimal hours already spent."""
    notes: str | Unset = UNSET
    external_reference: TimeEntryExternalReferenceInput | Unset = UNSET
    """Link a time entry to an item in another tool."""
    additional_properties: dict[str, Any] = msgspec.field(default_factory=dict)
    """Attributes Harvest sent that the spec does not declare."""
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.project_id) is not UNSET:
            out["project_id"] = _v1
        if (_v2 := this.task_id) is not UNSET:
            out["task_id"] = _v2
        if (_v3 := this.spent_date) is not UNSET:
            out["spent_date"] = _dump_date(_v3)
        if (_v4 := this.user_id) is not UNSET:
            out["user_id"] = _v4
        if (_v5 := this.hours) is not UNSET:
            out["hours"] = _v5
        if (_v6 := this.notes) is not UNSET:
            out["notes"] = _v6
        if (_v7 := this.external_reference) is not UNSET:
            out["external_reference"] = _dump_model(_v7)
        out.update(self.additional_properties)
        return out


TimeEntryCreateByDuration._schema = _k.ModelSchema(
    "TimeEntryCreateByDuration",
    (
        _k.Field("project_id", "project_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("task_id", "task_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("spent_date", "spent_date", _k.DATE, required=True, nullable=False),
        _k.Field("user_id", "user_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("hours", "hours", _k.DECIMAL, required=False, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=False),
        _k.Field(
            "external_reference",
            "external_reference",
            _k.Model(TimeEntryExternalReferenceInput),
            required=False,
            nullable=False,
        ),
    ),
)
