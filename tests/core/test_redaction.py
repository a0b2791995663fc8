"""Redis URLs never show a secret, and a bad redis_url or proxy variable fails when the client is built."""

from __future__ import annotations

import logging

import httpx
import pytest
from harvest_v2 import AsyncHarvest, Harvest
from harvest_v2._core._redis_pacing import redacted

from tests.helpers import ACCOUNT, AGENT, TOKEN


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://:hunter2secret@cache:6379/0", "redis://:***@cache:6379/0"),
        ("redis://app:hunter2secret@cache/0", "redis://app:***@cache/0"),
        ("redis://hunter2secret@cache/0", "redis://***@cache/0"),
        ("redis://cache/0?password=hunter2secret&db=1", "redis://cache/0?password=***&db=1"),
        ("rediss://cache/0?db=1&ssl_password=hunter2secret", "rediss://cache/0?db=1&ssl_password=***"),
        ("unix:///run/redis.sock?Password=hunter2secret", "unix:///run/redis.sock?Password=***"),
        ("redis://:hunter2secret@cache:notaport/0", "redis://:***@cache:notaport/0"),
        ("redis://cache:6379/0", "redis://cache:6379/0"),
    ],
)
def test_redis_urls_are_redacted(url: str, shown: str) -> None:
    assert redacted(url) == shown


@pytest.mark.parametrize("cls", [Harvest, AsyncHarvest])
@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("redis://:hunter2secret@cache:notaport/0", "Port could not be cast"),
        ("redis://cache/0?socket_timeout=soon&password=hunter2secret", "socket_timeout"),
        ("http://:hunter2secret@cache/0", "must be a redis://"),
    ],
)
def test_a_malformed_redis_url_fails_at_construction_without_its_secret(
    cls: type[Harvest] | type[AsyncHarvest], url: str, text: str
) -> None:
    with pytest.raises(ValueError, match="redis_url") as raised:
        cls(TOKEN, ACCOUNT, AGENT, redis_url=url)
    assert text in str(raised.value)
    assert "hunter2secret" not in str(raised.value)


def test_a_redis_warning_never_shows_the_password(caplog: pytest.LogCaptureFixture) -> None:
    # Nothing listens on port 1: the first call warns and paces in process.
    hv = Harvest(
        TOKEN,
        ACCOUNT,
        AGENT,
        redis_url="redis://127.0.0.1:1/0?password=hunter2secret",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json={})),
        timeout=0.5,
    )
    assert "hunter2secret" not in repr(hv._pipeline.pacer)
    with caplog.at_level(logging.WARNING, logger="harvest_v2"):
        hv._pipeline.pacer.reserve("general")  # type: ignore[union-attr]
    assert caplog.records, "the fallback should be reported"
    assert all("hunter2secret" not in record.getMessage() for record in caplog.records)
    assert any("password=***" in record.getMessage() for record in caplog.records)
    hv.close()


@pytest.mark.parametrize("cls", [Harvest, AsyncHarvest])
@pytest.mark.parametrize(
    ("variable", "value", "text"),
    [
        ("HTTPS_PROXY", "ftp://proxy.internal:21", "must be an http://, https:// or socks5:// proxy URL"),
        ("http_proxy", "http://ops:hunter2secret@proxy.internal:port", "is not a valid proxy URL"),
        ("ALL_PROXY", "gopher://ops:hunter2secret@proxy", "ops:***@proxy"),
    ],
)
def test_an_unusable_proxy_variable_fails_at_construction(
    monkeypatch: pytest.MonkeyPatch, cls: type[Harvest] | type[AsyncHarvest], variable: str, value: str, text: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValueError, match=f"environment variable {variable}") as raised:
        cls(TOKEN, ACCOUNT, AGENT)
    assert text in str(raised.value)
    assert "hunter2secret" not in str(raised.value)


def test_a_usable_proxy_variable_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "proxy.internal:3128")
    Harvest(TOKEN, ACCOUNT, AGENT).close()
