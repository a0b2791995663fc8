"""InvoiceMessageCreateEvent: Run a state change on the invoice (mark sent, close, reopen or back to draft) without emailing anyone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET

if TYPE_CHECKING:
    from .invoice_message_event_type import InvoiceMessageEventType

_new = object.__new__
_EVENT_TYPE_VALUES = frozenset(
    (
        "close",
        "draft",
        "re-open",
        "send",
    )
)


@define
class InvoiceMessageCreateEvent:
    """Run a state change on the invoice (mark sent, close, reopen or back to draft) without emailing anyone.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    event_type: InvoiceMessageEventType | str
    """A state change to run on the invoice with a message: close it, put it back to draft, reopen a closed one (re-open), or mark a draft as sent (send)."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.event_type = _v0 if (_v0 := src["event_type"]) in _EVENT_TYPE_VALUES else _drifted()
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 1 else {}
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.event_type) is not UNSET:
            out["event_type"] = _v1
        out.update(self.additional_properties)
        return out


InvoiceMessageCreateEvent._schema = _k.ModelSchema(
    "InvoiceMessageCreateEvent",
    (_k.Field("event_type", "event_type", _k.Enum(sorted(_EVENT_TYPE_VALUES)), required=True, nullable=False),),
)
