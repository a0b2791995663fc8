"""EstimateMessageRecordedEventType: the values the spec enumerates."""

from typing import Literal

EstimateMessageRecordedEventType = Literal["accept", "decline", "invoice", "re-open", "send", "view"]
"""Known values. Fields typed with this alias are ``EstimateMessageRecordedEventType | str``: a value Harvest adds later is kept as a plain string."""

ESTIMATE_MESSAGE_RECORDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "accept",
        "decline",
        "invoice",
        "re-open",
        "send",
        "view",
    }
)
