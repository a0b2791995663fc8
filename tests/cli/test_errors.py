"""Failures: one line on stderr naming what failed and why, exit 1 for Harvest or the connection, 2 for usage."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from harvest_v2._core._ports import free_port
from harvest_v2.testing import FakeHarvest

from .conftest import TOKEN, Shell


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_not_found_is_one_line_and_exit_1(shell: Shell) -> None:
    result = shell("clients", "get", "424242")
    assert result.exit_code == 1
    line = _one_line(result.stderr)
    assert line.startswith("harvest-v2: clients get failed: HTTP 404")
    assert "/clients/424242" in line
    assert result.stdout == ""


def test_harvest_validation_message_is_shown(shell: Shell) -> None:
    result = shell("time-entries", "create", "--project-id", "999999", "--task-id", "1", "--spent-date", "2026-07-01")
    assert result.exit_code == 1
    line = _one_line(result.stderr)
    assert "time-entries create failed: HTTP 422" in line and "project" in line.lower()


def test_malformed_answer_is_exit_1(shell: Shell, fake: FakeHarvest) -> None:
    fake.faults.malformed_next(1)
    result = shell("users", "get-current")
    assert result.exit_code == 1
    assert "users get-current failed" in _one_line(result.stderr)


def test_connection_refused_is_exit_1(shell: Shell) -> None:
    base = f"http://127.0.0.1:{free_port()}/v2"
    result = shell("--max-retries", "0", "clients", "create", "--name", "Nobody home", env={"HARVEST_BASE_URL": base})
    assert result.exit_code == 1
    assert "clients create failed" in _one_line(result.stderr) and "ConnectError" in result.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["time-entries", "list", "--from", "2026-02-30"], "--from"),
        (["time-entries", "list", "--updated-since", "2026-07-01T09:00:00"], "no time zone"),
        (["clients", "get", "forty-two"], "whole number"),
        (["time-entries", "create", "--project-id", "1"], "--task-id"),
        (["invoices", "create", "--client-id", "1", "--line-items", '[{"kind": "x", "unit_pirce": 1}]'], "unit_pirce"),
        (["clients", "create", "--json-body", '{"nmae": "x"}'], "nmae"),
        (["clients", "lst"], "lst"),
        (["clients", "list", "--format", "xml"], "xml"),
    ],
)
def test_usage_errors_exit_2(shell: Shell, args: list[str], says: str) -> None:
    result = shell(*args)
    assert result.exit_code == 2, result.stderr
    assert says in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_missing_credentials_exit_2(shell: Shell) -> None:
    result = shell("clients", "list", env={"HARVEST_ACCESS_TOKEN": ""})
    assert result.exit_code == 2
    assert "HARVEST_ACCESS_TOKEN" in result.stderr


def test_user_agent_is_checked_before_anything_is_sent(shell: Shell, fake: FakeHarvest) -> None:
    result = shell("clients", "list", env={"HARVEST_USER_AGENT": "x"})
    assert result.exit_code == 2
    assert fake.status_counts == {}


@pytest.mark.parametrize("verbosity", [[], ["-v"], ["-vv"]])
def test_no_token_in_any_output(shell: Shell, fake: FakeHarvest, verbosity: list[str]) -> None:
    wrong = "wrong-secret-token-77d1e0"
    runs = [
        shell(*verbosity, "users", "get-current"),
        shell(*verbosity, "time-entries", "list", "--per-page", "100"),
        shell(*verbosity, "clients", "get", "424242"),
        shell(*verbosity, "clients", "list", env={"HARVEST_ACCESS_TOKEN": wrong}),
        shell(*verbosity, "--access-token", wrong, "clients", "list"),
        shell(*verbosity, "clients", "list", "--format", "table"),
    ]
    assert [r.exit_code for r in runs] == [0, 0, 1, 1, 1, 0]
    assert "401" in runs[3].stderr
    if verbosity == ["-vv"]:
        assert "GET /v2/users/me -> 200" in runs[0].stderr  # the per-request lines are there, the token is not
    for run in runs:
        for secret in (TOKEN, wrong):
            assert secret not in run.stdout and secret not in run.stderr


def test_without_click_it_says_what_to_install() -> None:
    code = "import sys; sys.modules['click'] = None; from harvest_v2.cli import main; main(['clients', 'list'])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == 'harvest-v2: the command line needs its extra: pip install "harvest-v2[cli]"'


def test_nullable_option_sends_null(shell: Shell, fake: FakeHarvest) -> None:
    entry = json.loads(shell("time-entries", "list", "--format", "jsonl").stdout.splitlines()[0])
    result = shell("time-entries", "update", str(entry["id"]), "--notes", "null")
    assert result.exit_code == 0, result.stderr
    assert fake.store.get("TimeEntry", entry["id"])["notes"] is None  # type: ignore[index]


def test_retries_are_quiet_unless_verbose(shell: Shell, fake: FakeHarvest) -> None:
    fake.faults.fail_next(1, status=503, retry_after=0)
    quiet = shell("users", "get-current")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    fake.faults.fail_next(1, status=503, retry_after=0)
    loud = shell("-v", "users", "get-current")
    assert loud.exit_code == 0 and "retrying" in loud.stderr and "/users/me" in loud.stderr
