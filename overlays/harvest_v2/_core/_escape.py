"""hv.request(): a call the spec does not describe yet, run like every other.

The escape hatch builds an OperationCall like a generated method's, so the same
loop gives it auth, pacing, retries, errors and the origin rule. Its pacing
bucket (and nothing else) comes from the operations table: the row whose path
template matches the path (a report is paced as a report); general otherwise.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from ._operation import Bucket, Operation
from ._operation_call import OperationCall
from ._serde import format_datetime

__all__ = ["METHODS", "escape_call"]

METHODS = ("GET", "POST", "PATCH", "PUT", "DELETE")
"""What Harvest's API answers to."""


@cache
def _templates(rows: tuple[tuple[str, Bucket], ...]) -> tuple[tuple[re.Pattern[str], int, Bucket], ...]:
    patterns = []
    for path, bucket in rows:
        literal = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(path))
        # The row with fewer placeholders wins (/users/me before /users/{user_id}).
        patterns.append((re.compile(literal + "/?"), path.count("{"), bucket))
    return tuple(sorted(patterns, key=lambda entry: entry[1]))


def bucket_for(path: str, operations: Mapping[str, Operation]) -> Bucket:
    """The bucket of the table row whose path template matches path; general when none does."""
    bare = path.split("?", 1)[0].split("#", 1)[0]
    for pattern, _, bucket in _templates(tuple((row.path, row.bucket) for row in operations.values())):
        if pattern.fullmatch(bare):
            return bucket
    return "general"


def _query_value(name: str, value: object) -> object:
    # Harvest's forms for what httpx would write otherwise (str(Decimal) may use an exponent).
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(
        f"params[{name!r}] must be a str, number, bool, date, datetime or Decimal, got {type(value).__name__}"
    )


def escape_call(
    method: str,
    path: str,
    params: Mapping[str, Any] | None,
    json: Any,
    operations: Mapping[str, Operation],
    base_path: str,
) -> OperationCall:
    """The call hv.request(method, path, ...) makes; bad arguments are refused before anything is sent."""
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, got {method!r}")
    if not isinstance(path, str) or not path.startswith(("/", "https://", "http://")):
        raise ValueError(f"path must start with / (relative to base_url, such as '/users/me'), got {path!r}")
    if params is not None and not isinstance(params, Mapping):
        raise TypeError(f"params must be a mapping, got {type(params).__name__}")
    if params is not None and "?" in path:
        raise ValueError("give the query either in path or as params, not both (params would replace it)")
    if json is not None and not isinstance(json, Mapping | list):
        raise TypeError(f"json must be a dict or a list (the request body), got {type(json).__name__}")
    method = method.upper()
    # The table's paths are relative to base_url; a full URL is matched by its path under base_url's.
    relative = path
    if "://" in path:
        after_host = "/" + path.split("://", 1)[1].partition("/")[2]
        relative = after_host.removeprefix(base_path.rstrip("/"))
    row = Operation(
        operation_id=f"request {method} {relative.split('?', 1)[0]}",
        method=method,
        path=relative,
        tag="",
        method_name="request",
        status=200,
        bucket=bucket_for(relative, operations),
    )
    query = None if params is None else {name: _query_value(name, value) for name, value in params.items()}
    return OperationCall(row, path, params=query, json=json)
