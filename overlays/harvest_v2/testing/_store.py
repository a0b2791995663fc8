"""The fake's in-memory data: records by kind (the spec's schema name) and id.

Tests seed and inspect it directly (`fake.store.add("Client", {...})`,
`fake.store.all("TimeEntry")`). It is guarded by one lock because the server
thread and the test thread use it at the same time.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from typing import Any

from ._wire import encode_json, now_iso

__all__ = ["Record", "Store", "public", "scope_of"]

Record = dict[str, Any]

# Where a nested record was created (for example the project of a user
# assignment); kept beside the record, never sent. Every attribute whose name
# starts with "_" is the fake's own bookkeeping (Harvest names none so).
_SCOPE = "_scope"
_INTERNAL = "_"


class Store:
    """Records of every kind, newest last; ids are unique across the whole store."""

    def __init__(self, first_id: int = 1) -> None:
        self._lock = threading.RLock()
        self._records: dict[str, dict[int, Record]] = {}
        self._encoded: dict[tuple[str, int], bytes] = {}
        self._ids = itertools.count(first_id)
        self.version = 0
        self.singletons: dict[str, Record] = {}

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    def new_id(self) -> int:
        with self._lock:
            return next(self._ids)

    def reserve_ids(self, count: int) -> int:
        """Take `count` consecutive ids at once (bulk seeding); returns the first."""
        with self._lock:
            first = next(self._ids)
            self._ids = itertools.count(first + count)
            return first

    def add(self, kind: str, record: Record, *, scope: dict[str, int] | None = None) -> Record:
        """Store a record of `kind`; fills id, created_at and updated_at when missing."""
        with self._lock:
            record = dict(record)
            if record.get("id") is None:
                record["id"] = next(self._ids)
            stamp = now_iso()
            record.setdefault("created_at", stamp)
            record.setdefault("updated_at", stamp)
            if scope:
                record[_SCOPE] = dict(scope)
            self._records.setdefault(kind, {})[record["id"]] = record
            self.version += 1
            return record

    def add_many(self, kind: str, records: list[Record]) -> None:
        """Bulk insert for seeding large data sets (records must carry ids)."""
        with self._lock:
            table = self._records.setdefault(kind, {})
            for record in records:
                table[record["id"]] = record
            self.version += 1

    def get(self, kind: str, record_id: int) -> Record | None:
        with self._lock:
            return self._records.get(kind, {}).get(record_id)

    def update(self, kind: str, record_id: int, changes: Record) -> Record:
        with self._lock:
            record = self._records[kind][record_id]
            record.update(changes)
            record["updated_at"] = now_iso()
            self._encoded.pop((kind, record_id), None)
            self.version += 1
            return record

    def delete(self, kind: str, record_id: int) -> None:
        with self._lock:
            del self._records[kind][record_id]
            self._encoded.pop((kind, record_id), None)
            self.version += 1

    def all(self, kind: str) -> list[Record]:
        """Every record of `kind`, newest first, without internal fields."""
        with self._lock:
            return [public(record) for record in reversed(self._records.get(kind, {}).values())]

    def newest_first(self, kind: str) -> Iterator[Record]:
        with self._lock:
            records = list(self._records.get(kind, {}).values())
        return reversed(records)

    def count(self, kind: str) -> int:
        with self._lock:
            return len(self._records.get(kind, {}))

    def encoded(self, kind: str, record: Record) -> bytes:
        """The record as JSON bytes, cached until it changes (lists of 2000 stay cheap)."""
        key = (kind, record["id"])
        cached = self._encoded.get(key)
        if cached is None:
            cached = encode_json(public(record))
            self._encoded[key] = cached
        return cached


def scope_of(record: Record) -> dict[str, int]:
    """The path parameters a nested record was created under (its project, for an assignment)."""
    scope: dict[str, int] = record.get(_SCOPE, {})
    return scope


def public(record: Record) -> Record:
    """The record as Harvest sends it: without the fake's internal fields."""
    return {key: value for key, value in record.items() if not key.startswith(_INTERNAL)}
