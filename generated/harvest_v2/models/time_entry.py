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
        "created_at",
        "updated_at",
        "hours_without_timer",
        "rounded_hours",
        "approval_status",
        "billable_rate",
        "cost_rate",
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
    user_assignment: TimeEntryUserAssignment | None
    """The user's membership of the project; null when Harvest no longer has it (seen on real entries)."""
    client: ClientReference
    """The client a record belongs to."""
    project: ProjectReference
    """The project a record belongs to."""
    task: TaskReference
    """The task a record belongs to."""
    task_assignment: TimeEntryTaskAssignment | None
    """The project's settings for the task; null when Harvest no longer has them (seen on real entries)."""
    external_reference: TimeEntryExternalReference | None
    """The outside item the entry is linked to; null when there is none."""
    invoice: InvoiceReference | None
    """The invoice the entry was billed on; null until it is invoiced."""
    hours: float
    """Tracked time in decimal hours (1.5 is an hour and a half)."""
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
    created_at: datetime.datetime
    updated_at: datetime.datetime
    hours_without_timer: float | Unset = UNSET
    """Decimal hours tracked before the timer was last started; absent from some answers."""
    rounded_hours: float | Unset = UNSET
    """Hours after the account's rounding setting; the figure reports and invoices use. Older answers leave it out."""
    approval_status: TimeEntryApprovalStatus | str | Unset = UNSET
    """Where the entry stands in timesheet approval: not yet sent (unsubmitted), waiting for a reviewer (submitted) or signed off (approved)."""
    billable_rate: float | Unset | None = UNSET
    """The hourly rate billed for the entry; null when it is not billable, left out for users who may not see rates."""
    cost_rate: float | Unset | None = UNSET
    """The hourly cost of the entry's user; null when unknown, left out for users who may not see costs."""
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
        obj.user_assignment = (
            None if (_v0 := src["user_assignment"]) is None else TimeEntryUserAssignment.from_dict(_v0)
        )
        obj.client = ClientReference.from_dict(src["client"])
        obj.project = ProjectReference.from_dict(src["project"])
        obj.task = TaskReference.from_dict(src["task"])
        obj.task_assignment = (
            None if (_v1 := src["task_assignment"]) is None else TimeEntryTaskAssignment.from_dict(_v1)
        )
        obj.external_reference = (
            None if (_v2 := src["external_reference"]) is None else TimeEntryExternalReference.from_dict(_v2)
        )
        obj.invoice = None if (_v3 := src["invoice"]) is None else InvoiceReference.from_dict(_v3)
        obj.hours = src["hours"]
        obj.notes = src["notes"]
        obj.is_locked = src["is_locked"]
        obj.locked_reason = src["locked_reason"]
        obj.is_closed = src["is_closed"]
        obj.is_billed = src["is_billed"]
        obj.timer_started_at = None if (_v4 := src["timer_started_at"]) is None else _parse_datetime(_v4)
        obj.started_time = src["started_time"]
        obj.ended_time = src["ended_time"]
        obj.is_running = src["is_running"]
        obj.billable = src["billable"]
        obj.budgeted = src["budgeted"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        obj.hours_without_timer = src.get("hours_without_timer", UNSET)
        obj.rounded_hours = src.get("rounded_hours", UNSET)
        obj.approval_status = src.get("approval_status", UNSET)
        obj.billable_rate = src.get("billable_rate", UNSET)
        obj.cost_rate = src.get("cost_rate", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 24
            - (obj.hours_without_timer is not UNSET)
            - (obj.rounded_hours is not UNSET)
            - (obj.approval_status is not UNSET)
            - (obj.billable_rate is not UNSET)
            - (obj.cost_rate is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "spent_date": self.spent_date.isoformat(),
            "user": self.user.to_dict(),
            "user_assignment": None if (_v5 := self.user_assignment) is None else _v5.to_dict(),
            "client": self.client.to_dict(),
            "project": self.project.to_dict(),
            "task": self.task.to_dict(),
            "task_assignment": None if (_v6 := self.task_assignment) is None else _v6.to_dict(),
            "external_reference": None if (_v7 := self.external_reference) is None else _v7.to_dict(),
            "invoice": None if (_v8 := self.invoice) is None else _v8.to_dict(),
            "hours": self.hours,
            "notes": self.notes,
            "is_locked": self.is_locked,
            "locked_reason": self.locked_reason,
            "is_closed": self.is_closed,
            "is_billed": self.is_billed,
            "timer_started_at": None if (_v9 := self.timer_started_at) is None else _format_datetime(_v9),
            "started_time": self.started_time,
            "ended_time": self.ended_time,
            "is_running": self.is_running,
            "billable": self.billable,
            "budgeted": self.budgeted,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        if not isinstance(self.hours_without_timer, Unset):
            out["hours_without_timer"] = self.hours_without_timer
        if not isinstance(self.rounded_hours, Unset):
            out["rounded_hours"] = self.rounded_hours
        if not isinstance(self.approval_status, Unset):
            out["approval_status"] = self.approval_status
        if not isinstance(self.billable_rate, Unset):
            out["billable_rate"] = self.billable_rate
        if not isinstance(self.cost_rate, Unset):
            out["cost_rate"] = self.cost_rate
        out.update(self.additional_properties)
        return out
