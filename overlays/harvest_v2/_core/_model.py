"""HarvestModel: the base of every generated model, and how a model is built from a JSON object."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from ._schema import ModelSchema, build_tolerant
from ._serde import encode_json

__all__ = ["HarvestModel"]


class HarvestModel(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A Harvest record or envelope: a msgspec Struct whose attributes the spec declares.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    _schema: ClassVar[ModelSchema]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model (each generated model writes its own attributes)."""
        raise NotImplementedError

    def to_json(self) -> bytes:
        """The model as JSON bytes, as to_dict gives it: Decimal money as exact JSON numbers, never floats.

        For a structure holding models (a list, a dict of them), encode
        ``[m.to_dict() for m in models]`` with msgspec.json.encode, which writes Decimal exactly;
        json.dumps cannot write a Decimal.
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
