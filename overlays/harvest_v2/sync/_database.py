"""Opening the database a copy goes to, and the lock that keeps two syncs of it from interleaving.

URLs are SQLAlchemy's (`sqlite:///harvest.db`, `postgresql+psycopg://user@host/db`);
a plain `postgresql://` (or `postgres://`) means psycopg 3, the driver the
[sync] extra installs, and a bare path means a SQLite file.

The lock is one the operating system or the server drops when its holder dies,
so a sync killed with SIGKILL never leaves the database locked: an advisory lock
on a connection of its own on PostgreSQL, flock on a file beside the database
for SQLite.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

from ._errors import SyncError, SyncInProgressError
from ._tables import json_dumps, json_loads

__all__ = ["database_url", "hold_sync_lock", "open_engine", "shown"]

# One advisory lock key for every sync of a database (PostgreSQL keeps advisory locks per database).
_ADVISORY_KEY = zlib.crc32(b"harvest_v2.sync") - 2**31
_POLL = 0.2


def database_url(url: str | URL) -> URL:
    """The SQLAlchemy URL for what the caller gave: a URL, or a bare path for SQLite."""
    if isinstance(url, URL):
        parsed = url
    elif "://" in url:
        parsed = make_url(url)
    else:
        if not url.strip():
            raise ValueError("database URL is empty; give sqlite:///harvest.db, postgresql://... or a file path")
        parsed = URL.create("sqlite", database=url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ValueError(f"{shown(parsed)}: a copy goes to SQLite or PostgreSQL, not {backend}")
    return parsed


def shown(url: URL) -> str:
    """The URL as it may be printed: without its password."""
    return url.render_as_string(hide_password=True)


def open_engine(url: URL) -> sa.Engine:
    """An engine whose JSON keeps Decimal exact both ways."""
    engine = sa.create_engine(url, json_serializer=json_dumps, json_deserializer=json_loads)
    if url.get_backend_name() == "sqlite":
        # WAL with synchronous=NORMAL: a killed process loses nothing committed and readers never
        # wait for the sync; only a power loss may undo the last commits (never half of one).
        # A commit per page then costs no fsync, which a sync of thousands of pages notices.
        @sa.event.listens_for(engine, "connect")
        def _journal(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    if url.get_backend_name() == "postgresql":
        # psycopg parses json and jsonb itself (fractions as float); give it the exact parser.
        from psycopg.types.json import set_json_loads

        @sa.event.listens_for(engine, "connect")
        def _exact_json(dbapi_connection: Any, _record: Any) -> None:
            set_json_loads(json_loads, dbapi_connection)

    return engine


@contextlib.contextmanager
def hold_sync_lock(
    engine: sa.Engine,
    *,
    wait: float,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[None]:
    """Hold the database's sync lock; wait up to `wait` seconds for it, then raise SyncInProgressError."""
    url = engine.url
    if url.get_backend_name() == "postgresql":
        # Autocommit: a session-level advisory lock outlives transactions, and a connection left idle in a
        # transaction for the whole sync would be ended by idle_in_transaction_session_timeout, lock and all.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            _poll(
                lambda: bool(conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": _ADVISORY_KEY}).scalar()),
                url,
                wait,
                clock,
                sleep,
            )
            try:
                yield
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
        return
    database = url.database
    if not database or database == ":memory:":
        yield  # a database of this process alone: nothing else can write to it
        return
    try:
        descriptor = os.open(f"{database}.sync-lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise SyncError(f"cannot open the SQLite database {database!r}: {exc.strerror}") from None
    try:

        def take() -> bool:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True

        _poll(take, url, wait, clock, sleep)
        try:
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


def _poll(
    take: Callable[[], bool], url: URL, wait: float, clock: Callable[[], float], sleep: Callable[[float], None]
) -> None:
    deadline = clock() + wait
    while not take():
        left = deadline - clock()
        if left <= 0:
            waited = f" after waiting {wait:g} s" if wait > 0 else ""
            raise SyncInProgressError(
                f"another sync is writing to {shown(url)}{waited}; run again when it ends "
                "(or pass a longer wait: lock_wait=..., --wait SECONDS)"
            )
        sleep(min(_POLL, left))
