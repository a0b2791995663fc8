"""OAuth2 with Harvest ID: from a client id to a working client for the right account.

    from harvest_v2 import Harvest
    from harvest_v2.oauth import HarvestID

    harvest_id = HarvestID(client_id, client_secret, user_agent="Billing sync (ops@example.com)")
    start = harvest_id.authorization_url("https://app.example.com/callback")
    # keep start.state in the user's session; send the browser to start.url ...
    # ... Harvest ID redirects back to the callback with ?code=...&state=...
    tokens = harvest_id.exchange_code(callback_url, expected_state=session_state)  # state checked first
    account = harvest_id.harvest_account(tokens.access_token)  # refuses a choice it cannot make
    hv = Harvest(**harvest_id.client_kwargs(tokens, account))  # refreshes itself from then on

`AsyncHarvestID` is the same with `await`. Endpoints, as Harvest ID documents them:
GET /oauth2/authorize, POST /api/v2/oauth2/token, GET /api/v2/accounts on
https://id.getharvest.com (`id_url` points elsewhere, the fake's Harvest ID for one).
Scopes: `harvest_scope(account_id)` ("harvest:<id>"), `HARVEST_ALL`, `ALL`.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from ._core._auth import DEFAULT_ID_URL, TOKEN_PATH, check_header_value, check_user_agent
from ._core._client import DEFAULT_TIMEOUT
from ._core._errors import HarvestError, TransportError, error_for_status
from ._core._printable import one_line
from ._core._refresh import TokenSet, token_set
from ._core._serde import decode_json

__all__ = [
    "ALL",
    "DEFAULT_ID_URL",
    "HARVEST_ALL",
    "TOKEN_PATH",
    "Account",
    "AccountSelectionError",
    "AsyncHarvestID",
    "AuthorizationRequest",
    "HarvestID",
    "OAuthError",
    "StateMismatchError",
    "code_from_callback",
    "harvest_account",
    "harvest_scope",
]

AUTHORIZE_PATH = "/oauth2/authorize"
ACCOUNTS_PATH = "/api/v2/accounts"
ALL = "all"
"""Every account of the user, Harvest and Forecast."""
HARVEST_ALL = "harvest:all"
"""Every Harvest account of the user."""


def harvest_scope(account_id: int | str) -> str:
    """The scope of one Harvest account: "harvest:<id>"."""
    text = str(account_id)
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"account_id must be a numeric Harvest account id, got {text!r}")
    return f"harvest:{text}"


class OAuthError(HarvestError):
    """Harvest ID's redirect said no (`error`: access_denied...), or carried no code."""

    def __init__(self, message: str, *, error: str | None = None) -> None:
        super().__init__(message)
        self.error = error


class StateMismatchError(OAuthError):
    """The redirect's state is not the one this authorization started with: refused before any request."""


class AccountSelectionError(HarvestError):
    """No Harvest account, several and none chosen, or the one asked for is not among them."""

    def __init__(self, message: str, *, accounts: list[Account]) -> None:
        super().__init__(message)
        self.accounts = accounts


@dataclass(frozen=True)
class Account:
    """An account the token reaches: its id, name and product ("harvest" or "forecast")."""

    id: int
    name: str
    product: str

    @property
    def is_harvest(self) -> bool:
        return self.product == "harvest"


@dataclass(frozen=True)
class AuthorizationRequest:
    """Where to send the user's browser, and the state to keep (in the session) until the redirect comes back."""

    url: str
    state: str
    redirect_uri: str | None

    def __repr__(self) -> str:
        # The state is a one-time secret of this authorization: kept out of logs.
        return f"AuthorizationRequest(url=<{len(self.url)} chars>, state='***', redirect_uri={self.redirect_uri!r})"


def code_from_callback(callback: str | Mapping[str, str], expected_state: str) -> str:
    """The authorization code of Harvest ID's redirect, once its state is checked (constant time)."""
    if isinstance(callback, str):
        params = dict(parse_qsl(urlsplit(callback).query if "?" in callback or "://" in callback else callback))
    else:
        params = dict(callback)
    if not isinstance(expected_state, str) or not expected_state:
        raise ValueError("expected_state must be the state of the AuthorizationRequest this redirect answers")
    state = params.get("state", "")
    if not hmac.compare_digest(state.encode(), expected_state.encode()):
        raise StateMismatchError(
            "the redirect's state does not match this authorization's (a forged or stale redirect): "
            "start the authorization again",
            error="state_mismatch",
        )
    if params.get("error"):
        description = params.get("error_description", "")
        text = one_line(params["error"], 200) + (f": {one_line(description, 200)}" if description else "")
        raise OAuthError(f"Harvest ID did not authorize: {text}", error=one_line(params["error"], 200))
    code = params.get("code")
    if not code:
        raise OAuthError("Harvest ID's redirect carries no code", error="missing_code")
    return code


def harvest_account(accounts: list[Account], account_id: int | str | None = None) -> Account:
    """The Harvest account to use: the one asked for, else the only one; never a guess among several."""
    harvest = [account for account in accounts if account.is_harvest]
    if account_id is not None:
        for account in harvest:
            if str(account.id) == str(account_id):
                return account
        raise AccountSelectionError(
            f"account {account_id} is not among the Harvest accounts this token reaches: {_listed(harvest)}",
            accounts=accounts,
        )
    if not harvest:
        others = f" (it reaches {_listed(accounts)})" if accounts else ""
        raise AccountSelectionError(
            f"this token reaches no Harvest account{others}; authorize with a Harvest scope", accounts=accounts
        )
    if len(harvest) > 1:
        raise AccountSelectionError(
            f"this token reaches {len(harvest)} Harvest accounts: {_listed(harvest)}; choose one with account_id=",
            accounts=accounts,
        )
    return harvest[0]


def _listed(accounts: list[Account]) -> str:
    return ", ".join(f"{account.id} ({one_line(account.name, 80)!r}, {account.product})" for account in accounts)


def _accounts(response: httpx.Response) -> list[Account]:
    try:
        body = decode_json(response.content)
    except ValueError:
        body = None
    rows = body.get("accounts") if isinstance(body, dict) else None
    if not isinstance(rows, list):
        raise HarvestError(
            "Harvest ID's accounts answer has no accounts list", status=response.status_code, method="GET"
        )
    accounts = []
    for row in rows:
        if isinstance(row, dict) and isinstance(row.get("id"), int):
            accounts.append(Account(row["id"], str(row.get("name", "")), str(row.get("product", ""))))
    return accounts


class _Base:
    """What HarvestID and AsyncHarvestID share: settings, and every request built without I/O."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        user_agent: str,
        id_url: str = DEFAULT_ID_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name} is required: the OAuth2 application's, from id.getharvest.com/developers")
            check_header_value(name, value, secret=True)
        if not id_url.startswith(("http://", "https://")):
            raise ValueError(f"id_url must be an http(s) URL such as {DEFAULT_ID_URL}, got {id_url!r}")
        if timeout is None:
            raise ValueError("timeout must be finite (seconds or an httpx.Timeout)")
        self.client_id = client_id
        self._client_secret = client_secret
        self.user_agent = check_user_agent(user_agent)
        self.id_url = id_url.rstrip("/")
        self.token_url = self.id_url + TOKEN_PATH
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._headers = {"User-Agent": self.user_agent, "Accept": "application/json"}

    def authorization_url(
        self, redirect_uri: str | None = None, *, scope: str | None = None, state: str | None = None
    ) -> AuthorizationRequest:
        """Where to send the browser; state is generated (256 bits) unless given. Keep `.state` for the redirect."""
        state = state if state is not None else secrets.token_urlsafe(32)
        if not state:
            raise ValueError("state must not be empty: it is what proves the redirect answers this authorization")
        params = {"client_id": self.client_id, "response_type": "code", "state": state}
        if redirect_uri is not None:
            if urlsplit(redirect_uri).scheme not in ("http", "https"):
                raise ValueError(f"redirect_uri must be an http(s) URL, got {redirect_uri!r}")
            params["redirect_uri"] = redirect_uri
        if scope is not None:
            params["scope"] = scope
        return AuthorizationRequest(f"{self.id_url}{AUTHORIZE_PATH}?{urlencode(params)}", state, redirect_uri)

    def client_kwargs(self, tokens: TokenSet, account: Account | int | str) -> dict[str, Any]:
        """Keyword arguments for Harvest(...) / AsyncHarvest(...): the account, the tokens and the refresh settings."""
        account_id = account.id if isinstance(account, Account) else account
        return {
            "access_token": tokens.access_token,
            "refresh_token": tokens.refresh_token,
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "account_id": str(account_id),
            "user_agent": self.user_agent,
            "token_url": self.token_url,
        }

    def _code_request(self, code: str, redirect_uri: str | None) -> httpx.Request:
        form = {
            "code": code,
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "grant_type": "authorization_code",
        }
        if redirect_uri is not None:
            form["redirect_uri"] = redirect_uri
        return httpx.Request("POST", self.token_url, data=form, headers=self._headers)

    def _accounts_request(self, access_token: str) -> httpx.Request:
        check_header_value("access_token", access_token, secret=True)
        headers = {**self._headers, "Authorization": f"Bearer {access_token}"}
        return httpx.Request("GET", self.id_url + ACCOUNTS_PATH, headers=headers)

    def _redact(self, text: str, *values: str) -> str:
        for value in (self._client_secret, *values):
            # Any secret of 4 characters or more: shorter ones would blank ordinary words of the message.
            if value and len(value) >= 4:
                text = text.replace(value, "***")
        return text

    def _tokens(self, response: httpx.Response, code: str) -> TokenSet:
        return token_set(
            response,
            current_refresh_token=None,
            redact=lambda text: self._redact(text, code),
            token_url=self.token_url,
            action="exchange",
        )

    def _account_list(self, request: httpx.Request, response: httpx.Response, access_token: str) -> list[Account]:
        if response.is_success:
            return _accounts(response)
        body = self._redact(response.content[:2000].decode("utf-8", "replace"), access_token).encode()
        raise error_for_status(response.status_code, "GET", str(request.url), body, response.headers, 0.0)

    def _failed(self, request: httpx.Request, exc: Exception, *values: str) -> HarvestError:
        text = self._redact(f"Harvest ID could not be reached: {type(exc).__name__}: {exc}", *values)
        if isinstance(exc, httpx.TransportError):
            return TransportError(text, method=request.method, url=str(request.url))
        return HarvestError(text, method=request.method, url=str(request.url))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, id_url={self.id_url!r})"


class HarvestID(_Base):
    """Harvest ID for one OAuth2 application: authorize, exchange the code, find the accounts (sync).

    `transport` is an injection point for tests; `close()` (or `with`) ends its connections.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        user_agent: str,
        id_url: str = DEFAULT_ID_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(client_id, client_secret, user_agent=user_agent, id_url=id_url, timeout=timeout)
        self._http = httpx.Client(timeout=self._timeout, transport=transport)

    def exchange_code(
        self, callback: str | Mapping[str, str], *, expected_state: str, redirect_uri: str | None = None
    ) -> TokenSet:
        """The tokens for the redirect's code (callback: the redirect URL, or its query as a mapping).

        The state is checked first (StateMismatchError, nothing sent); redirect_uri must be the
        one given to authorization_url, if any. A refusal raises AuthenticationError in Harvest ID's words.
        """
        code = code_from_callback(callback, expected_state)
        request = self._code_request(code, redirect_uri)
        try:
            response = self._http.send(request)
        except httpx.HTTPError as exc:
            raise self._failed(request, exc, code) from None
        return self._tokens(response, code)

    def accounts(self, access_token: str) -> list[Account]:
        """Every account the token reaches, Harvest and Forecast (GET /api/v2/accounts)."""
        request = self._accounts_request(access_token)
        try:
            response = self._http.send(request)
        except httpx.HTTPError as exc:
            raise self._failed(request, exc, access_token) from None
        return self._account_list(request, response, access_token)

    def harvest_account(self, access_token: str, account_id: int | str | None = None) -> Account:
        """The Harvest account the token is for (harvest_account's rule: never a guess among several)."""
        return harvest_account(self.accounts(access_token), account_id)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncHarvestID(_Base):
    """Harvest ID for one OAuth2 application: authorize, exchange the code, find the accounts (async).

    `transport` is an injection point for tests; `aclose()` (or `async with`) ends its connections.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        user_agent: str,
        id_url: str = DEFAULT_ID_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(client_id, client_secret, user_agent=user_agent, id_url=id_url, timeout=timeout)
        self._http = httpx.AsyncClient(timeout=self._timeout, transport=transport)

    async def exchange_code(
        self, callback: str | Mapping[str, str], *, expected_state: str, redirect_uri: str | None = None
    ) -> TokenSet:
        """The tokens for the redirect's code (callback: the redirect URL, or its query as a mapping).

        The state is checked first (StateMismatchError, nothing sent); redirect_uri must be the
        one given to authorization_url, if any. A refusal raises AuthenticationError in Harvest ID's words.
        """
        code = code_from_callback(callback, expected_state)
        request = self._code_request(code, redirect_uri)
        try:
            response = await self._http.send(request)
        except httpx.HTTPError as exc:
            raise self._failed(request, exc, code) from None
        return self._tokens(response, code)

    async def accounts(self, access_token: str) -> list[Account]:
        """Every account the token reaches, Harvest and Forecast (GET /api/v2/accounts)."""
        request = self._accounts_request(access_token)
        try:
            response = await self._http.send(request)
        except httpx.HTTPError as exc:
            raise self._failed(request, exc, access_token) from None
        return self._account_list(request, response, access_token)

    async def harvest_account(self, access_token: str, account_id: int | str | None = None) -> Account:
        """The Harvest account the token is for (harvest_account's rule: never a guess among several)."""
        return harvest_account(await self.accounts(access_token), account_id)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
