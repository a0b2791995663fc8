"""ExpenseUserAssignment: The membership of the expense's user in the expense's project, as embedded in an expense."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_datetime as _dump_datetime
from ..types import UNSET, Unset


class ExpenseUserAssignment(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The membership of the expense's user in the expense's project, as embedded in an expense.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    is_project_manager: bool
    """True when the user manages the project."""
    is_active: bool
    """False once the assignment is archived."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    use_default_rates: bool | Unset = UNSET
    """True when the user's own default rate applies on the project, false when hourly_rate does."""
    budget: Decimal | Unset | None = UNSET
    """The user's budget on the project; null when none is set."""
    hourly_rate: Decimal | Unset | None = UNSET
    """The user's rate on the project; left out for users who may not see rates."""
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
        if (_v2 := this.is_project_manager) is not UNSET:
            out["is_project_manager"] = _v2
        if (_v3 := this.is_active) is not UNSET:
            out["is_active"] = _v3
        if (_v4 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v4)
        if (_v5 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v5)
        if (_v6 := this.use_default_rates) is not UNSET:
            out["use_default_rates"] = _v6
        if (_v7 := this.budget) is not UNSET:
            out["budget"] = _v7
        if (_v8 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v8
        out.update(self.additional_properties)
        return out


ExpenseUserAssignment._schema = _k.ModelSchema(
    "ExpenseUserAssignment",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("is_project_manager", "is_project_manager", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("use_default_rates", "use_default_rates", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("budget", "budget", _k.DECIMAL, required=False, nullable=True),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=False, nullable=True),
    ),
)
