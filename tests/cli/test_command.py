"""The installed `harvest-v2` console script, run as a process, as people and cron jobs run it."""

from __future__ import annotations

import csv
import io
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from harvest_v2.testing import FakeHarvest

from .conftest import AGENT, TOKEN

SCRIPT = Path(sys.executable).with_name("harvest-v2")


@pytest.fixture
def env(fake: FakeHarvest) -> dict[str, str]:
    return {
        **os.environ,
        "HARVEST_ACCESS_TOKEN": fake.access_token,
        "HARVEST_ACCOUNT_ID": fake.account_id,
        "HARVEST_USER_AGENT": AGENT,
        "HARVEST_BASE_URL": fake.base_url,
    }


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=120)


def test_the_console_script_is_installed() -> None:
    assert SCRIPT.is_file(), "pip install -e '.[cli]' creates it from [project.scripts]"


def test_quarter_to_csv_with_progress_on_stderr_only(env: dict[str, str], fake: FakeHarvest) -> None:
    entries = fake.store.all("TimeEntry")
    days = sorted(entry["spent_date"] for entry in entries)
    start, end = days[len(days) // 4], days[3 * len(days) // 4]
    expected = [e for e in entries if start <= e["spent_date"] <= end]
    done = _run(env, "time-entries", "list", "--from", start, "--to", end, "--per-page", "50", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [int(row["id"]) for row in rows] == [e["id"] for e in expected]
    assert [row["hours"] for row in rows] == [str(e["hours"]) for e in expected]
    assert f"time-entries list: {len(expected):,} of {len(expected):,} records" in done.stderr
    assert "records" not in done.stdout
    assert TOKEN not in done.stdout + done.stderr


def test_not_found_one_line_exit_1(env: dict[str, str]) -> None:
    done = _run(env, "projects", "get", "987654321")
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stderr.startswith("harvest-v2: projects get failed: HTTP 404")


def test_bad_date_exit_2(env: dict[str, str]) -> None:
    done = _run(env, "time-entries", "list", "--from", "yesterday")
    assert done.returncode == 2
    assert "--from" in done.stderr and "Traceback" not in done.stderr


@pytest.fixture
def served_fake() -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    process = subprocess.Popen(
        [str(SCRIPT), "fake", "--seed", "demo", "--no-rate-limit"],
        stdout=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("HARVEST_")},
    )
    try:
        assert process.stdout is not None
        stdout = process.stdout
        lines: queue.Queue[str] = queue.Queue()
        # Read in a thread so a fake that never says it is up fails the test instead of hanging it.

        def pump() -> None:
            for line in stdout:
                lines.put(line.strip())

        threading.Thread(target=pump, daemon=True).start()
        seen: list[str] = []
        while not (seen and seen[-1].startswith("Fake Harvest on ")):
            seen.append(lines.get(timeout=30))
        yield process, seen
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_fake_prints_the_environment_that_points_the_command_at_it(
    served_fake: tuple[subprocess.Popen[str], list[str]],
) -> None:
    _, lines = served_fake
    exports = next(line for line in lines if line.startswith("export "))
    env = dict(os.environ)
    for assignment in exports.removeprefix("export ").split(" HARVEST_"):
        name, _, value = assignment.partition("=")
        env["HARVEST_" + name.removeprefix("HARVEST_")] = value.strip("'")
    assert any(line.startswith("Fake Harvest on http://127.0.0.1:") for line in lines), lines
    done = _run(env, "clients", "list", "--format", "csv", "--fields", "id,name")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) >= 5  # header and the demo seed's clients
