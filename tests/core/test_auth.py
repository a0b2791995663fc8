"""Auth rule: headers on every request, construction checks, OAuth2 refresh, no token leaks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harvest_v2 import AsyncHarvest, AuthenticationError, Harvest, PermissionDeniedError, TokenSet

from tests.core._live import LiveServer, Received, json_answer
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


# Header values: anything an HTTP header cannot carry is refused when the client is built, naming
# the argument, never quoting a secret. Today's failure mode was worse than a clear error: every
# request failed inside httpcore, was retried, and the error text and httpcore's log held the token.

_BAD_CHARACTERS = {
    "newline at the end": "\n",
    "carriage return": "\r",
    "header injection": "\r\nX-Evil: 1",
    "tab": "\t",
    "NUL": "\x00",
    "DEL": "\x7f",
    "non-ASCII": "é",
}
_SECRETS = ("access_token", "refresh_token", "client_id", "client_secret")
_OAUTH = {
    "refresh_token": "refresh-secret-value",
    "client_id": "client-id-value",
    "client_secret": "client-secret-value",
}


def _settings(**changes: Any) -> dict[str, Any]:
    return {"access_token": TOKEN, "account_id": ACCOUNT, "user_agent": AGENT, "throttle": False, **_OAUTH, **changes}


@pytest.mark.parametrize("cls", [Harvest, AsyncHarvest])
@pytest.mark.parametrize("bad", list(_BAD_CHARACTERS))
@pytest.mark.parametrize("argument", _SECRETS)
def test_secret_that_cannot_be_a_header_is_refused_without_echo(
    argument: str, bad: str, cls: type[Harvest] | type[AsyncHarvest]
) -> None:
    secret = "s3cr3t-" + _BAD_CHARACTERS[bad] + "-value"
    with pytest.raises(ValueError, match=f"^{argument} contains ") as info:
        cls(**_settings(**{argument: secret}))
    assert "s3cr3t" not in str(info.value) and "value" not in str(info.value)


@pytest.mark.parametrize("argument", ["access_token", "client_secret"])
def test_secret_with_a_space_is_refused(argument: str) -> None:
    with pytest.raises(ValueError, match=f"^{argument} contains a space at position 4; it must be printable ASCII"):
        Harvest(**_settings(**{argument: "abc def"}))


@pytest.mark.parametrize("cls", [Harvest, AsyncHarvest])
@pytest.mark.parametrize("bad", list(_BAD_CHARACTERS))
def test_user_agent_that_cannot_be_a_header_is_refused(bad: str, cls: type[Harvest] | type[AsyncHarvest]) -> None:
    with pytest.raises(ValueError, match=r"^user_agent .* contains "):
        cls(**_settings(user_agent=f"Billing{_BAD_CHARACTERS[bad]}sync (ops@example.com)"))


@pytest.mark.parametrize("cls", [Harvest, AsyncHarvest])
@pytest.mark.parametrize("account", ["١٢٣", "12²", "123\n", "12\n3", "1 2", "-5", "0x1F", "\uff11\uff12\uff13"])
def test_account_id_is_ascii_digits_only(account: str, cls: type[Harvest] | type[AsyncHarvest]) -> None:
    with pytest.raises(ValueError, match="account_id must be the numeric Harvest account id"):
        cls(**_settings(account_id=account))


@pytest.mark.parametrize(
    ("argument", "value"),
    [("access_token", b"bytes-token"), ("account_id", True), ("account_id", 1.5), ("user_agent", b"App (a@b.c)")],
)
def test_wrong_types_are_refused_naming_the_argument(argument: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"^{argument} must be a str"):
        Harvest(**_settings(**{argument: value}))


@pytest.mark.parametrize("token_url", ["id.getharvest.com/token", "ftp://id.example.com/token", "https://x\n/token"])
def test_token_url_must_be_an_http_url(token_url: str) -> None:
    with pytest.raises(ValueError, match="token_url"):
        Harvest(**_settings(token_url=token_url))


def test_surrounding_spaces_of_account_id_and_user_agent_are_still_trimmed() -> None:
    hv = Harvest(TOKEN, f" {ACCOUNT} ", f"  {AGENT} ")
    assert hv.account_id == ACCOUNT and repr(hv).endswith(f"user_agent={AGENT!r})")


def _debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "harvest_v2"):
        caplog.set_level(logging.DEBUG, logger=name)


def test_no_request_leaves_and_nothing_is_logged_for_a_token_with_a_newline(caplog: pytest.LogCaptureFixture) -> None:
    _debug_logs(caplog)
    with (
        LiveServer(lambda request: json_answer(200, client_json(1))) as api,
        pytest.raises(ValueError, match="access_token contains a newline") as info,
    ):
        hv = Harvest(TOKEN + "\n", ACCOUNT, AGENT, base_url=f"{api.origin}/v2", sleep=lambda seconds: None)
        hv.clients.get(1)
    assert api.received == []
    assert TOKEN not in str(info.value) and TOKEN not in caplog.text


def _two_calls_sync(settings: dict[str, Any]) -> tuple[str, AuthenticationError]:
    with Harvest(**settings) as hv:
        assert hv.clients.get(1).id == 1
        with pytest.raises(AuthenticationError) as info:
            hv.clients.get(2)
        return repr(hv), info.value


def _two_calls_async(settings: dict[str, Any]) -> tuple[str, AuthenticationError]:
    async def main() -> tuple[str, AuthenticationError]:
        async with AsyncHarvest(**settings) as hv:
            assert (await hv.clients.get(1)).id == 1
            with pytest.raises(AuthenticationError) as info:
                await hv.clients.get(2)
            return repr(hv), info.value

    return asyncio.run(main())


@pytest.mark.parametrize("two_calls", [_two_calls_sync, _two_calls_async], ids=["sync", "async"])
def test_no_secret_in_any_log_or_error_at_debug_over_real_http(
    two_calls: Callable[[dict[str, Any]], tuple[str, AuthenticationError]], caplog: pytest.LogCaptureFixture
) -> None:
    """A whole OAuth2 life at DEBUG for httpx, httpcore and harvest_v2: expiry, refresh, refused refresh.

    The token endpoint answers with new tokens once, then refuses, echoing the refresh token as a hostile
    or buggy server might; no secret may appear in any log record or error text.
    """
    new_access, new_refresh = "new-access-token-987", "new-refresh-token-654"
    refreshes: list[Received] = []

    def handler(request: Received) -> tuple[int, dict[str, str], bytes]:
        if request.target == "/oauth2/token":
            refreshes.append(request)
            if len(refreshes) == 1:
                return json_answer(200, {"access_token": new_access, "refresh_token": new_refresh, "expires_in": 60})
            form = dict(httpx.QueryParams(request.body.decode()))
            return json_answer(400, {"error": "invalid_grant", "error_description": f"{form['refresh_token']} revoked"})
        if request.headers.get("Authorization") == f"Bearer {new_access}" and "/clients/1" in request.target:
            return json_answer(200, client_json(1))
        return json_answer(401, {"error": "invalid_token", "error_description": "The access token expired"})

    secrets = [TOKEN, new_access, new_refresh, *_OAUTH.values()]
    _debug_logs(caplog)
    with LiveServer(handler) as server:
        shown, error = two_calls(_settings(base_url=f"{server.origin}/v2", token_url=f"{server.origin}/oauth2/token"))
    assert len(refreshes) == 2
    assert "refresh was refused: invalid_grant: *** revoked" in str(error)
    texts = [caplog.text, str(error), repr(error), error.body, shown]
    assert any("httpcore" in record.name for record in caplog.records)  # the DEBUG logs were really captured
    for secret in secrets:
        assert all(secret not in text for text in texts), secret


def test_a_refreshed_token_that_cannot_be_a_header_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            return json_response(200, {"access_token": "zq-new-token\r\nX-Evil: 1"})
        return json_response(401, {"error": "invalid_token"})

    hv, _ = make_client(handler, **_OAUTH)
    with pytest.raises(AuthenticationError, match="refresh answer unusable: the new access_token contains") as info:
        hv.clients.get(1)
    assert "zq-new-token" not in str(info.value)


def test_a_server_echoing_the_token_in_an_error_does_not_put_it_in_the_exception() -> None:
    hv, _ = make_client(lambda request: json_response(403, {"message": f"token {TOKEN} may not do this"}))
    with pytest.raises(PermissionDeniedError) as info:
        hv.clients.get(1)
    assert TOKEN not in str(info.value) and TOKEN not in info.value.body
    assert "token *** may not do this" in str(info.value)
