"""List tools: one page per call, `limit` records at most, and a continuation that leads to the next page.

Harvest pages by page number or by cursor and says where the next page is in
links.next. A continuation carries the tool, its filters and the page size, and
where to go on: a cursor list's next cursor, taken from that link; for a
page-numbered list of records, how far the listing got and the ids and sort keys
of its last few records. The next call reads from a little before that point
(`overlapping_read`, as the client's own listings do) and goes on after the last
of those records it finds, so records deleted or created between calls neither
skip nor repeat one; when it finds none of them (the list moved further than the
overlap between two calls), the call fails with ListingChangedError instead of
returning a listing that may be short. Report rows, which have no ids, continue
by page number and fail the same way when total_entries moved. Following
continuations to the end gives every record once. A continuation is not a
secret: it only says what the assistant could ask for with the tool's own
arguments, and it is checked like them when it comes back.
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
    "MAX_LIMIT",
    "PAGING_PARAMETERS",
    "Continuation",
    "listing_properties",
    "next_position",
    "overlap_for",
    "resume_after",
    "sort_key_text",
]

DEFAULT_LIMIT = 50
"""Records per call unless the assistant asks for more: a page an assistant's context holds comfortably."""
MAX_LIMIT = 500
"""The most records one call returns unless the operator raises it (--max-limit)."""

PAGING_PARAMETERS = frozenset({"page", "per_page", "cursor"})
"""Harvest's own paging parameters, which `limit` and `continuation` replace in a list tool."""

_VERSION = 2

MAX_TAIL = 20
"""The most records whose ids a continuation carries: bounds what comes back from outside."""


def overlap_for(limit: int) -> int:
    """Records a call re-reads from the end of the previous one: a fifth of the page, 2 to 10.

    Calls of an assistant come seconds or minutes apart, so more of the list changes between
    two of them than between two reads of the client's own listing: the overlap is wider.
    """
    return max(2, min(10, limit // 5))


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
    """Where a listing resumes: the tool, its filters as JSON, the page size, and the next cursor, or the
    records listed so far (`position`) with the ids and sort keys of the last of them (`tail`), or for
    rows without ids the next page number and the total_entries it was counted against."""

    tool: str
    arguments: dict[str, Any]
    limit: int
    page: int | None = None
    cursor: str | None = None
    position: int | None = None
    tail: tuple[tuple[int, str], ...] = ()
    total: int | None = None

    def encode(self) -> str:
        position: dict[str, Any]
        if self.cursor is not None:
            position = {"cursor": self.cursor}
        elif self.position is not None:
            position = {"at": self.position, "tail": [list(pair) for pair in self.tail]}
        else:
            position = {"page": self.page, "total": self.total}
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
        if "at" in body:
            at, tail = body.get("at"), body.get("tail")
            if not _count(at) or not isinstance(tail, list) or not 1 <= len(tail) <= MAX_TAIL:
                raise damaged
            if not all(isinstance(p, list) and len(p) == 2 and _count(p[0]) and isinstance(p[1], str) for p in tail):
                raise damaged
            return cls(tool, arguments, limit, position=at, tail=tuple((p[0], p[1]) for p in tail))
        total = body.get("total")
        if not isinstance(page, int) or not _count(page) or page < 1 or not (total is None or _count(total)):
            raise damaged
        return cls(tool, arguments, limit, page=page, total=total)

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


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def sort_key_text(record: Any, by: str) -> str:
    """A record's sort key as a continuation carries it (a date as ISO text, an id as digits)."""
    return str(getattr(record, by, None))


def resume_after(ids: list[int], keys: list[str], tail: tuple[tuple[int, str], ...]) -> int | None:
    """Where a read goes on: after the last record that is one of `tail` with its sort key unchanged.

    None when the read holds none of them: the list moved further than the overlap since the
    previous call (records before it deleted, or their dates edited), so records may lie between.
    """
    wanted = set(tail)
    for index in range(len(ids) - 1, -1, -1):
        if (ids[index], keys[index]) in wanted:
            return index + 1
    return None


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
