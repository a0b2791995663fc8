"""Data the fake starts with: the account owner always; `demo` and `bulk:<n>` on request.

Records are built over a template synthesised from the spec, so every seeded
record carries every attribute the spec says Harvest returns.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from ._routes import named, route_table
from ._store import Record, Store
from ._synthesis import synthesize

__all__ = ["SEEDS", "apply_seed", "seed_account"]

SEEDS = ("demo", "bulk:<count>")
# Durations people log, as Decimals like everything the fake counts money or time with.
# Rates with cents, so billable amounts need the half-up rounding Harvest applies.
_TASK_RATES = tuple(
    (name, Decimal(rate))
    for name, rate in (("Design", "110.00"), ("Development", "132.50"), ("Meetings", "90.00"), ("Support", "79.99"))
)
_HOURS = tuple(Decimal(h) for h in ("0.25", "0.5", "1.0", "1.5", "2.0", "3.0", "4.0"))
DEMO_TIME_ENTRIES = 25_000
# Set-up records (people, clients, projects, tasks) predate the year of seeded work, so
# updated_since finds only what changed after seeding, as it would on a real account.
_SETUP_AGE = timedelta(days=400)


def _stamp(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _template(kind: str) -> Record:
    index = route_table()
    record: Record = synthesize(index, named(kind))
    record.pop("id", None)  # the store hands out ids
    return record


def _build(kind: str, **values: Any) -> Record:
    template = _template(kind)
    record = {**template, **{k: v for k, v in values.items() if k in template}}
    setup = _stamp(datetime.now(UTC) - _SETUP_AGE)
    for name in ("created_at", "updated_at"):
        if name in record and name not in values:
            record[name] = setup
    return record


def _ref(record: Record, *names: str) -> Record:
    return {name: record[name] for name in ("id", "name", *names) if name in record}


def _embedded(kind: str, name: str, source: Record) -> Record:
    """`source` cut down to what a `kind` record embeds under `name` (a time entry's user_assignment)."""
    index = route_table()
    schema, _ = index.non_null(index.properties(named(kind))[name])
    return {key: value for key, value in source.items() if key in index.properties(schema)}


def _assign(store: Store, kind: str, project: Record, **values: Any) -> Record:
    """An active assignment of something (a task, a person) to a project, stored under that project."""
    record = _build(kind, project=_ref(project, "code"), is_active=True, **values)
    return store.add(kind, record, scope={"project_id": project["id"]})


def _logged(spent: date, offset: int, latest: datetime) -> Record:
    """created_at on the entry's day (office hours), updated_at later for one entry in ten."""
    created = min(datetime.combine(spent, time(9 + offset % 8, offset % 60), UTC), latest)
    updated = min(created + timedelta(days=offset % 5, hours=1), latest) if offset % 10 == 0 else created
    return {"created_at": _stamp(created), "updated_at": _stamp(updated)}


def _person(user: Record) -> Record:
    return {"id": user["id"], "name": f"{user['first_name']} {user['last_name']}"}


def seed_account(store: Store) -> int:
    """The company and the user whose token the fake accepts; returns that user's id."""
    if "Company" in route_table().document["components"]["schemas"]:
        store.singletons["Company"] = _build(
            "Company",
            base_uri="https://fake.harvestapp.com",
            full_domain="fake.harvestapp.com",
            name="Fake Company Ltd",
            is_active=True,
            week_start_day="Monday",
            wants_timestamp_timers=False,
            time_format="hours_minutes",
            date_format="%Y-%m-%d",
            plan_type="simple-v4",
            clock="24h",
            decimal_symbol=".",
            thousands_separator=",",
            color_scheme="orange",
            weekly_capacity=126000,
            expense_feature=True,
            invoice_feature=True,
            estimate_feature=True,
            approval_feature=True,
            team_feature=True,
        )
    owner = store.add(
        "User",
        _build(
            "User",
            first_name="Ada",
            last_name="Owner",
            email="ada@example.com",
            timezone="Europe/Berlin",
            weekly_capacity=126000,
            is_active=True,
            access_roles=["administrator"],
            roles=[],
            default_hourly_rate=Decimal("120.00"),
            cost_rate=Decimal("60.00"),
        ),
    )
    return int(owner["id"])


def apply_seed(store: Store, seed: str, owner_id: int) -> None:
    """Load a named data set: `demo` (a year of work) or `bulk:<n>` (n time entries)."""
    if seed == "demo":
        _demo(store, owner_id, DEMO_TIME_ENTRIES)
    elif seed.startswith("bulk:") and seed[5:].isdigit():
        _demo(store, owner_id, int(seed[5:]))
    else:
        raise ValueError(f"unknown seed {seed!r}; expected one of: {', '.join(SEEDS)}")


def _demo(store: Store, owner_id: int, entries: int) -> None:
    rng = random.Random(2025)
    owner = store.get("User", owner_id)
    assert owner is not None
    people = [owner] + [
        store.add(
            "User",
            _build(
                "User",
                first_name=first,
                last_name="Demo",
                email=f"{first.lower()}@example.com",
                is_active=True,
                weekly_capacity=126000,
                access_roles=["member"],
                roles=[],
            ),
        )
        for first in ("Grace", "Alan", "Barbara")
    ]
    clients = [
        store.add("Client", _build("Client", name=name, is_active=True, currency=currency, address=None))
        for name, currency in (("Acme GmbH", "EUR"), ("Globex Inc", "USD"), ("Initech", "USD"), ("Umbrella BV", "EUR"))
    ]
    tasks = [
        store.add(
            "Task",
            _build("Task", name=name, billable_by_default=True, default_hourly_rate=rate, is_active=True),
        )
        for name, rate in _TASK_RATES
    ]
    projects = []
    # What time entries embed: the user's and the task's assignment to the entry's project.
    user_assignments: dict[tuple[int, int], Record] = {}
    task_assignments: dict[tuple[int, int], Record] = {}
    for number, client in enumerate(clients * 2, start=1):
        project = store.add(
            "Project",
            _build(
                "Project",
                name=f"{client['name'].split()[0]} project {number}",
                code=f"P{number:03}",
                client=_ref(client, "currency"),
                is_active=True,
                is_billable=True,
                bill_by="Tasks",  # entries carry their task's rate, as bill_by Tasks prices them
                budget_by="project",
                hourly_rate=Decimal("120.00"),
                budget=Decimal("500.0"),
                starts_on=None,
            ),
        )
        projects.append(project)
        for task in tasks:
            task_assignments[project["id"], task["id"]] = _assign(
                store,
                "TaskAssignment",
                project,
                task=_ref(task),
                billable=True,
                hourly_rate=task["default_hourly_rate"],
            )
        for person in people:
            user_assignments[project["id"], person["id"]] = _assign(
                store,
                "UserAssignment",
                project,
                user=_person(person),
                is_project_manager=person is owner,
                hourly_rate=Decimal("120.00"),
            )
    template = _template("TimeEntry")
    allowed = {*template, "id"}
    today = date.today()
    # Entries were logged on their day and some edited days later; none is stamped after now.
    latest = datetime.now(UTC) - timedelta(minutes=1)
    first_id = store.reserve_ids(entries)
    batch: list[Record] = []
    for offset in range(entries):
        project = projects[offset % len(projects)]
        person = people[offset % len(people)]
        task = tasks[(offset // 3) % len(tasks)]
        hours = rng.choice(_HOURS)
        billable = rng.random() < 0.8
        spent = today - timedelta(days=(entries - offset) * 365 // max(entries, 1))
        record = dict(template)
        record.update(
            {
                "id": first_id + offset,
                "spent_date": spent.isoformat(),
                "hours": hours,
                "rounded_hours": hours,
                "notes": f"Work item {offset}",
                "user": _person(person),
                "client": project["client"],
                "project": _ref(project, "code"),
                "task": _ref(task),
                "user_assignment": _embedded(
                    "TimeEntry", "user_assignment", user_assignments[project["id"], person["id"]]
                ),
                "task_assignment": _embedded(
                    "TimeEntry", "task_assignment", task_assignments[project["id"], task["id"]]
                ),
                "billable": billable,
                "billable_rate": task["default_hourly_rate"] if billable else None,
                "cost_rate": Decimal("60.00"),
                "is_running": False,
                **_logged(spent, offset, latest),
            }
        )
        batch.append({k: v for k, v in record.items() if k in allowed})
    store.add_many("TimeEntry", batch)
