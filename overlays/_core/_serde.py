"""Conversions between JSON strings and dates, shared by generated models and operations.

The standard library parses ISO 8601 since Python 3.11 (including a trailing Z),
at a fraction of dateutil's cost.
"""

from __future__ import annotations

import datetime

parse_date = datetime.date.fromisoformat
parse_datetime = datetime.datetime.fromisoformat


def format_datetime(value: datetime.datetime) -> str:
    """ISO 8601 text Harvest accepts and sends: UTC as Z, no microseconds unless present.

    A naive datetime is refused: Harvest reads instants as UTC, so a local
    wall-clock time would silently shift.
    """
    if value.tzinfo is None:
        raise ValueError(
            f"datetime {value.isoformat()} has no time zone; pass an aware datetime "
            "(for example datetime.now(timezone.utc))"
        )
    text = value.isoformat()
    if text.endswith("+00:00"):
        text = text[:-6] + "Z"
    return text


def form_value(value: object) -> str:
    """A JSON body value as a multipart form field."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)
