"""What the command writes: every record of a list, equal to the fake's store, in each format."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from harvest_v2.cli._fields import FieldSelection
from harvest_v2.cli._output import OutputOptions, write
from harvest_v2.models import Role
from harvest_v2.testing import FakeHarvest

from .conftest import Shell

RANGE = ("--from", "2000-01-01", "--to", "2100-12-31")


def _store(fake: FakeHarvest, kind: str) -> list[dict[str, Any]]:
    """The fake's records as its API sends them (newest first): what the command must reproduce."""
    return [json.loads(fake.store.encoded(kind, record), parse_float=Decimal) for record in fake.store.all(kind)]


def _flat(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _cell(value: Any) -> str:
    # What a spreadsheet should read: JSON's spelling of scalars, nothing for null.
    if value is None:
        return ""
    if isinstance(value, bool | list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def test_jsonl_is_the_store_record_for_record(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("time-entries", "list", *RANGE, "--per-page", "70", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line, parse_float=Decimal) for line in result.stdout.splitlines()]
    assert len(rows) == 300
    assert rows == _store(fake, "TimeEntry")


def test_json_is_one_array_of_the_store_records(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("time-entries", "list", *RANGE, "--per-page", "130", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout, parse_float=Decimal) == _store(fake, "TimeEntry")


def test_cursor_paginated_list_follows_every_cursor(shell: Shell, fake: FakeHarvest) -> None:
    for number in range(25):
        fake.store.add("Client", {**_store(fake, "Client")[0], "id": 90_000 + number, "name": f"Client {number}"})
    result = shell("clients", "list", "--per-page", "4", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line, parse_float=Decimal) for line in result.stdout.splitlines()] == _store(fake, "Client")


def test_csv_has_every_field_flattened_one_row_per_record(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("time-entries", "list", *RANGE, "--per-page", "70", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = _store(fake, "TimeEntry")
    assert len(rows) == len(expected) == 300
    for row, record in zip(rows, expected, strict=True):
        flat = _flat(record)
        # Every column the record has a value for carries exactly that value...
        assert {key: _cell(value) for key, value in flat.items() if key in row} == {
            key: value for key, value in row.items() if key in flat
        }
        # ...and a null object (no invoice yet) leaves its sub-columns empty rather than dropping them.
        assert all(row[key] == "" for key in row if key not in flat)
    assert "invoice.id" in rows[0] and "project.name" in rows[0]


def test_csv_fields_pick_and_flatten_columns(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("time-entries", "list", *RANGE, "--format", "csv", "--fields", "id,spent_date,hours,project.name")
    assert result.exit_code == 0, result.stderr
    lines = list(csv.reader(io.StringIO(result.stdout)))
    assert lines[0] == ["id", "spent_date", "hours", "project.name"]
    expected = [
        [str(r["id"]), r["spent_date"], str(r["hours"]), r["project"]["name"]] for r in _store(fake, "TimeEntry")
    ]
    assert lines[1:] == expected


def test_unknown_field_is_a_usage_error(shell: Shell) -> None:
    result = shell("time-entries", "list", "--format", "csv", "--fields", "id,projcet.name")
    assert result.exit_code == 2
    assert "projcet.name" in result.stderr and result.stdout == ""


def test_one_object_is_json_by_default_off_a_terminal(shell: Shell, fake: FakeHarvest) -> None:
    record = _store(fake, "Client")[0]
    result = shell("clients", "get", str(record["id"]))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout, parse_float=Decimal) == record


def test_a_list_is_json_lines_by_default_off_a_terminal(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("clients", "list")
    assert [json.loads(line, parse_float=Decimal) for line in result.stdout.splitlines()] == _store(fake, "Client")


def test_table_shows_the_records(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("clients", "list", "--format", "table", "--fields", "id,name,currency")
    assert result.exit_code == 0, result.stderr
    for record in _store(fake, "Client"):
        assert str(record["id"]) in result.stdout and record["name"] in result.stdout
    one = shell("clients", "get", str(_store(fake, "Client")[0]["id"]), "--format", "table")
    assert "currency" in one.stdout and _store(fake, "Client")[0]["currency"] in one.stdout


def test_progress_goes_to_stderr_only(shell: Shell) -> None:
    result = shell("time-entries", "list", *RANGE, "--per-page", "100", "--format", "jsonl")
    assert result.exit_code == 0
    # Three pages of 100 in four overlapping reads (each starts on the last record of the one before).
    assert "time-entries list: 300 of 300 records, 4 pages" in result.stderr
    assert all(line.startswith("{") for line in result.stdout.splitlines())
    quiet = shell("time-entries", "list", *RANGE, "--no-progress", "--format", "jsonl")
    assert quiet.stderr == ""


def test_created_record_is_in_the_store(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("clients", "create", "--name", "Acme CLI", "--currency", "EUR", "--no-is-active")
    assert result.exit_code == 0, result.stderr
    created = json.loads(result.stdout, parse_float=Decimal)
    stored = fake.store.get("Client", created["id"])
    assert stored is not None
    assert (stored["name"], stored["currency"], stored["is_active"]) == ("Acme CLI", "EUR", False)


def test_nested_models_from_json_option(shell: Shell, fake: FakeHarvest) -> None:
    client = _store(fake, "Client")[0]
    items = '[{"kind": "Service", "description": "Design", "quantity": 2, "unit_price": 150.5}]'
    result = shell("invoices", "create", "--client-id", str(client["id"]), "--line-items", items)
    assert result.exit_code == 0, result.stderr
    invoice = fake.store.get("Invoice", json.loads(result.stdout, parse_float=Decimal)["id"])
    assert invoice is not None
    assert [(r["description"], r["quantity"], r["unit_price"]) for r in invoice["line_items"]] == [("Design", 2, 150.5)]


def test_json_body_from_a_file_and_options_win(shell: Shell, fake: FakeHarvest, tmp_path: Path) -> None:
    body = tmp_path / "client.json"
    body.write_text(json.dumps({"name": "From file", "currency": "GBP"}), encoding="utf-8")
    result = shell("clients", "create", "--json-body", f"@{body}", "--currency", "CHF")
    assert result.exit_code == 0, result.stderr
    stored = fake.store.get("Client", json.loads(result.stdout, parse_float=Decimal)["id"])
    assert stored is not None and (stored["name"], stored["currency"]) == ("From file", "CHF")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_decimal_is_written_exactly(fmt: str) -> None:
    # Money as Decimal (issue 10): never through float, whatever the format.
    record = {"id": 1, "amount": Decimal("12345678901234567.891"), "rate": Decimal("0.10"), "nested": {"x": None}}
    out = io.StringIO()
    write([record, record], out, OutputOptions(fmt, fields=FieldSelection(("id", "amount", "rate"))), many=True)
    assert "12345678901234567.891" in out.getvalue()
    assert "0.10" in out.getvalue()
    if fmt != "table":
        assert "1.2345678901234568e" not in out.getvalue().lower()


def test_empty_list_in_each_format() -> None:
    for fmt, expected in (("json", "[]\n"), ("jsonl", ""), ("csv", "id,name\r\n")):
        out = io.StringIO()
        write([], out, OutputOptions(fmt, model=Role, fields=FieldSelection(("id", "name"))), many=True)
        assert out.getvalue() == expected, fmt


def test_records_are_written_as_pages_arrive_and_a_failed_page_exits_1() -> None:
    """Streaming: the first page is on stdout before the second is asked for; a later failure still exits 1."""
    from harvest_v2.testing import Exchange, RateLimits

    from .conftest import TOKEN, Shell

    fake: FakeHarvest

    def break_the_second_page(exchange: Exchange) -> None:
        if exchange.path.endswith("/time_entries") and exchange.status == 200 and "page=2" not in exchange.query:
            fake.faults.malformed_next(1)

    with FakeHarvest(
        seed="bulk:300",
        rate_limits=RateLimits(enabled=False),
        access_token=TOKEN,
        account_id="7399999",
        on_exchange=break_the_second_page,
    ) as fake:
        result = Shell(fake)("--max-retries", "0", "time-entries", "list", *RANGE, "--per-page", "100")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 100
    assert result.stderr.strip().splitlines()[-1].startswith("harvest-v2: time-entries list failed")


def test_json_body_from_stdin(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("clients", "create", "--json-body", "@-", input='{"name": "Piped in"}')
    assert result.exit_code == 0, result.stderr
    stored = fake.store.get("Client", json.loads(result.stdout, parse_float=Decimal)["id"])
    assert stored is not None and stored["name"] == "Piped in"


def test_csv_header_cells_from_the_records_are_neutralised_too() -> None:
    import io

    from harvest_v2.cli._output import OutputOptions, write

    out = io.StringIO()
    write([{"=HYPERLINK(1)": "x", "name": "=1+1"}], out, OutputOptions("csv"), many=True)
    header, row = out.getvalue().splitlines()
    assert header == "'=HYPERLINK(1),name" and row == "x,'=1+1"
