"""CompanyWeekStartDay: the values the spec enumerates."""

from typing import Literal

CompanyWeekStartDay = Literal["Monday", "Saturday", "Sunday"]
"""Known values. Fields typed with this alias are ``CompanyWeekStartDay | str``: a value Harvest adds later is kept as a plain string."""

COMPANY_WEEK_START_DAY_VALUES: frozenset[str] = frozenset(
    {
        "Monday",
        "Saturday",
        "Sunday",
    }
)
