"""InvoicePaymentTerm: the values the spec enumerates."""

from typing import Literal

InvoicePaymentTerm = Literal["custom", "net 15", "net 30", "net 45", "net 60", "upon receipt"]
"""Known values. Fields typed with this alias are ``InvoicePaymentTerm | str``: a value Harvest adds later is kept as a plain string."""

INVOICE_PAYMENT_TERM_VALUES: frozenset[str] = frozenset(
    {
        "custom",
        "net 15",
        "net 30",
        "net 45",
        "net 60",
        "upon receipt",
    }
)
