"""InvoiceMessage: An email sent about an invoice, or a state change recorded on it."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_models as _dump_models
from ..types import UNSET
from .invoice_message_recipient import InvoiceMessageRecipient
from .invoice_message_recorded_event_type import InvoiceMessageRecordedEventType


class InvoiceMessage(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An email sent about an invoice, or a state change recorded on it.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    sent_by: str
    """Name of the user who created the message."""
    sent_by_email: str
    """Email address of the user who created the message."""
    sent_from: str
    """Name the message was sent on behalf of."""
    sent_from_email: str
    """Email address the message was sent on behalf of."""
    recipients: list[InvoiceMessageRecipient]
    """Who the email went to; empty for a bare state change."""
    subject: str | None
    """Null for a bare state change."""
    body: str | None
    """Null for a bare state change."""
    include_link_to_client_invoice: bool
    """Deprecated; mirrors whether the invoice offers online payment options."""
    attach_pdf: bool
    """True when the invoice PDF went with the email."""
    send_me_a_copy: bool
    """True when the creator was copied on the email."""
    thank_you: bool
    """True for a thank-you note after payment."""
    event_type: InvoiceMessageRecordedEventType | str | None
    """The state change the message records; null for a plain email."""
    reminder: bool
    """True for a payment reminder."""
    send_reminder_on: datetime.date | None
    """The day a scheduled reminder goes out; null when none is scheduled."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
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
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.sent_by) is not UNSET:
            out["sent_by"] = _v2
        if (_v3 := this.sent_by_email) is not UNSET:
            out["sent_by_email"] = _v3
        if (_v4 := this.sent_from) is not UNSET:
            out["sent_from"] = _v4
        if (_v5 := this.sent_from_email) is not UNSET:
            out["sent_from_email"] = _v5
        if (_v6 := this.recipients) is not UNSET:
            out["recipients"] = _dump_models(_v6)
        if (_v7 := this.subject) is not UNSET:
            out["subject"] = _v7
        if (_v8 := this.body) is not UNSET:
            out["body"] = _v8
        if (_v9 := this.include_link_to_client_invoice) is not UNSET:
            out["include_link_to_client_invoice"] = _v9
        if (_v10 := this.attach_pdf) is not UNSET:
            out["attach_pdf"] = _v10
        if (_v11 := this.send_me_a_copy) is not UNSET:
            out["send_me_a_copy"] = _v11
        if (_v12 := this.thank_you) is not UNSET:
            out["thank_you"] = _v12
        if (_v13 := this.event_type) is not UNSET:
            out["event_type"] = _v13
        if (_v14 := this.reminder) is not UNSET:
            out["reminder"] = _v14
        if (_v15 := this.send_reminder_on) is not UNSET:
            out["send_reminder_on"] = _dump_date(_v15)
        if (_v16 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v16)
        if (_v17 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v17)
        out.update(self.additional_properties)
        return out


InvoiceMessage._schema = _k.ModelSchema(
    "InvoiceMessage",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("sent_by", "sent_by", _k.STRING, required=True, nullable=False),
        _k.Field("sent_by_email", "sent_by_email", _k.STRING, required=True, nullable=False),
        _k.Field("sent_from", "sent_from", _k.STRING, required=True, nullable=False),
        _k.Field("sent_from_email", "sent_from_email", _k.STRING, required=True, nullable=False),
        _k.Field("recipients", "recipients", _k.List(_k.Model(InvoiceMessageRecipient)), required=True, nullable=False),
        _k.Field("subject", "subject", _k.STRING, required=True, nullable=True),
        _k.Field("body", "body", _k.STRING, required=True, nullable=True),
        _k.Field(
            "include_link_to_client_invoice",
            "include_link_to_client_invoice",
            _k.BOOLEAN,
            required=True,
            nullable=False,
        ),
        _k.Field("attach_pdf", "attach_pdf", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("send_me_a_copy", "send_me_a_copy", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("thank_you", "thank_you", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("event_type", "event_type", _k.Enum(InvoiceMessageRecordedEventType), required=True, nullable=True),
        _k.Field("reminder", "reminder", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("send_reminder_on", "send_reminder_on", _k.DATE, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
