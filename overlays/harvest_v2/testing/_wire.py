"""How values travel: JSON with exact decimals both ways, timestamps as Harvest writes them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import msgspec

__all__ = ["decode_json", "encode_json", "now_iso"]

# Decimals go out as JSON numbers (1049.90), never as strings, as Harvest writes them.
_ENCODER = msgspec.json.Encoder(decimal_format="number")


def decode_json(raw: bytes | str) -> Any:
    """A request body with every fraction as a Decimal, so 0.1 stays 0.1 (never through float).

    ValueError for what Harvest's parser refuses and no answer could carry back: NaN and
    Infinity (not JSON, though Python's decoder takes them) and text with a lone UTF-16
    surrogate (valid escapes, but not Unicode text: stored, it would break every answer
    that includes it).
    """
    payload = json.loads(raw, parse_float=Decimal, parse_constant=_refuse_constant)
    _check_text(payload)
    return payload


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _check_text(payload: Any) -> None:
    # Iterative: the body may nest as deep as the decoder allows.
    stack = [payload]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("text with a lone UTF-16 surrogate") from None


def encode_json(payload: Any) -> bytes:
    """Compact JSON of an answer; Decimal values are written as plain JSON numbers."""
    return _ENCODER.encode(payload)


def now_iso() -> str:
    """The current UTC time to the second, as Harvest writes timestamps (2025-01-31T09:00:00Z)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
