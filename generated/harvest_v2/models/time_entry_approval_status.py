"""TimeEntryApprovalStatus: the values the spec enumerates."""

from typing import Literal

TimeEntryApprovalStatus = Literal["approved", "submitted", "unsubmitted"]
"""Known values. Fields typed with this alias are ``TimeEntryApprovalStatus | str``: a value Harvest adds later is kept as a plain string."""

TIME_ENTRY_APPROVAL_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "approved",
        "submitted",
        "unsubmitted",
    }
)
