"""TimeEntryCreateByDuration: A new entry for accounts that track durations. With hours the entry is stored stopped; without them it starts at zero with a running timer."""

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
class TimeEntryCreateByDuration:
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.project_id = _v0 if (_v0 := src["project_id"]).__class__ is int else _drifted()
            obj.task_id = _v1 if (_v1 := src["task_id"]).__class__ is int else _drifted()
            obj.spent_date = _parse_date(src["spent_date"])
            obj.user_id = _v3 if (_v3 := src.get("user_id", UNSET)) is UNSET or _v3.__class__ is int else _drifted()
            obj.hours = (
                _v4 if (_v4 := src.get("hours", UNSET)) is UNSET or _v4.__class__ is Decimal else _to_decimal(_v4)
            )
            obj.notes = _v5 if (_v5 := src.get("notes", UNSET)) is UNSET or _v5.__class__ is str else _drifted()
            obj.external_reference = (
                _v6
                if (_v6 := src.get("external_reference", UNSET)) is UNSET
                else TimeEntryExternalReferenceInput.from_dict(_v6)
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 3
                - (obj.user_id is not UNSET)
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
