"""Error lines of the command, safe whatever Harvest put in them (the rule: `_core/_printable`)."""

from __future__ import annotations

import sys
from typing import IO

import click

from .._core._printable import one_line, terminal_text

__all__ = ["echo_error", "one_line", "terminal_text"]


def echo_error(message: str, *, file: IO[str] | None = None) -> None:
    """One line on stderr, prefixed `harvest-v2: `, safe whatever Harvest put in the message."""
    click.echo(f"harvest-v2: {one_line(message)}", file=file if file is not None else sys.stderr)
