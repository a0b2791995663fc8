"""`type: number, format: decimal` as its own property type.

The pinned openapi-python-client turns every number into a FloatProperty and
drops the schema's format, so the templates could not tell money from a
ratio. `install()` wraps the parser's property_from_data where the generator
imported it, and turns the numbers the spec marks decimal into
DecimalProperty; naming.py then types them decimal.Decimal.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs
from openapi_python_client import schema as oai
from openapi_python_client.parser import bodies, openapi, responses
from openapi_python_client.parser import properties as _properties
from openapi_python_client.parser.properties.float import FloatProperty

DECIMAL_FORMAT = "decimal"


@attrs.define
class DecimalProperty(FloatProperty):
    """A number the spec marks `format: decimal` (hours, money, rates, percentages)."""

    _type_string: ClassVar[str] = "Decimal"


def _to_decimal(prop: FloatProperty) -> DecimalProperty:
    return DecimalProperty(**{f.name.lstrip("_"): getattr(prop, f.name) for f in attrs.fields(FloatProperty)})


def _wrap(original: Any) -> Any:
    if getattr(original, "_decimal_aware", False):
        return original

    def property_from_data(*args: Any, **kwargs: Any) -> Any:
        prop, schemas = original(*args, **kwargs)
        data = kwargs.get("data", args[2] if len(args) > 2 else None)
        # type() and not isinstance(): a DecimalProperty is a FloatProperty already converted.
        is_plain_float = type(prop) is FloatProperty
        if isinstance(data, oai.Schema) and data.schema_format == DECIMAL_FORMAT and is_plain_float:
            prop = _to_decimal(prop)
        return prop, schemas

    property_from_data._decimal_aware = True  # type: ignore[attr-defined]
    return property_from_data


def install() -> None:
    """Make every place the generator calls property_from_data see decimal numbers."""
    wrapped = _wrap(_properties.property_from_data)
    for module in (_properties, bodies, openapi, responses):
        module.property_from_data = wrapped  # type: ignore[attr-defined]
