"""InvoiceState: the values the spec enumerates."""

from typing import Literal

InvoiceState = Literal["closed", "draft", "open", "paid"]
"""Known values. Fields typed with this alias are ``InvoiceState | str``: a value Harvest adds later is kept as a plain string."""

INVOICE_STATE_VALUES: frozenset[str] = frozenset(
    {
        "closed",
        "draft",
        "open",
        "paid",
    }
)
