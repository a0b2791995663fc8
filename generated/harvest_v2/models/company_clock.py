"""CompanyClock: the values the spec enumerates."""

from typing import Literal

CompanyClock = Literal["12h", "24h"]
"""Known values. Fields typed with this alias are ``CompanyClock | str``: a value Harvest adds later is kept as a plain string."""

COMPANY_CLOCK_VALUES: frozenset[str] = frozenset(
    {
        "12h",
        "24h",
    }
)
