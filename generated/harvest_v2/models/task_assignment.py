"""TaskAssignment: A task offered on a project, with the project's own billing settings for it."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from ..types import UNSET, Unset
from .project_reference import ProjectReference
from .task_reference import TaskReference


class TaskAssignment(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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
    created_at: datetime.datetime
    updated_at: datetime.datetime
    hourly_rate: Decimal | Unset | None = UNSET
    """The rate applied when the project's bill_by is Tasks; left out for users who may not see rates."""
    budget: Decimal | Unset | None = UNSET
    """Used when the project's budget_by is task or task_fees."""
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
        if (_v6 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v6)
        if (_v7 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v7)
        if (_v8 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v8
        if (_v9 := this.budget) is not UNSET:
            out["budget"] = _v9
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
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=False, nullable=True),
        _k.Field("budget", "budget", _k.DECIMAL, required=False, nullable=True),
    ),
)
