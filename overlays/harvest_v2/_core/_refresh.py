"""The OAuth2 refresh, without I/O: who refreshes, what to send, what an answer becomes.

A 401 to a client that holds a refresh token runs one flow (driven by _refreshing):
the first call to hold the lock of that refresh token sends the refresh_token grant;
calls that got the 401 with the same token meanwhile wait, then retry with the new one.

The lock, the answer and the failures belong to the refresh token, not to a client
(`_Home`, one per refresh token in the process): every client of the process holding
the same refresh token waits on the same lock and takes the tokens that replaced it
(`successor`) instead of sending a used refresh token, which rotating issuers refuse.
A refusal (invalid_grant: rotated or revoked) is remembered for good; any other failure
(a timeout, a 5xx) reaches the calls that waited for that attempt as the same error,
while a later call may try again. Across processes the same rule runs through a
`TokenStore` (and, in Redis, a lock): _refreshing does that I/O.

`TokenRefresh` is one client's view: its `Credentials` (in _auth), the home of the
refresh token it holds now, the store key of that token (a keyed hash: it does not
reveal the token), and the on_token_refresh hook.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import httpx

from ._auth import Credentials, Secret, check_header_value, check_token_url
from ._errors import AuthenticationError, HarvestError, TransportError, redact_url
from ._serde import decode_json

if TYPE_CHECKING:
    import asyncio  # at run time only the async client creates its locks: `import harvest_v2` stays light

__all__ = [
    "TokenRefresh",
    "TokenSaveError",
    "TokenSet",
    "TokenStore",
    "Turn",
    "forget_refresh_tokens",
    "refusal_reason",
    "token_set",
]

logger = logging.getLogger("harvest_v2")


class TokenSet:
    """Tokens from Harvest's OAuth2 token endpoint (an exchanged code or a refresh): store them for next time."""

    __slots__ = ("_access_token", "_refresh_token", "expires_in", "token_type")

    def __init__(
        self, access_token: str, refresh_token: str | None, expires_in: int | None, token_type: str = "bearer"
    ) -> None:
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

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TokenSet) and (
            other._access_token,
            other._refresh_token,
            other.expires_in,
        ) == (self._access_token, self._refresh_token, self.expires_in)

    __hash__ = None  # type: ignore[assignment]  # equal by value, and not meant as a key

    def __repr__(self) -> str:
        return f"TokenSet(access_token='***', refresh_token='***', expires_in={self.expires_in!r})"


@runtime_checkable
class TokenStore(Protocol):
    """Where the tokens that replaced a refresh token are kept, so other processes take them instead of refreshing.

    `key` names one refresh token without revealing it (a keyed hash). `load(key)` returns the
    tokens that replaced that refresh token, or None when it has not been replaced; `save(key,
    tokens)` records them. Both are called from the refreshing call (from a worker thread for
    AsyncHarvest); a failing `save` is retried, then raises TokenSaveError.
    """

    def load(self, key: str) -> TokenSet | None: ...

    def save(self, key: str, tokens: TokenSet) -> None: ...


class TokenSaveError(AuthenticationError):
    """The token was refreshed, but storing the new tokens failed even after retries.

    `tokens` is the new TokenSet, possibly the only copy of a rotated refresh token: store it
    yourself. The client keeps using it, so later calls succeed.
    """

    def __init__(self, message: str, *, tokens: TokenSet, url: str) -> None:
        super().__init__(message, status=200, method="POST", url=url)  # the refresh itself succeeded
        self.tokens = tokens


def refusal_reason(response: httpx.Response) -> str:
    """Why an OAuth2 endpoint refused, in its words: OAuth2's error and error_description."""
    try:
        body = decode_json(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return f"the token endpoint answered {response.status_code}"
    parts = [str(body[key]) for key in ("error", "error_description") if isinstance(body.get(key), str) and body[key]]
    return ": ".join(parts[:2])[:500] if parts else f"the token endpoint answered {response.status_code}"


def _token_set(payload: Any, current_refresh_token: Secret | None) -> TokenSet:
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
        new_refresh or (current_refresh_token.reveal() if current_refresh_token is not None else None),
        expires_in if isinstance(expires_in, int) and not isinstance(expires_in, bool) else None,
        str(payload.get("token_type", "bearer")),
    )


def token_set(
    response: httpx.Response,
    *,
    current_refresh_token: Secret | None,
    redact: Callable[[str], str],
    token_url: str,
    action: str,
) -> TokenSet:
    """The token endpoint's answer as a TokenSet, or AuthenticationError saying why not (`action`: "refresh"...)."""
    url = redact_url(token_url)
    if not response.is_success:
        raise AuthenticationError(
            f"OAuth2 token {action} was refused: {redact(refusal_reason(response))}",
            status=response.status_code,
            method="POST",
            url=url,
            body=redact(response.content[:2000].decode("utf-8", "replace")),
        )
    try:
        return _token_set(decode_json(response.content), current_refresh_token)
    except ValueError as exc:
        raise AuthenticationError(
            redact(f"OAuth2 token {action} answer unusable: {exc}"), status=response.status_code, method="POST", url=url
        ) from None


def _copy(error: HarvestError) -> HarvestError:
    """The same error for another waiter: its own instance (tracebacks are per raise), same class and words."""
    if isinstance(error, AuthenticationError):
        return AuthenticationError(
            error.message,
            status=error.status or 400,
            method=error.method or "POST",
            url=error.url or "",
            body=error.body,
        )
    if isinstance(error, TransportError):
        return TransportError(error.message, method=error.method, url=error.url, sent=error.sent)
    return HarvestError(error.message, status=error.status, method=error.method, url=error.url)


class _Home:
    """What the process knows of one refresh token: its lock, what replaced it, how its refresh failed."""

    def __init__(self) -> None:
        self.lock = threading.RLock()  # re-entrant: on_token_refresh may itself call the API
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.successor: TokenSet | None = None
        """The tokens a refresh of this refresh token gave; a client still holding it takes them."""
        self.attempts = 0
        self.failure: HarvestError | None = None
        """How the latest attempt failed (None after a success); the calls that waited for it fail so."""
        self.refused: AuthenticationError | None = None
        """The endpoint refused this refresh token: it stays refused (rotated or revoked)."""
        self.next: _Home | None = None
        """The home of the refresh token that replaced this one, kept alive as long as this one is."""

    @property
    def async_lock(self) -> _TaskLock:
        """What tasks wait on: their loop's asyncio.Lock, then the threads' lock (held by the loop's thread).

        Both, so a sync client, and clients in other event loops, holding the same refresh token
        never refresh it at the same time as these tasks.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        with self.lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return _TaskLock(lock, self.lock)


class _TaskLock:
    """An event loop's lock, then a threading lock taken without blocking the loop (polled)."""

    _POLL = 0.005

    def __init__(self, tasks: asyncio.Lock, threads: threading.RLock) -> None:
        self.tasks = tasks
        self.threads = threads

    async def __aenter__(self) -> None:
        import asyncio

        await self.tasks.acquire()
        try:
            while not self.threads.acquire(blocking=False):
                await asyncio.sleep(self._POLL)
        except BaseException:
            self.tasks.release()
            raise

    async def __aexit__(self, *exc_info: object) -> None:
        self.threads.release()
        self.tasks.release()


_HOMES: weakref.WeakValueDictionary[str, _Home] = weakref.WeakValueDictionary()
_HOMES_LOCK = threading.Lock()


def forget_refresh_tokens() -> None:
    """Forget every refresh token's refusal and successor in this process (tests reuse token values)."""
    with _HOMES_LOCK:
        _HOMES.clear()


def _home(fingerprint: str) -> _Home:
    # Weak: a home lives while a client holds its refresh token, so a late client still finds the successor.
    with _HOMES_LOCK:
        home = _HOMES.get(fingerprint)
        if home is None:
            home = _HOMES[fingerprint] = _Home()
        return home


class Turn:
    """One call's turn at the refresh: the token generation that got the 401, and what it saw before waiting.

    key is the refresh token's key in a TokenStore.
    """

    # A plain class, not a dataclass: creating one costs a millisecond of every `import harvest_v2`.
    __slots__ = ("attempts_seen", "generation", "home", "key")

    def __init__(self, generation: int, home: _Home, attempts_seen: int, key: str) -> None:
        self.generation = generation
        self.home = home
        self.attempts_seen = attempts_seen
        self.key = key

    def __repr__(self) -> str:
        return f"Turn(generation={self.generation}, attempts_seen={self.attempts_seen})"


class TokenRefresh:
    """One client's OAuth2 refresh: what to send, what an answer becomes, and whose lock to wait on.

    Used (by _refreshing) as: take a `turn(generation)`; under `turn.home.lock` (threads) or
    `turn.home.async_lock` (tasks) return when `settled(turn)`; else send `request()`, turn a
    failure to send into `failed(exc, turn)`, take the answer with `accept(response, turn)`
    (or tokens another process stored with `adopt(tokens, turn)`).
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        token_url: str,
        user_agent: str,
        on_token_refresh: Callable[[TokenSet], Any] | None = None,
        token_store: TokenStore | None = None,
        lock_seconds: float = 60.0,
    ) -> None:
        if not credentials.can_refresh:
            raise ValueError("OAuth2 refresh needs refresh_token, client_id and client_secret")
        self.credentials = credentials
        self.token_url = check_token_url(token_url)
        self.user_agent = user_agent
        self.on_token_refresh = on_token_refresh
        """Receives each new TokenSet, under the lock: with rotating refresh tokens the store ends with the newest."""
        self.token_store = token_store
        self.lock_seconds = lock_seconds
        """How long a process may hold the shared lock: the token request's timeout, with a margin."""
        assert credentials.client_secret is not None
        # Store keys are HMACs under a key of the client secret: equal in every process, revealing nothing.
        self._key_secret = hmac.new(
            credentials.client_secret.reveal().encode(), b"harvest_v2 refresh token key", hashlib.sha256
        ).digest()
        self._home = _home(self._fingerprint())

    def _fingerprint(self) -> str:
        refresh_token = self.credentials.refresh_token
        assert refresh_token is not None
        message = "\n".join((self.token_url, self.credentials.client_id or "", refresh_token.reveal()))
        return hmac.new(self._key_secret, message.encode(), hashlib.sha256).hexdigest()

    def turn(self, failed_generation: int) -> Turn:
        """Taken before waiting for the lock: what this call saw, to tell a failure it waited for from an old one."""
        home = self._home
        return Turn(failed_generation, home, home.attempts, self._fingerprint()[:40])

    def needed(self, failed_generation: int) -> bool:
        """False when another call already replaced the token that got the 401: retry with the new one."""
        return self.credentials.generation == failed_generation

    def settled(self, turn: Turn) -> bool:
        """True when this call has nothing to send; raises the failure of the refresh it waited for.

        Settled: this client's token was replaced meanwhile, or another client of the process
        refreshed this refresh token (its tokens are taken, following any later refreshes).
        """
        if not self.needed(turn.generation):
            return True
        home = turn.home
        if home.successor is not None and not self.credentials.holds(home.successor.access_token):
            self._install(home.successor)
            return True
        if home.refused is not None:
            raise _copy(home.refused)
        if home.failure is not None and home.attempts > turn.attempts_seen:
            raise _copy(home.failure)  # the attempt this call waited for failed: one timeout, not one each
        return False

    def request(self) -> httpx.Request:
        """The refresh_token grant for the refresh token held now."""
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

    def accept(self, response: httpx.Response, turn: Turn) -> TokenSet:
        """The new tokens, now the credentials' next generation; or AuthenticationError saying why not.

        A refusal (4xx) is remembered for good; any other failure for the calls waiting now.
        """
        home = turn.home
        current = self.credentials.refresh_token
        try:
            tokens = token_set(
                response,
                current_refresh_token=current,  # revealed only to build the TokenSet, never in a failing frame
                redact=self.credentials.redact,
                token_url=self.token_url,
                action="refresh",
            )
        except AuthenticationError as exc:
            if exc.status is not None and 400 <= exc.status < 500:  # refused, not a passing failure
                home.refused = exc
            self._attempted(home, exc)
            raise
        self._attempted(home, None)
        home.successor = tokens
        self._install(tokens)
        logger.info("OAuth2 access token refreshed")
        return tokens

    def adopt(self, tokens: TokenSet, turn: Turn) -> bool:
        """Take the tokens another process stored for this refresh token, as if this client had refreshed.

        False when they are the ones this client holds already (an issuer that does not rotate
        refresh tokens keeps one key for every refresh): the token still has to be refreshed.
        """
        if self.credentials.holds(tokens.access_token):
            return False
        turn.home.successor = tokens
        self._install(tokens)
        return True

    def failed(self, exc: Exception, turn: Turn) -> HarvestError:
        """The token endpoint could not be reached or read: the waiting calls fail so, the next caller may retry."""
        url = redact_url(self.token_url)
        text = self.credentials.redact(f"OAuth2 token refresh failed: {type(exc).__name__}: {exc}")
        error: HarvestError = (
            TransportError(text, method="POST", url=url)
            if isinstance(exc, httpx.TransportError)
            else HarvestError(text, method="POST", url=url)
        )
        self._attempted(turn.home, error)
        return error

    def failed_elsewhere(self, posted: str, turn: Turn) -> HarvestError:
        """Another process's refresh of this token failed (its posted "<id> <message>"): so do the calls here."""
        message = posted.partition(" ")[2] or "OAuth2 token refresh failed in another process"
        error = HarvestError(self.credentials.redact(message), method="POST", url=redact_url(self.token_url))
        self._attempted(turn.home, error)  # the calls of this process waiting on the same turn fail so too
        return error

    def forget_refusal(self, turn: Turn) -> None:
        """A refusal explained by tokens found in the store after all: the refresh token was used, not revoked."""
        turn.home.refused = None

    def key_of(self, tokens: TokenSet) -> str | None:
        """The store key of the refresh token in tokens (to follow a chain of refreshes), or None without one."""
        if tokens.refresh_token is None:
            return None
        message = "\n".join((self.token_url, self.credentials.client_id or "", tokens.refresh_token))
        return hmac.new(self._key_secret, message.encode(), hashlib.sha256).hexdigest()[:40]

    def _attempted(self, home: _Home, failure: HarvestError | None) -> None:
        home.failure = failure
        home.attempts += 1

    def _install(self, tokens: TokenSet) -> None:
        # Follow what the process already knows: a successor may itself have been refreshed since.
        for _ in range(100):
            self.credentials.rotate(tokens.access_token, tokens.refresh_token)
            previous, self._home = self._home, _home(self._fingerprint())
            if previous is not self._home:
                previous.next = self._home  # a client still holding an older token can follow the chain
            successor = self._home.successor
            if successor is None or self.credentials.holds(successor.access_token):
                return
            tokens = successor

    def __repr__(self) -> str:
        return f"TokenRefresh(token_url={redact_url(self.token_url)!r}, generation={self.credentials.generation})"
