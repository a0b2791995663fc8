"""Company: Settings of the Harvest account, and which of its optional modules are switched on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset
from .company_clock import CompanyClock
from .company_time_format import CompanyTimeFormat
from .company_week_start_day import CompanyWeekStartDay


class Company(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Settings of the Harvest account, and which of its optional modules are switched on.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    base_uri: str
    """Web address of the account."""
    full_domain: str
    """Host name of the account, such as example.harvestapp.com."""
    name: str
    is_active: bool
    """False once the account is archived."""
    week_start_day: CompanyWeekStartDay | str
    """The day weeks begin on in timesheets and reports."""
    wants_timestamp_timers: bool
    """True when the account tracks time between a start and an end time, false when it tracks durations."""
    time_format: CompanyTimeFormat | str
    """How durations are shown, as decimal hours (1.5) or hours and minutes (1:30)."""
    date_format: str
    """strftime-style pattern dates are shown with, such as %Y-%m-%d."""
    plan_type: str
    """The subscription: trial, free, or the name of a paid or special plan."""
    clock: CompanyClock | str
    """How times of day are written, "14:59" (24h) or "2:59pm" (12h)."""
    currency_code_display: str
    """Whether and where the ISO currency code is shown beside amounts, such as iso_code_none."""
    currency_symbol_display: str
    """Whether and where the currency symbol is shown beside amounts, such as symbol_before."""
    decimal_symbol: str
    """Character between whole units and fractions in numbers."""
    thousands_separator: str
    """Character between groups of thousands in numbers."""
    color_scheme: str
    """Colour theme of the web interface."""
    weekly_capacity: int
    """Default hours a person is expected to work per week"""
    expense_feature: bool
    """True when expense tracking is switched on."""
    invoice_feature: bool
    """True when invoicing is switched on."""
    estimate_feature: bool
    """True when estimates are switched on."""
    approval_feature: bool
    """True when timesheet approval is switched on."""
    team_feature: bool | Unset = UNSET
    """True when the team module is switched on; not in every answer."""
    currency: str | Unset = UNSET
    """ISO 4217 code of the account's own currency, such as USD; not in every answer."""
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
        if (_v1 := this.base_uri) is not UNSET:
            out["base_uri"] = _v1
        if (_v2 := this.full_domain) is not UNSET:
            out["full_domain"] = _v2
        if (_v3 := this.name) is not UNSET:
            out["name"] = _v3
        if (_v4 := this.is_active) is not UNSET:
            out["is_active"] = _v4
        if (_v5 := this.week_start_day) is not UNSET:
            out["week_start_day"] = _v5
        if (_v6 := this.wants_timestamp_timers) is not UNSET:
            out["wants_timestamp_timers"] = _v6
        if (_v7 := this.time_format) is not UNSET:
            out["time_format"] = _v7
        if (_v8 := this.date_format) is not UNSET:
            out["date_format"] = _v8
        if (_v9 := this.plan_type) is not UNSET:
            out["plan_type"] = _v9
        if (_v10 := this.clock) is not UNSET:
            out["clock"] = _v10
        if (_v11 := this.currency_code_display) is not UNSET:
            out["currency_code_display"] = _v11
        if (_v12 := this.currency_symbol_display) is not UNSET:
            out["currency_symbol_display"] = _v12
        if (_v13 := this.decimal_symbol) is not UNSET:
            out["decimal_symbol"] = _v13
        if (_v14 := this.thousands_separator) is not UNSET:
            out["thousands_separator"] = _v14
        if (_v15 := this.color_scheme) is not UNSET:
            out["color_scheme"] = _v15
        if (_v16 := this.weekly_capacity) is not UNSET:
            out["weekly_capacity"] = _v16
        if (_v17 := this.expense_feature) is not UNSET:
            out["expense_feature"] = _v17
        if (_v18 := this.invoice_feature) is not UNSET:
            out["invoice_feature"] = _v18
        if (_v19 := this.estimate_feature) is not UNSET:
            out["estimate_feature"] = _v19
        if (_v20 := this.approval_feature) is not UNSET:
            out["approval_feature"] = _v20
        if (_v21 := this.team_feature) is not UNSET:
            out["team_feature"] = _v21
        if (_v22 := this.currency) is not UNSET:
            out["currency"] = _v22
        out.update(self.additional_properties)
        return out


Company._schema = _k.ModelSchema(
    "Company",
    (
        _k.Field("base_uri", "base_uri", _k.STRING, required=True, nullable=False),
        _k.Field("full_domain", "full_domain", _k.STRING, required=True, nullable=False),
        _k.Field("name", "name", _k.STRING, required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("week_start_day", "week_start_day", _k.Enum(CompanyWeekStartDay), required=True, nullable=False),
        _k.Field("wants_timestamp_timers", "wants_timestamp_timers", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("time_format", "time_format", _k.Enum(CompanyTimeFormat), required=True, nullable=False),
        _k.Field("date_format", "date_format", _k.STRING, required=True, nullable=False),
        _k.Field("plan_type", "plan_type", _k.STRING, required=True, nullable=False),
        _k.Field("clock", "clock", _k.Enum(CompanyClock), required=True, nullable=False),
        _k.Field("currency_code_display", "currency_code_display", _k.STRING, required=True, nullable=False),
        _k.Field("currency_symbol_display", "currency_symbol_display", _k.STRING, required=True, nullable=False),
        _k.Field("decimal_symbol", "decimal_symbol", _k.STRING, required=True, nullable=False),
        _k.Field("thousands_separator", "thousands_separator", _k.STRING, required=True, nullable=False),
        _k.Field("color_scheme", "color_scheme", _k.STRING, required=True, nullable=False),
        _k.Field("weekly_capacity", "weekly_capacity", _k.INTEGER, required=True, nullable=False),
        _k.Field("expense_feature", "expense_feature", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("invoice_feature", "invoice_feature", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("estimate_feature", "estimate_feature", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("approval_feature", "approval_feature", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("team_feature", "team_feature", _k.BOOLEAN, required=False, nullable=False),
        _k.Field("currency", "currency", _k.STRING, required=False, nullable=False),
    ),
)
