"""TimeEntryUpdate: Fields to change on a time entry; leave out what stays."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_model as _dump_model
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset
from .time_entry_external_reference_input import TimeEntryExternalReferenceInput

_new = object.__new__


@define
class TimeEntryUpdate:
    """Fields to change on a time entry; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    project_id: int | Unset = UNSET
    task_id: int | Unset = UNSET
    spent_date: datetime.date | Unset = UNSET
    started_time: str | Unset = UNSET
    """Time of day the work began, such as "8:00am" or "08:00"."""
    ended_time: str | Unset = UNSET
    """Time of day the work stopped"""
    hours: Decimal | Unset = UNSET
    """Decimal hours spent."""
    notes: str | Unset | None = UNSET
    external_reference: TimeEntryExternalReferenceInput | Unset = UNSET
    """Link a time entry to an item in another tool."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.project_id = (
                _v0 if (_v0 := src.get("project_id", UNSET)) is UNSET or _v0.__class__ is int else _drifted()
            )
            obj.task_id = _v1 if (_v1 := src.get("task_id", UNSET)) is UNSET or _v1.__class__ is int else _drifted()
            obj.spent_date = _v2 if (_v2 := src.get("spent_date", UNSET)) is UNSET else _parse_date(_v2)
            obj.started_time = (
                _v3 if (_v3 := src.get("started_time", UNSET)) is UNSET or _v3.__class__ is str else _drifted()
            )
            obj.ended_time = (
                _v4 if (_v4 := src.get("ended_time", UNSET)) is UNSET or _v4.__class__ is str else _drifted()
            )
            obj.hours = (
                _v5 if (_v5 := src.get("hours", UNSET)) is UNSET or _v5.__class__ is Decimal else _to_decimal(_v5)
            )
            obj.notes = (
                _v6 if (_v6 := src.get("notes", UNSET)) is UNSET or _v6 is None or _v6.__class__ is str else _drifted()
            )
            obj.external_reference = (
                _v7
                if (_v7 := src.get("external_reference", UNSET)) is UNSET
                else TimeEntryExternalReferenceInput.from_dict(_v7)
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 0
                - (obj.project_id is not UNSET)
                - (obj.task_id is not UNSET)
                - (obj.spent_date is not UNSET)
                - (obj.started_time is not UNSET)
                - (obj.ended_time is not UNSET)
                - (obj.hours is not UNSET)
                - (obj.notes is not UNSET)
                - (obj.external_reference is not UNSET)
                else {}
            )
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

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
        if (_v4 := this.started_time) is not UNSET:
            out["started_time"] = _v4
        if (_v5 := this.ended_time) is not UNSET:
            out["ended_time"] = _v5
        if (_v6 := this.hours) is not UNSET:
            out["hours"] = _v6
        if (_v7 := this.notes) is not UNSET:
            out["notes"] = _v7
        if (_v8 := this.external_reference) is not UNSET:
            out["external_reference"] = _dump_model(_v8)
        out.update(self.additional_properties)
        return out


TimeEntryUpdate._schema = _k.ModelSchema(
    "TimeEntryUpdate",
    (
        _k.Field("project_id", "project_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("task_id", "task_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("spent_date", "spent_date", _k.DATE, required=False, nullable=False),
        _k.Field("started_time", "started_time", _k.STRING, required=False, nullable=False),
        _k.Field("ended_time", "ended_time", _k.STRING, required=False, nullable=False),
        _k.Field("hours", "hours", _k.DECIMAL, required=False, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=False, nullable=True),
        _k.Field(
            "external_reference",
            "external_reference",
            _k.Model(TimeEntryExternalReferenceInput),
            required=False,
            nullable=False,
        ),
    ),
)
