"""Auth rule: headers on every request, construction checks, OAuth2 refresh, no token leaks."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from harvest_v2 import AuthenticationError, PermissionDeniedError, TokenSet

from tests.core._live import LiveServer, Received, json_answer
from tests.helpers import ACCOUNT, AGENT, TOKEN, Clients, client_json, json_response


def test_every_request_carries_token_account_and_user_agent(clients: Clients) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "DELETE":
            return httpx.Response(200)
        return json_response(200, client_json(7))

    hv, _ = clients.make(handler)
    clients.wait(hv.clients.get(7))
    clients.wait(hv.clients.create(name="New"))
    clients.wait(hv.clients.delete(7))
    assert len(seen) == 3
    for request in seen:
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        assert request.headers["Harvest-Account-Id"] == ACCOUNT
        assert request.headers["User-Agent"] == AGENT


@pytest.mark.parametrize("agent", [None, "", "   "])
def test_missing_user_agent_is_refused_with_the_expected_form(clients: Clients, agent: str | None) -> None:
    with pytest.raises(ValueError, match=r"AppName \(email or URL\)"):
        clients.cls(TOKEN, ACCOUNT, agent)


def test_user_agent_without_contact_is_refused(clients: Clients) -> None:
    with pytest.raises(ValueError, match="lacks a contact"):
        clients.cls(TOKEN, ACCOUNT, "Billing sync")


@pytest.mark.parametrize("account", [None, "", "  "])
def test_missing_account_id_is_refused(clients: Clients, account: str | None) -> None:
    with pytest.raises(ValueError, match="account_id is required"):
        clients.cls(TOKEN, account, AGENT)


def test_non_numeric_account_id_is_refused(clients: Clients) -> None:
    with pytest.raises(ValueError, match="numeric"):
        clients.cls(TOKEN, "acme", AGENT)


def test_missing_token_is_refused(clients: Clients) -> None:
    with pytest.raises(ValueError, match="access_token is required"):
        clients.cls(None, ACCOUNT, AGENT)


def test_infinite_timeout_is_refused(clients: Clients) -> None:
    with pytest.raises(ValueError, match="timeout must be finite"):
        clients.cls(TOKEN, ACCOUNT, AGENT, timeout=None)  # type: ignore[arg-type]


def test_token_never_in_repr_errors_or_logs(clients: Clients, caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(401, {"error": "invalid_token", "error_description": "The access token is invalid"})

    hv, _ = clients.make(handler)
    caplog.set_level(logging.DEBUG, logger="harvest_v2")
    with pytest.raises(AuthenticationError) as info:
        clients.wait(hv.clients.get(1))
    assert TOKEN not in repr(hv)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert "The access token is invalid" in str(info.value)
    assert TOKEN not in caplog.text
    assert caplog.text  # the request was logged


def test_from_env(clients: Clients, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARVEST_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("HARVEST_ACCOUNT_ID", ACCOUNT)
    monkeypatch.setenv("HARVEST_USER_AGENT", AGENT)
    monkeypatch.setenv("HARVEST_BASE_URL", "http://127.0.0.1:9/v2")
    hv = clients.cls.from_env(throttle=False)
    assert hv.account_id == ACCOUNT
    assert hv.base_url == "http://127.0.0.1:9/v2"


def test_from_env_names_the_missing_variable(clients: Clients, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARVEST_ACCESS_TOKEN", TOKEN)
    monkeypatch.delenv("HARVEST_ACCOUNT_ID", raising=False)
    monkeypatch.setenv("HARVEST_USER_AGENT", AGENT)
    with pytest.raises(ValueError, match="HARVEST_ACCOUNT_ID"):
        clients.cls.from_env()


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


def test_oauth_refresh_once_on_401_and_hook_receives_tokens(clients: Clients) -> None:
    server = _OAuthServer()
    stored: list[TokenSet] = []
    hv, _ = clients.make(
        server,
        refresh_token="refresh-1",
        client_id="cid",
        client_secret="csecret",
        on_token_refresh=stored.append,
    )
    assert clients.run(hv, lambda hv: hv.clients.get(3)).id == 3
    assert server.api_tokens == [TOKEN, "new-access"]
    assert server.token_calls == [
        {"grant_type": "refresh_token", "refresh_token": "refresh-1", "client_id": "cid", "client_secret": "csecret"}
    ]
    assert len(stored) == 1 and stored[0].access_token == "new-access" and stored[0].refresh_token == "new-refresh"
    assert "new-access" not in repr(stored[0])


def test_oauth_refresh_is_attempted_only_once(clients: Clients) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.host)
        if request.url.host == "id.getharvest.com":
            return json_response(200, {"access_token": "still-bad"})
        return json_response(401, {"error": "invalid_token", "error_description": "expired"})

    hv, _ = clients.make(handler, refresh_token="r", client_id="c", client_secret="s")
    with pytest.raises(AuthenticationError):
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert calls == ["api.harvestapp.com", "id.getharvest.com", "api.harvestapp.com"]


def test_refused_refresh_raises_without_secrets(clients: Clients) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            return json_response(400, {"error": "invalid_grant"})
        return json_response(401, {"error": "invalid_token"})

    hv, _ = clients.make(handler, refresh_token="refresh-secret", client_id="c", client_secret="client-secret")
    with pytest.raises(AuthenticationError, match="refresh was refused") as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert "refresh-secret" not in str(info.value) and "client-secret" not in str(info.value)


def test_partial_oauth_settings_are_refused(clients: Clients) -> None:
    with pytest.raises(ValueError, match="client_secret"):
        clients.cls(TOKEN, ACCOUNT, AGENT, refresh_token="r", client_id="c")


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


@pytest.mark.parametrize("bad", list(_BAD_CHARACTERS))
@pytest.mark.parametrize("argument", _SECRETS)
def test_secret_that_cannot_be_a_header_is_refused_without_echo(clients: Clients, argument: str, bad: str) -> None:
    secret = "s3cr3t-" + _BAD_CHARACTERS[bad] + "-value"
    with pytest.raises(ValueError, match=f"^{argument} contains ") as info:
        clients.cls(**_settings(**{argument: secret}))
    assert "s3cr3t" not in str(info.value) and "value" not in str(info.value)


@pytest.mark.parametrize("argument", ["access_token", "client_secret"])
def test_secret_with_a_space_is_refused(clients: Clients, argument: str) -> None:
    with pytest.raises(ValueError, match=f"^{argument} contains a space at position 4; it must be printable ASCII"):
        clients.cls(**_settings(**{argument: "abc def"}))


@pytest.mark.parametrize("bad", list(_BAD_CHARACTERS))
def test_user_agent_that_cannot_be_a_header_is_refused(clients: Clients, bad: str) -> None:
    with pytest.raises(ValueError, match=r"^user_agent .* contains "):
        clients.cls(**_settings(user_agent=f"Billing{_BAD_CHARACTERS[bad]}sync (ops@example.com)"))


@pytest.mark.parametrize("account", ["١٢٣", "12²", "123\n", "12\n3", "1 2", "-5", "0x1F", "\uff11\uff12\uff13"])
def test_account_id_is_ascii_digits_only(clients: Clients, account: str) -> None:
    with pytest.raises(ValueError, match="account_id must be the numeric Harvest account id"):
        clients.cls(**_settings(account_id=account))


@pytest.mark.parametrize(
    ("argument", "value"),
    [("access_token", b"bytes-token"), ("account_id", True), ("account_id", 1.5), ("user_agent", b"App (a@b.c)")],
)
def test_wrong_types_are_refused_naming_the_argument(clients: Clients, argument: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"^{argument} must be a str"):
        clients.cls(**_settings(**{argument: value}))


@pytest.mark.parametrize("token_url", ["id.getharvest.com/token", "ftp://id.example.com/token", "https://x\n/token"])
def test_token_url_must_be_an_http_url(clients: Clients, token_url: str) -> None:
    with pytest.raises(ValueError, match="token_url"):
        clients.cls(**_settings(token_url=token_url))


def test_surrounding_spaces_of_account_id_and_user_agent_are_still_trimmed(clients: Clients) -> None:
    hv = clients.cls(TOKEN, f" {ACCOUNT} ", f"  {AGENT} ")
    assert hv.account_id == ACCOUNT and repr(hv).endswith(f"user_agent={AGENT!r})")


def _debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "harvest_v2"):
        caplog.set_level(logging.DEBUG, logger=name)


def test_no_request_leaves_and_nothing_is_logged_for_a_token_with_a_newline(
    clients: Clients, caplog: pytest.LogCaptureFixture
) -> None:
    _debug_logs(caplog)
    with (
        LiveServer(lambda request: json_answer(200, client_json(1))) as api,
        pytest.raises(ValueError, match="access_token contains a newline") as info,
    ):
        hv = clients.cls(TOKEN + "\n", ACCOUNT, AGENT, base_url=f"{api.origin}/v2", max_retries=0)
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert api.received == []
    assert TOKEN not in str(info.value) and TOKEN not in caplog.text


def test_no_secret_in_any_log_or_error_at_debug_over_real_http(
    clients: Clients, caplog: pytest.LogCaptureFixture
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
        hv = clients.cls(**_settings(base_url=f"{server.origin}/v2", token_url=f"{server.origin}/oauth2/token"))
        assert clients.wait(hv.clients.get(1)).id == 1
        with pytest.raises(AuthenticationError) as info:
            clients.wait(hv.clients.get(2))
        shown, error = repr(hv), info.value
        clients.close(hv)
    assert len(refreshes) == 2
    assert "refresh was refused: invalid_grant: *** revoked" in str(error)
    texts = [caplog.text, str(error), repr(error), error.body, shown]
    assert any("httpcore" in record.name for record in caplog.records)  # the DEBUG logs were really captured
    for secret in secrets:
        assert all(secret not in text for text in texts), secret


def test_a_refreshed_token_that_cannot_be_a_header_is_refused(clients: Clients) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.getharvest.com":
            return json_response(200, {"access_token": "zq-new-token\r\nX-Evil: 1"})
        return json_response(401, {"error": "invalid_token"})

    hv, _ = clients.make(handler, **_OAUTH)
    with pytest.raises(AuthenticationError, match="refresh answer unusable: the new access_token contains") as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert "zq-new-token" not in str(info.value)


def test_a_server_echoing_the_token_in_an_error_does_not_put_it_in_the_exception(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: json_response(403, {"message": f"token {TOKEN} may not do this"}))
    with pytest.raises(PermissionDeniedError) as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    assert TOKEN not in str(info.value) and TOKEN not in info.value.body
    assert "token *** may not do this" in str(info.value)
