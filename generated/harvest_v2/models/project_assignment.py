"""ProjectAssignment: One project the user is a member of, with the client and the tasks open to them there."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset
from .client_reference import ClientReference
from .project_assignment_task_assignment import ProjectAssignmentTaskAssignment
from .project_reference import ProjectReference

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "is_active",
        "is_project_manager",
        "created_at",
        "updated_at",
        "project",
        "client",
        "task_assignments",
        "use_default_rates",
        "hourly_rate",
        "budget",
    }
)


@define
class ProjectAssignment:
    """One project the user is a member of, with the client and the tasks open to them there.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
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
    hourly_rate: float | Unset | None = UNSET
    """The user's rate on the project; left out for users who may not see rates."""
    budget: float | Unset | None = UNSET
    """Used when the project's budget_by is person."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.is_active = src["is_active"]
        obj.is_project_manager = src["is_project_manager"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.project = ProjectReference.from_dict(src["project"])
        obj.client = ClientReference.from_dict(src["client"])
        obj.task_assignments = list(map(ProjectAssignmentTaskAssignment.from_dict, src["task_assignments"]))
        obj.use_default_rates = src.get("use_default_rates", UNSET)
        obj.hourly_rate = src.get("hourly_rate", UNSET)
        obj.budget = src.get("budget", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 8
            - (obj.use_default_rates is not UNSET)
            - (obj.hourly_rate is not UNSET)
            - (obj.budget is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "is_active": self.is_active,
            "is_project_manager": self.is_project_manager,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
            "project": self.project.to_dict(),
            "client": self.client.to_dict(),
            "task_assignments": [_i0.to_dict() for _i0 in self.task_assignments],
        }
        if not isinstance(self.use_default_rates, Unset):
            out["use_default_rates"] = self.use_default_rates
        if not isinstance(self.hourly_rate, Unset):
            out["hourly_rate"] = self.hourly_rate
        if not isinstance(self.budget, Unset):
            out["budget"] = self.budget
        out.update(self.additional_properties)
        return out
