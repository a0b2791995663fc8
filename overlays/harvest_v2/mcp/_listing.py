"""List tools: one page per call, `limit` records at most, and a continuation that leads to the next page.

Harvest pages by page number or by cursor and says where the next page is in
links.next. A continuation carries the tool, its filters, the page size and
the next page's number or cursor taken from that link, so following it
re-asks the same listing through the typed client (with its pacing, retries
and origin checks) and, read to the end, gives every record once. A
continuation is not a secret: it only says what the assistant could ask for
with the tool's own arguments, and it is checked like them when it comes back.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._arguments import ArgumentError

__all__ = [
    "DEFAULT_LIMIT",
    "HARVEST_MAX_PER_PAGE",
    "MAX_LIMIT",
    "PAGING_PARAMETERS",
    "Continuation",
    "listing_properties",
    "next_position",
]

DEFAULT_LIMIT = 50
"""Records per call unless the assistant asks for more: a page an assistant's context holds comfortably."""
MAX_LIMIT = 500
"""The most records one call returns unless the operator raises it (--max-limit)."""
HARVEST_MAX_PER_PAGE = 2000

PAGING_PARAMETERS = frozenset({"page", "per_page", "cursor"})
"""Harvest's own paging parameters, which `limit` and `continuation` replace in a list tool."""

_VERSION = 1


def listing_properties(default_limit: int, max_limit: int) -> dict[str, dict[str, Any]]:
    """The two arguments every list tool adds to the operation's filters."""
    return {
        "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": max_limit,
            "default": default_limit,
            "description": f"Records to return in this call, at most {max_limit}. The result says how many there "
            "are in all (total_entries) and gives a continuation while more remain.",
        },
        "continuation": {
            "type": "string",
            "description": "The continuation of the previous call's result, to get the next records. Give it with "
            "the same other arguments as that call (or none). Call again until continuation is null to have "
            "every record exactly once.",
        },
    }


@dataclass(frozen=True)
class Continuation:
    """Where a listing resumes: the tool, its filters as JSON, the page size and the next page or cursor."""

    tool: str
    arguments: dict[str, Any]
    limit: int
    page: int | None = None
    cursor: str | None = None

    def encode(self) -> str:
        position: dict[str, Any] = {"page": self.page} if self.cursor is None else {"cursor": self.cursor}
        body = {"v": _VERSION, "tool": self.tool, "args": self.arguments, "limit": self.limit, **position}
        text = json.dumps(body, separators=(",", ":"), sort_keys=True)
        return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str, tool: str) -> Continuation:
        """The continuation an earlier call of this tool returned; ArgumentError for anything else."""
        try:
            body = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            raise ArgumentError("continuation: not a continuation this server gave (pass it back unchanged)") from None
        if not isinstance(body, dict) or body.get("v") != _VERSION:
            raise ArgumentError("continuation: not a continuation this server gave (pass it back unchanged)")
        if body.get("tool") != tool:
            raise ArgumentError(f"continuation: it continues {body.get('tool')!r}, not {tool!r}")
        arguments, limit = body.get("args"), body.get("limit")
        page, cursor = body.get("page"), body.get("cursor")
        damaged = ArgumentError("continuation: damaged (pass it back unchanged)")
        if not isinstance(arguments, dict) or any(key in arguments for key in ("limit", "continuation")):
            raise damaged
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise damaged
        if isinstance(cursor, str):
            return cls(tool, arguments, limit, cursor=cursor)
        if not isinstance(page, int) or isinstance(page, bool) or page < 1:
            raise damaged
        return cls(tool, arguments, limit, page=page)

    def check_same(self, arguments: Mapping[str, Any]) -> None:
        """Refuse filters that differ from the ones the listing started with: the pages would not line up."""
        given = {key: value for key, value in arguments.items() if key not in ("continuation", "limit")}
        if given and given != self.arguments:
            changed = sorted(key for key in {*given, *self.arguments} if given.get(key) != self.arguments.get(key))
            raise ArgumentError(
                f"continuation: it continues a listing with other arguments ({', '.join(changed)} differ); "
                "pass the same arguments as the first call, or only the continuation"
            )
        limit = arguments.get("limit")
        if limit is not None and limit != self.limit:
            raise ArgumentError(
                f"limit: this listing goes by {self.limit} records a call; keep that limit (or leave it out) "
                "when passing its continuation, or start over without one"
            )


def next_position(link: str | None) -> tuple[int | None, str | None] | None:
    """The next page's number or cursor from links.next; None at the end of the listing."""
    if not link:
        return None
    query = parse_qs(urlsplit(link).query)
    if query.get("cursor"):
        return None, query["cursor"][0]
    if query.get("page"):
        try:
            return int(query["page"][0]), None
        except ValueError:
            pass
    raise ValueError("links.next names neither a page nor a cursor, so the listing cannot be continued")
