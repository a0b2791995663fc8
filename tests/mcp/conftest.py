"""Fixtures for `harvest-v2 mcp`: a real FakeHarvest over HTTP, and the server spawned as an assistant would.

`Assistant` starts `python -m harvest_v2.cli mcp ...` as a subprocess and talks
to it with the MCP SDK's own client session over stdio; everything the server
wrote on stderr is kept for the tests to read.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from harvest_v2.testing import FakeHarvest, RateLimits
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.types import CallToolResult, InitializeResult, TextContent

TOKEN = "mcp-secret-token-7c41e9d2"
AGENT = "harvest-v2 mcp tests (tests@example.com)"
_ACCOUNTS = itertools.count(7_600_001)


def text_of(result: CallToolResult) -> str:
    """The one text block a tool answers with."""
    assert len(result.content) == 1 and isinstance(result.content[0], TextContent), result
    return result.content[0].text


def json_of(result: CallToolResult) -> Any:
    """A successful answer's JSON, numbers with a fraction read as Decimal (as exact as the server wrote them)."""
    assert not result.is_error, text_of(result)
    return json.loads(text_of(result), parse_float=Decimal)


def stored(fake: FakeHarvest, kind: str, record_id: int) -> dict[str, Any]:
    """A record of the fake's store, which must be there."""
    record = fake.store.get(kind, record_id)
    assert record is not None, (kind, record_id)
    return record


@dataclass
class Assistant:
    """Runs the server as a subprocess against one fake and records every message it answered."""

    fake: FakeHarvest
    stderr_path: Path
    messages: list[str] = field(default_factory=list)

    def env(self, token: str | None = None) -> dict[str, str]:
        return {
            "HARVEST_ACCESS_TOKEN": token or self.fake.access_token,
            "HARVEST_ACCOUNT_ID": self.fake.account_id,
            "HARVEST_USER_AGENT": AGENT,
            "HARVEST_BASE_URL": self.fake.base_url,
        }

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8") if self.stderr_path.exists() else ""

    @asynccontextmanager
    async def session(self, *args: str, token: str | None = None) -> AsyncIterator[RecordingSession]:
        """`harvest-v2 [root options] mcp [args]`: root options come before `mcp` (-vv, --max-retries)."""
        root = [a for a in args if a.startswith("-v") or a.startswith("--max-retries")]
        rest = [a for a in args if a not in root]
        parameters = StdioServerParameters(
            command=sys.executable, args=["-m", "harvest_v2.cli", *root, "mcp", *rest], env=self.env(token)
        )
        with self.stderr_path.open("a", encoding="utf-8") as errlog:
            async with stdio_client(parameters, errlog=errlog) as (read, write), ClientSession(read, write) as session:
                initialized = await session.initialize()
                self.messages.append(initialized.model_dump_json())
                yield RecordingSession(session, self.messages, initialized)


class RecordingSession:
    """A ClientSession whose answers are all kept, so a test can search them for a secret."""

    def __init__(self, session: ClientSession, messages: list[str], initialized: InitializeResult) -> None:
        self.session = session
        self.messages = messages
        self.initialized = initialized

    async def list_tools(self) -> Any:
        result = await self.session.list_tools()
        self.messages.append(result.model_dump_json())
        return result

    async def call(self, name: str, arguments: dict[str, Any] | None = None) -> CallToolResult:
        result = await self.session.call_tool(name, arguments or {})
        assert isinstance(result, CallToolResult)
        self.messages.append(result.model_dump_json())
        return result

    async def read(self, uri: str) -> Any:
        result = await self.session.read_resource(uri)
        self.messages.append(result.model_dump_json())
        return result

    async def list_resources(self) -> Any:
        result = await self.session.list_resources()
        self.messages.append(result.model_dump_json())
        return result


@pytest.fixture
def fake() -> Iterator[FakeHarvest]:
    """A fake with reference data and 130 time entries; its own account id; Harvest's limits off."""
    with FakeHarvest(
        seed="bulk:130", rate_limits=RateLimits(enabled=False), access_token=TOKEN, account_id=str(next(_ACCOUNTS))
    ) as server:
        yield server


@pytest.fixture
def assistant(fake: FakeHarvest, tmp_path: Path) -> Assistant:
    return Assistant(fake, tmp_path / "server-stderr.txt")
