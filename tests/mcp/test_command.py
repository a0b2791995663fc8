"""`harvest-v2 mcp` as a command: its settings come from the root command's, and bad ones exit 2 before serving."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from click.testing import CliRunner
from harvest_v2.cli import _mcp
from harvest_v2.cli._root import cli
from harvest_v2.mcp import ToolPolicy

from .conftest import TOKEN, Assistant


def test_the_client_gets_the_commands_credentials_pacing_and_retries(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[Any, ...]] = []

    async def serve(*args: Any) -> None:
        started.append(args)

    monkeypatch.setattr(_mcp, "_serve", serve)
    env = {**assistant.env(), "HARVEST_REDIS_URL": "redis://pacing.internal:6379/0"}
    result = CliRunner().invoke(
        cli, ["--no-throttle", "--max-retries", "2", "mcp", "--mode", "write", "--deny", "delete_*"], env=env
    )
    assert result.exit_code == 0, result.output
    logger = logging.getLogger("harvest_v2")
    assert logger.propagate and not logger.handlers  # restored: the command ran in this process
    [(settings, policy, max_limit, secret, _port)] = started
    assert settings == {
        "access_token": TOKEN,
        "account_id": assistant.fake.account_id,
        "user_agent": env["HARVEST_USER_AGENT"],
        "base_url": assistant.fake.base_url,
        "redis_url": "redis://pacing.internal:6379/0",
        "throttle": False,
        "max_retries": 2,
    }
    assert policy == ToolPolicy(mode="write", deny=("delete_*",)) and max_limit == 500 and secret is None
    assert TOKEN not in result.output


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--http"], {}, "HARVEST_MCP_SECRET"),
        (["--http"], {"HARVEST_MCP_SECRET": "short"}, "at least 16"),
        (["--allow", "no_such_operation"], {}, "matches no operation"),
        (["--mode", "admin"], {}, "read-only"),
        ([], {"HARVEST_ACCESS_TOKEN": ""}, "HARVEST_ACCESS_TOKEN"),
    ],
)
def test_bad_settings_exit_2_with_what_was_wrong(
    assistant: Assistant, args: list[str], env: dict[str, str], message: str
) -> None:
    result = CliRunner().invoke(cli, ["mcp", *args], env={**assistant.env(), **env})
    assert result.exit_code == 2, result.output
    assert message in result.output and TOKEN not in result.output


def test_show_tools_prints_what_a_policy_serves(assistant: Assistant) -> None:
    result = CliRunner().invoke(
        cli,
        ["mcp", "--show-tools", "--deny", "*", "--allow", "list_time_entries", "--allow", "delete_client"],
        env=assistant.env(),
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["delete_client\tdelete", "list_time_entries\tread"]


def test_a_taken_port_exits_2_naming_it(assistant: Assistant) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(
            cli, ["mcp", "--http", "--port", str(port)], env={**assistant.env(), "HARVEST_MCP_SECRET": "s" * 20}
        )
    assert result.exit_code == 2 and f"cannot listen on 127.0.0.1:{port}" in result.output


def test_without_the_sdk_the_import_says_which_extra_to_install() -> None:
    import subprocess
    import sys

    code = "import sys; sys.modules['mcp'] = None; import harvest_v2.mcp"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and 'pip install "harvest-v2[mcp]"' in result.stderr
