"""Company: Settings of the Harvest account, and which of its optional modules are switched on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .company_clock import CompanyClock
    from .company_time_format import CompanyTimeFormat
    from .company_week_start_day import CompanyWeekStartDay

_new = object.__new__
_FIELDS = frozenset(
    {
        "base_uri",
        "full_domain",
        "name",
        "is_active",
        "week_start_day",
        "wants_timestamp_timers",
        "time_format",
        "date_format",
        "plan_type",
        "clock",
        "currency_code_display",
        "currency_symbol_display",
        "decimal_symbol",
        "thousands_separator",
        "color_scheme",
        "weekly_capacity",
        "expense_feature",
        "invoice_feature",
        "estimate_feature",
        "approval_feature",
        "team_feature",
        "currency",
    }
)


@define
class Company:
    """Settings of the Harvest account, and which of its optional modules are switched on.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.base_uri = src["base_uri"]
        obj.full_domain = src["full_domain"]
        obj.name = src["name"]
        obj.is_active = src["is_active"]
        obj.week_start_day = src["week_start_day"]
        obj.wants_timestamp_timers = src["wants_timestamp_timers"]
        obj.time_format = src["time_format"]
        obj.date_format = src["date_format"]
        obj.plan_type = src["plan_type"]
        obj.clock = src["clock"]
        obj.currency_code_display = src["currency_code_display"]
        obj.currency_symbol_display = src["currency_symbol_display"]
        obj.decimal_symbol = src["decimal_symbol"]
        obj.thousands_separator = src["thousands_separator"]
        obj.color_scheme = src["color_scheme"]
        obj.weekly_capacity = src["weekly_capacity"]
        obj.expense_feature = src["expense_feature"]
        obj.invoice_feature = src["invoice_feature"]
        obj.estimate_feature = src["estimate_feature"]
        obj.approval_feature = src["approval_feature"]
        obj.team_feature = src.get("team_feature", UNSET)
        obj.currency = src.get("currency", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 20 - (obj.team_feature is not UNSET) - (obj.currency is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "base_uri": self.base_uri,
            "full_domain": self.full_domain,
            "name": self.name,
            "is_active": self.is_active,
            "week_start_day": self.week_start_day,
            "wants_timestamp_timers": self.wants_timestamp_timers,
            "time_format": self.time_format,
            "date_format": self.date_format,
            "plan_type": self.plan_type,
            "clock": self.clock,
            "currency_code_display": self.currency_code_display,
            "currency_symbol_display": self.currency_symbol_display,
            "decimal_symbol": self.decimal_symbol,
            "thousands_separator": self.thousands_separator,
            "color_scheme": self.color_scheme,
            "weekly_capacity": self.weekly_capacity,
            "expense_feature": self.expense_feature,
            "invoice_feature": self.invoice_feature,
            "estimate_feature": self.estimate_feature,
            "approval_feature": self.approval_feature,
        }
        if not isinstance(self.team_feature, Unset):
            out["team_feature"] = self.team_feature
        if not isinstance(self.currency, Unset):
            out["currency"] = self.currency
        out.update(self.additional_properties)
        return out
