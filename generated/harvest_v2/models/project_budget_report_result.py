"""ProjectBudgetReportResult: Budget use of one project. For money budgets, budget, budget_spent and budget_remaining are left out for users who may not see billable amounts."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset
from .project_budget_by import ProjectBudgetBy


class ProjectBudgetReportResult(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Budget use of one project. For money budgets, budget, budget_spent and budget_remaining are left out for users who may not see billable amounts.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int
    client_name: str
    project_id: int
    project_name: str
    budget_is_monthly: bool
    """True when the budget starts over each month."""
    budget_by: ProjectBudgetBy | str
    """What a project's budget counts: hours for the whole project (project), fees for the whole project (project_cost), hours per task (task), fees per task (task_fees), hours per person (person), or no budget at all (none)."""
    is_active: bool
    """False once the project is archived."""
    budget: Decimal | Unset = UNSET
    """The budget"""
    budget_spent: Decimal | Unset = UNSET
    """Hours or money used so far"""
    budget_remaining: Decimal | Unset = UNSET
    """Hours or money still available."""
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
        if (_v1 := this.client_id) is not UNSET:
            out["client_id"] = _v1
        if (_v2 := this.client_name) is not UNSET:
            out["client_name"] = _v2
        if (_v3 := this.project_id) is not UNSET:
            out["project_id"] = _v3
        if (_v4 := this.project_name) is not UNSET:
            out["project_name"] = _v4
        if (_v5 := this.budget_is_monthly) is not UNSET:
            out["budget_is_monthly"] = _v5
        if (_v6 := this.budget_by) is not UNSET:
            out["budget_by"] = _v6
        if (_v7 := this.is_active) is not UNSET:
            out["is_active"] = _v7
        if (_v8 := this.budget) is not UNSET:
            out["budget"] = _v8
        if (_v9 := this.budget_spent) is not UNSET:
            out["budget_spent"] = _v9
        if (_v10 := this.budget_remaining) is not UNSET:
            out["budget_remaining"] = _v10
        out.update(self.additional_properties)
        return out


ProjectBudgetReportResult._schema = _k.ModelSchema(
    "ProjectBudgetReportResult",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("client_name", "client_name", _k.STRING, required=True, nullable=False),
        _k.Field("project_id", "project_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("project_name", "project_name", _k.STRING, required=True, nullable=False),
        _k.Field("budget_is_monthly", "budget_is_monthly", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("budget_by", "budget_by", _k.Enum(ProjectBudgetBy), required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("budget", "budget", _k.DECIMAL, required=False, nullable=False),
        _k.Field("budget_spent", "budget_spent", _k.DECIMAL, required=False, nullable=False),
        _k.Field("budget_remaining", "budget_remaining", _k.DECIMAL, required=False, nullable=False),
    ),
)
