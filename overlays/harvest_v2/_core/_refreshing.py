"""The OAuth2 refresh's I/O: the token request, the shared store and lock, the saves.

One refresh per refresh token, in the process and across processes:

1. In the process, the calls wait on the refresh token's lock (_refresh's `_Home`); the
   first sends, the others take its tokens or its failure (`TokenRefresh.settled`).
2. With a `TokenStore`, the tokens that replaced this refresh token are looked for there
   first: another process may have refreshed it already. With a store that is also a
   `SharedLock` (Redis), one process holds a short lock (it expires after the token
   request's timeout and a margin, so a crashed holder frees it) and the others poll
   until the new tokens are stored, or until the holder's failure is posted: then they
   fail the same way, after one timeout, not one each. Without a lock, two processes may
   both send; the one refused (invalid_grant) then finds the other's tokens in the store.
3. The new tokens are saved to the store and given to on_token_refresh, each retried; when
   nothing kept them (the hook failed, or the store did and there is no hook),
   `TokenSaveError` carries the tokens (logged once, without secrets): a rotated refresh
   token is never lost.

`Refresher` (threads) and `AsyncRefresher` (an event loop; the store is called in a worker
thread) are one text twice, checked by tests/core/test_mirrors.py.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar, runtime_checkable

import httpx

from ._errors import AuthenticationError, HarvestError, redact_url
from ._refresh import TokenRefresh, TokenSaveError, TokenSet, TokenStore, Turn

__all__ = ["SAVE_RETRY_DELAYS", "AsyncRefresher", "Refresher", "SharedLock"]

logger = logging.getLogger("harvest_v2")

SAVE_RETRY_DELAYS = (0.5, 2.0)
"""Seconds before the second and third try of a failing save: a store down for a moment is waited for."""
_POLL = 0.05
"""How often a process waiting for another's refresh looks for its tokens."""
_CHAIN = 20
"""Refreshes followed through the store at most (each stored refresh token may have been refreshed again)."""

T = TypeVar("T")


@runtime_checkable
class SharedLock(Protocol):
    """A lock across processes, by store key, that expires on its own (a crashed holder frees it)."""

    def acquire(self, key: str, seconds: float) -> str | None:
        """A lease when taken; None while another process holds it."""
        ...

    def release(self, key: str, lease: str, failure: str | None) -> None:
        """Give the lock back; `failure` posts why the refresh failed, for the processes that waited."""
        ...

    def failure(self, key: str) -> str | None:
        """The latest posted failure for key ("<id> <message>"), or None."""
        ...


class Refresher:
    """Runs one call's refresh on a sync client: `send` is its httpx send, `sleep` its sleep."""

    def __init__(
        self,
        refresh: TokenRefresh,
        send: Callable[[httpx.Request], httpx.Response],
        sleep: Callable[[float], None],
    ) -> None:
        self.refresh = refresh
        self.send = send
        self.sleep = sleep

    def run(self, failed_generation: int) -> None:
        """Refresh the token, once for however many calls (and clients, and processes) got a 401 with it."""
        refresh = self.refresh
        turn = refresh.turn(failed_generation)
        with turn.home.lock:
            if refresh.settled(turn):
                return  # replaced meanwhile, here or by another client: retry with the new token
            lease = self._claim(turn)
            if lease is None:
                return  # another process refreshed it: its tokens are installed
            try:
                tokens = self._exchange(turn)
            except HarvestError as exc:
                self._release(turn, lease, exc)  # posted: the processes waiting fail the same way
                raise
            if tokens is None:
                self._release(turn, lease, None)
                return
            try:
                unsaved = self._save(turn, tokens)
            finally:
                self._release(turn, lease, None)
            hook_failure = self._hook(tokens)
            # Lost only when nothing kept them: the hook failed, or the store did and there is no hook.
            lost = hook_failure if hook_failure is not None or refresh.on_token_refresh is not None else unsaved
            if lost is not None:
                raise _not_saved(refresh, tokens, lost)
            if unsaved is not None:
                _store_unwritable(refresh, unsaved)

    def _claim(self, turn: Turn) -> str | None:
        """The right to send: a lease ("" without a shared lock), or None when the store had the new tokens."""
        store = self.refresh.token_store
        if store is None:
            return ""
        if self._take_stored(turn, store):
            return None
        if not isinstance(store, SharedLock):
            return ""
        seen = self._store_call(store.failure, turn.key)
        while True:
            lease = self._store_call(store.acquire, turn.key, self.refresh.lock_seconds)
            if lease is not None:
                if self._take_stored(turn, store):
                    self._store_call(store.release, turn.key, lease, None)
                    return None
                posted = self._store_call(store.failure, turn.key)
                if posted is not None and posted != seen:  # the holder failed just before this lease
                    self._store_call(store.release, turn.key, lease, None)
                    raise self.refresh.failed_elsewhere(posted, turn)
                return lease
            self.sleep(_POLL)
            if self._take_stored(turn, store):
                return None
            posted = self._store_call(store.failure, turn.key)
            if posted is not None and posted != seen:
                raise self.refresh.failed_elsewhere(posted, turn)

    def _take_stored(self, turn: Turn, store: TokenStore) -> bool:
        """Install the newest tokens stored for this refresh token (following later refreshes); False when none."""
        tokens = self._load(store, turn.key)
        if tokens is None:
            return False
        for _ in range(_CHAIN):
            key = self.refresh.key_of(tokens)
            newer = self._load(store, key) if key is not None and key != turn.key else None
            if newer is None or newer == tokens:
                break
            tokens = newer
        return self.refresh.adopt(tokens, turn)

    def _load(self, store: TokenStore, key: str) -> TokenSet | None:
        try:
            return self._store_call(store.load, key)
        except Exception as exc:  # any store's failure: refresh as if nothing were stored
            _store_unreadable(self.refresh, exc)
            return None

    def _exchange(self, turn: Turn) -> TokenSet | None:
        """The refresh request and its answer; None when a refusal is explained by tokens now in the store."""
        refresh = self.refresh
        try:
            response = self.send(refresh.request())
        except httpx.HTTPError as exc:
            raise refresh.failed(exc, turn) from None
        try:
            return refresh.accept(response, turn)
        except AuthenticationError:
            # Refused: a process without the lock may have used this refresh token a moment ago.
            store = refresh.token_store
            if store is not None and self._take_stored(turn, store):
                refresh.forget_refusal(turn)
                return None
            raise

    def _save(self, turn: Turn, tokens: TokenSet) -> Exception | None:
        """Store the tokens under the refresh token they replace, retried; the last failure, or None."""
        store = self.refresh.token_store
        if store is None:
            return None
        for delay in (*SAVE_RETRY_DELAYS, None):
            try:
                self._store_call(store.save, turn.key, tokens)
                return None
            except Exception as exc:  # any store's failure is retried, then reported with the tokens
                if delay is None:
                    return exc
                self.sleep(delay)
        return None

    def _hook(self, tokens: TokenSet) -> Exception | None:
        """Give the tokens to on_token_refresh, retried like a save; the last failure, or None."""
        if self.refresh.on_token_refresh is None:
            return None
        for delay in (*SAVE_RETRY_DELAYS, None):
            try:
                self._run_hook(tokens)
                return None
            except Exception as exc:  # the caller's hook: retried, then reported with the tokens
                if delay is None:
                    return exc
                self.sleep(delay)
        return None

    def _run_hook(self, tokens: TokenSet) -> None:
        assert self.refresh.on_token_refresh is not None
        self.refresh.on_token_refresh(tokens)

    def _release(self, turn: Turn, lease: str, failure: HarvestError | None) -> None:
        store = self.refresh.token_store
        if lease and isinstance(store, SharedLock):
            self._store_call(store.release, turn.key, lease, failure.message if failure is not None else None)

    def _store_call(self, function: Callable[..., T], *args: Any) -> T:
        return function(*args)


class AsyncRefresher:
    """Runs one call's refresh on an async client: `send` is its httpx send, `sleep` its sleep."""

    def __init__(
        self,
        refresh: TokenRefresh,
        send: Callable[[httpx.Request], Awaitable[httpx.Response]],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self.refresh = refresh
        self.send = send
        self.sleep = sleep

    async def run(self, failed_generation: int) -> None:
        """Refresh the token, once for however many calls (and clients, and processes) got a 401 with it."""
        refresh = self.refresh
        turn = refresh.turn(failed_generation)
        async with turn.home.async_lock:
            if refresh.settled(turn):
                return  # replaced meanwhile, here or by another client: retry with the new token
            lease = await self._claim(turn)
            if lease is None:
                return  # another process refreshed it: its tokens are installed
            try:
                tokens = await self._exchange(turn)
            except HarvestError as exc:
                await self._release(turn, lease, exc)  # posted: the processes waiting fail the same way
                raise
            if tokens is None:
                await self._release(turn, lease, None)
                return
            try:
                unsaved = await self._save(turn, tokens)
            finally:
                await self._release(turn, lease, None)
            hook_failure = await self._hook(tokens)
            # Lost only when nothing kept them: the hook failed, or the store did and there is no hook.
            lost = hook_failure if hook_failure is not None or refresh.on_token_refresh is not None else unsaved
            if lost is not None:
                raise _not_saved(refresh, tokens, lost)
            if unsaved is not None:
                _store_unwritable(refresh, unsaved)

    async def _claim(self, turn: Turn) -> str | None:
        """The right to send: a lease ("" without a shared lock), or None when the store had the new tokens."""
        store = self.refresh.token_store
        if store is None:
            return ""
        if await self._take_stored(turn, store):
            return None
        if not isinstance(store, SharedLock):
            return ""
        seen = await self._store_call(store.failure, turn.key)
        while True:
            lease = await self._store_call(store.acquire, turn.key, self.refresh.lock_seconds)
            if lease is not None:
                if await self._take_stored(turn, store):
                    await self._store_call(store.release, turn.key, lease, None)
                    return None
                posted = await self._store_call(store.failure, turn.key)
                if posted is not None and posted != seen:  # the holder failed just before this lease
                    await self._store_call(store.release, turn.key, lease, None)
                    raise self.refresh.failed_elsewhere(posted, turn)
                return lease
            await self.sleep(_POLL)
            if await self._take_stored(turn, store):
                return None
            posted = await self._store_call(store.failure, turn.key)
            if posted is not None and posted != seen:
                raise self.refresh.failed_elsewhere(posted, turn)

    async def _take_stored(self, turn: Turn, store: TokenStore) -> bool:
        """Install the newest tokens stored for this refresh token (following later refreshes); False when none."""
        tokens = await self._load(store, turn.key)
        if tokens is None:
            return False
        for _ in range(_CHAIN):
            key = self.refresh.key_of(tokens)
            newer = await self._load(store, key) if key is not None and key != turn.key else None
            if newer is None or newer == tokens:
                break
            tokens = newer
        return self.refresh.adopt(tokens, turn)

    async def _load(self, store: TokenStore, key: str) -> TokenSet | None:
        try:
            return await self._store_call(store.load, key)
        except Exception as exc:  # any store's failure: refresh as if nothing were stored
            _store_unreadable(self.refresh, exc)
            return None

    async def _exchange(self, turn: Turn) -> TokenSet | None:
        """The refresh request and its answer; None when a refusal is explained by tokens now in the store."""
        refresh = self.refresh
        try:
            response = await self.send(refresh.request())
        except httpx.HTTPError as exc:
            raise refresh.failed(exc, turn) from None
        try:
            return refresh.accept(response, turn)
        except AuthenticationError:
            # Refused: a process without the lock may have used this refresh token a moment ago.
            store = refresh.token_store
            if store is not None and await self._take_stored(turn, store):
                refresh.forget_refusal(turn)
                return None
            raise

    async def _save(self, turn: Turn, tokens: TokenSet) -> Exception | None:
        """Store the tokens under the refresh token they replace, retried; the last failure, or None."""
        store = self.refresh.token_store
        if store is None:
            return None
        for delay in (*SAVE_RETRY_DELAYS, None):
            try:
                await self._store_call(store.save, turn.key, tokens)
                return None
            except Exception as exc:  # any store's failure is retried, then reported with the tokens
                if delay is None:
                    return exc
                await self.sleep(delay)
        return None

    async def _hook(self, tokens: TokenSet) -> Exception | None:
        """Give the tokens to on_token_refresh, retried like a save; the last failure, or None."""
        if self.refresh.on_token_refresh is None:
            return None
        for delay in (*SAVE_RETRY_DELAYS, None):
            try:
                await self._run_hook(tokens)
                return None
            except Exception as exc:  # the caller's hook: retried, then reported with the tokens
                if delay is None:
                    return exc
                await self.sleep(delay)
        return None

    async def _run_hook(self, tokens: TokenSet) -> None:
        assert self.refresh.on_token_refresh is not None
        stored = self.refresh.on_token_refresh(tokens)
        if inspect.isawaitable(stored):
            await stored  # a coroutine function's result is awaited, not dropped

    async def _release(self, turn: Turn, lease: str, failure: HarvestError | None) -> None:
        store = self.refresh.token_store
        if lease and isinstance(store, SharedLock):
            await self._store_call(store.release, turn.key, lease, failure.message if failure is not None else None)

    async def _store_call(self, function: Callable[..., T], *args: Any) -> T:
        import asyncio

        # Stores are synchronous (a database, Redis): a worker thread keeps the event loop free.
        return await asyncio.to_thread(function, *args)


def _not_saved(refresh: TokenRefresh, tokens: TokenSet, exc: Exception) -> TokenSaveError:
    tries = len(SAVE_RETRY_DELAYS) + 1
    reason = refresh.credentials.redact(f"{type(exc).__name__}: {exc}")[:300]
    # Logged once here, without the tokens; the error carries them to the caller.
    logger.error(
        "OAuth2 token refreshed but the new tokens could not be saved (%d tries, last: %s); "
        "they are in TokenSaveError.tokens and the client keeps using them",
        tries,
        reason,
    )
    return TokenSaveError(
        f"OAuth2 token refreshed but the new tokens could not be saved after {tries} tries ({reason}); "
        "store TokenSaveError.tokens yourself: the old refresh token no longer works",
        tokens=tokens,
        url=redact_url(refresh.token_url),
    )


def _store_unwritable(refresh: TokenRefresh, exc: Exception) -> None:
    logger.warning(
        "OAuth2 tokens kept by on_token_refresh but not by the token store (%s): other processes will refresh alone",
        refresh.credentials.redact(f"{type(exc).__name__}: {exc}")[:300],
    )


_UNREADABLE_LOGGED: set[str] = set()


def _store_unreadable(refresh: TokenRefresh, exc: Exception) -> None:
    kind = type(exc).__name__
    if kind not in _UNREADABLE_LOGGED:  # once per kind of failure, not once per refresh
        _UNREADABLE_LOGGED.add(kind)
        logger.warning(
            "OAuth2 token store could not be read (%s): refreshing without it",
            refresh.credentials.redact(f"{kind}: {exc}")[:300],
        )
