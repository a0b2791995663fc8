"""InvoiceTimeSummaryType: the values the spec enumerates."""

from typing import Literal

InvoiceTimeSummaryType = Literal["detailed", "people", "project", "task"]
"""Known values. Fields typed with this alias are ``InvoiceTimeSummaryType | str``: a value Harvest adds later is kept as a plain string."""

INVOICE_TIME_SUMMARY_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "detailed",
        "people",
        "project",
        "task",
    }
)
