"""Two processes, one refresh token, one real redis-server: exactly one refresh, everyone continues."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import redis
from harvest_v2 import Harvest, TokenSaveError
from harvest_v2.testing import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeHarvest

from benchmarks._shared_pacing import RedisServer
from tests.oauth.conftest import AGENT

ROOT = Path(__file__).resolve().parents[2]

# One process: eight threads (or twenty tasks) on one client whose access token has expired.
_WORKER = textwrap.dedent(
    """
    import asyncio, json, os, sys, threading
    from harvest_v2 import AsyncHarvest, Harvest

    settings = json.loads(os.environ["SETTINGS"])
    print("ready", flush=True)
    sys.stdin.readline()  # both processes start their calls together
    if sys.argv[1] == "sync":
        hv = Harvest(**settings)
        ids = []

        def call():
            try:
                ids.append(hv.users.get_current().id)
            except Exception as exc:
                ids.append(str(exc))

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        async def main():
            async with AsyncHarvest(**settings) as hv:
                answers = await asyncio.gather(*(hv.users.get_current() for _ in range(20)), return_exceptions=True)
                return [getattr(a, "id", None) or str(a) for a in answers]
        ids = asyncio.run(main())
    print(json.dumps(ids), flush=True)
    """
)


def _run_two(settings: dict[str, object], kind: str) -> list[tuple[str, str]]:
    """Two worker processes started together; their stdout and stderr once both succeeded."""
    env = {**os.environ, "SETTINGS": json.dumps(settings)}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for _ in range(2)
    ]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    outputs = [worker.communicate(timeout=60) for worker in workers]
    for worker, (_, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
    return outputs


@pytest.mark.parametrize(
    ("kind", "throttle"),
    [("sync", False), ("async", False), pytest.param("sync", True, marks=pytest.mark.slow)],
    ids=["sync", "async", "sync-paced"],
)
def test_two_processes_refresh_once_through_redis(
    fake: FakeHarvest, redis_server: RedisServer, kind: str, throttle: bool
) -> None:
    tokens = fake.identity.issue(DEFAULT_CLIENT_ID)
    fake.identity.expire_access_tokens()
    fake.identity.token_delay = 0.3  # the second process's 401 arrives while the first refreshes
    settings = {
        "access_token": tokens["access_token"],
        "refresh_token": tokens["refresh_token"],
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "account_id": fake.account_id,
        "user_agent": AGENT,
        "token_url": fake.token_url,
        "base_url": fake.base_url,
        "redis_url": redis_server.url,
        "throttle": throttle,
        "strict": True,
    }
    outputs = _run_two(settings, kind)
    calls = 8 if kind == "sync" else 20
    for out, err in outputs:
        assert json.loads(out.strip().splitlines()[-1]) == [fake.current_user_id] * calls, err
        for secret in (tokens["access_token"], tokens["refresh_token"], DEFAULT_CLIENT_SECRET):
            assert secret not in out + err
    assert fake.identity.token_requests == {"refresh_token": 1}

    # What Redis holds names and carries no token in clear.
    client = redis.Redis.from_url(redis_server.url, decode_responses=True)
    keys = [str(key) for key in client.keys("harvest_v2:oauth:*")]
    assert keys and all(key.endswith(":tokens") for key in keys)
    stored = "".join(str(client.get(key)) for key in keys)
    for key in keys:
        assert tokens["refresh_token"] not in key
        assert 0 < client.ttl(key) <= fake.identity.expires_in  # expires with the tokens
    assert tokens["refresh_token"] not in stored and "access_token" not in stored
    client.close()

    # A third process arriving later with the old tokens takes the new ones from Redis.
    late = Harvest(**settings)
    assert late.users.get_current().id == fake.current_user_id
    assert fake.identity.token_requests == {"refresh_token": 1}
    late.close()


def test_redis_down_costs_the_sharing_not_the_refresh(
    fake: FakeHarvest, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    tokens = fake.identity.issue(DEFAULT_CLIENT_ID)
    fake.identity.expire_access_tokens()
    url = redis_server.url.replace(f":{redis_server.port}/", ":1/")  # nothing listens on port 1
    hv = Harvest(
        access_token=tokens["access_token"],
        refresh_token=tokens["refresh_token"],
        client_id=DEFAULT_CLIENT_ID,
        client_secret=DEFAULT_CLIENT_SECRET,
        account_id=fake.account_id,
        user_agent=AGENT,
        token_url=fake.token_url,
        base_url=fake.base_url,
        redis_url=url,
        throttle=False,
        strict=True,
        sleep=lambda seconds: None,
    )
    with pytest.raises(TokenSaveError) as info:  # Redis was the only store: the tokens are in the error
        hv.users.get_current()
    assert info.value.tokens.refresh_token
    assert hv.users.get_current().id == fake.current_user_id  # the refresh itself went through
    assert fake.identity.token_requests == {"refresh_token": 1}
    assert "unavailable for OAuth2 token sharing" in caplog.text


@pytest.mark.slow
def test_a_hanging_token_endpoint_costs_one_timeout_across_processes(
    fake: FakeHarvest, redis_server: RedisServer
) -> None:
    tokens = fake.identity.issue(DEFAULT_CLIENT_ID)
    fake.identity.expire_access_tokens()
    # Longer than the timeout, itself longer than the processes' start skew and a loaded machine's answers.
    fake.identity.token_delay = 6.0
    settings = {
        "access_token": tokens["access_token"],
        "refresh_token": tokens["refresh_token"],
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "account_id": fake.account_id,
        "user_agent": AGENT,
        "token_url": fake.token_url,
        "base_url": fake.base_url,
        "redis_url": redis_server.url,
        "throttle": False,
        "strict": True,
        "timeout": 3.0,
        "max_retries": 0,
    }
    outputs = _run_two(settings, "sync")
    errors = {error for out, _ in outputs for error in json.loads(out.strip().splitlines()[-1])}
    assert len(errors) == 1 and "OAuth2 token refresh failed: ReadTimeout" in errors.pop()  # one error for all 16
    assert fake.identity.token_requests == {"refresh_token": 1}  # one timeout, not one per process
