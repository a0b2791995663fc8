"""ProjectBillBy: the values the spec enumerates."""

from typing import Literal

ProjectBillBy = Literal["none", "People", "Project", "Tasks"]
"""Known values. Fields typed with this alias are ``ProjectBillBy | str``: a value Harvest adds later is kept as a plain string."""

PROJECT_BILL_BY_VALUES: frozenset[str] = frozenset(
    {
        "none",
        "People",
        "Project",
        "Tasks",
    }
)
