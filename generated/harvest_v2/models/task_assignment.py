"""TaskAssignment: A task offered on a project, with the project's own billing settings for it."""

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
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET
from .project_reference import ProjectReference
from .task_reference import TaskReference

_new = object.__new__


@define
class TaskAssignment:
    """A task offered on a project, with the project's own billing settings for it.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    project: ProjectReference
    """The project a record belongs to."""
    task: TaskReference
    """The task a record belongs to."""
    is_active: bool
    """False once the assignment is archived."""
    billable: bool
    """Whether time tracked to this task on this project is billable."""
    hourly_rate: Decimal | None
    """The rate applied when the project's bill_by is Tasks."""
    budget: Decimal | None
    """Used when the project's budget_by is task or task_fees."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.id = _v0 if (_v0 := src["id"]).__class__ is int else _drifted()
            obj.project = ProjectReference.from_dict(src["project"])
            obj.task = TaskReference.from_dict(src["task"])
            obj.is_active = _v3 if (_v3 := src["is_active"]).__class__ is bool else _drifted()
            obj.billable = _v4 if (_v4 := src["billable"]).__class__ is bool else _drifted()
            obj.hourly_rate = (
                _v5 if (_v5 := src["hourly_rate"]) is None or _v5.__class__ is Decimal else _to_decimal(_v5)
            )
            obj.budget = _v6 if (_v6 := src["budget"]) is None or _v6.__class__ is Decimal else _to_decimal(_v6)
            obj.created_at = _parse_datetime(src["created_at"])
            obj.updated_at = _parse_datetime(src["updated_at"])
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 9 else {}
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.project) is not UNSET:
            out["project"] = _dump_model(_v2)
        if (_v3 := this.task) is not UNSET:
            out["task"] = _dump_model(_v3)
        if (_v4 := this.is_active) is not UNSET:
            out["is_active"] = _v4
        if (_v5 := this.billable) is not UNSET:
            out["billable"] = _v5
        if (_v6 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v6
        if (_v7 := this.budget) is not UNSET:
            out["budget"] = _v7
        if (_v8 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v8)
        if (_v9 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v9)
        out.update(self.additional_properties)
        return out


TaskAssignment._schema = _k.ModelSchema(
    "TaskAssignment",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("project", "project", _k.Model(ProjectReference), required=True, nullable=False),
        _k.Field("task", "task", _k.Model(TaskReference), required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("billable", "billable", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=True, nullable=True),
        _k.Field("budget", "budget", _k.DECIMAL, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
