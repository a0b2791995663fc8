"""InvoiceExpenseSummaryType: the values the spec enumerates."""

from typing import Literal

InvoiceExpenseSummaryType = Literal["category", "detailed", "people", "project"]
"""Known values. Fields typed with this alias are ``InvoiceExpenseSummaryType | str``: a value Harvest adds later is kept as a plain string."""

INVOICE_EXPENSE_SUMMARY_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "category",
        "detailed",
        "people",
        "project",
    }
)
