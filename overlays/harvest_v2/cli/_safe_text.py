"""Text from Harvest made harmless for a terminal: control characters shown, never obeyed.

Notes, names and messages are typed by every user of an account, and some
arrive with escape sequences in them (a pasted terminal log, or someone
hostile): a clear-screen, a window title or an OSC 8 hyperlink must not reach
the terminal that prints them. Everything the command writes to a terminal
(table cells, error lines, log lines) goes through `terminal_text`; machine
formats (json, jsonl, csv) carry the bytes as stored instead.
"""

from __future__ import annotations

import re
import sys
from typing import IO

import click

__all__ = ["echo_error", "one_line", "terminal_text"]

_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_CONTROL_PICTURES[0x7F] = "\u2421"  # ␡

_BIDI_CONTROLS = (0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069)
"""Embeddings, overrides and isolates: they reorder what a terminal shows ("Trojan Source")."""

_SHOWN: dict[int, str] = {
    **_CONTROL_PICTURES,
    **{code: f"\\x{code:02x}" for code in range(0x80, 0xA0)},  # C1 has no control pictures
    **{code: f"\\u{code:04x}" for code in _BIDI_CONTROLS},
}

_UNSAFE = re.compile("[" + "".join(re.escape(chr(code)) for code in _SHOWN) + "]")


def terminal_text(text: str) -> str:
    """Text that shows as typed on a terminal and cannot drive it.

    Tab and newline stay (a note may have paragraphs); a Windows line end
    (CR LF) is a newline; every other C0 control and DEL shows as its Unicode
    control picture (ESC as ␛, a lone CR as ␍), C1 controls and the bidi
    overrides as ``\\x9b`` / ``\\u202e``.
    """
    text = text.replace("\r\n", "\n")
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_SHOWN)


def one_line(text: object) -> str:
    """Text for a one-line message: whitespace runs (newlines included) become one space, controls shown."""
    return terminal_text(" ".join(str(text).split()))


def echo_error(message: str, *, file: IO[str] | None = None) -> None:
    """One line on stderr, prefixed `harvest-v2: `, safe whatever Harvest put in the message."""
    click.echo(f"harvest-v2: {one_line(message)}", file=file if file is not None else sys.stderr)
