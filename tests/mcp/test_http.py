"""`harvest-v2 mcp --http`: streamable HTTP on 127.0.0.1, only for callers presenting the bearer secret."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio
import httpx
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from .conftest import TOKEN, Assistant, json_of, stored

SECRET = "mcp-bearer-secret-5e0c7a3b9d"


@contextmanager
def _served(assistant: Assistant, *args: str) -> Iterator[str]:
    """Start the server on a free port; yield its endpoint once it says it is listening."""
    process = subprocess.Popen(
        [sys.executable, "-m", "harvest_v2.cli", "mcp", "--http", "--port", "0", *args],
        env={**assistant.env(), "HARVEST_MCP_SECRET": SECRET, "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        found = re.search(r"serving (http://127\.0\.0\.1:\d+/mcp)", line)
        assert found, line + (process.stderr.read() if process.poll() is not None else "")
        yield found[1]
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
        assert SECRET not in out + err and TOKEN not in out + err


def test_http_serves_tools_to_a_caller_with_the_secret_and_no_one_else(assistant: Assistant) -> None:
    with _served(assistant, "--mode", "write") as url:
        for headers in ({}, {"Authorization": "Bearer wrong-secret-wrong-secret"}, {"Authorization": SECRET}):
            refused = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, headers=headers)
            assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Bearer")
            assert SECRET not in refused.text
        # A page in a browser that rebinds its own name to 127.0.0.1 cannot use the server even with the secret.
        rebound = httpx.post(
            url,
            json={"jsonrpc": "2.0", "id": 1, "method": "ping"},
            headers={"Authorization": f"Bearer {SECRET}", "Host": "attacker.example"},
        )
        assert rebound.status_code in (400, 403, 421), rebound.status_code

        async def scenario() -> tuple[Any, Any]:
            http = create_mcp_http_client(headers={"Authorization": f"Bearer {SECRET}"})
            async with (
                http,
                streamable_http_client(url, http_client=http) as (read, write),
                ClientSession(read, write) as session,
            ):
                await session.initialize()
                tools = await session.list_tools()
                created = await session.call_tool("create_client", {"name": "Over HTTP"})
                return tools, created

        tools, created = anyio.run(scenario)
    assert "create_client" in {tool.name for tool in tools.tools}
    assert "delete_client" not in {tool.name for tool in tools.tools}
    assert stored(assistant.fake, "Client", json_of(created)["id"])["name"] == "Over HTTP"
