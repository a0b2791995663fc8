"""CompanyTimeFormat: the values the spec enumerates."""

from typing import Literal

CompanyTimeFormat = Literal["decimal", "hours_minutes"]
"""Known values. Fields typed with this alias are ``CompanyTimeFormat | str``: a value Harvest adds later is kept as a plain string."""

COMPANY_TIME_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "decimal",
        "hours_minutes",
    }
)
