"""Exit statuses as shells expect them, from the command run as a process: signals, closed pipes, failures.

Each test starts `python -m harvest_v2.cli` against a FakeHarvest that answers
slowly (so the process is mid-listing when the signal or the closed pipe
arrives) and reads its status and stderr as a shell would.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import click
import pytest
from harvest_v2 import NotFoundError
from harvest_v2.cli._exit import ExitStatus, Failure, ReaderGone, Terminated, failure, run
from harvest_v2.testing import FakeHarvest

from .conftest import AGENT

SLOW_PAGE = 0.3
"""Seconds the fake takes per request: long enough to be mid-listing when the test acts."""


@pytest.fixture
def env(fake: FakeHarvest) -> dict[str, str]:
    return {
        **os.environ,
        "HARVEST_ACCESS_TOKEN": fake.access_token,
        "HARVEST_ACCOUNT_ID": fake.account_id,
        "HARVEST_USER_AGENT": AGENT,
        "HARVEST_BASE_URL": fake.base_url,
    }


@pytest.fixture
def listing(env: dict[str, str], fake: FakeHarvest) -> Iterator[subprocess.Popen[bytes]]:
    """`time-entries list --format json` ten records a page, started and past its first page."""
    fake.faults.latency = SLOW_PAGE
    process = subprocess.Popen(
        [sys.executable, "-m", "harvest_v2.cli", "--no-throttle", "time-entries", "list", "--format", "json",
         "--per-page", "10", "--no-progress"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first == b"[\n"  # the first page is being written
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGINT, ExitStatus.INTERRUPTED), (signal.SIGTERM, ExitStatus.TERMINATED)]
)
def test_a_signal_exits_128_plus_its_number_and_leaves_valid_json(
    listing: subprocess.Popen[bytes], signum: signal.Signals, status: int
) -> None:
    assert listing.stdout is not None and listing.stderr is not None
    listing.send_signal(signum)
    # Read through the same buffered files as readline did (communicate would skip what they hold).
    out, err = listing.stdout.read(), listing.stderr.read()
    listing.wait(timeout=30)
    assert listing.returncode == status == 128 + signum
    assert b"Traceback" not in err and b"Aborted" not in err
    records = json.loads(b"[" + out)  # the array was closed: what was written is one JSON document
    assert 1 <= len(records) < 300  # cut short, mid-listing


def test_a_closed_pipe_is_a_quiet_success(env: dict[str, str], fake: FakeHarvest) -> None:
    """`harvest-v2 ... | head -1`: the reader leaves after one line, the command stops, status 0, nothing said."""
    fake.faults.latency = SLOW_PAGE / 3
    process = subprocess.Popen(
        [sys.executable, "-m", "harvest_v2.cli", "--no-throttle", "time-entries", "list", "--format", "jsonl",
         "--per-page", "10"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as head does after its line
    err = process.stderr.read()
    process.wait(timeout=60)
    assert json.loads(first)["id"]
    assert process.returncode == 0, err
    assert b"Traceback" not in err and b"Broken pipe" not in err and b"Exception ignored" not in err
    assert fake.status_counts.get(200, 0) < 30  # it stopped listing instead of reading every page


def test_statuses_of_failures_and_usage_in_a_process(env: dict[str, str]) -> None:
    def status(*args: str) -> int:
        command = [sys.executable, "-m", "harvest_v2.cli", "--no-throttle", *args]
        return subprocess.run(command, env=env, capture_output=True, timeout=60).returncode

    assert status("clients", "get", "424242") == ExitStatus.FAILURE
    assert status("clients", "get", "not-a-number") == ExitStatus.USAGE
    assert status("no-such-resource") == ExitStatus.USAGE
    assert status("--help") == ExitStatus.OK


def _exit_status(invoke: object) -> int:
    with pytest.raises(SystemExit) as exited:
        run(invoke)  # type: ignore[arg-type]
    return int(exited.value.code or 0)


def _raise(error: BaseException) -> object:
    def invoke() -> object:
        raise error

    return invoke


def test_run_maps_each_outcome_to_its_status(capsys: pytest.CaptureFixture[str]) -> None:
    ctrl_c = click.exceptions.Abort()
    ctrl_c.__cause__ = KeyboardInterrupt()
    assert _exit_status(lambda: None) == 0
    assert _exit_status(lambda: 0) == 0  # --help and --version: click's Exit code
    assert _exit_status(_raise(ctrl_c)) == 130
    assert _exit_status(_raise(KeyboardInterrupt())) == 130
    assert _exit_status(_raise(Terminated())) == 143
    assert _exit_status(_raise(ReaderGone())) == 0
    assert _exit_status(_raise(click.UsageError("bad"))) == 2
    assert _exit_status(_raise(Failure("clients get failed: HTTP 500"))) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "harvest-v2: clients get failed: HTTP 500"
    with pytest.raises(RuntimeError):
        run(_raise(RuntimeError("a bug is a traceback, not a status")))  # type: ignore[arg-type]


def test_a_failure_message_from_harvest_cannot_drive_the_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    error = NotFoundError("\x1b]0;owned\x07gone\nsecond line", status=404, method="GET", url="https://x/v2/y")
    failure("clients get", error).show()
    line = capsys.readouterr().err
    assert line.count("\n") == 1 and "\x1b" not in line and "\x07" not in line
    assert line.startswith("harvest-v2: clients get failed: HTTP 404: \u241b]0;owned\u2407gone second line")


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGINT, ExitStatus.INTERRUPTED), (signal.SIGTERM, ExitStatus.TERMINATED)]
)
def test_the_served_fake_stops_on_a_signal_with_its_status(signum: signal.Signals, status: int) -> None:
    """`harvest-v2 fake` until Ctrl-C: it stops serving and exits 128 + the signal, not 0."""
    process = subprocess.Popen(
        [sys.executable, "-m", "harvest_v2.cli", "fake", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stderr is not None
        lines = iter(process.stdout.readline, b"")
        export = next(line for line in lines if b"HARVEST_BASE_URL=" in line)
        address = re.search(rb"127\.0\.0\.1:(\d+)", export)
        assert address is not None
        _wait_until_serving(int(address[1]))
        process.send_signal(signum)
        err = process.stderr.read()
        process.wait(timeout=30)
        assert process.returncode == status == 128 + signum, err
        assert b"Traceback" not in err
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def _wait_until_serving(port: int) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
