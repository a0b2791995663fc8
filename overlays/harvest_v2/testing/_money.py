"""Money and hours as Harvest counts them: exact Decimals, rounded to cents half-up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

__all__ = ["cents", "exact"]

_CENT = Decimal("0.01")


def exact(value: Any) -> Decimal:
    """A stored JSON number as a Decimal (null or absent is 0); a float goes through its shortest text."""
    if value is None:
        return Decimal(0)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"not a JSON number: {value!r}")
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def cents(value: Decimal) -> Decimal:
    """Money to whole cents, halves rounded up as Harvest does (10.5 x 99.99 = 1049.895 -> 1049.90)."""
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)
