"""InvoiceMessageRecordedEventType: the values the spec enumerates."""

from typing import Literal

InvoiceMessageRecordedEventType = Literal["close", "draft", "re-open", "send", "view"]
"""Known values. Fields typed with this alias are ``InvoiceMessageRecordedEventType | str``: a value Harvest adds later is kept as a plain string."""

INVOICE_MESSAGE_RECORDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "close",
        "draft",
        "re-open",
        "send",
        "view",
    }
)
