"""Progress lines, the terminal defaults, and how settings reach the Harvest constructor."""

from __future__ import annotations

import asyncio
import io

import click
import pytest
from harvest_v2.cli import _operation_commands
from harvest_v2.cli._progress import Progress
from harvest_v2.cli._settings import Settings, open_async_client, open_client
from harvest_v2.testing import FakeHarvest

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
    monkeypatch.setattr(_operation_commands, "_stdout_is_terminal", lambda: True)
    result = shell("clients", "list")
    assert result.exit_code == 0, result.stderr
    ids = [str(record["id"]) for record in shell.fake.store.all("Client")]
    assert "┃ id " in result.stdout
    first_cells = [line.split("│")[1].strip() for line in result.stdout.splitlines() if line.startswith("│ ")]
    assert [cell for cell in first_cells if cell] == ids  # wrapped names leave the id cell empty


def _settings(**values: str) -> Settings:
    base = {"access_token": "t", "account_id": "1", "user_agent": "Tests (t@example.com)"}
    return Settings(values={**base, **values}, throttle=False, max_retries=0)


def test_settings_become_the_client_keywords() -> None:
    kwargs = _settings(redis_url=" redis://cache:6379/0 ", base_url="").client_kwargs()
    assert kwargs == {
        "access_token": "t",
        "account_id": "1",
        "user_agent": "Tests (t@example.com)",
        "redis_url": "redis://cache:6379/0",
        "throttle": False,
        "max_retries": 0,
    }


def test_a_missing_credential_names_its_variable_and_flag() -> None:
    with pytest.raises(click.UsageError, match="set HARVEST_ACCOUNT_ID or pass --account-id"):
        _settings(account_id=" ").client_kwargs()


def _context(fake: FakeHarvest, **values: str) -> click.Context:
    settings = Settings(
        values={
            "access_token": fake.access_token,
            "account_id": fake.account_id,
            "user_agent": "Settings tests (t@example.com)",
            "base_url": fake.base_url,
            **values,
        },
        throttle=False,
    )
    return click.Context(click.Command("subcommand"), obj=settings)


def test_open_client_and_open_async_client_use_the_settings(fake: FakeHarvest) -> None:
    """What a subcommand (sync, mcp...) gets: a client of each kind, pointed where the settings say."""
    ctx = _context(fake)
    with open_client(ctx) as hv:
        me = hv.users.get_current()

    async def current_user_id() -> int:
        async with open_async_client(ctx) as hv:
            return (await hv.users.get_current()).required.id

    assert asyncio.run(current_user_id()) == me.id
    assert fake.status_counts == {200: 2}


def test_a_setting_the_client_refuses_is_a_usage_error_before_any_request(fake: FakeHarvest) -> None:
    with pytest.raises(click.UsageError, match="user_agent"), open_client(_context(fake, user_agent="x")):
        pass
    assert fake.status_counts == {}
