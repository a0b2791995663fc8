"""Churn: records that change while a listing or a sync reads them, as a busy account's do.

`fake.faults.churn(...)` arms a `Churn`: before chosen list requests of one record kind it
creates, edits, backdates and deletes records of that kind, picked by a seeded random generator
(so a test, or the demo, sees the same changes on every run) and recorded by id, so a test can
say what a complete listing must hold. `where` says which records it touches: those the
listing has read (before the requested page, in the order the list serves them), those it has
not, or any of the kind.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any, Literal

from .._operations import OPERATIONS
from ._paging import cursor_after
from ._store import Record, Store, public, scope_of

__all__ = ["CHURN_SYNTAX", "Churn", "ChurnPlace", "parse_churn"]

ChurnPlace = Literal["read", "unread", "anywhere"]
"""Which records a churn touches, relative to the page a list request asks for."""

_PLACES = ("read", "unread", "anywhere")
CHURN_SYNTAX = "KIND:name=value,... (names: creates, edits, backdates, deletes, where, after, every, times, seed)"
"""How a churn is written on a command line: `TimeEntry:creates=1,deletes=3,every=3,times=100,seed=7`."""
_COUNTS = ("creates", "edits", "backdates", "deletes", "after", "every", "times", "seed")
# Attributes a backdate moves into the past, in the order they are looked for.
_DATES = ("spent_date", "issue_date")


class Churn:
    """Changes made to records of one kind before list requests, and the ids of what changed.

    Created records are copies of existing ones (same project, task, person, date...) with new ids
    and fresh timestamps: in a list ordered by creation they land before every listing's cursor, in
    one ordered by date (time entries, expenses, invoices, estimates) first among their date's,
    wherever that is. An edit rewrites `notes` (or `name`), a backdate moves the record's date (spent_date,
    issue_date) 1 to 60 days back; both move updated_at. `created`, `edited`, `backdated` and
    `deleted` list the ids in the order the changes were made.
    """

    def __init__(
        self,
        kind: str,
        *,
        creates: int,
        edits: int,
        backdates: int,
        deletes: int,
        where: ChurnPlace,
        after: int,
        every: int,
        times: int,
        seed: int,
    ) -> None:
        counts = {"creates": creates, "edits": edits, "backdates": backdates, "deletes": deletes}
        for name, value in counts.items():
            if value < 0:
                raise ValueError(f"{name} must be 0 or more, got {value}")
        if not any(counts.values()):
            raise ValueError("a churn needs something to do: give creates, edits, backdates or deletes")
        # Report rows are computed from other records, never stored: nothing of theirs to change.
        listed = sorted({op.item_schema for op in OPERATIONS.values() if op.item_schema and op.bucket != "reports"})
        if kind not in listed:
            raise ValueError(f"kind must name the records of a list operation ({', '.join(listed)}), got {kind!r}")
        if where not in _PLACES:
            raise ValueError(f"where must be one of {', '.join(_PLACES)}, got {where!r}")
        if after < 0:
            raise ValueError(f"after must be 0 or more list requests, got {after}")
        if every < 1:
            raise ValueError(f"every must be 1 or more list requests, got {every}")
        if times < 1:
            raise ValueError(f"times must be 1 or more, got {times}")
        self.kind = kind
        self.creates, self.edits, self.backdates, self.deletes = creates, edits, backdates, deletes
        self.where: ChurnPlace = where
        self.after = after
        self.every = every
        self.times = times
        self.rounds = 0
        """How many times the churn has acted."""
        self.created: list[int] = []
        self.edited: list[int] = []
        self.backdated: list[int] = []
        self.deleted: list[int] = []
        self._requests = 0
        self._random = random.Random(seed)

    @property
    def done(self) -> bool:
        """True once it has acted `times` times."""
        return self.rounds >= self.times

    def before_list(
        self, store: Store, kind: str, query: Mapping[str, Any], listed: Callable[[], Sequence[int]]
    ) -> None:
        """Called under the store's lock before a list request of `kind` is answered.

        `listed` gives the ids the request's list holds, in the order it serves them: the records
        before the requested page are those a listing has read.
        """
        if kind != self.kind or self.done:
            return
        self._requests += 1
        if self._requests <= self.after or (self._requests - self.after - 1) % self.every:
            return
        self.rounds += 1
        newest_first = sorted((record["id"] for record in store.newest_first(kind)), reverse=True)
        in_order = list(listed())
        read = _read_count(in_order, query)
        pool = {"read": in_order[:read], "unread": in_order[read:], "anywhere": newest_first}[self.where]
        # Picked without overlap: a record deleted here is not also edited.
        chosen = self._random.sample(pool, min(len(pool), self.edits + self.backdates + self.deletes))
        edits, rest = chosen[: self.edits], chosen[self.edits :]
        backdates, deletes = rest[: self.backdates], rest[self.backdates :]
        for record_id in edits:
            self._edit(store, record_id)
        for record_id in backdates:
            self._backdate(store, record_id)
        for record_id in deletes:
            store.delete(kind, record_id)
            self.deleted.append(record_id)
        templates = [store.get(kind, record_id) for record_id in newest_first if record_id not in deletes]
        for _ in range(self.creates if templates else 0):
            template = self._random.choice(templates)
            assert template is not None
            self._create(store, template)

    def _edit(self, store: Store, record_id: int) -> None:
        record = store.get(self.kind, record_id)
        assert record is not None
        field = "notes" if "notes" in record else "name" if "name" in record else None
        changes = {field: f"Changed while listed ({self.rounds}.{len(self.edited) + 1})"} if field else {}
        store.update(self.kind, record_id, changes)
        self.edited.append(record_id)

    def _backdate(self, store: Store, record_id: int) -> None:
        record = store.get(self.kind, record_id)
        assert record is not None
        field = next((name for name in _DATES if isinstance(record.get(name), str)), None)
        if field is None:
            self._edit(store, record_id)
            return
        moved = date.fromisoformat(record[field]) - timedelta(days=self._random.randint(1, 60))
        store.update(self.kind, record_id, {field: moved.isoformat()})
        self.backdated.append(record_id)

    def _create(self, store: Store, template: Record) -> None:
        copy = {k: v for k, v in public(template).items() if k not in ("id", "created_at", "updated_at")}
        created = store.add(self.kind, copy, scope=scope_of(template) or None)
        self.created.append(created["id"])

    def __repr__(self) -> str:
        return (
            f"Churn({self.kind}: {len(self.created)} created, {len(self.edited)} edited, "
            f"{len(self.backdated)} backdated, {len(self.deleted)} deleted in {self.rounds} rounds)"
        )


def _read_count(in_order: list[int], query: Mapping[str, Any]) -> int:
    """How many records of the list come before the page the request asks for."""
    cursor = query.get("cursor")
    if cursor is not None:
        # A cursor list is served newest created first: the cursor is the last id read.
        after = cursor_after(str(cursor))
        return sum(1 for record_id in in_order if record_id >= after)
    page = int(query.get("page", 1))
    per_page = int(query.get("per_page", 2000))
    return min(len(in_order), (page - 1) * per_page)


def parse_churn(text: str) -> tuple[str, dict[str, Any]]:
    """(kind, keyword arguments of Faults.churn) from CHURN_SYNTAX; ValueError naming what is wrong."""
    kind, colon, settings = text.partition(":")
    if not colon or not kind.strip():
        raise ValueError(f"a churn is written {CHURN_SYNTAX}, got {text!r}")
    options: dict[str, Any] = {}
    for item in filter(None, (part.strip() for part in settings.split(","))):
        name, equals, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if not equals or name not in (*_COUNTS, "where"):
            raise ValueError(f"unknown churn setting {item!r}; expected {CHURN_SYNTAX}")
        if name == "where":
            options[name] = value
            continue
        try:
            options[name] = int(value)
        except ValueError:
            raise ValueError(f"churn setting {name} must be a whole number, got {value!r}") from None
    return kind.strip(), options
