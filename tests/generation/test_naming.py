"""The one rule that names resource methods: the operationId without the tag's words."""

from __future__ import annotations

import pytest

from generator.naming import method_name


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("list_time_entries", "time_entries", "list"),
        ("get_time_entry", "time_entries", "get"),
        ("stop_time_entry", "time_entries", "stop"),
        ("delete_time_entry_external_reference", "time_entries", "delete_external_reference"),
        ("create_expense", "expenses", "create"),
        ("update_expense_category", "expense_categories", "update"),
        ("list_user_assignments_for_project", "user_assignments", "list_for_project"),
        ("get_current_user", "users", "get_current"),
        ("list_my_project_assignments", "project_assignments", "list_my"),
        ("time_report_clients", "reports", "time_clients"),
        ("uninvoiced_report", "reports", "uninvoiced"),
        ("get_company", "company", "get"),
        ("update_teammates", "teammates", "update"),
        ("prepare_invoice_message", "invoice_messages", "prepare"),
    ],
)
def test_method_names(operation_id: str, tag: str, expected: str) -> None:
    assert method_name(operation_id, tag) == expected
