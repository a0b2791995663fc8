"""TimeReportIncludeFixedFee: the values the spec enumerates."""

from typing import Literal

TimeReportIncludeFixedFee = Literal["false", "true"]
"""Known values. Fields typed with this alias are ``TimeReportIncludeFixedFee | str``: a value Harvest adds later is kept as a plain string."""

TIME_REPORT_INCLUDE_FIXED_FEE_VALUES: frozenset[str] = frozenset(
    {
        "false",
        "true",
    }
)
