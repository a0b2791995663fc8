"""HarvestModel: the base of every generated model, how a model is built from a JSON object and written as JSON."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from ._required import RequiredView
from ._schema import ModelSchema, build_tolerant
from ._serde import encode_json

__all__ = ["HarvestModel", "json_default"]


class HarvestModel(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A Harvest record or envelope: a msgspec Struct whose attributes the spec declares.

    Each attribute holds a value of its declared type, None where the spec
    allows null, or UNSET (absent, or what came could not be held in the
    type). ``additional_properties`` holds, as received, whatever the
    attributes do not give back exactly: attributes the spec does not declare
    (added by Harvest later), and values of declared ones that did not fit
    (the attribute is then UNSET) or were converted on the way in; so
    ``to_dict`` gives the object back as it came. Every difference from the
    spec is reported (see harvest_v2.drift_report()).
    """

    # gc=False: instances form trees, never cycles, so the collector need not track them; that is a third of
    # the time of decoding a page (gc passes triggered by thousands of new objects).

    _schema: ClassVar[ModelSchema]

    @property
    def required(self) -> Any:
        """The attributes as values the caller requires: ``entry.required.hours`` is the Decimal, never UNSET.

        Reading one that holds UNSET raises UnsetAttributeError naming the schema, the attribute,
        what the spec expects and what came. Each generated model declares the view's types
        (``T`` where the attribute is ``T | Unset``; None stays where the spec allows null).
        """
        return RequiredView(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model (each generated model writes its own attributes)."""
        raise NotImplementedError

    def to_json(self) -> bytes:
        """``to_dict()`` as compact UTF-8 JSON bytes: money and hours as exact JSON numbers, never floats.

        For data holding models (a list, a dict of them), ``json.dumps(data, default=json_default)``.
        """
        return encode_json(self.to_dict())

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return build_tolerant(cls, src)  # type: ignore[no-any-return]


def json_default(value: Any) -> Any:
    """The ``default=`` for ``json.dumps`` of data holding models: ``json.dumps(rows, default=json_default)``.

    A model becomes its ``to_dict()``, a Decimal its exact text (a JSON string: the json module can
    only write a number through float), a date or datetime its ISO 8601 text.
    """
    if isinstance(value, HarvestModel):
        this: Any = value
        return this.to_dict()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
