"""Per-call options: what one call adds to its request (headers, query, body fields) and its own timeout.

Every generated method takes extra_headers, extra_query, extra_body and timeout,
so a parameter Harvest added after our spec can be sent at once and one slow
report can wait longer than the rest. They are checked here, before anything
is sent: no extra header may carry or replace the credentials, every header
value must be one HTTP can carry, and a timeout must be finite.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._auth import check_header_value

__all__ = [
    "AUTH_HEADERS",
    "CALL_OPTIONS",
    "CallOptions",
    "ExtraBody",
    "ExtraHeaders",
    "ExtraQuery",
    "Timeout",
    "call_options",
    "check_timeout",
]

ExtraHeaders = Mapping[str, str]
"""Headers a call adds (or replaces, User-Agent included); never Authorization or Harvest-Account-Id."""
ExtraQuery = Mapping[str, Any]
"""Query parameters a call adds or replaces; values are sent as httpx writes them (True as "true")."""
ExtraBody = Mapping[str, Any]
"""JSON body fields a call adds or replaces (Decimal stays exact); only for operations with a body."""
Timeout = float | httpx.Timeout
"""Seconds (every phase) or an httpx.Timeout, finite: per read, not for the whole call (see deadline)."""

CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
"""The keyword arguments every generated method ends with; readers of the signatures (the command) skip them."""

AUTH_HEADERS = frozenset({"authorization", "harvest-account-id"})
"""Headers only the client's credentials set: an extra header can neither add nor replace them."""


def check_timeout(name: str, timeout: object) -> httpx.Timeout:
    """A finite timeout (seconds or an httpx.Timeout) as an httpx.Timeout; anything else is refused, named."""
    if isinstance(timeout, httpx.Timeout):
        # pool may be None: waiting for a free connection of our own pool is bounded by the call's deadline.
        if None in (timeout.connect, timeout.read, timeout.write):
            raise ValueError(f"{name} must be finite: connect, read and write need a value, got {timeout!r}")
        if any(value is not None and value <= 0 for value in timeout.as_dict().values()):
            raise ValueError(f"{name} must be positive in every part, got {timeout!r}")
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"{name} must be seconds (int or float) or an httpx.Timeout, got {type(timeout).__name__}")
    if not timeout > 0 or timeout == float("inf"):
        raise ValueError(f"{name} must be a finite number of seconds above 0, got {timeout!r}")
    return httpx.Timeout(timeout)


def _headers(extra: object) -> dict[str, str]:
    if not isinstance(extra, Mapping):
        raise TypeError(f"extra_headers must be a mapping of header names to values, got {type(extra).__name__}")
    headers: dict[str, str] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"extra_headers must map str to str, got {name!r}: {type(value).__name__}")
        if name.lower() in AUTH_HEADERS:
            raise ValueError(
                f"extra_headers cannot set {name}: the credentials the client was built with are the only ones sent"
            )
        check_header_value(f"extra_headers name {name!r}", name, secret=False)
        check_header_value(f"extra_headers[{name!r}]", value, secret=False, spaces=True)
        headers[name] = value
    return headers


def _fields(name: str, extra: object) -> dict[str, Any]:
    if not isinstance(extra, Mapping) or not all(isinstance(key, str) for key in extra):
        raise TypeError(f"{name} must be a mapping with str keys, got {type(extra).__name__}")
    return dict(extra)


class CallOptions:
    """What one call adds to its request; None where it adds nothing."""

    __slots__ = ("extra_body", "extra_headers", "extra_query", "timeout")

    def __init__(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.extra_body = extra_body
        self.timeout = timeout

    def __repr__(self) -> str:
        shown = {name: getattr(self, name) for name in self.__slots__ if getattr(self, name) is not None}
        return f"CallOptions({', '.join(f'{key}={value!r}' for key, value in sorted(shown.items()))})"


def call_options(
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
    timeout: float | httpx.Timeout | None,
) -> CallOptions | None:
    """The checked options of a call, or None when it has none (the common, fast case)."""
    if extra_headers is None and extra_query is None and extra_body is None and timeout is None:
        return None
    return CallOptions(
        extra_headers=None if extra_headers is None else _headers(extra_headers),
        extra_query=None if extra_query is None else _fields("extra_query", extra_query),
        extra_body=None if extra_body is None else _fields("extra_body", extra_body),
        timeout=None if timeout is None else check_timeout("timeout", timeout),
    )
