"""Method arguments checked and turned into what a request carries, before anything is sent.

The generated request builders call these for the arguments whose Python
type is not already their JSON value, so a wrong type fails here with the
argument's name instead of deep inside httpx (or not at all).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ._schema import Enum, List, Model, ModelSchema, describe, fits
from ._serde import format_datetime

__all__ = ["date_arg", "datetime_arg", "decimal_arg", "model_arg", "models_arg", "number_arg"]


def _got(value: object) -> str:
    return f"{type(value).__name__} {value!r}"


def date_arg(name: str, value: object) -> str:
    """A date as Harvest's YYYY-MM-DD."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    hint = " (use .date())" if isinstance(value, datetime.datetime) else ""
    if isinstance(value, str):
        hint = f" (for text use datetime.date.fromisoformat({value!r}))"
    raise TypeError(f"{name} must be a datetime.date{hint}, got {_got(value)}")


def datetime_arg(name: str, value: object) -> str:
    """An aware datetime as ISO 8601 (UTC written with Z)."""
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{name} must be an aware datetime.datetime, got {_got(value)}")
    try:
        return format_datetime(value)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


def decimal_arg(name: str, value: object, *, query: bool = False) -> Decimal | str:
    """A Decimal, int or float as an exact Decimal (a float through its text, so 1.1 stays 1.1).

    In a query string the plain decimal text is sent (no exponent).
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float):
        raise TypeError(f"{name} must be a decimal.Decimal, int or float, got {_got(value)}")
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return format(number, "f") if query else number


def number_arg(name: str, value: object) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"{name} must be a number, got {_got(value)}")
    return value if isinstance(value, int | float) else float(value)


def model_arg(name: str, value: object) -> dict[str, Any]:
    """A nested request object: a generated model, or its JSON as a mapping (sent as given).

    A model is checked against its schema first, so InvoiceLineItemCreate(quantity="10.5") is a
    TypeError naming line_items[0].quantity instead of a 422 from Harvest.
    """
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result: dict[str, Any] = to_dict()
        schema = getattr(type(value), "_schema", None)
        if isinstance(schema, ModelSchema):
            _check_object(schema, result, name)
        return result
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{name} must be a harvest_v2.models object or a dict of its JSON, got {_got(value)}")


def models_arg(name: str, value: object) -> list[dict[str, Any]]:
    if isinstance(value, str | bytes | Mapping) or not hasattr(value, "__iter__"):
        raise TypeError(f"{name} must be a list of harvest_v2.models objects, got {_got(value)}")
    return [model_arg(f"{name}[{i}]", item) for i, item in enumerate(value)]


def _check_object(schema: ModelSchema, data: Mapping[str, Any], path: str) -> None:
    """What a request model holds against its schema: required attributes, nulls and each value's kind.

    Looser than strict response validation where Harvest may be ahead of the spec: an enum takes any
    string and attributes the spec does not know (additional_properties) are sent as they are.
    """
    for field in schema.fields:
        here = f"{path}.{field.name}"
        if field.name not in data:
            if field.required:
                raise ValueError(f"{here} is required ({field.expected}); {schema.name} was built without it")
            continue
        value = data[field.name]
        if value is None:
            if not field.nullable:
                raise TypeError(f"{here} must be {field.expected}, got None")
            continue
        _check_value(field.kind, here, value)


def _check_value(kind: Any, here: str, value: Any) -> None:
    if isinstance(kind, Model):
        if not isinstance(value, Mapping):
            raise TypeError(f"{here} must be {kind.expected}, got {describe(value)}")
        _check_object(kind.model._schema, value, here)
    elif isinstance(kind, List):
        if not isinstance(value, list):
            raise TypeError(f"{here} must be {kind.expected}, got {describe(value)}")
        for i, item in enumerate(value):
            _check_value(kind.item, f"{here}[{i}]", item)
    elif isinstance(kind, Enum):
        if not isinstance(value, str):
            raise TypeError(f"{here} must be {kind.expected}, got {describe(value)}")
    elif not fits(kind, value):
        raise TypeError(f"{here} must be {kind.expected}, got {describe(value)}")
