"""The command tree and the operations table agree row for row: names, arguments, list-ness, help."""

from __future__ import annotations

import re

import click
import pytest
from harvest_v2._core._operation import Operation
from harvest_v2._operations import OPERATIONS
from harvest_v2.cli._root import SUBCOMMANDS, cli

ROWS = sorted(OPERATIONS.values(), key=lambda row: row.operation_id)


def _hyphens(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def _context() -> click.Context:
    return click.Context(cli, info_name="harvest-v2")


def _group(tag: str) -> click.Group:
    group = cli.get_command(_context(), _hyphens(tag))
    assert isinstance(group, click.Group), tag
    return group


def _command(row: Operation) -> click.Command:
    command = _group(row.tag).get_command(_context(), _hyphens(row.method_name))
    assert command is not None, row.operation_id
    return command


def test_the_root_lists_one_group_per_tag_and_the_registered_subcommands() -> None:
    tags = {_hyphens(row.tag) for row in ROWS}
    assert set(cli.list_commands(_context())) == tags | set(SUBCOMMANDS)


def test_each_group_lists_exactly_the_methods_of_its_rows() -> None:
    for tag in {row.tag for row in ROWS}:
        expected = sorted(_hyphens(row.method_name) for row in ROWS if row.tag == tag)
        assert _group(tag).list_commands(_context()) == expected, tag


@pytest.mark.parametrize("row", ROWS, ids=[row.operation_id for row in ROWS])
def test_each_row_is_a_command_with_its_path_ids_list_options_and_words(row: Operation) -> None:
    command = _command(row)
    arguments = [p.name for p in command.params if isinstance(p, click.Argument)]
    assert arguments == re.findall(r"{(\w+)}", row.path)  # path ids, in the path's order
    options = {name for p in command.params if isinstance(p, click.Option) for name in p.opts}
    assert ("--limit" in options) is (row.list_key is not None)
    assert ("--progress" in options) is (row.list_key is not None)
    assert {"--format", "--fields", "--csv-raw"} <= options
    help_text = " ".join((command.help or "").split())
    assert f"{row.method} {row.path} ({row.operation_id})" in help_text
    assert ("reports limit" in help_text) is (row.bucket == "reports")


def test_every_registered_subcommand_loads() -> None:
    for name in SUBCOMMANDS:
        assert isinstance(cli.get_command(_context(), name), click.Command), name


def test_an_unknown_resource_or_method_is_no_command() -> None:
    assert cli.get_command(_context(), "timeentries") is None
    assert _group("clients").get_command(_context(), "lst") is None
