"""ProjectAssignment: One project the user is a member of, with the client and the tasks open to them there."""

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
from .._core._schema import dump_models as _dump_models
from ..types import UNSET, Unset
from .client_reference import ClientReference
from .project_assignment_task_assignment import ProjectAssignmentTaskAssignment
from .project_reference import ProjectReference


class ProjectAssignment(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One project the user is a member of, with the client and the tasks open to them there.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    is_active: bool
    is_project_manager: bool
    """True when the user manages this project."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    project: ProjectReference
    """The project a record belongs to."""
    client: ClientReference
    """The client a record belongs to."""
    task_assignments: list[ProjectAssignmentTaskAssignment]
    use_default_rates: bool | Unset = UNSET
    """When bill_by is People: true uses the user's own default rate, false the hourly_rate here. Older answers leave it out."""
    hourly_rate: Decimal | Unset | None = UNSET
    """The user's rate on the project; left out for users who may not see rates."""
    budget: Decimal | Unset | None = UNSET
    """Used when the project's budget_by is person."""
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
        if (_v2 := this.is_active) is not UNSET:
            out["is_active"] = _v2
        if (_v3 := this.is_project_manager) is not UNSET:
            out["is_project_manager"] = _v3
        if (_v4 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v4)
        if (_v5 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v5)
        if (_v6 := this.project) is not UNSET:
            out["project"] = _dump_model(_v6)
        if (_v7 := this.client) is not UNSET:
            out["client"] = _dump_model(_v7)
        if (_v8 := this.task_assignments) is not UNSET:
            out["task_assignments"] = _dump_models(_v8)
        if (_v9 := this.use_default_rates) is not UNSET:
            out["use_default_rates"] = _v9
        if (_v10 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v10
        if (_v11 := this.budget) is not UNSET:
            out["budget"] = _v11
        out.update(self.additional_properties)
        return out


ProjectAssignment._schema = _k.ModelSchema(
    "ProjectAssignment",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_project_manager", "is_project_manager", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("project", "project", _k.Model(ProjectReference), required=True, nullable=False),
        _k.Field("client", "client", _k.Model(ClientReference), required=True, nullable=False),
        _k.Field(
            "task_assignments",
            "task_assignments",
            _k.List(_k.Model(ProjectAssignmentTaskAssignment)),
            required=True,
            nullable=False,
        ),
        _k.Field("use_default_rates", "use_default_rates", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=False, nullable=True),
        _k.Field("budget", "budget", _k.DECIMAL, required=False, nullable=True),
    ),
)
