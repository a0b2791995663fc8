"""Text from Harvest made harmless wherever it is shown: control characters shown, never obeyed.

Notes, names and messages are typed by every user of an account, and some
arrive with escape sequences in them (a pasted terminal log, or someone
hostile): a clear-screen, a window title or an OSC 8 hyperlink must not reach
a terminal, a log line or an assistant's transcript. The command's table cells,
error and log lines, the MCP server's errors and Harvest ID's error text all go
through `terminal_text` or `one_line`; machine formats (json, jsonl, csv) carry
the text as stored instead.
"""

from __future__ import annotations

import re

__all__ = ["one_line", "terminal_text"]

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


def one_line(text: object, limit: int | None = None) -> str:
    """Text for a one-line message: whitespace runs (newlines included) become one space, controls
    shown; cut to `limit` characters first when given (text from outside can be any length)."""
    flat = " ".join(str(text).split())
    return terminal_text(flat if limit is None else flat[:limit])
