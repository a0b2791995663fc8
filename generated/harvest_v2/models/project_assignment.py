"""ProjectAssignment: One project the user is a member of, with the client and the tasks open to them there."""

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
from .._core._schema import dump_models as _dump_models
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET
from .client_reference import ClientReference
from .project_assignment_task_assignment import ProjectAssignmentTaskAssignment
from .project_reference import ProjectReference

_new = object.__new__


@define
class ProjectAssignment:
    """One project the user is a member of, with the client and the tasks open to them there.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    is_active: bool
    is_project_manager: bool
    """True when the user manages this project."""
    use_default_rates: bool
    """When bill_by is People: true uses the user's own default rate, false the hourly_rate here."""
    hourly_rate: Decimal | None
    budget: Decimal | None
    """Used when the project's budget_by is person."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    project: ProjectReference
    """The project a record belongs to."""
    client: ClientReference
    """The client a record belongs to."""
    task_assignments: list[ProjectAssignmentTaskAssignment]
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
            obj.is_active = _v1 if (_v1 := src["is_active"]).__class__ is bool else _drifted()
            obj.is_project_manager = _v2 if (_v2 := src["is_project_manager"]).__class__ is bool else _drifted()
            obj.use_default_rates = _v3 if (_v3 := src["use_default_rates"]).__class__ is bool else _drifted()
            obj.hourly_rate = (
                _v4 if (_v4 := src["hourly_rate"]) is None or _v4.__class__ is Decimal else _to_decimal(_v4)
            )
            obj.budget = _v5 if (_v5 := src["budget"]) is None or _v5.__class__ is Decimal else _to_decimal(_v5)
            obj.created_at = _parse_datetime(src["created_at"])
            obj.updated_at = _parse_datetime(src["updated_at"])
            obj.project = ProjectReference.from_dict(src["project"])
            obj.client = ClientReference.from_dict(src["client"])
            obj.task_assignments = list(map(ProjectAssignmentTaskAssignment.from_dict, src["task_assignments"]))
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 11 else {}
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
        if (_v2 := this.is_active) is not UNSET:
            out["is_active"] = _v2
        if (_v3 := this.is_project_manager) is not UNSET:
            out["is_project_manager"] = _v3
        if (_v4 := this.use_default_rates) is not UNSET:
            out["use_default_rates"] = _v4
        if (_v5 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v5
        if (_v6 := this.budget) is not UNSET:
            out["budget"] = _v6
        if (_v7 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v7)
        if (_v8 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v8)
        if (_v9 := this.project) is not UNSET:
            out["project"] = _dump_model(_v9)
        if (_v10 := this.client) is not UNSET:
            out["client"] = _dump_model(_v10)
        if (_v11 := this.task_assignments) is not UNSET:
            out["task_assignments"] = _dump_models(_v11)
        out.update(self.additional_properties)
        return out


ProjectAssignment._schema = _k.ModelSchema(
    "ProjectAssignment",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_project_manager", "is_project_manager", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("use_default_rates", "use_default_rates", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=True, nullable=True),
        _k.Field("budget", "budget", _k.DECIMAL, required=True, nullable=True),
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
    ),
)
