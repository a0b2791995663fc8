"""The copy itself: incremental upserts, deletions by reconciling ids, the checkpoint in the same transactions.

Crash safety comes from one rule: every transaction leaves the database a state
a run can start from. Each page is upserted in its own transaction together with
the resource's progress; the checkpoint moves only in the transaction that ends
the listing, and the run that was interrupted is redone from its own
updated_since (upserts and deletions are idempotent), so a sync killed at any
instant and run again ends with the database an uninterrupted run would have.

A date-keyed resource (time entries, expenses, invoices, estimates) starts from the
first page of its whole listing: Harvest's count of the whole history, and, as
Harvest lists such records newest day first, every record of the days after the
page's oldest. The changes (updated_since, with the overlap) are then read only up
to that day, so the newest page and the changes together are usually two requests.

Deletions: Harvest keeps no record of them, so ids are reconciled. A resource
that is not date-keyed is listed whole (its full id set costs no more than its
changes would). A date-keyed one compares the copy's row count with Harvest's
count. When rows are missing, the days the first page covered are settled by it,
then windows of whole days (as many as fill their pages, sized from the copy's
rows per day) are read newest first until every missing row is found: people
delete what they logged lately. When the deletions found per page read say the
rest lie further back (_plan.scan_cost against _plan.narrowing_cost), the older
remainder is narrowed by counts instead: one per_page=1 request gives
total_entries for a date range; where the counts differ, the range is cut at the
local median date and the left half counted (the right one is the difference),
down to ranges a page long, whose ids are read and compared. Before narrowing,
its bound (each missing row one count per level and one short scan) is set
against reading the range whole; the cheaper is taken. A read that yields fewer
records than Harvest counts deletes nothing, and the first page settles its days
only when the spec says the list runs newest day first (x-harvest-order), the page
does, and it lacks no more rows than Harvest is missing.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ._errors import SyncError
from ._plan import next_window, remainder_cost, scan_cost
from ._resources import Field, SyncResource
from ._result import Phase, ResourceResult, SyncProgress
from ._source import Source, prefetched
from ._tables import (
    DELETED_AT,
    KEPT_AS_RECEIVED,
    NATIVE_TYPES,
    STATE_TABLE,
    Drifted,
    JsonText,
    ValueMismatch,
    json_loads,
    to_column,
    write_processor,
)

__all__ = ["Copier", "Deletions", "Options"]

Deletions = Literal["remove", "mark"]
_DAY = timedelta(days=1)
_STAMP = timedelta(seconds=1)  # Harvest stamps updated_at to the second
# What a column takes as it is on the way to its upsert: an instant too, as its write processor
# refuses a naive one (write_processor), so to_column is not asked again.
_BOUND_NATIVE = {**NATIVE_TYPES, "datetime": frozenset({datetime})}


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
    drifted: set[int] = dataclasses.field(default_factory=set)  # ids of records read that differed from the spec
    full: bool = False


@dataclass(frozen=True, slots=True)
class _Head:
    """The first page of a date-keyed listing, as the rest of a refresh uses it."""

    ids: set[int]
    total: int | None
    complete: bool
    """Whether the page held every record (Harvest's count is no more than it gave)."""
    boundary: date | None
    """The page's oldest day when it is full and newest first: it holds every record of later days."""
    newer: int
    """How many of its records are of days after the boundary."""
    newest: datetime | None


@dataclass(frozen=True, slots=True)
class _Read:
    """What a complete read of a range found."""

    records: int
    total: int | None
    pages: int
    deleted: int
    newest: datetime | None


def _column_value(field: Field, native: frozenset[type], value: Any) -> Any:
    if value is None or type(value) in native:
        return value
    return _drifted(field, value) if type(value) is Drifted else to_column(field, value)


def _drifted(field: Field, value: Drifted) -> Any:
    try:
        return to_column(field, value.received)
    except (TypeError, ValueError):  # ValueMismatch included: not this column's kind
        return None


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    return a if b is None or a >= b else b


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


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
        self._bindings: dict[str, list[tuple[str, frozenset[type], Field | None, Callable[[Any], Any] | None]]] = {}

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
        previous = state["checkpoint"] if state else None
        if whole:
            tally.full = True
            newest = self._scan(resource, None, None, tally, phase="all records").newest
            self._finish(resource, checkpoint=self._checkpoint(run_started, newest, previous), full_check=True)
        else:
            assert since is not None
            self._refresh(resource, since, tally, newest, run_started, previous)
        self._report(resource, "done", 0, None)
        return ResourceResult(
            resource=resource.name,
            inserted=tally.inserted,
            updated=tally.updated,
            deleted=tally.deleted,
            requests=self._source.requests - self._requests_before,
            seconds=time.perf_counter() - started,
            full=tally.full,
            drifted=len(tally.drifted),
        )

    # -- reading -------------------------------------------------------------------------

    def _checkpoint(self, run_started: datetime, newest: datetime | None, previous: datetime | None) -> datetime:
        """The next run's updated_since before overlap: the overlap stays around this run's start.

        Every record stamped before the start minus the overlap was visible to this run and read;
        one stamped after that may have been in flight, so the next run reads from there again.
        When the newest change read is older than that, nothing between the two exists, and the
        next run starts just after it rather than re-reading the overlap's records.
        """
        checkpoint = run_started
        if newest is not None:
            checkpoint = min(checkpoint, newest + self._options.overlap + _STAMP)
        return max(checkpoint, previous) if previous is not None else checkpoint

    def _refresh(
        self,
        resource: SyncResource,
        since: datetime,
        tally: _Tally,
        newest: datetime | None,
        run_started: datetime,
        previous: datetime | None,
    ) -> None:
        """Bring a date-keyed resource up to date: its newest page, the changes older than it, deletions.

        The listing's first page (newest first, as Harvest sorts date-keyed listings) gives the
        count of the whole history and every record of the days it covers whole, so the changes
        are read only up to its oldest day, and deletions in the days it covers are seen at once.
        """
        head = self._head(resource, tally)
        newest = _later(newest, head.newest)
        if head.total is not None and head.complete:
            # One page held everything: that read is a full one.
            tally.full = True
            self._remove_missing(resource, None, None, head.ids, tally)
            self._finish(resource, checkpoint=self._checkpoint(run_started, newest, previous), full_check=True)
            return
        with self._engine.begin() as conn:
            self._update_state(conn, resource, run_newest=newest)
        newest = self._incremental(resource, since, head.boundary, tally, newest)
        gone: list[int] | None = None
        if head.boundary is not None:
            gone = self._gone_after(resource, head)
            if gone is None:
                # The page was not the newest days after all, so changes of later days may lie
                # beyond it: read the changes of every day before the checkpoint moves.
                newest = self._incremental(resource, since, None, tally, newest)
        self._finish(resource, checkpoint=self._checkpoint(run_started, newest, previous), full_check=False)
        if head.total is None:
            raise SyncError(f"{resource.operation.operation_id} gave no total_entries; its deletions cannot be counted")
        self._find_deletions(resource, head, gone, tally)

    def _gone_after(self, resource: SyncResource, head: _Head) -> list[int] | None:
        """The copy's rows of the days after the first page's oldest that the page lacks: deleted.

        None when that cannot be so (more are lacking than Harvest is missing): then the page was
        not the newest days whole, and proves nothing about them.
        """
        assert head.total is not None and head.boundary is not None and resource.date_field is not None
        table = self._metadata.tables[resource.name]
        column = table.c[resource.date_field]
        with self._engine.connect() as conn:
            newer = conn.execute(
                sa.select(table.c.id).where(*self._live_in(resource, None, None), column > head.boundary)
            ).scalars()
            gone = sorted(set(newer) - head.ids)
        missing = self._local_count(resource, None, None) - head.total
        return gone if len(gone) <= max(missing, 0) else None

    def _head(self, resource: SyncResource, tally: _Tally) -> _Head:
        """The first page of the whole listing, written; where it stops being complete (its oldest day)."""
        assert resource.date_field is not None
        params: dict[str, Any] = {"per_page": self._options.per_page}
        pages = self._source.pages(resource.operation, params)
        try:
            page = next(iter(pages), None)
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()
        if page is None:
            raise SyncError(f"{resource.operation.operation_id} answered with no page")
        with self._engine.begin() as conn:
            newest = self._write(conn, resource, page.records, tally)
        self._report(resource, "changes", len(page.records), page.total_entries)
        ids = {int(record["id"]) for record in page.records}
        total = page.total_entries
        complete = total is not None and len(ids) >= total
        boundary: date | None = None
        operation = resource.operation
        # The spec says how Harvest orders the list (x-harvest-order): only a list of the date field,
        # newest day first, lets its first page settle the days it covers.
        by_day = operation.order_by == resource.date_field and operation.order_direction == "desc"
        if by_day and not complete and len(ids) == self._options.per_page:
            days = [_day(record.get(resource.date_field)) for record in page.records]
            known = [day for day in days if day is not None]
            # A page that contradicts that order proves nothing about the days it covers.
            if len(known) == len(days) and all(a >= b for a, b in itertools.pairwise(known)):
                boundary = known[-1]
        newer = (
            0
            if boundary is None
            else sum(1 for record in page.records if _day(record.get(resource.date_field)) != boundary)
        )
        return _Head(ids=ids, total=total, complete=complete, boundary=boundary, newer=newer, newest=newest)

    def _incremental(
        self, resource: SyncResource, since: datetime, to: date | None, tally: _Tally, newest: datetime | None
    ) -> datetime | None:
        """Upsert what changed at or after `since` (on days up to `to`); returns the newest updated_at written."""
        read = 0
        params = {"updated_since": since, "to": to, "per_page": self._options.per_page}
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
    ) -> _Read:
        """Read every record of a date range (or everything), upsert it, delete the rows it lacks."""
        params: dict[str, Any] = {"per_page": self._options.per_page, "from": low, "to": high}
        seen: set[int] = set()
        read = pages = 0
        total: int | None = None
        newest: datetime | None = None
        for page in prefetched(self._source.pages(resource.operation, params)):
            with self._engine.begin() as conn:
                newest = _later(newest, self._write(conn, resource, page.records, tally))
            seen.update(int(record["id"]) for record in page.records)
            read += len(page.records)
            pages += 1
            total = page.total_entries
            self._report(resource, phase, read, page.total_entries)
        deleted = 0
        if total is None or len(seen) >= total:
            deleted = self._remove_missing(resource, low, high, seen, tally)
        # Otherwise fewer records than Harvest counts at the end: the listing may have missed some that
        # changed under it, and a missed record must never be deleted from the copy. The next sync compares again.
        return _Read(records=len(seen), total=total, pages=pages, deleted=deleted, newest=newest)

    def _remove_missing(
        self, resource: SyncResource, low: date | None, high: date | None, seen: set[int], tally: _Tally
    ) -> int:
        """Delete the copy's rows of a range that a complete read of it did not yield; returns how many."""
        table = self._metadata.tables[resource.name]
        with self._engine.begin() as conn:
            present = conn.execute(sa.select(table.c.id).where(*self._live_in(resource, low, high))).scalars()
            gone = sorted(set(present) - seen)
            deleted = self._delete(conn, table, gone)
        tally.deleted += deleted
        return deleted

    def _find_deletions(self, resource: SyncResource, head: _Head, gone: list[int] | None, tally: _Tally) -> None:
        """Find deletions of a date-keyed resource: the newest days window by window, then counts if cheaper.

        Deletions cluster in recent work, so the days after the first page are read in windows,
        newest first, until the copy holds as many rows as Harvest counts; when the rate of
        deletions found says the rest lie further back, the older remainder is narrowed by counts.
        """
        assert head.total is not None and resource.date_field is not None
        per_page = self._options.per_page
        missing = self._local_count(resource, None, None) - head.total
        if missing <= 0:
            return
        found, pages_read = 0, 1
        remote_left = head.total  # Harvest's count of what no window has read yet
        high = None
        if gone is not None:
            # The first page held every record of the days after its oldest (_gone_after).
            with self._engine.begin() as conn:
                deleted = self._delete(conn, self._metadata.tables[resource.name], gone)
            tally.deleted += deleted
            found += deleted
            missing -= deleted
            remote_left -= head.newer
            high = head.boundary
        day_counts = self._day_counts(resource, high)
        start = 0
        while missing > 0 and start < len(day_counts):
            rows_left = sum(count for _, count in day_counts[start:])
            pages_left = rows_left / per_page
            # Windows can stop at the last deletion; a remainder read whole cannot, so only a
            # cheaper narrowing ends the windows.
            if remainder_cost(missing, pages_left) < scan_cost(missing, found, pages_read, pages_left):
                break
            end, _ = next_window(day_counts, start, per_page)
            low = day_counts[end - 1][0]
            read = self._scan(resource, low, high, tally)
            found += read.deleted
            missing -= read.deleted
            pages_read += read.pages
            if read.total is not None:
                remote_left -= read.total
            high = low - _DAY
            start = end
        if missing > 0 and start < len(day_counts):
            self._narrow(resource, None, high, remote_left, tally)

    def _day_counts(self, resource: SyncResource, high: date | None) -> list[tuple[date, int]]:
        """The copy's live rows per day up to `high`, newest day first."""
        assert resource.date_field is not None
        table = self._metadata.tables[resource.name]
        column = table.c[resource.date_field]
        with self._engine.connect() as conn:
            rows = conn.execute(
                sa.select(column, sa.func.count())
                .where(*self._live_in(resource, None, high), column.is_not(None))
                .group_by(column)
                .order_by(column.desc())
            ).all()
        return [(day, int(count)) for day, count in rows]

    def _narrow(self, resource: SyncResource, low: date | None, high: date | None, remote: int, tally: _Tally) -> None:
        """Find deletions in a range of `remote` records by counts, reading only the ranges that differ."""
        per_page = self._options.per_page
        local = self._local_count(resource, low, high)
        if remote >= local:
            return
        scan_pages = max(1, math.ceil(remote / per_page))
        if remainder_cost(local - remote, scan_pages) >= scan_pages:
            self._scan(resource, low, high, tally)
            return
        ranges: list[tuple[date | None, date | None, int]] = [(low, high, remote)]
        while ranges:
            low, high, remote = ranges.pop()
            local = self._local_count(resource, low, high)
            if remote >= local:
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
                read = self._scan(resource, low, cut, tally)
                left = read.total if read.total is not None else read.records
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
        """A record as its row: each attribute as its column holds it (to_column), deleted_at cleared.

        A drifted attribute's column holds what Harvest sent when it converts without loss, else
        NULL; what was sent is in KEPT_AS_RECEIVED either way.
        """
        try:
            row = {"id": int(record["id"]), KEPT_AS_RECEIVED: record.get(KEPT_AS_RECEIVED), DELETED_AT: None}
            get = record.get
            for name, native, field in self._plan(resource):
                value = get(name)
                # Most values arrive as their column's type already; to_column parses or refuses the rest.
                if value is not None and type(value) not in native:
                    value = _drifted(field, value) if type(value) is Drifted else to_column(field, value)
                row[name] = value
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
            processors = {c.name: write_processor(c.type, dialect) for c in table.columns}
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
        try:
            ids = [int(record["id"]) for record in records]
        except (KeyError, TypeError, ValueError) as exc:
            raise SyncError(f"{resource.name} record without a usable id: {exc}") from None
        tally.drifted.update(
            i for record, i in zip(records, ids, strict=True) if record.get(KEPT_AS_RECEIVED) is not None
        )
        present = set(self._present(conn, table, ids))
        sql, binds, positional = self._upsert(table)
        # A record the copy lacks goes straight to its parameters (one pass); one it holds is compared first.
        parameters = self._parameters(
            resource, [record for record, i in zip(records, ids, strict=True) if i not in present], positional
        )
        tally.inserted += len(parameters)
        if present:
            rows = [self._row(resource, record) for record, i in zip(records, ids, strict=True) if i in present]
            query = sa.select(table).where(table.c.id.in_(sorted(present)))
            stored = {row.id: row._mapping for row in conn.execute(query)}
            for row in rows:
                old = stored[row["id"]]
                if any(
                    old[name] != (json_loads(value) if type(value) is JsonText else value)
                    for name, value in row.items()
                ):
                    tally.updated += 1
                    if positional:
                        parameters.append(tuple([row[n] if p is None else p(row[n]) for n, p in binds]))
                    else:
                        parameters.append({n: row[n] if p is None else p(row[n]) for n, p in binds})
        if parameters:
            conn.exec_driver_sql(sql, parameters)
        stamps = [stamp for record in records if type(stamp := record.get("updated_at")) is datetime]
        return max(stamps) if stamps else None

    def _parameters(self, resource: SyncResource, records: list[dict[str, Any]], positional: bool) -> list[Any]:
        """Records as the upsert's parameters: what _row then the bind processors would give.

        Column by column (a comprehension per column, rows zipped in C): on a page of a thousand
        records this is a fraction of the cost of a loop per record.
        """
        if not records:
            return []
        columns: list[list[Any]] = []
        try:
            for name, native, field, process in self._binding(resource):
                column: list[Any]
                if field is None:  # id, what was kept as received, deleted_at
                    if name == "id":
                        column = [int(record["id"]) for record in records]
                    elif name == KEPT_AS_RECEIVED:
                        column = [record.get(name) for record in records]
                    else:
                        column = [None] * len(records)
                else:
                    column = [record.get(name) for record in records]
                    if not all(value is None or type(value) in native for value in column):
                        column = [_column_value(field, native, value) for value in column]
                    if process is not None:
                        column = [None if value is None else process(value) for value in column]
                columns.append(column)
        except (KeyError, TypeError, ValueError, ValueMismatch):
            for record in records:
                self._row(resource, record)  # raises the SyncError naming the record
            raise
        if positional:
            return list(zip(*columns, strict=True))
        names = [name for name, _, _, _ in self._binding(resource)]
        return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]

    def _binding(
        self, resource: SyncResource
    ) -> list[tuple[str, frozenset[type], Field | None, Callable[[Any], Any] | None]]:
        """Per upsert parameter, in order: its name, the types its column takes as they are, its field, processor."""
        binding = self._bindings.get(resource.name)
        if binding is None:
            _, binds, _ = self._upsert(self._metadata.tables[resource.name])
            fields = {field.name: field for field in resource.fields}
            binding = self._bindings[resource.name] = [
                (name, _BOUND_NATIVE[fields[name].kind] if name in fields else frozenset(), fields.get(name), process)
                for name, process in binds
            ]
        return binding

    def _present(self, conn: sa.Connection, table: sa.Table, ids: list[int]) -> list[int]:
        """Which of `ids` the table holds: one plain query, so a page of new records costs no statement build."""
        dialect = self._engine.dialect
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        name = dialect.identifier_preparer.quote(table.name)
        found: list[int] = []
        for start in range(0, len(ids), 2000):
            chunk = ids[start : start + 2000]
            sql = f"SELECT id FROM {name} WHERE id IN ({', '.join([marker] * len(chunk))})"
            found.extend(row[0] for row in conn.exec_driver_sql(sql, tuple(chunk)))
        return found

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
