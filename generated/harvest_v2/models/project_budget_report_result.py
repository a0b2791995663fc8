"""ProjectBudgetReportResult: Budget use of one project. For money budgets, budget, budget_spent and budget_remaining are left out for users who may not see billable amounts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .project_budget_by import ProjectBudgetBy

_new = object.__new__
_FIELDS = frozenset(
    {
        "client_id",
        "client_name",
        "project_id",
        "project_name",
        "budget_is_monthly",
        "budget_by",
        "is_active",
        "budget",
        "budget_spent",
        "budget_remaining",
    }
)


@define
class ProjectBudgetReportResult:
    """Budget use of one project. For money budgets, budget, budget_spent and budget_remaining are left out for users who may not see billable amounts.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
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
    budget: float | Unset = UNSET
    """The budget"""
    budget_spent: float | Unset = UNSET
    """Hours or money used so far"""
    budget_remaining: float | Unset = UNSET
    """Hours or money still available."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.client_id = src["client_id"]
        obj.client_name = src["client_name"]
        obj.project_id = src["project_id"]
        obj.project_name = src["project_name"]
        obj.budget_is_monthly = src["budget_is_monthly"]
        obj.budget_by = src["budget_by"]
        obj.is_active = src["is_active"]
        obj.budget = src.get("budget", UNSET)
        obj.budget_spent = src.get("budget_spent", UNSET)
        obj.budget_remaining = src.get("budget_remaining", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 7
            - (obj.budget is not UNSET)
            - (obj.budget_spent is not UNSET)
            - (obj.budget_remaining is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "client_id": self.client_id,
            "client_name": self.client_name,
            "project_id": self.project_id,
            "project_name": self.project_name,
            "budget_is_monthly": self.budget_is_monthly,
            "budget_by": self.budget_by,
            "is_active": self.is_active,
        }
        if not isinstance(self.budget, Unset):
            out["budget"] = self.budget
        if not isinstance(self.budget_spent, Unset):
            out["budget_spent"] = self.budget_spent
        if not isinstance(self.budget_remaining, Unset):
            out["budget_remaining"] = self.budget_remaining
        out.update(self.additional_properties)
        return out
