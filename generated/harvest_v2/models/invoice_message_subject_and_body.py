"""InvoiceMessageSubjectAndBody: The subject and body Harvest would fill in for a new message on the invoice, ready to edit and send."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET

_new = object.__new__


@define
class InvoiceMessageSubjectAndBody:
    """The subject and body Harvest would fill in for a new message on the invoice, ready to edit and send.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    invoice_id: int
    subject: str
    body: str
    reminder: bool
    """True when this is the reminder wording."""
    thank_you: bool
    """True when this is the thank-you wording."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.invoice_id = _v0 if (_v0 := src["invoice_id"]).__class__ is int else _drifted()
            obj.subject = _v1 if (_v1 := src["subject"]).__class__ is str else _drifted()
            obj.body = _v2 if (_v2 := src["body"]).__class__ is str else _drifted()
            obj.reminder = _v3 if (_v3 := src["reminder"]).__class__ is bool else _drifted()
            obj.thank_you = _v4 if (_v4 := src["thank_you"]).__class__ is bool else _drifted()
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 5 else {}
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.invoice_id) is not UNSET:
            out["invoice_id"] = _v1
        if (_v2 := this.subject) is not UNSET:
            out["subject"] = _v2
        if (_v3 := this.body) is not UNSET:
            out["body"] = _v3
        if (_v4 := this.reminder) is not UNSET:
            out["reminder"] = _v4
        if (_v5 := this.thank_you) is not UNSET:
            out["thank_you"] = _v5
        out.update(self.additional_properties)
        return out


InvoiceMessageSubjectAndBody._schema = _k.ModelSchema(
    "InvoiceMessageSubjectAndBody",
    (
        _k.Field("invoice_id", "invoice_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("subject", "subject", _k.STRING, required=True, nullable=False),
        _k.Field("body", "body", _k.STRING, required=True, nullable=False),
        _k.Field("reminder", "reminder", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("thank_you", "thank_you", _k.BOOLEAN, required=True, nullable=False),
    ),
)
