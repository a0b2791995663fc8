"""ProjectBudgetBy: the values the spec enumerates."""

from typing import Literal

ProjectBudgetBy = Literal["none", "person", "project", "project_cost", "task", "task_fees"]
"""Known values. Fields typed with this alias are ``ProjectBudgetBy | str``: a value Harvest adds later is kept as a plain string."""

PROJECT_BUDGET_BY_VALUES: frozenset[str] = frozenset(
    {
        "none",
        "person",
        "project",
        "project_cost",
        "task",
        "task_fees",
    }
)
