"""`harvest-v2 auth` in a subprocess with HOME and XDG_CONFIG_HOME in a temporary directory."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from harvest_v2.testing import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_TOKEN, FakeHarvest

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path, fake: FakeHarvest) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("HARVEST_") or key in ("HARVEST_TESTS_MARKER",)
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        HARVEST_NO_KEYRING="1",
        HARVEST_BASE_URL=fake.base_url,
        HARVEST_USER_AGENT="CLI tests (tests@example.com)",
    )
    return env


def _command(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harvest_v2.cli", "--no-throttle", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.slow
def test_login_profiles_and_logout_with_a_personal_token(fake: FakeHarvest, tmp_path: Path) -> None:
    env = _env(tmp_path, fake)
    login = _command(env, "--profile", "work", "auth", "login", stdin=f"{DEFAULT_TOKEN}\n{fake.account_id}\n")
    assert login.returncode == 0, login.stderr
    credentials = tmp_path / "config" / "harvest-v2" / "credentials.json"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    me = _command({**env, "HARVEST_PROFILE": "work"}, "users", "get-current", "--format", "json")
    assert me.returncode == 0, me.stderr
    assert f'"id": {fake.current_user_id}' in me.stdout or f'"id":{fake.current_user_id}' in me.stdout
    status = _command(env, "--profile", "work", "auth", "status")
    assert status.returncode == 0 and "profile work: account 1000001, personal access token" in status.stdout
    assert "logged in as" in login.stderr
    missing = _command(env, "--profile", "home", "users", "get-current")
    assert missing.returncode == 2 and "no profile 'home'" in missing.stderr
    for result in (login, me, status, missing):
        assert DEFAULT_TOKEN not in result.stdout + result.stderr
    wrong = _command(env, "--profile", "other", "auth", "login", stdin=f"not-the-token-123\n{fake.account_id}\n")
    assert wrong.returncode == 1 and "refused these credentials" in wrong.stderr
    assert "not-the-token-123" not in wrong.stderr + credentials.read_text()
    logout = _command(env, "--profile", "work", "auth", "logout")
    assert logout.returncode == 0
    assert _command(env, "--profile", "work", "auth", "status").returncode == 1
    assert DEFAULT_TOKEN not in credentials.read_text()


@pytest.mark.slow
def test_oauth_login_through_a_local_redirect(fake: FakeHarvest, tmp_path: Path) -> None:
    env = {
        **_env(tmp_path, fake),
        "HARVEST_CLIENT_ID": DEFAULT_CLIENT_ID,
        "HARVEST_CLIENT_SECRET": DEFAULT_CLIENT_SECRET,
        "HARVEST_ID_URL": fake.id_url,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "harvest_v2.cli", *("auth", "login", "--oauth", "--no-browser")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    assert line.startswith("Open this URL to authorize: "), line
    url = line.split(": ", 1)[1].strip()
    assert dict(parse_qsl(urlsplit(url).query))["redirect_uri"].startswith("http://127.0.0.1:")
    # The browser: Harvest ID redirects to the command's server on 127.0.0.1.
    answer = httpx.get(url, follow_redirects=True, timeout=10)
    assert answer.status_code == 200 and "you can close this window" in answer.text
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "profile default: account 1000001, OAuth2" in err
    fake.identity.expire_access_tokens()
    started = time.monotonic()
    me = _command(env, "users", "get-current", "--format", "json")  # refreshes, and keeps the new tokens
    assert me.returncode == 0, me.stderr
    assert fake.identity.token_requests == {"authorization_code": 1, "refresh_token": 1}
    assert _command(env, "users", "get-current").returncode == 0  # the rotated token was saved
    assert fake.identity.token_requests["refresh_token"] == 1
    # Without --id-url, the Harvest ID that issued the token (here the fake's), not id.getharvest.com.
    listed = _command({k: v for k, v in env.items() if k != "HARVEST_ID_URL"}, "auth", "accounts")
    assert listed.returncode == 0 and "1000001\tharvest" in listed.stdout and "forecast" in listed.stdout
    stored = (tmp_path / "config" / "harvest-v2" / "credentials.json").read_text()
    everything = out + err + me.stdout + me.stderr + listed.stdout + listed.stderr
    assert DEFAULT_CLIENT_SECRET not in everything and DEFAULT_CLIENT_SECRET in stored
    assert time.monotonic() - started < 30
