"""The fake's Harvest ID: the OAuth2 server behind id.getharvest.com, on the fake's own port.

Harvest ID's documented endpoints, at the same paths: GET /oauth2/authorize (the user is
taken to have approved: a redirect to redirect_uri with code and state), POST
/api/v2/oauth2/token (authorization_code and refresh_token grants, form or JSON) and GET
/api/v2/accounts (the user and the Harvest and Forecast accounts the token reaches).

As Harvest ID does it: a code works once and for ten minutes; each refresh rotates the
refresh token and the one used is refused (invalid_grant) from then on; access tokens
expire `expires_in` seconds after they were issued, on `clock`. Every access token issued
here is accepted by the fake's API for the Harvest accounts its scope names.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from ._wire import decode_json, encode_json

__all__ = ["PATHS", "TOKEN_PATH", "IdentityAccount", "IdentityServer", "OAuthApp"]

AUTHORIZE_PATH = "/oauth2/authorize"
TOKEN_PATH = "/api/v2/oauth2/token"
ACCOUNTS_PATH = "/api/v2/accounts"
PATHS = (AUTHORIZE_PATH, TOKEN_PATH, ACCOUNTS_PATH)
CODE_LIFETIME = 600.0


@dataclass(frozen=True)
class OAuthApp:
    """An OAuth2 application registered with Harvest ID."""

    client_id: str
    client_secret: str
    redirect_uri: str | None = None
    """When set, authorize refuses any other; when None, any loopback or https redirect is taken."""


@dataclass(frozen=True)
class IdentityAccount:
    """One account the fake's user can reach: a Harvest or a Forecast account."""

    id: int
    name: str
    product: str  # "harvest" or "forecast"


@dataclass
class _Grant:
    client_id: str
    scope: str
    expires_at: float
    redirect_uri: str | None = None


@dataclass
class _Reply:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class IdentityServer:
    """State and answers of the fake Harvest ID (thread-safe: tests read it from their own threads).

    `token_requests` counts the token endpoint's requests by grant; `token_delay` holds every
    token answer that many seconds (a hanging endpoint); `expire_access_tokens()` ends every
    access token issued so far, as the passing of `expires_in` would.
    """

    def __init__(
        self,
        *,
        accounts: list[IdentityAccount],
        apps: list[OAuthApp],
        expires_in: int = 1_209_599,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.accounts = list(accounts)
        self.apps = {app.client_id: app for app in apps}
        self.expires_in = expires_in
        self.clock = clock
        self.token_delay = 0.0
        self.token_requests: dict[str, int] = {}
        self.user = {"id": 1782884, "first_name": "Fake", "last_name": "User", "email": "fake.user@example.com"}
        self._codes: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._access: dict[str, _Grant] = {}
        self._lock = threading.Lock()

    def issue(self, client_id: str, scope: str = "all") -> dict[str, Any]:
        """Tokens for client_id as an authorization would give them, without the browser dance."""
        with self._lock:
            return self._issue(client_id, scope)

    def expire_access_tokens(self) -> None:
        with self._lock:
            for grant in self._access.values():
                grant.expires_at = min(grant.expires_at, self.clock())

    def accepts(self, authorization: str, account_id: str) -> bool:
        """Whether `Authorization: <authorization>` is a live access token of ours reaching account_id."""
        token = authorization.removeprefix("Bearer ")
        with self._lock:
            grant = self._access.get(token)
            if grant is None or grant.expires_at <= self.clock():
                return False
        return any(
            str(account.id) == account_id and account.product == "harvest" and _in_scope(grant.scope, account)
            for account in self.accounts
        )

    async def answer(self, method: str, path: str, query: str, headers: dict[str, str], body: bytes) -> _Reply:
        if path == AUTHORIZE_PATH and method == "GET":
            return self._authorize(dict(parse_qsl(query)))
        if path == TOKEN_PATH and method == "POST":
            form = _form(headers.get("content-type", ""), body)
            grant = str(form.get("grant_type", ""))
            with self._lock:
                self.token_requests[grant] = self.token_requests.get(grant, 0) + 1
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            with self._lock:
                return self._token(form)
        if path == ACCOUNTS_PATH and method == "GET":
            return self._accounts(headers)
        return _json(404, {"error": "not_found"})

    def _authorize(self, params: dict[str, str]) -> _Reply:
        app = self.apps.get(params.get("client_id", ""))
        if app is None:
            return _Reply(400, b"Unknown client_id.", {"content-type": "text/plain"})
        redirect = params.get("redirect_uri") or app.redirect_uri
        if not redirect or (app.redirect_uri is not None and redirect != app.redirect_uri):
            return _Reply(400, b"The redirect_uri does not match the application's.", {"content-type": "text/plain"})
        answer: dict[str, str] = {}
        if params.get("response_type") != "code":
            answer["error"] = "unsupported_response_type"
        else:
            scope = params.get("scope") or "all"
            code = secrets.token_urlsafe(24)
            with self._lock:
                self._codes[code] = _Grant(
                    app.client_id, scope, self.clock() + CODE_LIFETIME, params.get("redirect_uri")
                )
            answer.update(code=code, scope=scope)
        if "state" in params:
            answer["state"] = params["state"]
        separator = "&" if urlsplit(redirect).query else "?"
        return _Reply(302, b"", {"location": f"{redirect}{separator}{urlencode(answer)}"})

    def _token(self, form: dict[str, Any]) -> _Reply:
        app = self.apps.get(str(form.get("client_id", "")))
        if app is None or not secrets.compare_digest(str(form.get("client_secret", "")), app.client_secret):
            return _json(401, {"error": "invalid_client", "error_description": "Client authentication failed."})
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            grant = self._codes.pop(str(form.get("code", "")), None)
            redirect = form.get("redirect_uri")
            if (
                grant is None
                or grant.client_id != app.client_id
                or grant.expires_at <= self.clock()
                or (grant.redirect_uri is not None and redirect != grant.redirect_uri)
            ):
                return _invalid_grant()
            return _json(200, self._issue(app.client_id, grant.scope))
        if grant_type == "refresh_token":
            grant = self._refresh.pop(str(form.get("refresh_token", "")), None)
            if grant is None or grant.client_id != app.client_id:
                return _invalid_grant()
            return _json(200, self._issue(app.client_id, grant.scope))
        return _json(
            400, {"error": "unsupported_grant_type", "error_description": "Use authorization_code or refresh_token."}
        )

    def _issue(self, client_id: str, scope: str) -> dict[str, Any]:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = self.clock()
        self._access[access] = _Grant(client_id, scope, now + self.expires_in)
        self._refresh[refresh] = _Grant(client_id, scope, float("inf"))
        return {"access_token": access, "refresh_token": refresh, "token_type": "bearer", "expires_in": self.expires_in}

    def _accounts(self, headers: dict[str, str]) -> _Reply:
        token = headers.get("authorization", "").removeprefix("Bearer ")
        if not headers.get("user-agent", "").strip():
            return _Reply(
                400, b"A User-Agent header naming your application is required.", {"content-type": "text/plain"}
            )
        with self._lock:
            grant = self._access.get(token)
            live = grant is not None and grant.expires_at > self.clock()
        if grant is None or not live:
            return _json(
                401, {"error": "invalid_token", "error_description": "The access token is invalid or expired."}
            )
        reachable = [account for account in self.accounts if _in_scope(grant.scope, account)]
        return _json(
            200,
            {
                "user": self.user,
                "accounts": [{"id": a.id, "name": a.name, "product": a.product} for a in reachable],
            },
        )


def _in_scope(scope: str, account: IdentityAccount) -> bool:
    words = scope.split()
    return "all" in words or f"{account.product}:all" in words or f"{account.product}:{account.id}" in words


def _form(content_type: str, body: bytes) -> dict[str, Any]:
    if content_type.startswith("application/json"):
        try:
            payload = decode_json(body)
        except ValueError:
            return {}
        return payload if isinstance(payload, dict) else {}
    return dict(parse_qsl(body.decode("utf-8", "replace")))


def _json(status: int, payload: Any) -> _Reply:
    return _Reply(status, encode_json(payload), {"content-type": "application/json"})


def _invalid_grant() -> _Reply:
    return _json(
        400,
        {
            "error": "invalid_grant",
            "error_description": "The authorization grant is invalid, expired, revoked or was already used.",
        },
    )
