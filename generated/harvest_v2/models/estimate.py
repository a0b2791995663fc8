"""Estimate: A priced proposal of work for a client, which the client can accept or decline."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_date as _dump_date
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from .._core._schema import dump_models as _dump_models
from ..types import UNSET
from .client_reference import ClientReference
from .estimate_line_item import EstimateLineItem
from .estimate_state import EstimateState
from .user_reference import UserReference


class Estimate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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
        _k.Field("state", "state", _k.Enum(EstimateState), required=True, nullable=False),
        _k.Field("issue_date", "issue_date", _k.DATE, required=True, nullable=False),
        _k.Field("sent_at", "sent_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("accepted_at", "accepted_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("declined_at", "declined_at", _k.DATETIME, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
