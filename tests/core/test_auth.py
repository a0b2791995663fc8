"""Auth rule: headers on every request, construction checks, OAuth2 refresh, no token leaks."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from harvest_v2 import AuthenticationError, Harvest, TokenSet

from tests.helpers import ACCOUNT, AGENT, TOKEN, client_json, json_response, make_async_client, make_client


def test_every_request_carries_token_account_and_user_agent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "DELETE":
            return httpx.Response(200)
        return json_response(200, client_json(7))

    hv, _ = make_client(handler)
    hv.clients.get(7)
    hv.clients.create(name="New")
    hv.clients.delete(7)
    assert len(seen) == 3
    for request in seen:
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        assert request.headers["Harvest-Account-Id"] == ACCOUNT
        assert request.headers["User-Agent"] == AGENT


@pytest.mark.parametrize("agent", [None, "", "   "])
def test_missing_user_agent_is_refused_with_the_expected_form(agent: str | None) -> None:
    with pytest.raises(ValueError, match=r"AppName \(email or URL\)"):
        Harvest(TOKEN, ACCOUNT, agent)


def test_user_agent_without_contact_is_refused() -> None:
    with pytest.raises(ValueError, match="lacks a contact"):
        Harvest(TOKEN, ACCOUNT, "Billing sync")


@pytest.mark.parametrize("account", [None, "", "  "])
def test_missing_account_id_is_refused(account: str | None) -> None:
    with pytest.raises(ValueError, match="account_id is required"):
        Harvest(TOKEN, account, AGENT)


def test_non_numeric_account_id_is_refused() -> None:
    with pytest.raises(ValueError, match="numeric"):
        Harvest(TOKEN, "acme", AGENT)


def test_missing_token_is_refused() -> None:
    with pytest.raises(ValueError, match="access_token is required"):
        Harvest(None, ACCOUNT, AGENT)


def test_infinite_timeout_is_refused() -> None:
    with pytest.raises(ValueError, match="timeout must be finite"):
        Harvest(TOKEN, ACCOUNT, AGENT, timeout=None)  # type: ignore[arg-type]


def test_token_never_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(401, {"error": "invalid_token", "error_description": "The access token is invalid"})

    hv, _ = make_client(handler)
    caplog.set_level(logging.DEBUG, logger="harvest_v2")
    with pytest.raises(AuthenticationError) as info:
        hv.clients.get(1)
    assert TOKEN not in repr(hv)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert "The access token is invalid" in str(info.value)
    assert TOKEN not in caplog.text
    assert caplog.text  # the request was logged


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARVEST_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("HARVEST_ACCOUNT_ID", ACCOUNT)
    monkeypatch.setenv("HARVEST_USER_AGENT", AGENT)
    monkeypatch.setenv("HARVEST_BASE_URL", "http://127.0.0.1:9/v2")
    hv = Harvest.from_env(throttle=False)
    assert hv.account_id == ACCOUNT
    assert hv.base_url == "http://127.0.0.1:9/v2"


def test_from_env_names_the_missing_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARVEST_ACCESS_TOKEN", TOKEN)
    monkeypatch.delenv("HARVEST_ACCOUNT_ID", raising=False)
    monkeypatch.setenv("HARVEST_USER_AGENT", AGENT)
    with pytest.raises(ValueError, match="HARVEST_ACCOUNT_ID"):
        Harvest.from_env()


class _OAuthServer:
    """API that accepts only the current token, and a token endpoint that issues new ones."""

    def __init__(self) -> None:
        self.valid: str | None = None  # the client's token has expired
        self.token_calls: list[dict[str, str]] = []
        self.api_tokens: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            form = dict(httpx.QueryParams(request.content.decode()))
            self.token_calls.append(form)
            assert "Authorization" not in request.headers
            self.valid = "new-access"
            return json_response(
                200, {"access_token": "new-access", "refresh_token": "new-refresh", "expires_in": 1209600}
            )
        token = request.headers["Authorization"].removeprefix("Bearer ")
        self.api_tokens.append(token)
        if token != self.valid:
            return json_response(401, {"error": "invalid_token", "error_description": "The access token expired"})
        return json_response(200, client_json(3))


def test_oauth_refresh_once_on_401_and_hook_receives_tokens() -> None:
    server = _OAuthServer()
    stored: list[TokenSet] = []
    hv, _ = make_client(
        server,
        refresh_token="refresh-1",
        client_id="cid",
        client_secret="csecret",
        on_token_refresh=stored.append,
    )
    assert hv.clients.get(3).id == 3
    assert server.api_tokens == [TOKEN, "new-access"]
    assert server.token_calls == [
        {"grant_type": "refresh_token", "refresh_token": "refresh-1", "client_id": "cid", "client_secret": "csecret"}
    ]
    assert len(stored) == 1 and stored[0].access_token == "new-access" and stored[0].refresh_token == "new-refresh"
    assert "new-access" not in repr(stored[0])


def test_oauth_refresh_is_attempted_only_once() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.host)
        if request.url.host == "id.getharvest.com":
            return json_response(200, {"access_token": "still-bad"})
        return json_response(401, {"error": "invalid_token", "error_description": "expired"})

    hv, _ = make_client(handler, refresh_token="r", client_id="c", client_secret="s")
    with pytest.raises(AuthenticationError):
        hv.clients.get(1)
    assert calls == ["api.harvestapp.com", "id.getharvest.com", "api.harvestapp.com"]


def test_refused_refresh_raises_without_secrets() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            return json_response(400, {"error": "invalid_grant"})
        return json_response(401, {"error": "invalid_token"})

    hv, _ = make_client(handler, refresh_token="refresh-secret", client_id="c", client_secret="client-secret")
    with pytest.raises(AuthenticationError, match="refresh was refused") as info:
        hv.clients.get(1)
    assert "refresh-secret" not in str(info.value) and "client-secret" not in str(info.value)


def test_partial_oauth_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="client_secret"):
        Harvest(TOKEN, ACCOUNT, AGENT, refresh_token="r", client_id="c")


def test_async_oauth_refresh() -> None:
    server = _OAuthServer()
    stored: list[Any] = []
    hv, _ = make_async_client(
        server, refresh_token="refresh-1", client_id="cid", client_secret="cs", on_token_refresh=stored.append
    )

    async def main() -> int:
        async with hv:
            return (await hv.clients.get(3)).id

    assert asyncio.run(main()) == 3
    assert server.api_tokens == [TOKEN, "new-access"]
    assert len(server.token_calls) == 1 and len(stored) == 1
