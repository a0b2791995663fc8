"""Estimate: A priced proposal of work for a client, which the client can accept or decline."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from .._core._schema import dump_models as _dump_models
from .._core._schema import to_decimal as _to_decimal
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET
from .client_reference import ClientReference
from .estimate_line_item import EstimateLineItem
from .user_reference import UserReference

if TYPE_CHECKING:
    from .estimate_state import EstimateState

_new = object.__new__
_STATE_VALUES = frozenset(
    (
        "accepted",
        "declined",
        "draft",
        "sent",
    )
)


@define
class Estimate:
    """A priced proposal of work for a client, which the client can accept or decline.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    client: ClientReference
    """The client a record belongs to."""
    line_items: list[EstimateLineItem]
    creator: UserReference
    """The user (person) a record belongs to or was made by."""
    client_key: str
    """Key of the estimate's public web address that the client opens."""
    number: str
    """The estimate number shown to the client."""
    purchase_order: str | None
    """The client's purchase order reference; null when none was given."""
    amount: Decimal
    """Grand total after taxes and discount."""
    tax: Decimal | None
    """First tax rate as a percentage; null when not set."""
    tax_amount: Decimal
    """Money added by the first tax."""
    tax2: Decimal | None
    """Second tax rate as a percentage; null when not set."""
    tax2_amount: Decimal
    """Money added by the second tax."""
    discount: Decimal | None
    """Discount as a percentage; null when not set."""
    discount_amount: Decimal
    """Money taken off by the discount."""
    subject: str | None
    """Headline of the estimate; null when not set."""
    notes: str | None
    """Extra text printed on the estimate; null when not set."""
    currency: str
    """ISO 4217 code, for example EUR."""
    state: EstimateState | str
    """Where the estimate stands: still being written (draft), handed to the client (sent), or answered by the client (accepted or declined)."""
    issue_date: datetime.date
    """The day the estimate is dated."""
    sent_at: datetime.datetime | None
    """When the estimate was sent; null while a draft."""
    accepted_at: datetime.datetime | None
    """When the client accepted; null unless accepted."""
    declined_at: datetime.datetime | None
    """When the client declined; null unless declined."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.id = _v0 if (_v0 := src["id"]).__class__ is int else _drifted()
            obj.client = ClientReference.from_dict(src["client"])
            obj.line_items = list(map(EstimateLineItem.from_dict, src["line_items"]))
            obj.creator = UserReference.from_dict(src["creator"])
            obj.client_key = _v4 if (_v4 := src["client_key"]).__class__ is str else _drifted()
            obj.number = _v5 if (_v5 := src["number"]).__class__ is str else _drifted()
            obj.purchase_order = _v6 if (_v6 := src["purchase_order"]) is None or _v6.__class__ is str else _drifted()
            obj.amount = _v7 if (_v7 := src["amount"]).__class__ is Decimal else _to_decimal(_v7)
            obj.tax = _v8 if (_v8 := src["tax"]) is None or _v8.__class__ is Decimal else _to_decimal(_v8)
            obj.tax_amount = _v9 if (_v9 := src["tax_amount"]).__class__ is Decimal else _to_decimal(_v9)
            obj.tax2 = _v10 if (_v10 := src["tax2"]) is None or _v10.__class__ is Decimal else _to_decimal(_v10)
            obj.tax2_amount = _v11 if (_v11 := src["tax2_amount"]).__class__ is Decimal else _to_decimal(_v11)
            obj.discount = _v12 if (_v12 := src["discount"]) is None or _v12.__class__ is Decimal else _to_decimal(_v12)
            obj.discount_amount = _v13 if (_v13 := src["discount_amount"]).__class__ is Decimal else _to_decimal(_v13)
            obj.subject = _v14 if (_v14 := src["subject"]) is None or _v14.__class__ is str else _drifted()
            obj.notes = _v15 if (_v15 := src["notes"]) is None or _v15.__class__ is str else _drifted()
            obj.currency = _v16 if (_v16 := src["currency"]).__class__ is str else _drifted()
            obj.state = _v17 if (_v17 := src["state"]) in _STATE_VALUES else _drifted()
            obj.issue_date = _parse_date(src["issue_date"])
            obj.sent_at = _v19 if (_v19 := src["sent_at"]) is None else _parse_datetime(_v19)
            obj.accepted_at = _v20 if (_v20 := src["accepted_at"]) is None else _parse_datetime(_v20)
            obj.declined_at = _v21 if (_v21 := src["declined_at"]) is None else _parse_datetime(_v21)
            obj.created_at = _parse_datetime(src["created_at"])
            obj.updated_at = _parse_datetime(src["updated_at"])
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 24 else {}
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.client) is not UNSET:
            out["client"] = _dump_model(_v2)
        if (_v3 := this.line_items) is not UNSET:
            out["line_items"] = _dump_models(_v3)
        if (_v4 := this.creator) is not UNSET:
            out["creator"] = _dump_model(_v4)
        if (_v5 := this.client_key) is not UNSET:
            out["client_key"] = _v5
        if (_v6 := this.number) is not UNSET:
            out["number"] = _v6
        if (_v7 := this.purchase_order) is not UNSET:
            out["purchase_order"] = _v7
        if (_v8 := this.amount) is not UNSET:
            out["amount"] = _v8
        if (_v9 := this.tax) is not UNSET:
            out["tax"] = _v9
        if (_v10 := this.tax_amount) is not UNSET:
            out["tax_amount"] = _v10
        if (_v11 := this.tax2) is not UNSET:
            out["tax2"] = _v11
        if (_v12 := this.tax2_amount) is not UNSET:
            out["tax2_amount"] = _v12
        if (_v13 := this.discount) is not UNSET:
            out["discount"] = _v13
        if (_v14 := this.discount_amount) is not UNSET:
            out["discount_amount"] = _v14
        if (_v15 := this.subject) is not UNSET:
            out["subject"] = _v15
        if (_v16 := this.notes) is not UNSET:
            out["notes"] = _v16
        if (_v17 := this.currency) is not UNSET:
            out["currency"] = _v17
        if (_v18 := this.state) is not UNSET:
            out["state"] = _v18
        if (_v19 := this.issue_date) is not UNSET:
            out["issue_date"] = _dump_date(_v19)
        if (_v20 := this.sent_at) is not UNSET:
            out["sent_at"] = _dump_datetime(_v20)
        if (_v21 := this.accepted_at) is not UNSET:
            out["accepted_at"] = _dump_datetime(_v21)
        if (_v22 := this.declined_at) is not UNSET:
            out["declined_at"] = _dump_datetime(_v22)
        if (_v23 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v23)
        if (_v24 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v24)
        out.update(self.additional_properties)
        return out


Estimate._schema = _k.ModelSchema(
    "Estimate",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("client", "client", _k.Model(ClientReference), required=True, nullable=False),
        _k.Field("line_items", "line_items", _k.List(_k.Model(EstimateLineItem)), required=True, nullable=False),
        _k.Field("creator", "creator", _k.Model(UserReference), required=True, nullable=False),
        _k.Field("client_key", "client_key", _k.STRING, required=True, nullable=False),
        _k.Field("number", "number", _k.STRING, required=True, nullable=False),
        _k.Field("purchase_order", "purchase_order", _k.STRING, required=True, nullable=True),
        _k.Field("amount", "amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("tax", "tax", _k.DECIMAL, required=True, nullable=True),
        _k.Field("tax_amount", "tax_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("tax2", "tax2", _k.DECIMAL, required=True, nullable=True),
        _k.Field("tax2_amount", "tax2_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("discount", "discount", _k.DECIMAL, required=True, nullable=True),
        _k.Field("discount_amount", "discount_amount", _k.DECIMAL, required=True, nullable=False),
        _k.Field("subject", "subject", _k.STRING, required=True, nullable=True),
        _k.Field("notes", "notes", _k.STRING, required=True, nullable=True),
        _k.Field("currency", "currency", _k.STRING, required=True, nullable=False),
        _k.Field("state", "state", _k.Enum(sorted(_STATE_VALUES)), required=True, nullable=False),
        _k.Field("issue_date", "issue_date", _k.DATE, required=True, nullable=False),
        _k.Field("sent_at", "sent_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("accepted_at", "accepted_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("declined_at", "declined_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
