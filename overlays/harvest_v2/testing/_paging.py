"""Harvest's pagination arithmetic: a page out of a list, the envelope's numbers, cursors, links.

The engine picks the records of a list (scope, filters, order); this module
cuts them into the page a request asks for, by page number or by cursor as the
operation's row says, and writes the attributes Harvest sends beside them.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from .._core._operation import PaginationStyle
from ._validation import InvalidInput

__all__ = ["DEFAULT_PER_PAGE", "PAGING_PARAMS", "Page", "PageRequest", "cursor_after", "paginate"]

DEFAULT_PER_PAGE = 2000
PAGING_PARAMS = frozenset({"page", "per_page", "cursor", "ref"})
"""Query parameters that choose a page rather than filter the list."""


@dataclass(frozen=True)
class PageRequest:
    """What a list request asks for, and the address its links repeat."""

    url: str
    """The list's absolute URL, without query."""
    raw_query: list[tuple[str, str]]
    pagination: PaginationStyle
    per_page: int = DEFAULT_PER_PAGE
    page: int = 1
    cursor: str | None = None


@dataclass(frozen=True)
class Page:
    """One page of a list operation: its records and the envelope attributes beside them."""

    list_key: str
    records: list[dict[str, Any]]
    kind: str | None
    """The store kind of `records` (the store caches their JSON); None for computed rows (reports)."""
    meta: dict[str, Any]


def paginate(
    records: Sequence[dict[str, Any]], keys: Sequence[int], request: PageRequest
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The records of the requested page and the envelope's pagination attributes.

    `keys` are ascending sort keys of `records` (minus the id: newest first),
    which a cursor bisects.
    """
    if request.cursor is not None:
        start = bisect.bisect_right(keys, -cursor_after(request.cursor))
    else:
        start = (request.page - 1) * request.per_page
    chunk = list(records[start : start + request.per_page])
    return chunk, _envelope(request, start, len(records), chunk)


def _envelope(request: PageRequest, start: int, total: int, chunk: list[dict[str, Any]]) -> dict[str, Any]:
    per_page = request.per_page
    total_pages = max(1, math.ceil(total / per_page))
    has_next = start + per_page < total
    position = start // per_page + 1
    if request.pagination == "cursor" and (request.cursor is not None or request.page == 1):
        # Harvest's cursor listings number only the first and last pages.
        numbered = position == 1 or not has_next
        page = position if numbered else None
        next_page = position + 1 if has_next and position == 1 else None
        previous_page = position - 1 if numbered and position > 1 else None
        next_link = _url(request, cursor=_cursor(chunk[-1]["id"])) if has_next and chunk else None
    else:
        page = position
        next_page = position + 1 if has_next else None
        previous_page = position - 1 if position > 1 else None
        next_link = _url(request, page=position + 1) if has_next else None
    return {
        "per_page": per_page,
        "total_pages": total_pages,
        "total_entries": total,
        "next_page": next_page,
        "previous_page": previous_page,
        "page": page,
        "links": {
            "first": _url(request, page=1, ref="first"),
            "next": next_link,
            "previous": _url(request, page=position - 1, ref="previous") if position > 1 else None,
            "last": _url(request, page=total_pages, ref="last"),
        },
    }


def _url(request: PageRequest, *, page: int | None = None, cursor: str | None = None, ref: str = "next") -> str:
    params = [(k, v) for k, v in request.raw_query if k not in PAGING_PARAMS]
    if cursor is not None:
        params.append(("cursor", cursor))
        ref = "next_cursor"
    else:
        params.append(("page", str(page)))
    params += [("per_page", str(request.per_page)), ("ref", ref)]
    return f"{request.url}?{urlencode(params)}"


def _cursor(last_id: int) -> str:
    raw = json.dumps({"after": {"id": last_id}}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def cursor_after(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        after = json.loads(base64.urlsafe_b64decode(padded))["after"]["id"]
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise InvalidInput(f"cursor {cursor!r} is not one this server handed out") from None
    if not isinstance(after, int):
        raise InvalidInput(f"cursor {cursor!r} is not one this server handed out")
    return after
