"""InvoiceMessageEventType: the values the spec enumerates."""

from typing import Literal

InvoiceMessageEventType = Literal["close", "draft", "re-open", "send"]
"""Known values. Fields typed with this alias are ``InvoiceMessageEventType | str``: a value Harvest adds later is kept as a plain string."""

INVOICE_MESSAGE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "close",
        "draft",
        "re-open",
        "send",
    }
)
