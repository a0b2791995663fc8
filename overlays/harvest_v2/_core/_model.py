"""HarvestModel: the base of every generated model, and how a model is built from a JSON object."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from ._schema import ModelSchema, build_tolerant

__all__ = ["HarvestModel"]


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

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return build_tolerant(cls, src)  # type: ignore[no-any-return]
