"""GET /reports/project_budget: Budget, spending and remainder of each budgeted project."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from ..._core._request import RequestSpec
from ...models.project_budget_report_results import ProjectBudgetReportResults
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.project_budget_report_result import ProjectBudgetReportResult

OPERATION = "project_budget_report"
METHOD = "GET"
PATH = "/reports/project_budget"


def _request(
    *,
    page: int | Unset = UNSET,
    per_page: int = 2000,
    is_active: bool | Unset = UNSET,
) -> RequestSpec:
    """Build the GET /reports/project_budget request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(page, Unset):
        _params["page"] = page
    _params["per_page"] = per_page
    if not isinstance(is_active, Unset):
        _params["is_active"] = is_active
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        params=_params,
    )


RESPONSE_MODEL = ProjectBudgetReportResults


def _items(page: ProjectBudgetReportResults) -> builtins.list[ProjectBudgetReportResult]:
    return page.results
