"""JSON bytes and values: decoding, encoding, and the text of a date-time or a form field.

Bodies are decoded by msgspec with every non-integer number as Decimal, so
money and hours never pass through float, at less than json.loads' cost;
request bodies are encoded by msgspec with Decimal written as a JSON number.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any, TypeVar

import msgspec

__all__ = [
    "SpecMismatch",
    "decode_json",
    "decode_model",
    "encode_json",
    "form_value",
    "format_datetime",
]

T = TypeVar("T")

_decoder = msgspec.json.Decoder(float_hook=Decimal)
_encoder = msgspec.json.Encoder(decimal_format="number")


def decode_json(content: bytes) -> Any:
    """Decode a JSON body; non-integer numbers become Decimal. ValueError when it is not JSON."""
    try:
        return _decoder.decode(content)
    except msgspec.DecodeError as exc:
        raise ValueError(str(exc)) from None
    except RecursionError:
        raise ValueError("JSON nested deeper than the decoder allows") from None


class SpecMismatch(Exception):
    """The body is JSON but not exactly what the spec describes (the tolerant path takes over)."""


_typed_decoders: dict[type[Any], msgspec.json.Decoder[Any]] = {}


def decode_model(model: type[T], content: bytes) -> T:
    """Decode a body straight into its model, in C: the fast path for a body exactly as the spec says.

    Raises SpecMismatch when the JSON differs from the spec anywhere, ValueError when it is not JSON.
    """
    decoder = _typed_decoders.get(model)
    if decoder is None:
        decoder = _typed_decoders.setdefault(model, msgspec.json.Decoder(model, float_hook=Decimal))
    try:
        result: T = decoder.decode(content)
    except msgspec.ValidationError as exc:
        raise SpecMismatch(str(exc)) from None
    except msgspec.DecodeError as exc:
        raise ValueError(str(exc)) from None
    except RecursionError:
        raise ValueError("JSON nested deeper than the decoder allows") from None
    return result


def encode_json(value: Any) -> bytes:
    """Encode a request body; Decimal is written as a JSON number, dates as ISO 8601."""
    return _encoder.encode(value)


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
