"""Progress lines, the terminal defaults, and how settings reach the Harvest constructor."""

from __future__ import annotations

import io
from typing import Any

import pytest
from harvest_v2.cli import _commands
from harvest_v2.cli._progress import Progress

from .conftest import Shell


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_progress_now_and_then_and_at_the_end() -> None:
    clock, out = _Clock(), io.StringIO()
    with Progress("time-entries list", out, animated=False, interval=5.0, clock=clock) as progress:
        clock.now += 1
        progress.page(2000, 6301)
        assert out.getvalue() == ""  # not yet: a line every 5 s, not every page
        clock.now += 5
        progress.page(2000, 6301)
        clock.now += 1
        progress.page(2000, 6301)
        progress.page(301, 6301)
    lines = out.getvalue().splitlines()
    assert lines == [
        "time-entries list: 4,000 of 6,301 records, 2 pages, 667 records/s",
        "time-entries list: 6,301 of 6,301 records, 4 pages, 900 records/s, done in 7.0 s",
    ]


def test_plain_progress_without_a_total() -> None:
    clock, out = _Clock(), io.StringIO()
    with Progress("clients list", out, animated=False, clock=clock) as progress:
        progress.page(3, None)
    assert out.getvalue() == "clients list: 3 records, 1 page, done in 0.0 s\n"


def test_animated_progress_draws_on_its_stream() -> None:
    out = io.StringIO()
    with Progress("time-entries list", out, animated=True) as progress:
        progress.page(10, 20)
        progress.page(10, 20)
    assert "20/20" in out.getvalue() and "2 pages" in out.getvalue()


def test_progress_is_plain_when_stderr_is_not_a_terminal() -> None:
    out = io.StringIO()
    with Progress("x", out) as progress:
        progress.page(1, 1)
    assert out.getvalue().startswith("x: 1 of 1 records, 1 page")


def test_a_terminal_gets_a_table(shell: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_commands, "_stdout_is_terminal", lambda: True)
    result = shell("clients", "list")
    assert result.exit_code == 0, result.stderr
    ids = [str(record["id"]) for record in shell.fake.store.all("Client")]
    assert "┃ id " in result.stdout
    first_cells = [line.split("│")[1].strip() for line in result.stdout.splitlines() if line.startswith("│ ")]
    assert [cell for cell in first_cells if cell] == ids  # wrapped names leave the id cell empty


class _Recorder:
    """Stands in for Harvest to see the keywords the command builds it with."""

    seen: dict[str, Any] = {}

    def __init__(self, access_token: str, account_id: str, user_agent: str, **options: Any) -> None:
        _Recorder.seen = {"access_token": access_token, "account_id": account_id, **options}


class _WithRedis(_Recorder):
    def __init__(
        self, access_token: str, account_id: str, user_agent: str, *, redis_url: str | None = None, **options: Any
    ) -> None:
        super().__init__(access_token, account_id, user_agent, redis_url=redis_url, **options)


def _settings(**values: str) -> Any:
    base = {"access_token": "t", "account_id": "1", "user_agent": "Tests (t@example.com)"}
    return _commands._Settings(values={**base, **values}, throttle=False, max_retries=0)


def test_redis_url_is_passed_when_harvest_takes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_commands, "Harvest", _WithRedis)
    _commands._open_client(_settings(redis_url="redis://cache:6379/0"))
    assert _Recorder.seen["redis_url"] == "redis://cache:6379/0"
    assert _Recorder.seen["throttle"] is False and _Recorder.seen["max_retries"] == 0


def test_redis_url_is_ignored_with_a_warning_when_harvest_cannot(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_commands, "Harvest", _Recorder)
    _commands._open_client(_settings(redis_url="redis://cache:6379/0"))
    assert "redis_url" not in _Recorder.seen
    assert "--redis-url ignored" in capsys.readouterr().err
