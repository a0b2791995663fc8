"""--fields in every format (json keeps the nested shape), --limit N (fewer requests too), and the table's columns."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import pytest
from click.testing import CliRunner
from harvest_v2.cli._fields import FieldSelection, all_columns
from harvest_v2.cli._root import cli
from harvest_v2.models import ProjectReference
from harvest_v2.testing import Exchange, FakeHarvest, RateLimits

from .conftest import TOKEN, Shell

FORMATS = ["json", "jsonl", "csv", "table"]


def _store(fake: FakeHarvest, kind: str) -> list[dict[str, Any]]:
    return [json.loads(fake.store.encoded(kind, record), parse_float=Decimal) for record in fake.store.all(kind)]


def _records(fmt: str, stdout: str) -> list[Any]:
    if fmt == "json":
        return list(json.loads(stdout, parse_float=Decimal))
    if fmt == "jsonl":
        return [json.loads(line, parse_float=Decimal) for line in stdout.splitlines()]
    return list(csv.reader(io.StringIO(stdout)))


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_fields_in_json_keep_the_nested_shape(shell: Shell, fake: FakeHarvest, fmt: str) -> None:
    result = shell("time-entries", "list", "--format", fmt, "--fields", "id,project.name,hours,task", "--no-progress")
    assert result.exit_code == 0, result.stderr
    expected = [
        {"id": r["id"], "project": {"name": r["project"]["name"]}, "hours": r["hours"], "task": r["task"]}
        for r in _store(fake, "TimeEntry")
    ]
    assert _records(fmt, result.stdout) == expected


def test_fields_of_one_record_in_every_format(shell: Shell, fake: FakeHarvest) -> None:
    client = _store(fake, "Client")[0]
    outputs = {
        fmt: shell("clients", "get", str(client["id"]), "--format", fmt, "--fields", "name,id") for fmt in FORMATS
    }
    assert all(result.exit_code == 0 for result in outputs.values()), outputs
    assert json.loads(outputs["json"].stdout) == {"name": client["name"], "id": client["id"]}
    assert json.loads(outputs["jsonl"].stdout) == {"name": client["name"], "id": client["id"]}
    assert _records("csv", outputs["csv"].stdout) == [["name", "id"], [client["name"], str(client["id"])]]
    table = outputs["table"].stdout
    assert client["name"] in table and "currency" not in table


def test_fields_of_a_null_object_stay_null_in_json(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("time-entries", "list", "--format", "jsonl", "--fields", "id,invoice.number", "--no-progress")
    records = _records("jsonl", result.stdout)
    unbilled = [r for r, stored in zip(records, _store(fake, "TimeEntry"), strict=True) if stored["invoice"] is None]
    assert unbilled and all(r["invoice"] is None for r in unbilled)


def test_a_field_naming_an_object_is_its_columns_in_csv(shell: Shell) -> None:
    result = shell("time-entries", "list", "--format", "csv", "--fields", "id,project", "--no-progress")
    project = [f"project.{column}" for column in all_columns(ProjectReference)]
    assert _records("csv", result.stdout)[0] == ["id", *project] and "project.name" in project


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_field_is_a_usage_error_before_any_request(shell: Shell, fake: FakeHarvest, fmt: str) -> None:
    result = shell("time-entries", "list", "--format", fmt, "--fields", "id,projcet.name")
    assert result.exit_code == 2
    assert "projcet.name" in result.stderr and "project.name" in result.stderr  # what was wrong, what exists
    assert fake.status_counts == {} and result.stdout == ""


def test_fields_project_keeps_paths_in_order_and_skips_absent() -> None:
    record = {"id": 1, "project": {"id": 2, "name": "P"}, "notes": None}
    selection = FieldSelection(("project.name", "id", "missing", "notes", "project.id"))
    assert selection.project(record) == {"project": {"name": "P", "id": 2}, "id": 1, "notes": None}


@pytest.fixture
def recorded() -> Iterator[tuple[FakeHarvest, list[Exchange]]]:
    """A fake that keeps every exchange, to count requests and read the per_page asked for."""
    exchanges: list[Exchange] = []
    with FakeHarvest(
        seed="bulk:300",
        rate_limits=RateLimits(enabled=False),
        access_token=TOKEN,
        account_id="7399998",
        on_exchange=exchanges.append,
    ) as fake:
        yield fake, exchanges


def _per_page(exchanges: list[Exchange]) -> list[str]:
    return [parse_qs(e.query).get("per_page", ["-"])[0] for e in exchanges if e.path.endswith("/time_entries")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_limit_stops_after_n_records_with_one_small_request(
    recorded: tuple[FakeHarvest, list[Exchange]], fmt: str
) -> None:
    fake, exchanges = recorded
    result = Shell(fake)("time-entries", "list", "--format", fmt, "--limit", "7", "--fields", "id", "--no-progress")
    assert result.exit_code == 0, result.stderr
    ids = [str(r["id"]) for r in _store(fake, "TimeEntry")[:7]]
    if fmt in ("json", "jsonl"):
        assert [str(r["id"]) for r in _records(fmt, result.stdout)] == ids
    elif fmt == "csv":
        assert _records(fmt, result.stdout) == [["id"], *([i] for i in ids)]
    else:
        cells = [line.strip("│ ") for line in result.stdout.splitlines() if line.startswith("│")]
        assert cells == ids
    assert _per_page(exchanges) == ["7"]  # one request, for no more than was wanted


def test_limit_over_several_pages_stops_asking(recorded: tuple[FakeHarvest, list[Exchange]]) -> None:
    fake, exchanges = recorded
    result = Shell(fake)("time-entries", "list", "--limit", "150", "--per-page", "100", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [r["id"] for r in _records("jsonl", result.stdout)] == [r["id"] for r in _store(fake, "TimeEntry")[:150]]
    # --per-page given wins (the second read overlaps the first by one); the third is never asked for.
    assert _per_page(exchanges) == ["100", "99"]
    assert "150 of 150 records, 2 pages" in result.stderr


def test_limit_above_the_largest_page_asks_for_the_largest(recorded: tuple[FakeHarvest, list[Exchange]]) -> None:
    fake, exchanges = recorded
    result = Shell(fake)("time-entries", "list", "--limit", "5000", "--format", "jsonl", "--no-progress")
    assert len(result.stdout.splitlines()) == 300
    assert _per_page(exchanges) == ["2000"]


@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_limit_must_be_a_positive_whole_number(shell: Shell, fake: FakeHarvest, value: str) -> None:
    result = shell("time-entries", "list", "--limit", value)
    assert result.exit_code == 2 and "--limit" in result.stderr and fake.status_counts == {}


def _headers(table: str) -> list[str]:
    header = next(line for line in table.splitlines() if line.startswith("┃"))
    return [cell.strip() for cell in header.strip("┃").split("┃")]


def test_a_table_shows_a_readable_few_columns_and_all_on_request(shell: Shell, fake: FakeHarvest) -> None:
    wide = {"COLUMNS": "200"}
    default = shell("time-entries", "list", "--format", "table", "--limit", "5", "--no-progress", env=wide)
    assert default.exit_code == 0, default.stderr
    headers = _headers(default.stdout)
    assert headers[:7] == ["id", "spent_date", "user.name", "client.name", "project.name", "task.name", "hours"]
    assert headers[-1] == "notes"  # free text last, where wrapping costs least
    assert not {"created_at", "updated_at", "is_locked", "billable", "user.id"} & set(headers)
    for entry in fake.store.all("TimeEntry")[:5]:
        assert entry["spent_date"] in default.stdout  # dates whole, never cut to 2026-0…
    every = shell(
        "time-entries", "list", "--format", "table", "--limit", "1", "--fields", "all", env={"COLUMNS": "2000"}
    )
    assert {"created_at", "updated_at", "is_locked", "user.id", "external_reference.id"} <= set(_headers(every.stdout))


def test_a_narrow_terminal_gets_fewer_columns_and_says_so(shell: Shell) -> None:
    wide = shell("time-entries", "list", "--format", "table", "--limit", "3", "--no-progress", env={"COLUMNS": "200"})
    result = shell("time-entries", "list", "--format", "table", "--limit", "3", "--no-progress", env={"COLUMNS": "60"})
    assert result.exit_code == 0, result.stderr
    headers = _headers(result.stdout)
    assert headers[:2] == ["id", "spent_date"] and headers[-1] == "notes"
    assert "hours" in headers and "task.name" not in headers  # amounts before names when space runs out
    assert len(headers) < len(_headers(wide.stdout))
    assert all(len(line) <= 60 for line in result.stdout.splitlines())
    assert sum(line.startswith("┃") for line in result.stdout.splitlines()) == 1  # no header wrapped into pieces
    assert f"showing {len(headers)} of" in result.stderr and "--fields all" in result.stderr


def test_a_misspelt_field_gets_a_suggestion(shell: Shell) -> None:
    result = shell("time-entries", "list", "--fields", "id,projcet.name")
    assert result.exit_code == 2 and "did you mean project.name?" in result.stderr


def test_fields_complete_in_the_shell() -> None:
    words = "harvest-v2 time-entries list --fields id,proj"
    result = CliRunner().invoke(
        cli, [], prog_name="harvest-v2",
        env={"_HARVEST_V2_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": "4"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    offered = [line.split(",", 1)[1] for line in result.stdout.splitlines() if line.startswith("plain,")]
    assert "id,project.name" in offered and "id,project" in offered
    assert all(option.startswith("id,proj") for option in offered)


def test_an_empty_table_says_so_on_stderr(shell: Shell) -> None:
    result = shell("time-entries", "list", "--format", "table", "--from", "1990-01-01", "--to", "1990-01-31")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and "harvest-v2: no records" in result.stderr
