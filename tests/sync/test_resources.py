"""What a sync copies comes from the operations table and the spec, never from a list written by hand."""

from __future__ import annotations

import harvest_v2.sync
from harvest_v2._operations import OPERATIONS
from harvest_v2.sync import resource_names
from harvest_v2.sync._resources import sync_resources


def test_the_public_names_of_harvest_v2_sync() -> None:
    assert sorted(harvest_v2.sync.__all__) == [
        "ResourceResult",
        "SyncError",
        "SyncInProgressError",
        "SyncProgress",
        "SyncResult",
        "resource_names",
        "sync",
        "sync_async",
    ]
    for name in harvest_v2.sync.__all__:
        assert getattr(harvest_v2.sync, name).__doc__, name


def test_every_id_less_list_of_records_is_a_resource_and_nothing_else() -> None:
    expected = {
        op.list_key
        for op in OPERATIONS.values()
        if op.list_key and op.bucket == "general" and "{" not in op.path and op.list_key != "results"
    }
    assert set(resource_names()) == expected
    assert {"time_entries", "expenses", "invoices", "estimates", "projects", "clients", "users"} <= expected
    for name, resource in sync_resources().items():
        assert resource.operation.list_key == name
        assert "{" not in resource.operation.path
        assert "id" not in {field.name for field in resource.fields}  # the primary key, kept apart


def test_date_keyed_resources_and_the_attribute_their_ranges_filter_on() -> None:
    keyed = {name: r.date_field for name, r in sync_resources().items() if r.date_keyed}
    assert keyed == {
        "time_entries": "spent_date",
        "expenses": "spent_date",
        "invoices": "issue_date",
        "estimates": "issue_date",
    }


def test_columns_have_exact_kinds() -> None:
    kinds = {field.name: field.kind for field in sync_resources()["time_entries"].fields}
    assert kinds["hours"] == "decimal" and kinds["billable_rate"] == "decimal"
    assert kinds["spent_date"] == "date" and kinds["updated_at"] == "datetime"
    assert kinds["billable"] == "boolean" and kinds["notes"] == "text"
    assert kinds["project"] == "json" and kinds["user_assignment"] == "json"
    invoice = {field.name: field.kind for field in sync_resources()["invoices"].fields}
    assert invoice["line_items"] == "json" and invoice["amount"] == "decimal"
