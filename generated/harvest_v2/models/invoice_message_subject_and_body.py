"""InvoiceMessageSubjectAndBody: The subject and body Harvest would fill in for a new message on the invoice, ready to edit and send."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET


class InvoiceMessageSubjectAndBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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
    additional_properties: dict[str, Any] = msgspec.field(default_factory=dict)
    """Attributes Harvest sent that the spec does not declare."""
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]

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
