"""TaskAssignmentCreate: Fields of a new task assignment."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset


class TaskAssignmentCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Fields of a new task assignment.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    task_id: int
    is_active: bool | Unset = UNSET
    """Defaults to true."""
    billable: bool | Unset = UNSET
    """Defaults to false."""
    hourly_rate: Decimal | Unset = UNSET
    budget: Decimal | Unset = UNSET
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
        if (_v1 := this.task_id) is not UNSET:
            out["task_id"] = _v1
        if (_v2 := this.is_active) is not UNSET:
            out["is_active"] = _v2
        if (_v3 := this.billable) is not UNSET:
            out["billable"] = _v3
        if (_v4 := this.hourly_rate) is not UNSET:
            out["hourly_rate"] = _v4
        if (_v5 := this.budget) is not UNSET:
            out["budget"] = _v5
        out.update(self.additional_properties)
        return out


TaskAssignmentCreate._schema = _k.ModelSchema(
    "TaskAssignmentCreate",
    (
        _k.Field("task_id", "task_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("billable", "billable", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("hourly_rate", "hourly_rate", _k.DECIMAL, required=False, nullable=False),
        _k.Field("budget", "budget", _k.DECIMAL, required=False, nullable=False),
    ),
)
