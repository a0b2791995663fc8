"""`harvest-v2 sync DATABASE_URL`: keep a SQLite or PostgreSQL copy of the account current (harvest_v2.sync).

Progress goes to stderr (a line per resource, and one every few seconds while a
large one is read), the summary table to stdout. Exit status as the rest of the
command: 0 done, 1 Harvest, the connection or the database failed (or another
sync holds the database), 2 the command was wrong.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

# The command's own settings, client and failure: the only lines that know the rest of cli/.
from ._exit import Failure
from ._output import print_table
from ._safe_text import one_line
from ._settings import open_client

if TYPE_CHECKING:
    from ..sync import SyncProgress, SyncResult

__all__ = ["sync"]

_PHASES = {"changes": "reading changes", "all records": "reading every record", "deletions": "checking deletions"}


class _Reporter:
    """Progress lines on stderr: each resource when done, a running count at most every `interval` seconds."""

    def __init__(self, interval: float = 3.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = interval
        self._clock = clock
        self._last = clock()

    def __call__(self, progress: SyncProgress) -> None:
        now = self._clock()
        if progress.phase == "done":
            plural = "" if progress.requests == 1 else "s"
            click.echo(f"harvest-v2 sync: {progress.resource} done ({progress.requests} request{plural})", err=True)
            self._last = now
        elif now - self._last >= self._interval:
            of = f" of {progress.total:,}" if progress.total is not None else ""
            phase = _PHASES.get(progress.phase, progress.phase)
            click.echo(f"harvest-v2 sync: {progress.resource}: {phase}, {progress.records:,}{of} records", err=True)
            self._last = now


_READ = {True: "all", False: "changes"}


def _summary(result: SyncResult) -> None:
    columns = ["resource", "inserted", "updated", "deleted", "requests", "seconds", "read"]
    rows: list[list[object]] = [
        [
            r.resource,
            r.inserted,
            r.updated,
            r.deleted,
            r.requests,
            f"{r.seconds:.1f}",
            _READ[r.full],
        ]
        for r in result.resources.values()
    ]
    rows.append(
        ["total", result.inserted, result.updated, result.deleted, result.requests, f"{result.seconds:.1f}", ""]
    )
    print_table(rows, columns, sys.stdout)
    if result.drifted:
        # A warning, not progress: shown with --no-progress too. The table keeps its width.
        counts = ", ".join(f"{r.resource} {r.drifted:,}" for r in result.resources.values() if r.drifted)
        click.echo(
            f"harvest-v2 sync: records that differed from the spec ({counts}): what Harvest sent is kept "
            "in their additional_properties column; the drift warnings say how they differed",
            err=True,
        )


@click.command(
    "sync",
    short_help="Copy the account into SQLite or PostgreSQL and keep the copy current.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.argument("database_url", metavar="DATABASE_URL")
@click.option(
    "--resource",
    "resources",
    multiple=True,
    metavar="NAME",
    help="Copy only this resource (a table name: time_entries, projects...); repeat for more. Default: all.",
)
@click.option("--full", is_flag=True, help="Read every record of every resource (finds every deletion).")
@click.option(
    "--mark-deleted", is_flag=True, help="Set deleted_at on the rows of deleted records instead of removing them."
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=0.0,
    metavar="SECONDS",
    help="Wait this long for another sync of the database to end (default: refuse at once).",
)
@click.option("--progress/--no-progress", default=True, help="Progress on stderr (on by default).")
@click.pass_context
def sync(
    ctx: click.Context,
    /,
    database_url: str,
    resources: tuple[str, ...],
    full: bool,
    mark_deleted: bool,
    wait: float,
    progress: bool,
) -> None:
    """Copy the account into DATABASE_URL, then keep it current: only what changed is read again.

    \b
      harvest-v2 sync harvest.db                                  # a SQLite file
      harvest-v2 sync sqlite:///harvest.db --resource time_entries
      harvest-v2 sync postgresql://sync@db.internal/harvest --full

    One table per resource, named by its list key, a column per attribute; deletions are found
    by comparing counts per date range and removed (or marked with --mark-deleted). A sync
    killed at any moment and run again leaves the copy an uninterrupted run would.
    """
    try:
        from .. import HarvestError
        from ..sync import SyncError, resource_names
        from ..sync import sync as run_sync
    except ImportError as exc:
        raise click.UsageError(
            f'sync needs its extra: pip install "harvest-v2[sync]" ({exc.name} is missing)'
        ) from None
    from sqlalchemy.exc import SQLAlchemyError

    known = resource_names()
    unknown = [name for name in resources if name not in known]
    if unknown:
        raise click.BadParameter(
            f"unknown {', '.join(unknown)}; expected some of: {', '.join(known)}", ctx, param_hint="--resource"
        )
    with open_client(ctx) as hv:
        try:
            result = run_sync(
                hv,
                database_url,
                list(resources) or None,
                full=full,
                deletions="mark" if mark_deleted else "remove",
                lock_wait=wait,
                progress=_Reporter() if progress else None,
            )
        except ValueError as exc:
            raise click.UsageError(one_line(exc), ctx) from None
        except (HarvestError, SyncError) as exc:
            raise Failure(f"sync failed: {one_line(exc)}") from None
        except SQLAlchemyError as exc:
            # The driver's own first line (connection refused, permission denied); never the URL's password.
            reason = str(getattr(exc, "orig", None) or exc).splitlines()
            raise Failure(f"sync failed: database: {one_line(reason[0] if reason else type(exc).__name__)}") from None
    _summary(result)
