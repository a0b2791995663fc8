"""EstimateState: the values the spec enumerates."""

from typing import Literal

EstimateState = Literal["accepted", "declined", "draft", "sent"]
"""Known values. Fields typed with this alias are ``EstimateState | str``: a value Harvest adds later is kept as a plain string."""

ESTIMATE_STATE_VALUES: frozenset[str] = frozenset(
    {
        "accepted",
        "declined",
        "draft",
        "sent",
    }
)
