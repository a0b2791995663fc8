"""Time entries and expenses as Harvest records them: timers, the account's clock, rates, invoiced locks.

The company settings decide how time is tracked. With `wants_timestamp_timers`
an entry runs between a started_time and an ended_time, written by the
account's `clock` ("14:59" on 24h, "2:59pm" on 12h; either is read); without
it an entry is a duration and both times are null. Every change of project,
task or user prices the entry again (see _rates). An entry or expense on an
invoice is locked: changing or deleting it is refused until the invoice (or its
row) is deleted.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ._engine import Call, Engine, NotFound, Result
from ._money import cents, exact
from ._rates import expense_billable, reference_id, time_entry_rates
from ._routes import named
from ._store import Record
from ._validation import InvalidInput
from ._wire import now_iso

__all__ = [
    "create_expense",
    "create_time_entry",
    "delete_expense",
    "delete_external_reference",
    "delete_time_entry",
    "minutes_of_day",
    "restart_time_entry",
    "stop_time_entry",
    "time_of_day",
    "update_expense",
    "update_time_entry",
]

_HUNDREDTH = Decimal("0.01")
_PRICING = ("project_id", "task_id", "user_id")
"""Fields whose change prices a time entry again."""


def minutes_of_day(clock: str) -> int:
    """Minutes since midnight of "14:59" or "2:59pm" (the account's 24h or 12h setting)."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*([ap]m)?\s*", clock.lower())
    if match is None:
        raise InvalidInput(f'time of day must look like "14:59" or "2:59pm", got {clock!r}')
    hour, minute, half = int(match[1]), int(match[2]), match[3]
    if half:
        if not 1 <= hour <= 12:
            raise InvalidInput(f"time of day {clock!r} is out of range")
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise InvalidInput(f"time of day {clock!r} is out of range")
    return hour * 60 + minute


def time_of_day(minutes: int, clock: str) -> str:
    """A time of day as the account writes it: "14:59" (24h) or "2:59pm" (12h)."""
    hour, minute = divmod(minutes, 60)
    if clock == "12h":
        return f"{hour % 12 or 12}:{minute:02d}{'am' if hour < 12 else 'pm'}"
    return f"{hour:02d}:{minute:02d}"


def _hours(value: Decimal) -> Decimal:
    """Decimal hours to the hundredth Harvest keeps, halves up."""
    return value.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def _hours_between(started: int, ended: int) -> Decimal:
    return _hours(Decimal(max(0, ended - started)) / 60)


def _company(engine: Engine) -> Record:
    return engine.store.singletons.get("Company") or {}


def _now_minutes(engine: Engine, user_id: Any) -> int:
    """The time of day now where the user is (their time zone; UTC when Harvest's name is not an IANA one)."""
    user = engine.store.get("User", user_id) or {}
    try:
        zone: Any = ZoneInfo(str(user.get("timezone") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    now = datetime.now(zone)
    return now.hour * 60 + now.minute


def _written(engine: Engine, minutes: int | None) -> str | None:
    if minutes is None or not _company(engine).get("wants_timestamp_timers"):
        return None
    return time_of_day(minutes, str(_company(engine).get("clock") or "24h"))


def _read_time(value: Any) -> int | None:
    return None if value is None else minutes_of_day(str(value))


def _refuse_if_invoiced(kind: str, record: Record) -> None:
    invoice = record.get("invoice")
    if record.get("is_billed") and isinstance(invoice, dict):
        noun = "time entry" if kind == "TimeEntry" else "expense"
        raise InvalidInput(
            f"{noun} {record['id']} is on invoice {invoice.get('number')} and is locked; "
            "delete the invoice or its row first"
        )


# -- time entries ----------------------------------------------------------------------


def create_time_entry(engine: Engine, call: Call) -> Record:
    """A duration (hours), a span (started_time to ended_time), or a running timer when neither ends it."""
    body = call.body
    body.setdefault("user_id", call.current_user_id)
    started, ended = _read_time(body.get("started_time")), _read_time(body.get("ended_time"))
    if ended is not None and started is None:
        raise InvalidInput("ended_time needs a started_time")
    if body.get("hours") is not None:
        hours, running, started, ended = exact(body["hours"]), False, None, None
    elif started is not None and ended is not None:
        hours, running = _hours_between(started, ended), False
    else:
        hours, running = Decimal(0), True
        if started is None:
            started = _now_minutes(engine, body["user_id"])
    record = engine.create(call)
    changes = {
        "hours": hours,
        "rounded_hours": hours,
        "is_running": running,
        "timer_started_at": now_iso() if running else None,
        "started_time": _written(engine, started),
        "ended_time": _written(engine, ended),
        **_priced(engine, record),
    }
    return engine.store.update("TimeEntry", record["id"], changes)


def update_time_entry(engine: Engine, call: Call) -> Record:
    """Changed fields; new times give new hours, a new project, task or user new rates."""
    record = engine.find(call)
    _refuse_if_invoiced("TimeEntry", record)
    body = call.body
    timed = "started_time" in body or "ended_time" in body
    started = _read_time(body.get("started_time", record.get("started_time")))
    ended = _read_time(body.get("ended_time", record.get("ended_time")))
    record = engine.update(call, record, body)
    changes: Record = {}
    if timed:
        changes.update(started_time=_written(engine, started), ended_time=_written(engine, ended))
        if started is not None and ended is not None:
            hours = _hours_between(started, ended)
            changes.update(hours=hours, rounded_hours=hours)
    elif body.get("hours") is not None:
        changes["rounded_hours"] = exact(body["hours"])
    if any(name in body for name in _PRICING):
        if "project_id" in body:
            project = engine.store.get("Project", body["project_id"]) or {}
            changes["client"] = project.get("client")
        changes.update(_priced(engine, {**record, **changes}))
    return engine.store.update("TimeEntry", record["id"], changes) if changes else record


def delete_time_entry(engine: Engine, call: Call) -> Result:
    _refuse_if_invoiced("TimeEntry", engine.find(call))
    return engine.serve(call)


def stop_time_entry(engine: Engine, call: Call) -> Record:
    record = _time_entry(engine, call)
    if not record.get("is_running"):
        raise InvalidInput("only a running time entry can be stopped")
    timer = datetime.fromisoformat(record["timer_started_at"])
    elapsed = Decimal(round((datetime.now(UTC) - timer).total_seconds())) / 3600
    hours = _hours(exact(record.get("hours")) + elapsed)
    changes: Record = {"is_running": False, "timer_started_at": None}
    started = _read_time(record.get("started_time"))
    if started is not None:
        # A span ends now: its hours are the span's, as the times read.
        ended = _now_minutes(engine, reference_id(record, "user"))
        hours = _hours_between(started, ended)
        changes["ended_time"] = _written(engine, ended)
    changes.update(hours=hours, rounded_hours=hours)
    return engine.store.update("TimeEntry", record["id"], changes)


def restart_time_entry(engine: Engine, call: Call) -> Record:
    record = _time_entry(engine, call)
    if record.get("is_running"):
        raise InvalidInput("the time entry is already running")
    _refuse_if_invoiced("TimeEntry", record)
    changes = {"is_running": True, "timer_started_at": now_iso(), "ended_time": None}
    return engine.store.update("TimeEntry", record["id"], changes)


def delete_external_reference(engine: Engine, call: Call) -> None:
    record = _time_entry(engine, call)
    engine.store.update("TimeEntry", record["id"], {"external_reference": None})


def _time_entry(engine: Engine, call: Call) -> Record:
    record = engine.store.get("TimeEntry", next(iter(call.path_params.values())))
    if record is None:
        raise NotFound
    return record


def _priced(engine: Engine, entry: Record) -> Record:
    """The entry's assignments as it embeds them, and its billability and rates."""
    task_assignment = _assignment(engine, "TaskAssignment", "task", entry)
    user_assignment = _assignment(engine, "UserAssignment", "user", entry)
    properties = engine.index.properties(named("TimeEntry"))
    embedded: Record = {}
    for name, found in (("task_assignment", task_assignment), ("user_assignment", user_assignment)):
        if name in properties:
            # Null when the project has none for them: Harvest sends null there too.
            embedded[name] = None if found is None else engine.project(properties[name], found)
    return {**embedded, **time_entry_rates(engine.store, entry, task_assignment, user_assignment)}


def _assignment(engine: Engine, kind: str, member: str, entry: Record) -> Record | None:
    """The stored assignment of the entry's task or user to the entry's project, if the project has one."""
    project_id, member_id = reference_id(entry, "project"), reference_id(entry, member)
    for assignment in engine.store.newest_first(kind):
        if reference_id(assignment, "project") == project_id and reference_id(assignment, member) == member_id:
            return assignment
    return None


# -- expenses --------------------------------------------------------------------------


def create_expense(engine: Engine, call: Call) -> Record:
    """An expense of the authenticated user unless told, billable unless told, priced per unit when its category is."""
    call.body.setdefault("user_id", call.current_user_id)
    record = engine.create(call)
    return _price_expense(engine, record, call.body.get("billable", True))


def update_expense(engine: Engine, call: Call) -> Record:
    record = engine.find(call)
    _refuse_if_invoiced("Expense", record)
    record = engine.update(call, record, call.body)
    return _price_expense(engine, record, call.body.get("billable", record.get("billable")))


def delete_expense(engine: Engine, call: Call) -> Result:
    _refuse_if_invoiced("Expense", engine.find(call))
    return engine.serve(call)


def _price_expense(engine: Engine, record: Record, billable: Any) -> Record:
    """Billability, the user's assignment to the project, and units x unit price for per-unit categories."""
    changes: Record = {"billable": expense_billable(engine.store, record, bool(billable))}
    membership = _assignment(engine, "UserAssignment", "user", record)
    if membership is not None:
        changes["user_assignment"] = engine.project(
            engine.index.properties(named("Expense"))["user_assignment"], membership
        )
    category = engine.store.get("ExpenseCategory", reference_id(record, "expense_category")) or {}
    if category.get("unit_price") is not None and record.get("units") is not None:
        changes["total_cost"] = cents(exact(record["units"]) * exact(category["unit_price"]))
    return engine.store.update("Expense", record["id"], changes)
