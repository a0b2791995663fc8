"""The copy itself: incremental upserts, deletions by reconciling ids, the checkpoint in the same transactions.

Crash safety comes from one rule: every transaction leaves the database a state
a run can start from. Each page is upserted in its own transaction together with
the resource's progress; the checkpoint moves only in the transaction that ends
the listing, and the run that was interrupted is redone from its own
updated_since (upserts and deletions are idempotent), so a sync killed at any
instant and run again ends with the database an uninterrupted run would have.

Deletions: Harvest keeps no record of them, so ids are reconciled. A resource
that is not date-keyed is listed whole (its full id set costs no more than its
changes would). A date-keyed one compares counts: one per_page=1 request gives
total_entries for a date range; the whole history first, then, where the counts
differ, the range is cut at the local median date and the left half counted (the
right one is the difference), down to ranges a page long, whose ids are read and
compared; a range missing at least as many rows as it has pages is read whole.
Before cutting, the bound on what narrowing can cost (each missing row one
count per level and one short scan) is set against reading every id; the
cheaper is taken, so a check never costs more than a full read.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ._errors import SyncError
from ._resources import Field, SyncResource
from ._result import Phase, ResourceResult, SyncProgress
from ._source import Source, prefetched
from ._tables import (
    DELETED_AT,
    NATIVE_TYPES,
    STATE_TABLE,
    JsonText,
    ValueMismatch,
    json_bind_processor,
    json_loads,
    to_column,
)

__all__ = ["Copier", "Deletions", "Options"]

Deletions = Literal["remove", "mark"]
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Options:
    """How a sync behaves; see harvest_v2.sync.sync for each."""

    account_id: str
    full: bool
    full_every: timedelta | None
    deletions: Deletions
    overlap: timedelta
    per_page: int
    wall_clock: Callable[[], datetime]
    progress: Callable[[SyncProgress], None] | None


@dataclass(slots=True)
class _Tally:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    full: bool = False


class Copier:
    """Copies resources from a Source into tables of one database, one resource at a time."""

    def __init__(self, engine: sa.Engine, metadata: sa.MetaData, source: Source, options: Options) -> None:
        self._engine = engine
        self._metadata = metadata
        self._source = source
        self._options = options
        self._state = metadata.tables[STATE_TABLE]
        dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
        self._insert: Callable[[sa.Table], Any] = dialect.insert
        self._requests_before = 0  # the source's count when the resource being copied started
        self._plans: dict[str, list[tuple[str, frozenset[type], Field]]] = {}
        self._upserts: dict[str, tuple[str, list[tuple[str, Callable[[Any], Any] | None]], bool]] = {}

    # -- one resource ---------------------------------------------------------------------

    def copy(self, resource: SyncResource) -> ResourceResult:
        started = time.perf_counter()
        self._requests_before = self._source.requests
        tally = _Tally()
        state = self._read_state(resource)
        now = self._options.wall_clock()
        if state is not None and state["run_started"] is not None:
            # A run was interrupted: redo it from its own updated_since (None: it read everything).
            run_started, since, newest = state["run_started"], state["run_since"], state["run_newest"]
            whole = since is None
        else:
            run_started, newest = now, None
            checkpoint = state["checkpoint"] if state else None
            since = None if checkpoint is None else checkpoint - self._options.overlap
            due = self._options.full_every is not None and (
                state is None
                or state["last_full_check"] is None
                or now - state["last_full_check"] >= self._options.full_every
            )
            whole = self._options.full or due or checkpoint is None or not resource.date_keyed
            self._save_state(resource, run_started=run_started, run_since=None if whole else since, run_newest=None)
        if whole:
            tally.full = True
            self._scan(resource, None, None, tally, phase="all records")
            self._finish(resource, checkpoint=run_started, full_check=True)
        else:
            assert since is not None
            newest = self._incremental(resource, since, tally, newest)
            previous = state["checkpoint"] if state else None
            # The start of the run, or the newest change read if Harvest's clock is behind ours;
            # never behind the last checkpoint, which was safe already.
            checkpoint = min(run_started, newest) if newest is not None else run_started
            checkpoint = max(checkpoint, previous) if previous is not None else checkpoint
            self._finish(resource, checkpoint=checkpoint, full_check=False)
            self._reconcile(resource, tally)
        self._report(resource, "done", 0, None)
        return ResourceResult(
            resource=resource.name,
            inserted=tally.inserted,
            updated=tally.updated,
            deleted=tally.deleted,
            requests=self._source.requests - self._requests_before,
            seconds=time.perf_counter() - started,
            full=tally.full,
        )

    # -- reading -------------------------------------------------------------------------

    def _incremental(
        self, resource: SyncResource, since: datetime, tally: _Tally, newest: datetime | None
    ) -> datetime | None:
        """Upsert what changed at or after `since`; returns the newest updated_at written (or `newest`)."""
        read = 0
        params = {"updated_since": since, "per_page": self._options.per_page}
        for page in prefetched(self._source.pages(resource.operation, params)):
            with self._engine.begin() as conn:
                page_newest = self._write(conn, resource, page.records, tally)
                if page_newest is not None and (newest is None or page_newest > newest):
                    newest = page_newest
                    self._update_state(conn, resource, run_newest=newest)
            read += len(page.records)
            self._report(resource, "changes", read, page.total_entries)
        return newest

    def _scan(
        self, resource: SyncResource, low: date | None, high: date | None, tally: _Tally, *, phase: Phase = "deletions"
    ) -> int:
        """Read every record of a date range (or everything), upsert it, delete the rows it lacks; returns how many."""
        params: dict[str, Any] = {"per_page": self._options.per_page, "from": low, "to": high}
        seen: set[int] = set()
        read = 0
        total: int | None = None
        for page in prefetched(self._source.pages(resource.operation, params)):
            with self._engine.begin() as conn:
                self._write(conn, resource, page.records, tally)
            seen.update(int(record["id"]) for record in page.records)
            read += len(page.records)
            total = page.total_entries
            self._report(resource, phase, read, page.total_entries)
        if total is not None and len(seen) < total:
            # Fewer records than Harvest counts at the end: the listing may have missed some that changed
            # under it, and a missed record must never be deleted from the copy. The next sync compares again.
            return len(seen)
        table = self._metadata.tables[resource.name]
        with self._engine.begin() as conn:
            present = conn.execute(sa.select(table.c.id).where(*self._live_in(resource, low, high))).scalars()
            gone = sorted(set(present) - seen)
            tally.deleted += self._delete(conn, table, gone)
        return len(seen)

    def _reconcile(self, resource: SyncResource, tally: _Tally) -> None:
        """Find deletions of a date-keyed resource by counts per date range, reading only the ranges that differ."""
        per_page = self._options.per_page
        remote = self._count(resource, None, None)
        local = self._local_count(resource, None, None)
        if remote == local:
            return
        scan_cost = max(1, math.ceil(remote / per_page))
        depth = math.ceil(math.log2(max(scan_cost / 2, 1)))
        if scan_cost <= 2 or abs(local - remote) * (depth + 2) >= scan_cost:
            tally.full = True
            self._scan(resource, None, None, tally)
            return
        ranges: list[tuple[date | None, date | None, int]] = [(None, None, remote)]
        while ranges:
            low, high, remote = ranges.pop()
            local = self._local_count(resource, low, high)
            if remote == local:
                continue
            cut = self._cut(resource, low, high)
            # Every missing row ends in a read of its page, so a range missing at least as many rows as
            # it has pages is read whole rather than narrowed.
            if cut is None or remote <= per_page or math.ceil(remote / per_page) <= local - remote:
                self._scan(resource, low, high, tally)
                continue
            if self._local_count(resource, low, cut) <= per_page:
                # Reading a half of one page costs what counting it would, and settles it: its
                # total is the count, and the other half's is the difference.
                left = self._scan(resource, low, cut, tally)
            else:
                left = self._count(resource, low, cut)
                ranges.append((low, cut, left))
            ranges.append((cut + _DAY, high, remote - left))

    def _cut(self, resource: SyncResource, low: date | None, high: date | None) -> date | None:
        """Where to split a range: the local median date, kept below the range's last date; None when one day."""
        assert resource.date_field is not None
        table = self._metadata.tables[resource.name]
        column = table.c[resource.date_field]
        live = self._live_in(resource, low, high)
        with self._engine.connect() as conn:
            first, last, count = conn.execute(
                sa.select(sa.func.min(column), sa.func.max(column), sa.func.count()).where(*live)
            ).one()
            if first is None or first == last:
                return None
            median = conn.execute(sa.select(column).where(*live).order_by(column).offset(count // 2).limit(1)).scalar()
        assert isinstance(median, date) and isinstance(last, date)
        return min(median, last - _DAY)

    def _count(self, resource: SyncResource, low: date | None, high: date | None) -> int:
        params: dict[str, Any] = {"per_page": 1, "from": low, "to": high}
        for page in self._source.pages(resource.operation, params):
            if page.total_entries is None:
                raise SyncError(
                    f"{resource.operation.operation_id} gave no total_entries; its deletions cannot be counted"
                )
            return page.total_entries
        raise SyncError(f"{resource.operation.operation_id} answered with no page")

    # -- writing -------------------------------------------------------------------------

    def _row(self, resource: SyncResource, record: dict[str, Any]) -> dict[str, Any]:
        """A record as its row: each attribute as its column holds it (to_column), deleted_at cleared."""
        try:
            row = {"id": int(record["id"]), DELETED_AT: None}
            get = record.get
            for name, native, field in self._plan(resource):
                value = get(name)
                # Most values arrive as their column's type already; to_column parses or refuses the rest.
                row[name] = value if value is None or type(value) in native else to_column(field, value)
        except (KeyError, TypeError, ValueError, ValueMismatch) as exc:
            raise SyncError(f"{resource.name} record {record.get('id')!r}: {exc}") from None
        return row

    def _plan(self, resource: SyncResource) -> list[tuple[str, frozenset[type], Field]]:
        plan = self._plans.get(resource.name)
        if plan is None:
            plan = self._plans[resource.name] = [(f.name, NATIVE_TYPES[f.kind], f) for f in resource.fields]
        return plan

    def _upsert(self, table: sa.Table) -> tuple[str, list[tuple[str, Callable[[Any], Any] | None]], bool]:
        """The upsert of one table compiled once, with each parameter's bind processor (the column types')."""
        cached = self._upserts.get(table.name)
        if cached is None:
            dialect = self._engine.dialect
            statement = self._insert(table)
            statement = statement.on_conflict_do_update(
                index_elements=[table.c.id],
                set_={column.name: statement.excluded[column.name] for column in table.columns if column.name != "id"},
            )
            compiled = statement.compile(dialect=dialect, column_keys=[column.name for column in table.columns])
            names = list(compiled.positiontup or []) if compiled.positional else [c.name for c in table.columns]
            processors: dict[str, Callable[[Any], Any] | None] = {
                c.name: c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns
            }
            for column in table.columns:
                if isinstance(column.type.dialect_impl(dialect), sa.JSON):
                    processors[column.name] = json_bind_processor(dialect)
            cached = self._upserts[table.name] = (
                compiled.string,
                [(n, processors[n]) for n in names],
                compiled.positional,
            )
        return cached

    def _write(
        self, conn: sa.Connection, resource: SyncResource, records: list[dict[str, Any]], tally: _Tally
    ) -> datetime | None:
        """Upsert a page; count rows inserted and rows that really changed; returns the newest updated_at."""
        if not records:
            return None
        table = self._metadata.tables[resource.name]
        rows = [self._row(resource, record) for record in records]
        stored = {
            row.id: row._mapping
            for row in conn.execute(sa.select(table).where(table.c.id.in_([row["id"] for row in rows])))
        }
        changed = []
        for row in rows:
            old = stored.get(row["id"])
            if old is None:
                tally.inserted += 1
                changed.append(row)
            elif any(
                old[name] != (json_loads(value) if type(value) is JsonText else value) for name, value in row.items()
            ):
                tally.updated += 1
                changed.append(row)
        if changed:
            # Compiled once and bound here: SQLAlchemy's per-row parameter handling would cost more
            # than the database does on a page of thousands; the values pass the same type processors.
            sql, binds, positional = self._upsert(table)
            if positional:
                parameters: list[Any] = [tuple(row[n] if p is None else p(row[n]) for n, p in binds) for row in changed]
            else:
                parameters = [{n: row[n] if p is None else p(row[n]) for n, p in binds} for row in changed]
            conn.exec_driver_sql(sql, parameters)
        stamps = [row["updated_at"] for row in rows if isinstance(row.get("updated_at"), datetime)]
        return max(stamps) if stamps else None

    def _delete(self, conn: sa.Connection, table: sa.Table, ids: list[int]) -> int:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            if self._options.deletions == "remove":
                conn.execute(sa.delete(table).where(table.c.id.in_(chunk)))
            else:
                conn.execute(
                    sa.update(table).where(table.c.id.in_(chunk)).values({DELETED_AT: self._options.wall_clock()})
                )
        return len(ids)

    def _live_in(self, resource: SyncResource, low: date | None, high: date | None) -> list[sa.ColumnElement[bool]]:
        table = self._metadata.tables[resource.name]
        conditions: list[sa.ColumnElement[bool]] = [table.c[DELETED_AT].is_(None)]
        if resource.date_field is not None:
            column = table.c[resource.date_field]
            if low is not None:
                conditions.append(column >= low)
            if high is not None:
                conditions.append(column <= high)
        return conditions

    def _local_count(self, resource: SyncResource, low: date | None, high: date | None) -> int:
        table = self._metadata.tables[resource.name]
        with self._engine.connect() as conn:
            return int(
                conn.execute(
                    sa.select(sa.func.count()).select_from(table).where(*self._live_in(resource, low, high))
                ).scalar_one()
            )

    # -- state ---------------------------------------------------------------------------

    def _read_state(self, resource: SyncResource) -> dict[str, Any] | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(self._state).where(self._state.c.resource == resource.name)).first()
        return None if row is None else dict(row._mapping)

    def _save_state(self, resource: SyncResource, **values: Any) -> None:
        with self._engine.begin() as conn:
            statement = self._insert(self._state).values(
                resource=resource.name, account_id=self._options.account_id, **values
            )
            conn.execute(statement.on_conflict_do_update(index_elements=[self._state.c.resource], set_=values))

    def _update_state(self, conn: sa.Connection, resource: SyncResource, **values: Any) -> None:
        conn.execute(sa.update(self._state).where(self._state.c.resource == resource.name).values(**values))

    def _finish(self, resource: SyncResource, *, checkpoint: datetime, full_check: bool) -> None:
        values: dict[str, Any] = {
            "checkpoint": checkpoint,
            "run_started": None,
            "run_since": None,
            "run_newest": None,
            "synced_at": self._options.wall_clock(),
        }
        if full_check:
            values["last_full_check"] = values["synced_at"]
        with self._engine.begin() as conn:
            self._update_state(conn, resource, **values)

    def _report(self, resource: SyncResource, phase: Phase, records: int, total: int | None) -> None:
        if self._options.progress is not None:
            requests = self._source.requests - self._requests_before  # this resource's, whatever the phase
            self._options.progress(SyncProgress(resource.name, phase, records, total, requests))


def accounts_in(engine: sa.Engine, metadata: sa.MetaData) -> set[str]:
    """The accounts the database already holds copies of (one, or none for a new database)."""
    state = metadata.tables[STATE_TABLE]
    with engine.connect() as conn:
        return set(conn.execute(sa.select(state.c.account_id).distinct()).scalars())


def utc_now() -> datetime:
    return datetime.now(UTC)
