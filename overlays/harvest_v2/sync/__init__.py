"""Keep a database copy of a Harvest account current: `sync(hv, "sqlite:///harvest.db")`.

    from harvest_v2 import Harvest
    from harvest_v2.sync import sync

    with Harvest.from_env() as hv:
        result = sync(hv, "sqlite:///harvest.db")  # or postgresql://user@host/db
        print(result.resources["time_entries"].inserted)

One table per resource (every list operation of the API that needs no ids), named
by its list key, with a column per attribute of the spec; a state table with each
resource's checkpoint. Needs the [sync] extra (SQLAlchemy 2, psycopg 3).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ._copy import Copier, Deletions, Options, accounts_in, utc_now
from ._database import database_url, hold_sync_lock, open_engine, shown
from ._errors import SyncError, SyncInProgressError
from ._resources import SyncResource, sync_resources
from ._result import ResourceResult, SyncProgress, SyncResult
from ._source import AsyncClientSource, ClientSource, Source
from ._tables import build_metadata, ensure_tables

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from .. import AsyncHarvest, Harvest

__all__ = [
    "ResourceResult",
    "SyncError",
    "SyncInProgressError",
    "SyncProgress",
    "SyncResult",
    "resource_names",
    "sync",
    "sync_async",
]

DEFAULT_OVERLAP = timedelta(minutes=5)


def resource_names() -> list[str]:
    """Every resource a sync can copy (its table's name), derived from the operations table."""
    return list(sync_resources())


def sync(
    hv: Harvest,
    url: str | URL,
    resources: Iterable[str] | None = None,
    *,
    full: bool = False,
    full_every: timedelta | None = None,
    deletions: Deletions = "remove",
    overlap: timedelta = DEFAULT_OVERLAP,
    per_page: int = 2000,
    lock_wait: float = 0.0,
    progress: Callable[[SyncProgress], None] | None = None,
    wall_clock: Callable[[], datetime] = utc_now,
) -> SyncResult:
    """Bring the database at `url` up to date with the account `hv` reads; returns what changed per resource.

    - url: `sqlite:///harvest.db`, `postgresql://user@host/db` (psycopg 3), any SQLAlchemy URL of
      either, or a bare file path (SQLite). Tables and new columns are created as needed.
    - resources: table names (`time_entries`, `projects`...; see resource_names()); None is all.
    - full: read every record of every resource (finds every deletion; costs a full listing).
    - full_every: read everything when the last full read of a resource is older than this.
    - deletions: "remove" deletes the rows of deleted records; "mark" sets their deleted_at.
    - overlap: how far before the last checkpoint updated_since reaches, to absorb clock skew.
    - lock_wait: seconds to wait for another sync of this database to end before raising
      SyncInProgressError (0: refuse at once).
    - progress: called after every page with a SyncProgress.

    Requests go through `hv`, so its pacer (and Redis, when it has one) spaces them under the
    account's limit. A sync killed at any moment and run again leaves the database an
    uninterrupted run would have.
    """
    return _run(
        hv,
        ClientSource(hv),
        url,
        resources,
        _options(hv, full, full_every, deletions, overlap, per_page, wall_clock, progress),
        lock_wait,
    )


async def sync_async(
    hv: AsyncHarvest,
    url: str | URL,
    resources: Iterable[str] | None = None,
    *,
    full: bool = False,
    full_every: timedelta | None = None,
    deletions: Deletions = "remove",
    overlap: timedelta = DEFAULT_OVERLAP,
    per_page: int = 2000,
    lock_wait: float = 0.0,
    progress: Callable[[SyncProgress], None] | None = None,
    wall_clock: Callable[[], datetime] = utc_now,
) -> SyncResult:
    """`sync` for an AsyncHarvest: the database work runs in a worker thread, the requests on this event loop."""
    source = AsyncClientSource(hv, asyncio.get_running_loop())
    options = _options(hv, full, full_every, deletions, overlap, per_page, wall_clock, progress)
    worker = asyncio.ensure_future(asyncio.to_thread(_run, hv, source, url, resources, options, lock_wait))
    try:
        return await asyncio.shield(worker)
    except asyncio.CancelledError:
        # A thread cannot be cancelled: stop its requests, and let it end (its lock released, nothing sent
        # after this returns) before the cancellation goes on. Pages written so far stay: they are committed.
        source.cancel()
        with contextlib.suppress(Exception):
            await asyncio.shield(worker)
        raise


def _options(
    hv: Any,
    full: bool,
    full_every: timedelta | None,
    deletions: str,
    overlap: timedelta,
    per_page: int,
    wall_clock: Callable[[], datetime],
    progress: Callable[[SyncProgress], None] | None,
) -> Options:
    if deletions not in ("remove", "mark"):
        raise ValueError(f"deletions must be 'remove' or 'mark', got {deletions!r}")
    if not isinstance(per_page, int) or isinstance(per_page, bool) or not 1 <= per_page <= 2000:
        raise ValueError(f"per_page must be an int from 1 to 2000 (Harvest's range), got {per_page!r}")
    if overlap < timedelta(0):
        raise ValueError(f"overlap must not be negative, got {overlap}")
    if full_every is not None and full_every <= timedelta(0):
        raise ValueError(f"full_every must be a positive timedelta or None, got {full_every}")
    return Options(
        account_id=str(hv.account_id),
        full=full,
        full_every=full_every,
        deletions=deletions,  # type: ignore[arg-type]
        overlap=overlap,
        per_page=per_page,
        wall_clock=wall_clock,
        progress=progress,
    )


def _chosen(resources: Iterable[str] | None) -> list[SyncResource]:
    known = sync_resources()
    if resources is None:
        return list(known.values())
    if isinstance(resources, str):
        raise TypeError(f"resources must be a list of names, not the string {resources!r}")
    names = list(dict.fromkeys(resources))
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"unknown resource {', '.join(map(repr, unknown))}; expected some of: {', '.join(known)}")
    return [known[name] for name in names]


def _run(
    hv: Any, source: Source, url: str | URL, resources: Iterable[str] | None, options: Options, lock_wait: float
) -> SyncResult:
    chosen = _chosen(resources)
    target = database_url(url)
    engine = open_engine(target)
    try:
        with hold_sync_lock(engine, wait=lock_wait):
            metadata = build_metadata(sync_resources())
            ensure_tables(engine, metadata)
            others = accounts_in(engine, metadata) - {options.account_id}
            if others:
                raise SyncError(
                    f"{shown(target)} holds a copy of Harvest account {sorted(others)[0]}; copying account "
                    f"{options.account_id} into it would mix the two: use another database"
                )
            copier = Copier(engine, metadata, source, options)
            results = {resource.name: copier.copy(resource) for resource in chosen}
    finally:
        engine.dispose()
    return SyncResult(results)
