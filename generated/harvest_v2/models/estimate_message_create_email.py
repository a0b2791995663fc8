"""EstimateMessageCreateEmail: Email the estimate to the given people, optionally running a state change too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_models as _dump_models
from ..types import UNSET, Unset
from .estimate_message_event_type import EstimateMessageEventType
from .estimate_message_recipient_input import EstimateMessageRecipientInput


class EstimateMessageCreateEmail(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Email the estimate to the given people, optionally running a state change too.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    recipients: list[EstimateMessageRecipientInput]
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    send_me_a_copy: bool | Unset = UNSET
    """True copies the email to the authenticated user."""
    event_type: EstimateMessageEventType | str | Unset = UNSET
    """A state change to run on the estimate with a message: mark a draft as sent (send), record the client's answer (accept, decline), or reopen an answered estimate (re-open)."""
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
        if (_v1 := this.recipients) is not UNSET:
            out["recipients"] = _dump_models(_v1)
        if (_v2 := this.subject) is not UNSET:
            out["subject"] = _v2
        if (_v3 := this.body) is not UNSET:
            out["body"] = _v3
        if (_v4 := this.send_me_a_copy) is not UNSET:
            out["send_me_a_copy"] = _v4
        if (_v5 := this.event_type) is not UNSET:
            out["event_type"] = _v5
        out.update(self.additional_properties)
        return out


EstimateMessageCreateEmail._schema = _k.ModelSchema(
    "EstimateMessageCreateEmail",
    (
        _k.Field(
            "recipients", "recipients", _k.List(_k.Model(EstimateMessageRecipientInput)), required=True, nullable=False
        ),
        _k.Field("subject", "subject", _k.STRING, required=False, nullable=False),
        _k.Field("body", "body", _k.STRING, required=False, nullable=False),
        _k.Field("send_me_a_copy", "send_me_a_copy", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("event_type", "event_type", _k.Enum(EstimateMessageEventType), required=False, nullable=False),
    ),
)
