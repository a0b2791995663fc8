"""The OAuth2 refresh of one client, without I/O.

A 401 to a client that holds a refresh token runs one flow: the first call
to hold the lock sends the refresh_token grant to the token endpoint; calls
that got the 401 with the same token meanwhile wait, then retry with the new
one; a refusal (a rotated or revoked refresh token) is remembered, so the
calls that waited for it fail with its reason instead of asking again.

`TokenRefresh` owns that flow's state: both lock homes (a threading lock for
Harvest, an asyncio lock for AsyncHarvest), the request to send, what an
answer becomes for the token generation that failed, and the refusal memory.
The clients only send the request and run the on_token_refresh hook;
`Credentials` (in _auth) keeps the secrets and their generation.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import Credentials, Secret, check_header_value
from ._errors import AuthenticationError, HarvestError, TransportError, redact_url
from ._serde import decode_json

if TYPE_CHECKING:
    import asyncio  # at run time only the async client creates its lock: `import harvest_v2` stays light

__all__ = [
    "DEFAULT_TOKEN_URL",
    "TokenRefresh",
    "TokenSet",
    "check_token_url",
]

DEFAULT_TOKEN_URL = "https://id.getharvest.com/api/v2/oauth2/token"

logger = logging.getLogger("harvest_v2")


class TokenSet:
    """Tokens returned by Harvest's OAuth2 token endpoint after a refresh (store them for next time)."""

    __slots__ = ("_access_token", "_refresh_token", "expires_in", "token_type")

    def __init__(self, access_token: str, refresh_token: str | None, expires_in: int | None, token_type: str) -> None:
        self._access_token = Secret(access_token)
        self._refresh_token = Secret(refresh_token) if refresh_token else None
        self.expires_in = expires_in
        self.token_type = token_type

    @property
    def access_token(self) -> str:
        return self._access_token.reveal()

    @property
    def refresh_token(self) -> str | None:
        return self._refresh_token.reveal() if self._refresh_token else None

    def __repr__(self) -> str:
        return f"TokenSet(access_token='***', refresh_token='***', expires_in={self.expires_in!r})"


def check_token_url(token_url: str) -> str:
    """The OAuth2 token endpoint: an absolute http(s) URL."""
    if not isinstance(token_url, str):
        raise TypeError(f"token_url must be a str, got {type(token_url).__name__}")
    try:
        url = httpx.URL(token_url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"token_url is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"token_url must be an absolute http(s) URL such as {DEFAULT_TOKEN_URL}")
    return token_url


def _refusal_reason(response: httpx.Response) -> str:
    """Why the token endpoint refused, in its words: OAuth2's error and error_description."""
    try:
        body = decode_json(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return f"the token endpoint answered {response.status_code}"
    parts = [str(body[key]) for key in ("error", "error_description") if isinstance(body.get(key), str) and body[key]]
    return ": ".join(parts[:2])[:500] if parts else f"the token endpoint answered {response.status_code}"


def _token_set(payload: Any, current_refresh_token: str | None) -> TokenSet:
    """The token endpoint's JSON answer as a TokenSet; ValueError when it holds no usable access token."""
    if not isinstance(payload, dict) or not isinstance(payload.get("access_token"), str):
        raise ValueError("the token endpoint's answer has no access_token")
    new_refresh = payload.get("refresh_token")
    if new_refresh is not None and not isinstance(new_refresh, str):
        raise ValueError("the token endpoint's refresh_token is not a string")
    for name, value in (("access_token", payload["access_token"]), ("refresh_token", new_refresh)):
        if value is not None:
            # A token that cannot be a header would fail every later request inside httpcore.
            check_header_value(f"the new {name}", value, secret=True)
    if not payload["access_token"]:
        raise ValueError("the token endpoint's access_token is empty")
    expires_in = payload.get("expires_in")
    return TokenSet(
        payload["access_token"],
        # Without a new refresh token the old one stays valid (Harvest rotates it only sometimes).
        new_refresh or current_refresh_token,
        expires_in if isinstance(expires_in, int) and not isinstance(expires_in, bool) else None,
        str(payload.get("token_type", "bearer")),
    )


class TokenRefresh:
    """One client's OAuth2 refresh: what to send, what an answer becomes, and who waits for whom.

    Used by the clients as: under `lock` (threads) or `async_lock` (tasks), return when
    `needed(generation)` is False; else send `request(generation)`, turn a failure to
    send into `failed(exc)`, and take the answer with `accept(response, generation)`.
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        token_url: str,
        user_agent: str,
        on_token_refresh: Callable[[TokenSet], Any] | None = None,
    ) -> None:
        if not credentials.can_refresh:
            raise ValueError("OAuth2 refresh needs refresh_token, client_id and client_secret")
        self.credentials = credentials
        self.token_url = check_token_url(token_url)
        self.user_agent = user_agent
        self.on_token_refresh = on_token_refresh
        """Receives each new TokenSet, under the lock: with rotating refresh tokens the store ends with the newest."""
        self.lock = threading.RLock()  # re-entrant: on_token_refresh may itself call the API
        """Held by the one thread refreshing; the others wait for its token instead of refreshing again."""
        self._async_lock: asyncio.Lock | None = None
        self._refused: tuple[int, AuthenticationError] | None = None
        """The token generation whose refresh the endpoint refused, and how: waiting calls fail the same way."""

    @property
    def async_lock(self) -> asyncio.Lock:
        """The lock tasks wait on; created on first use, in the one event loop an AsyncHarvest belongs to."""
        if self._async_lock is None:
            import asyncio

            self._async_lock = asyncio.Lock()
        return self._async_lock

    def needed(self, failed_generation: int) -> bool:
        """False when another call already replaced the token that got the 401: retry with the new one."""
        return self.credentials.generation == failed_generation

    def request(self, failed_generation: int) -> httpx.Request:
        """The refresh_token grant to send, or the remembered refusal of this generation's refresh raised again."""
        # A refresh token the endpoint refused stays refused (rotated or revoked): the calls that
        # waited for that refresh fail with its reason instead of asking again, one request each.
        if self._refused is not None and self._refused[0] == failed_generation:
            error = self._refused[1]
            raise AuthenticationError(
                error.message, status=error.status or 400, method="POST", url=error.url or "", body=error.body
            )
        credentials = self.credentials
        # TokenRefresh is built only for credentials holding all three (can_refresh, checked in __init__).
        assert credentials.refresh_token and credentials.client_id and credentials.client_secret
        # Built bare (not through the API client) so no API header, old token included, goes to the token endpoint.
        return httpx.Request(
            "POST",
            self.token_url,
            data={
                "grant_type": "refresh_token",
                "refresh_token": credentials.refresh_token.reveal(),
                "client_id": credentials.client_id,
                "client_secret": credentials.client_secret.reveal(),
            },
            headers={"User-Agent": self.user_agent, "Accept": "application/json"},
        )

    def accept(self, response: httpx.Response, failed_generation: int) -> TokenSet:
        """The new tokens, now the credentials' next generation; or AuthenticationError saying why not.

        A refusal (4xx) is remembered for the calls that waited on this generation's refresh.
        """
        try:
            tokens = self._tokens(response)
        except AuthenticationError as exc:
            if exc.status is not None and 400 <= exc.status < 500:  # refused, not a passing failure
                self._refused = (failed_generation, exc)
            raise
        self.credentials.rotate(tokens.access_token, tokens.refresh_token)
        logger.info("OAuth2 access token refreshed")
        return tokens

    def _tokens(self, response: httpx.Response) -> TokenSet:
        redact = self.credentials.redact
        url = redact_url(self.token_url)
        if not response.is_success:
            raise AuthenticationError(
                f"OAuth2 token refresh was refused: {redact(_refusal_reason(response))}",
                status=response.status_code,
                method="POST",
                url=url,
                body=redact(response.content[:2000].decode("utf-8", "replace")),
            )
        current = self.credentials.refresh_token
        try:
            return _token_set(decode_json(response.content), current.reveal() if current else None)
        except ValueError as exc:
            raise AuthenticationError(
                redact(f"OAuth2 token refresh answer unusable: {exc}"),
                status=response.status_code,
                method="POST",
                url=url,
            ) from None

    def failed(self, exc: Exception) -> HarvestError:
        """The token endpoint could not be reached or read: the next caller may try again."""
        url = redact_url(self.token_url)
        text = self.credentials.redact(f"OAuth2 token refresh failed: {type(exc).__name__}: {exc}")
        if isinstance(exc, httpx.TransportError):
            return TransportError(text, method="POST", url=url)
        return HarvestError(text, method="POST", url=url)

    def __repr__(self) -> str:
        return f"TokenRefresh(token_url={redact_url(self.token_url)!r}, generation={self.credentials.generation})"
