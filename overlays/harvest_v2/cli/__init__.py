"""The `harvest-v2` command: every operation of the Harvest API v2 from the shell.

    harvest-v2 time-entries list --from 2026-07-01 --to 2026-09-30 --format csv > q3.csv
    harvest-v2 clients get 42

Installed with the package; the command-line libraries (click, rich) come with
the `cli` extra: `pip install "harvest-v2[cli]"`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NoReturn

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run the command (argv defaults to sys.argv[1:]) and exit with its status.

    0 done (or the reader closed the pipe), 1 Harvest or the connection failed,
    2 usage, 130 interrupted (SIGINT), 143 terminated (SIGTERM).
    """
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError:
        print('harvest-v2: the command line needs its extra: pip install "harvest-v2[cli]"', file=sys.stderr)
        raise SystemExit(2) from None
    from ._root import cli

    cli.main(args=list(argv) if argv is not None else None, prog_name="harvest-v2")
