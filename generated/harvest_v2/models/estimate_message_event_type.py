"""EstimateMessageEventType: the values the spec enumerates."""

from typing import Literal

EstimateMessageEventType = Literal["accept", "decline", "re-open", "send"]
"""Known values. Fields typed with this alias are ``EstimateMessageEventType | str``: a value Harvest adds later is kept as a plain string."""

ESTIMATE_MESSAGE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "accept",
        "decline",
        "re-open",
        "send",
    }
)
