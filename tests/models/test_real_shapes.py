"""Shapes the real Harvest API sends that its documentation does not promise, parsed by our models.

Each body below is written for this test (invented names, ids and amounts), in the
shape Harvest was seen to answer with: attributes older accounts never had, rate and
cost attributes a token without rate access is not shown, nulls and empty strings the
documentation does not mention, and attributes the documentation does not list. Every
body must parse with the generated model, keep each value where the spec declares it
(nothing falls into additional_properties), and give back exactly what came in.

Numbers are binary-exact (1.5, 0.25, 120) so the comparisons hold whether the models
carry floats or Decimals.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx
import pytest
from harvest_v2 import UNSET, RateLimitError
from harvest_v2.models import (
    BillableRate,
    Client,
    Company,
    Contact,
    CostRate,
    Expense,
    Invoice,
    ProjectAssignment,
    Task,
    TimeEntries,
    TimeEntry,
    User,
    UserAssignment,
)

from tests.helpers import make_client


class _Model(Protocol):
    additional_properties: Mapping[str, Any]

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=_Model)


def parse_exactly(model: type[M], body: dict[str, Any]) -> M:
    """Parse `body`; everything it holds is a declared attribute, and to_dict() gives it back unchanged."""
    original = copy.deepcopy(body)
    parsed = model.from_dict(body)
    assert parsed.additional_properties == {}, f"undeclared in {model.__name__}: {parsed.additional_properties}"
    assert parsed.to_dict() == original
    return parsed


STAMP = "2019-01-14T08:30:00Z"

# A user assignment as Harvest embeds it in a time entry, and as the body of its own answer.
_USER_ASSIGNMENT: dict[str, Any] = {
    "id": 4501,
    "is_project_manager": False,
    "is_active": True,
    "use_default_rates": True,
    "budget": None,
    "created_at": STAMP,
    "updated_at": STAMP,
}

# -- clients -------------------------------------------------------------------------------

# An account from before clients had a statement key.
CLIENT_WITHOUT_STATEMENT_KEY: dict[str, Any] = {
    "id": 4001,
    "name": "Lindqvist Joinery",
    "is_active": True,
    "address": None,
    "created_at": STAMP,
    "updated_at": STAMP,
    "currency": "SEK",
}


def test_a_client_without_a_statement_key_parses() -> None:
    client = parse_exactly(Client, CLIENT_WITHOUT_STATEMENT_KEY)
    assert client.statement_key is UNSET
    assert client.currency == "SEK"


# A contact saved without an email address: Harvest stores an empty string, not null.
CONTACT_WITH_EMPTY_EMAIL: dict[str, Any] = {
    "id": 4101,
    "client": {"id": 4001, "name": "Lindqvist Joinery"},
    "title": None,
    "first_name": "Maja",
    "last_name": None,
    "email": "",
    "phone_office": "",
    "phone_mobile": None,
    "fax": None,
    "created_at": STAMP,
    "updated_at": STAMP,
}


def test_a_contact_whose_email_is_an_empty_string_parses() -> None:
    assert parse_exactly(Contact, CONTACT_WITH_EMPTY_EMAIL).email == ""


# -- company ---------------------------------------------------------------------------------

COMPANY_WITH_CURRENCY: dict[str, Any] = {
    "base_uri": "https://lindqvist.harvestapp.com",
    "full_domain": "lindqvist.harvestapp.com",
    "name": "Lindqvist Studio",
    "is_active": True,
    "week_start_day": "Monday",
    "wants_timestamp_timers": False,
    "time_format": "decimal",
    "date_format": "%d/%m/%Y",
    "plan_type": "simple-v4",
    "clock": "24h",
    "currency_code_display": "iso_code_after_amount",
    "currency_symbol_display": "symbol_none",
    "decimal_symbol": ",",
    "thousands_separator": " ",
    "color_scheme": "blue",
    "weekly_capacity": 144000,
    "expense_feature": True,
    "invoice_feature": True,
    "estimate_feature": False,
    "approval_feature": False,
    "team_feature": False,
    "currency": "SEK",
}


def test_the_company_carries_its_currency() -> None:
    assert parse_exactly(Company, COMPANY_WITH_CURRENCY).currency == "SEK"
    without = {k: v for k, v in COMPANY_WITH_CURRENCY.items() if k != "currency"}
    assert parse_exactly(Company, without).currency is UNSET


# -- tasks -----------------------------------------------------------------------------------


def test_a_task_without_a_default_rate_parses_as_null_or_absent() -> None:
    task: dict[str, Any] = {
        "id": 4201,
        "name": "Sanding",
        "billable_by_default": False,
        "default_hourly_rate": None,
        "is_default": False,
        "is_active": True,
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    assert parse_exactly(Task, task).default_hourly_rate is None
    # a token without rate access is not shown the rate at all
    hidden = {k: v for k, v in task.items() if k != "default_hourly_rate"}
    assert parse_exactly(Task, hidden).default_hourly_rate is UNSET


# -- time entries ----------------------------------------------------------------------------


def _time_entry(entry_id: int) -> dict[str, Any]:
    """A time entry as an account without rounding and a token without rate access saw it in 2019."""
    return {
        "id": entry_id,
        "spent_date": "2019-01-11",
        "user": {"id": 4301, "name": "Maja Lindqvist"},
        "client": {"id": 4001, "name": "Lindqvist Joinery", "currency": "SEK"},
        "project": {"id": 4401, "name": "Kitchen refit", "code": "KR-1"},
        "task": {"id": 4201, "name": "Sanding"},
        "user_assignment": dict(_USER_ASSIGNMENT),
        "task_assignment": {
            "id": 4601,
            "billable": True,
            "is_active": True,
            "budget": None,
            "created_at": STAMP,
            "updated_at": STAMP,
        },
        "external_reference": None,
        "invoice": None,
        "hours": 1.5,
        "notes": "Second coat",
        "is_locked": False,
        "locked_reason": None,
        "is_closed": False,
        "is_billed": False,
        "timer_started_at": None,
        "started_time": None,
        "ended_time": None,
        "is_running": False,
        "billable": True,
        "budgeted": False,
        "created_at": STAMP,
        "updated_at": STAMP,
    }


def test_an_old_time_entry_without_rounded_hours_or_rates_parses() -> None:
    entry = parse_exactly(TimeEntry, _time_entry(4701))
    assert entry.rounded_hours is UNSET
    assert entry.billable_rate is UNSET
    assert entry.cost_rate is UNSET
    assert entry.hours == 1.5
    user_assignment, task_assignment = entry.required.user_assignment, entry.required.task_assignment
    assert user_assignment is not None and user_assignment.hourly_rate is UNSET
    assert task_assignment is not None and task_assignment.hourly_rate is UNSET


def test_the_user_assignment_of_a_time_entry_declares_use_default_rates() -> None:
    entry = parse_exactly(TimeEntry, _time_entry(4702))
    user_assignment = entry.required.user_assignment
    assert user_assignment is not None
    assert user_assignment.use_default_rates is True


def test_a_time_entry_whose_assignments_are_null_parses() -> None:
    body = _time_entry(4703)
    body["user_assignment"] = None
    body["task_assignment"] = None
    entry = parse_exactly(TimeEntry, body)
    assert entry.user_assignment is None
    assert entry.task_assignment is None


def test_one_entry_with_null_assignments_does_not_spoil_its_page() -> None:
    orphan = _time_entry(4705)
    orphan["user_assignment"] = None
    entries = [_time_entry(4704), orphan, _time_entry(4706)]
    page: dict[str, Any] = {
        "time_entries": entries,
        "per_page": 3,
        "total_pages": 1,
        "total_entries": 3,
        "next_page": None,
        "previous_page": None,
        "page": 1,
        "links": {
            "first": "https://api.harvestapp.com/v2/time_entries?page=1&per_page=3",
            "next": None,
            "previous": None,
            "last": "https://api.harvestapp.com/v2/time_entries?page=1&per_page=3",
        },
    }
    parsed = TimeEntries.from_dict(copy.deepcopy(page))
    assert [e.id for e in parsed.required.time_entries] == [4704, 4705, 4706]
    assert parsed.required.time_entries[1].user_assignment is None
    assert parsed.to_dict() == page


def test_a_time_entry_with_every_newer_attribute_still_parses() -> None:
    body = _time_entry(4707)
    body.update(rounded_hours=1.5, hours_without_timer=1.5, approval_status="unsubmitted")
    body.update(billable_rate=120, cost_rate=None)
    body["user_assignment"]["hourly_rate"] = 120
    body["task_assignment"]["hourly_rate"] = None
    entry = parse_exactly(TimeEntry, body)
    assert entry.rounded_hours == 1.5
    assert entry.billable_rate == 120
    assert entry.cost_rate is None


# -- expenses --------------------------------------------------------------------------------

EXPENSE: dict[str, Any] = {
    "id": 4801,
    "client": {"id": 4001, "name": "Lindqvist Joinery", "currency": "SEK"},
    "project": {"id": 4401, "name": "Kitchen refit", "code": "KR-1"},
    "expense_category": {"id": 4901, "name": "Timber", "unit_price": None, "unit_name": None},
    "user": {"id": 4301, "name": "Maja Lindqvist"},
    "user_assignment": {
        "id": 4501,
        "is_project_manager": True,
        "is_active": True,
        "use_default_rates": False,
        "budget": None,
        "hourly_rate": 95.5,
        "created_at": STAMP,
        "updated_at": STAMP,
    },
    "receipt": None,
    "invoice": None,
    "notes": "Oak boards",
    "units": 1,
    "total_cost": 412.25,
    "billable": True,
    "is_closed": False,
    "is_locked": False,
    "is_billed": False,
    "locked_reason": None,
    "spent_date": "2019-01-09",
    "created_at": STAMP,
    "updated_at": STAMP,
}


def test_the_user_assignment_of_an_expense_declares_use_default_rates() -> None:
    expense = parse_exactly(Expense, EXPENSE)
    assert expense.required.user_assignment.use_default_rates is False
    assert expense.required.user_assignment.hourly_rate == 95.5


# -- invoices --------------------------------------------------------------------------------

# An invoice from before online payment options and recurring invoices were in the answer.
INVOICE_WITHOUT_NEWER_ATTRIBUTES: dict[str, Any] = {
    "id": 5001,
    "client_key": "0f3c9a7d1e",
    "number": "2019-007",
    "purchase_order": None,
    "amount": 1250.5,
    "due_amount": 1250.5,
    "tax": None,
    "tax_amount": 0,
    "tax2": None,
    "tax2_amount": 0,
    "discount": None,
    "discount_amount": 0,
    "subject": "Kitchen refit, January",
    "notes": None,
    "currency": "SEK",
    "state": "draft",
    "period_start": None,
    "period_end": None,
    "issue_date": "2019-02-01",
    "due_date": "2019-02-01",
    "payment_term": "upon receipt",
    "sent_at": None,
    "paid_at": None,
    "paid_date": None,
    "closed_at": None,
    "created_at": STAMP,
    "updated_at": STAMP,
    "client": {"id": 4001, "name": "Lindqvist Joinery"},
    "estimate": None,
    "retainer": None,
    "creator": {"id": 4301, "name": "Maja Lindqvist"},
    "line_items": [
        {
            "id": 5101,
            "kind": "Service",
            "description": "Sanding and oiling",
            "quantity": 10.5,
            "unit_price": 119.0,
            "amount": 1249.5,
            "taxed": False,
            "taxed2": False,
            "project": None,
        },
        {
            "id": 5102,
            "kind": "Product",
            "description": None,
            "quantity": 1,
            "unit_price": 1,
            "amount": 1,
            "taxed": False,
            "taxed2": False,
            "project": {"id": 4401, "name": "Kitchen refit", "code": "KR-1"},
        },
    ],
}


def test_an_invoice_without_payment_options_or_recurring_invoice_parses() -> None:
    invoice = parse_exactly(Invoice, INVOICE_WITHOUT_NEWER_ATTRIBUTES)
    assert invoice.payment_options is UNSET
    assert invoice.recurring_invoice_id is UNSET
    assert [item.amount for item in invoice.required.line_items] == [1249.5, 1]


# -- users and their rates -------------------------------------------------------------------

# The user a member's token sees of itself, in 2019: no rates, no access_roles yet, and the
# flags access_roles later replaced.
MEMBER_SEEN_BY_ITSELF_2019: dict[str, Any] = {
    "id": 4301,
    "first_name": "Maja",
    "last_name": "Lindqvist",
    "email": "maja@lindqvist.example",
    "telephone": "",
    "timezone": "Stockholm",
    "weekly_capacity": 144000,
    "has_access_to_all_future_projects": False,
    "is_contractor": False,
    "is_admin": False,
    "is_project_manager": False,
    "can_see_rates": False,
    "can_create_projects": False,
    "can_create_invoices": False,
    "is_active": True,
    "created_at": STAMP,
    "updated_at": STAMP,
    "roles": ["Carpenter"],
    "avatar_url": "https://avatars.example.com/maja-lindqvist.png",
}

# The same user as an administrator's token sees it in 2024.
USER_2024: dict[str, Any] = {
    **{k: v for k, v in MEMBER_SEEN_BY_ITSELF_2019.items() if not k.startswith(("is_admin", "can_", "is_project"))},
    "default_hourly_rate": 95.5,
    "cost_rate": 40.25,
    "access_roles": ["member"],
    "permissions_claims": ["expenses:read:own", "expenses:write:own", "timers:read:own", "timers:write:own"],
    "calendar_integration_enabled": False,
    "calendar_integration_source": None,
    "can_create_projects": False,
}


def test_a_member_seeing_itself_gets_no_rates_and_no_access_roles() -> None:
    user = parse_exactly(User, MEMBER_SEEN_BY_ITSELF_2019)
    assert user.default_hourly_rate is UNSET
    assert user.cost_rate is UNSET
    assert user.access_roles is UNSET
    assert (user.is_admin, user.can_see_rates, user.can_create_projects) == (False, False, False)


def test_newer_user_attributes_are_declared() -> None:
    user = parse_exactly(User, USER_2024)
    assert user.permissions_claims == USER_2024["permissions_claims"]
    assert user.calendar_integration_enabled is False
    assert user.calendar_integration_source is None
    assert user.default_hourly_rate == 95.5


@pytest.mark.parametrize("model", [BillableRate, CostRate])
def test_a_rate_that_has_always_applied_has_no_start_date(model: type[BillableRate] | type[CostRate]) -> None:
    body: dict[str, Any] = {
        "id": 5201,
        "amount": 95.5,
        "start_date": None,
        "end_date": None,
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    rate = parse_exactly(model, body)
    assert rate.start_date is None
    assert rate.amount == 95.5


# -- assignments -----------------------------------------------------------------------------


def test_an_old_user_assignment_without_use_default_rates_or_rate_parses() -> None:
    body: dict[str, Any] = {
        "id": 4501,
        "is_project_manager": True,
        "is_active": True,
        "budget": None,
        "created_at": STAMP,
        "updated_at": STAMP,
        "project": {"id": 4401, "name": "Kitchen refit", "code": "KR-1"},
        "user": {"id": 4301, "name": "Maja Lindqvist"},
    }
    assignment = parse_exactly(UserAssignment, body)
    assert assignment.use_default_rates is UNSET
    assert assignment.hourly_rate is UNSET


def test_the_project_of_a_project_assignment_says_whether_it_is_billable() -> None:
    body: dict[str, Any] = {
        **_USER_ASSIGNMENT,
        "hourly_rate": 95.5,
        "project": {"id": 4401, "name": "Kitchen refit", "code": "KR-1", "is_billable": True},
        "client": {"id": 4001, "name": "Lindqvist Joinery", "currency": "SEK"},
        "task_assignments": [
            {
                "id": 4601,
                "billable": True,
                "is_active": True,
                "created_at": STAMP,
                "updated_at": STAMP,
                "hourly_rate": None,
                "budget": None,
                "task": {"id": 4201, "name": "Sanding"},
            }
        ],
    }
    assignment = parse_exactly(ProjectAssignment, body)
    assert assignment.required.project.is_billable is True


# -- answers that are not records --------------------------------------------------------------


def test_a_429_without_retry_after_and_with_an_empty_html_body_is_a_rate_limit_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Content-Type": "text/html; charset=utf-8"}, content=b"")

    hv, sleep = make_client(handler, max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        hv.clients.get(4001)
    assert caught.value.status == 429
    assert caught.value.retry_after is None  # nothing was asked, so nothing is reported
    assert str(caught.value).strip()
    assert sleep.waits == []


def test_a_delete_answered_with_the_deleted_record_returns_it() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == "DELETE"
        return httpx.Response(200, json=CLIENT_WITHOUT_STATEMENT_KEY)

    hv, _ = make_client(handler)
    deleted = hv.clients.delete(4001)
    assert isinstance(deleted, Client)
    assert deleted.to_dict() == CLIENT_WITHOUT_STATEMENT_KEY


@pytest.mark.parametrize("headers", [{}, {"Content-Type": "application/json; charset=utf-8"}])
def test_a_delete_answered_with_an_empty_body_returns_none(headers: dict[str, str]) -> None:
    # The documentation promises only a 200; a deletion that happened must not raise for want of a body.
    hv, _ = make_client(lambda request: httpx.Response(200, headers=headers, content=b""))
    assert hv.time_entries.delete(4701) is None
