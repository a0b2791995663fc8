"""TimeEntry: Time one user spent on one task of one project on one day, tracked either as a duration or between a start and an end time."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from ..types import UNSET, Unset
from .client_reference import ClientReference
from .invoice_reference import InvoiceReference
from .project_reference import ProjectReference
from .task_reference import TaskReference
from .time_entry_approval_status import TimeEntryApprovalStatus
from .time_entry_external_reference import TimeEntryExternalReference
from .time_entry_task_assignment import TimeEntryTaskAssignment
from .time_entry_user_assignment import TimeEntryUserAssignment
from .user_reference import UserReference


class TimeEntry(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Time one user spent on one task of one project on one day, tracked either as a duration or between a start and an end time.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
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
    hours: Decimal
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
    hours_without_timer: Decimal | Unset = UNSET
    """Decimal hours tracked before the timer was last started; absent from some answers."""
    rounded_hours: Decimal | Unset = UNSET
    """Hours after the account's rounding setting; the figure reports and invoices use. Older answers leave it out."""
    approval_status: TimeEntryApprovalStatus | str | Unset = UNSET
    """Where the entry stands in timesheet approval: not yet sent (unsubmitted), waiting for a reviewer (submitted) or signed off (approved)."""
    billable_rate: Decimal | Unset | None = UNSET
    """The hourly rate billed for the entry; null when it is not billable, left out for users who may not see rates."""
    cost_rate: Decimal | Unset | None = UNSET
    """The hourly cost of the entry's user; null when unknown, left out for users who may not see costs."""
    additional_properties: dict[str, Any] = msgspec.field(default_factory=dict)
    """Attributes Harvest sent that the spec does not declare."""
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.spent_date) is not UNSET:
            out["spent_date"] = _dump_date(_v2)
        if (_v3 := this.user) is not UNSET:
            out["user"] = _dump_model(_v3)
        if (_v4 := this.user_assignment) is not UNSET:
            out["user_assignment"] = _dump_model(_v4)
        if (_v5 := this.client) is not UNSET:
            out["client"] = _dump_model(_v5)
        if (_v6 := this.project) is not UNSET:
            out["project"] = _dump_model(_v6)
        if (_v7 := this.task) is not UNSET:
            out["task"] = _dump_model(_v7)
        if (_v8 := this.task_assignment) is not UNSET:
            out["task_assignment"] = _dump_model(_v8)
        if (_v9 := this.external_reference) is not UNSET:
            out["external_reference"] = _dump_model(_v9)
        if (_v10 := this.invoice) is not UNSET:
            out["invoice"] = _dump_model(_v10)
        if (_v11 := this.hours) is not UNSET:
            out["hours"] = _v11
        if (_v12 := this.notes) is not UNSET:
            out["notes"] = _v12
        if (_v13 := this.is_locked) is not UNSET:
            out["is_locked"] = _v13
        if (_v14 := this.locked_reason) is not UNSET:
            out["locked_reason"] = _v14
        if (_v15 := this.is_closed) is not UNSET:
            out["is_closed"] = _v15
        if (_v16 := this.is_billed) is not UNSET:
            out["is_billed"] = _v16
        if (_v17 := this.timer_started_at) is not UNSET:
            out["timer_started_at"] = _dump_datetime(_v17)
        if (_v18 := this.started_time) is not UNSET:
            out["started_time"] = _v18
        if (_v19 := this.ended_time) is not UNSET:
            out["ended_time"] = _v19
        if (_v20 := this.is_running) is not UNSET:
            out["is_running"] = _v20
        if (_v21 := this.billable) is not UNSET:
            out["billable"] = _v21
        if (_v22 := this.budgeted) is not UNSET:
            out["budgeted"] = _v22
        if (_v23 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v23)
        if (_v24 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v24)
        if (_v25 := this.hours_without_timer) is not UNSET:
            out["hours_without_timer"] = _v25
        if (_v26 := this.rounded_hours) is not UNSET:
            out["rounded_hours"] = _v26
        if (_v27 := this.approval_status) is not UNSET:
            out["approval_status"] = _v27
        if (_v28 := this.billable_rate) is not UNSET:
            out["billable_rate"] = _v28
        if (_v29 := this.cost_rate) is not UNSET:
            out["cost_rate"] = _v29
        out.update(self.additional_properties)
        return out


TimeEntry._schema = _k.ModelSchema(
    "TimeEntry",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("spent_date", "spent_date", _k.DATE, required=True, nullable=False),
        _k.Field("user", "user", _k.Model(UserReference), required=True, nullable=False),
        _k.Field("user_assignment", "user_assignment", _k.Model(TimeEntryUserAssignment), required=True, nullable=True),
        _k.Field("client", "client", _k.Model(ClientReference), required=True, nullable=False),
        _k.Field("project", "project", _k.Model(ProjectReference), required=True, nullable=False),
        _k.Field("task", "task", _k.Model(TaskReference), required=True, nullable=False),
        _k.Field("task_assignment", "task_assignment", _k.Model(TimeEntryTaskAssignment), required=True, nullable=True),
        _k.Field(
            "external_reference",
            "external_reference",
            _k.Model(TimeEntryExternalReference),
            required=True,
            nullable=True,
        ),
        _k.Field("invoice", "invoice", _k.Model(InvoiceReference), required=True, nullable=True),
        _k.Field("hours", "hours", _k.DECIMAL, required=True, nullable=False),
        _k.Field("notes", "notes", _k.STRING, required=True, nullable=True),
        _k.Field("is_locked", "is_locked", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("locked_reason", "locked_reason", _k.STRING, required=True, nullable=True),
        _k.Field("is_closed", "is_closed", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_billed", "is_billed", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("timer_started_at", "timer_started_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("started_time", "started_time", _k.STRING, required=True, nullable=True),
        _k.Field("ended_time", "ended_time", _k.STRING, required=True, nullable=True),
        _k.Field("is_running", "is_running", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("billable", "billable", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("budgeted", "budgeted", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("hours_without_timer", "hours_without_timer", _k.DECIMAL, required=False, nullable=False),
        _k.Field("rounded_hours", "rounded_hours", _k.DECIMAL, required=False, nullable=False),
        _k.Field(
            "approval_status", "approval_status", _k.Enum(TimeEntryApprovalStatus), required=False, nullable=False
        ),
        _k.Field("billable_rate", "billable_rate", _k.DECIMAL, required=False, nullable=True),
        _k.Field("cost_rate", "cost_rate", _k.DECIMAL, required=False, nullable=True),
    ),
)
