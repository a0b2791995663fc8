"""EstimateMessageCreateEmail: Email the estimate to the given people, optionally running a state change too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_models as _dump_models
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET, Unset
from .estimate_message_recipient_input import EstimateMessageRecipientInput

if TYPE_CHECKING:
    from .estimate_message_event_type import EstimateMessageEventType

_new = object.__new__
_EVENT_TYPE_VALUES = frozenset(
    (
        "accept",
        "decline",
        "re-open",
        "send",
    )
)


@define
class EstimateMessageCreateEmail:
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.recipients = list(map(EstimateMessageRecipientInput.from_dict, src["recipients"]))
            obj.subject = _v1 if (_v1 := src.get("subject", UNSET)) is UNSET or _v1.__class__ is str else _drifted()
            obj.body = _v2 if (_v2 := src.get("body", UNSET)) is UNSET or _v2.__class__ is str else _drifted()
            obj.send_me_a_copy = (
                _v3 if (_v3 := src.get("send_me_a_copy", UNSET)) is UNSET or _v3.__class__ is bool else _drifted()
            )
            obj.event_type = (
                _v4 if (_v4 := src.get("event_type", UNSET)) is UNSET or _v4 in _EVENT_TYPE_VALUES else _drifted()
            )
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 1
                - (obj.subject is not UNSET)
                - (obj.body is not UNSET)
                - (obj.send_me_a_copy is not UNSET)
                - (obj.event_type is not UNSET)
                else {}
            )
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

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
        _k.Field("event_type", "event_type", _k.Enum(sorted(_EVENT_TYPE_VALUES)), required=False, nullable=False),
    ),
)
