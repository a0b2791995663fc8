"""TimeEntry: Time one user spent on one task of one project on one day, tracked either as a duration or between a start and an end time."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET, Unset
from .client_reference import ClientReference
from .invoice_reference import InvoiceReference
from .project_reference import ProjectReference
from .task_reference import TaskReference
from .time_entry_external_reference import TimeEntryExternalReference
from .time_entry_task_assignment import TimeEntryTaskAssignment
from .time_entry_user_assignment import TimeEntryUserAssignment
from .user_reference import UserReference

if TYPE_CHECKING:
    from .time_entry_approval_status import TimeEntryApprovalStatus

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "spent_date",
        "user",
        "user_assignment",
        "client",
        "project",
        "task",
        "task_assignment",
        "external_reference",
        "invoice",
        "hours",
        "rounded_hours",
        "notes",
        "is_locked",
        "locked_reason",
        "is_closed",
        "is_billed",
        "timer_started_at",
        "started_time",
        "ended_time",
        "is_running",
        "billable",
        "budgeted",
        "billable_rate",
        "cost_rate",
        "created_at",
        "updated_at",
        "hours_without_timer",
        "approval_status",
    }
)


@define
class TimeEntry:
    """Time one user spent on one task of one project on one day, tracked either as a duration or between a start and an end time.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    spent_date: datetime.date
    """The day the time counts for."""
    user: UserReference
    """The user (person) a record belongs to or was made by."""
    user_assignment: TimeEntryUserAssignment
    """The membership of the entry's user in the entry's project, as embedded in a time entry."""
    client: ClientReference
    """The client a record belongs to."""
    project: ProjectReference
    """The project a record belongs to."""
    task: TaskReference
    """The task a record belongs to."""
    task_assignment: TimeEntryTaskAssignment
    """The project's settings for the entry's task, as embedded in a time entry."""
    external_reference: TimeEntryExternalReference | None
    """The outside item the entry is linked to; null when there is none."""
    invoice: InvoiceReference | None
    """The invoice the entry was billed on; null until it is invoiced."""
    hours: float
    """Tracked time in decimal hours (1.5 is an hour and a half)."""
    rounded_hours: float
    """Hours after the account's rounding setting; the figure reports and invoices use."""
    notes: str | None
    is_locked: bool
    """True when the entry can no longer be edited."""
    locked_reason: str | None
    """Human-readable explanation of the lock; null when unlocked."""
    is_closed: bool
    """True once the entry has been approved."""
    is_billed: bool
    """True once the entry is invoiced or marked as invoiced."""
    timer_started_at: datetime.datetime | None
    """When the running timer began; null when no timer runs."""
    started_time: str | None
    """Start time of day for accounts that track start and end times, written by the account's clock setting ("14:59" or "2:59pm"); null otherwise."""
    ended_time: str | None
    """End time of day, in the same clock format as started_time; null while the entry runs or when the account tracks durations."""
    is_running: bool
    """True while a timer runs on the entry."""
    billable: bool
    budgeted: bool
    """True when the time counts against the project's budget."""
    billable_rate: float | None
    """The hourly rate billed for the entry; null when it is not billable."""
    cost_rate: float | None
    """The hourly cost of the entry's user; null when unknown."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    hours_without_timer: float | Unset = UNSET
    """Decimal hours tracked before the timer was last started; absent from some answers."""
    approval_status: TimeEntryApprovalStatus | str | Unset = UNSET
    """Where the entry stands in timesheet approval: not yet sent (unsubmitted), waiting for a reviewer (submitted) or signed off (approved)."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.spent_date = _parse_date(src["spent_date"])
        obj.user = UserReference.from_dict(src["user"])
        obj.user_assignment = TimeEntryUserAssignment.from_dict(src["user_assignment"])
        obj.client = ClientReference.from_dict(src["client"])
        obj.project = ProjectReference.from_dict(src["project"])
        obj.task = TaskReference.from_dict(src["task"])
        obj.task_assignment = TimeEntryTaskAssignment.from_dict(src["task_assignment"])
        obj.external_reference = (
            None if (_v0 := src["external_reference"]) is None else TimeEntryExternalReference.from_dict(_v0)
        )
        obj.invoice = None if (_v1 := src["invoice"]) is None else InvoiceReference.from_dict(_v1)
        obj.hours = src["hours"]
        obj.rounded_hours = src["rounded_hours"]
        obj.notes = src["notes"]
        obj.is_locked = src["is_locked"]
        obj.locked_reason = src["locked_reason"]
        obj.is_closed = src["is_closed"]
        obj.is_billed = src["is_billed"]
        obj.timer_started_at = None if (_v2 := src["timer_started_at"]) is None else _parse_datetime(_v2)
        obj.started_time = src["started_time"]
        obj.ended_time = src["ended_time"]
        obj.is_running = src["is_running"]
        obj.billable = src["billable"]
        obj.budgeted = src["budgeted"]
        obj.billable_rate = src["billable_rate"]
        obj.cost_rate = src["cost_rate"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.hours_without_timer = src.get("hours_without_timer", UNSET)
        obj.approval_status = src.get("approval_status", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 27 - (obj.hours_without_timer is not UNSET) - (obj.approval_status is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "spent_date": self.spent_date.isoformat(),
            "user": self.user.to_dict(),
            "user_assignment": self.user_assignment.to_dict(),
            "client": self.client.to_dict(),
            "project": self.project.to_dict(),
            "task": self.task.to_dict(),
            "task_assignment": self.task_assignment.to_dict(),
            "external_reference": None if (_v3 := self.external_reference) is None else _v3.to_dict(),
            "invoice": None if (_v4 := self.invoice) is None else _v4.to_dict(),
            "hours": self.hours,
            "rounded_hours": self.rounded_hours,
            "notes": self.notes,
            "is_locked": self.is_locked,
            "locked_reason": self.locked_reason,
            "is_closed": self.is_closed,
            "is_billed": self.is_billed,
            "timer_started_at": None if (_v5 := self.timer_started_at) is None else _format_datetime(_v5),
            "started_time": self.started_time,
            "ended_time": self.ended_time,
            "is_running": self.is_running,
            "billable": self.billable,
            "budgeted": self.budgeted,
            "billable_rate": self.billable_rate,
            "cost_rate": self.cost_rate,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.hours_without_timer, Unset):
            out["hours_without_timer"] = self.hours_without_timer
        if not isinstance(self.approval_status, Unset):
            out["approval_status"] = self.approval_status
        out.update(self.additional_properties)
        return out
