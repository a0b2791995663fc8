"""UserAccessRole: the values the spec enumerates."""

from typing import Literal

UserAccessRole = Literal[
    "administrator",
    "billable_rates_manager",
    "client_and_task_manager",
    "estimates_manager",
    "managed_projects_invoice_drafter",
    "managed_projects_invoice_manager",
    "manager",
    "member",
    "people_manager",
    "project_creator",
    "time_and_expenses_manager",
]
"""Known values. Fields typed with this alias are ``UserAccessRole | str``: a value Harvest adds later is kept as a plain string."""

USER_ACCESS_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "administrator",
        "billable_rates_manager",
        "client_and_task_manager",
        "estimates_manager",
        "managed_projects_invoice_drafter",
        "managed_projects_invoice_manager",
        "manager",
        "member",
        "people_manager",
        "project_creator",
        "time_and_expenses_manager",
    }
)
