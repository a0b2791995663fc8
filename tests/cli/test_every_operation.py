"""Every operation of the bundled spec is a harvest-v2 subcommand, and each one runs against the fake.

The operations come from generated/harvest_v2/openapi.json (the same document
the package ships), never from the command tree itself, so an operation the
command lost fails here.
"""

from __future__ import annotations

import datetime
import json
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner
from harvest_v2._openapi import load_document
from harvest_v2._operations import OPERATIONS as TABLE
from harvest_v2.cli._root import cli
from harvest_v2.testing import FakeHarvest

from tests.e2e._operations import Arguments, PreparedCall, plan

from .conftest import Shell


def _spec_operations() -> list[tuple[str, str, str]]:
    document = load_document()
    found = []
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found.append((operation["operationId"], operation["tags"][0], operation["summary"]))
    return sorted(found)


OPERATIONS = _spec_operations()


def _hyphens(name: str) -> str:
    return name.replace("_", "-")


def test_the_spec_has_every_operation() -> None:
    assert len(OPERATIONS) == 113


@pytest.mark.parametrize(("operation_id", "tag", "summary"), OPERATIONS, ids=[op[0] for op in OPERATIONS])
def test_every_operation_is_a_subcommand_with_the_specs_words(operation_id: str, tag: str, summary: str) -> None:
    result = CliRunner().invoke(cli, [_hyphens(tag), _hyphens(TABLE[operation_id].method_name), "--help"])
    assert result.exit_code == 0, result.output + result.stderr
    text = " ".join(result.output.split())
    assert f"({operation_id})" in text
    assert " ".join(summary.split()) in text


def test_every_resource_group_lists_its_methods() -> None:
    tags: dict[str, set[str]] = {}
    for operation_id, tag, _ in OPERATIONS:
        tags.setdefault(tag, set()).add(_hyphens(TABLE[operation_id].method_name))
    top = CliRunner().invoke(cli, ["--help"]).output
    for tag, methods in tags.items():
        assert f"  {_hyphens(tag)} " in top
        listing = CliRunner().invoke(cli, [_hyphens(tag), "--help"]).output.split("Commands:")[1]
        # Two spaces then the name; wrapped descriptions are indented further.
        listed = {line.split()[0] for line in listing.splitlines() if line[:2] == "  " and line[2:3] != " "}
        assert listed == methods, tag


def _cli_value(value: Any) -> str:
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return json.dumps(value.to_dict())
    if isinstance(value, list):
        return json.dumps([item.to_dict() if hasattr(item, "to_dict") else item for item in value])
    return str(value)


def _command_line(call: PreparedCall) -> list[str]:
    line = [_hyphens(call.resource), _hyphens(call.method), *(str(arg) for arg in call.args)]
    for name, value in call.kwargs.items():
        flag = _hyphens(name.rstrip("_"))
        if isinstance(value, bool):
            line.append(f"--{flag}" if value else f"--no-{flag}")
        else:
            line += [f"--{flag}", _cli_value(value)]
    return line


def test_every_operation_runs_through_the_command(shell: Shell, fake: FakeHarvest) -> None:
    """Each operation, with arguments built from the spec, as command-line text: exit 0 and JSON out."""
    arguments = Arguments(fake)
    ran = set()
    for op in plan(fake):
        call = arguments.prepare(op)
        line = _command_line(call)
        result = shell(*line, "--format", "jsonl" if op.list_key else "json")
        assert result.exit_code == 0, (line, result.stderr)
        out = result.stdout.strip()
        if op.list_key:
            records = [json.loads(row) for row in out.splitlines()]
            first = records[0] if records else None
            arguments.remember(op, SimpleNamespace(id=first["id"]) if first and "id" in first else None)
        elif out:
            record = json.loads(out)
            arguments.remember(op, SimpleNamespace(id=record.get("id")))
        ran.add(op.operation_id)
    assert ran == {op[0] for op in OPERATIONS}
