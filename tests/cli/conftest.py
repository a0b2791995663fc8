"""Fixtures for the harvest-v2 command: a real FakeHarvest over HTTP and a CliRunner pointed at it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from click.testing import CliRunner, Result
from harvest_v2.cli._root import cli
from harvest_v2.testing import FakeHarvest, RateLimits

TOKEN = "cli-secret-token-4f9a1c"
AGENT = "harvest-v2 command tests (tests@example.com)"
_ACCOUNTS = itertools.count(7_300_001)


@dataclass
class Shell:
    """Runs `harvest-v2 ...` in-process against one fake, the environment set as a user would."""

    fake: FakeHarvest

    @property
    def env(self) -> dict[str, str]:
        return {
            "HARVEST_ACCESS_TOKEN": self.fake.access_token,
            "HARVEST_ACCOUNT_ID": self.fake.account_id,
            "HARVEST_USER_AGENT": AGENT,
            "HARVEST_BASE_URL": self.fake.base_url,
        }

    def __call__(self, *args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        # The fake does not limit here; client pacing off keeps the tests from waiting on it.
        return CliRunner().invoke(cli, ["--no-throttle", *args], env={**self.env, **(env or {})}, input=input)


@pytest.fixture
def fake() -> Iterator[FakeHarvest]:
    """A fake with reference data and 300 time entries; its own account id, so no pacer is shared."""
    with FakeHarvest(
        seed="bulk:300", rate_limits=RateLimits(enabled=False), access_token=TOKEN, account_id=str(next(_ACCOUNTS))
    ) as server:
        yield server


@pytest.fixture
def shell(fake: FakeHarvest) -> Shell:
    return Shell(fake)
