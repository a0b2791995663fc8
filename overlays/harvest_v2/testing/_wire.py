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
    """A request body with every fraction as a Decimal, so 0.1 stays 0.1 (never through float)."""
    return json.loads(raw, parse_float=Decimal)


def encode_json(payload: Any) -> bytes:
    """Compact JSON of an answer; Decimal values are written as plain JSON numbers."""
    return _ENCODER.encode(payload)


def now_iso() -> str:
    """The current UTC time to the second, as Harvest writes timestamps (2025-01-31T09:00:00Z)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
