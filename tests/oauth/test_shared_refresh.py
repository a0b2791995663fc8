"""Refresh that survives, over real HTTP against the fake's Harvest ID (rotating refresh tokens).

Every test starts from tokens whose access token has just expired on the fake's clock: each
client's first call gets a 401 and must refresh, once for everyone holding the refresh token.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from harvest_v2 import AsyncHarvest, Harvest, HarvestError, TokenSaveError, TokenSet, TransportError
from harvest_v2.testing import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeHarvest

from tests.oauth.conftest import AGENT


def _expired_tokens(fake: FakeHarvest) -> dict[str, Any]:
    tokens = fake.identity.issue(DEFAULT_CLIENT_ID)
    fake.identity.expire_access_tokens()
    return tokens


def _settings(fake: FakeHarvest, tokens: dict[str, Any], **options: Any) -> dict[str, Any]:
    return {
        "access_token": tokens["access_token"],
        "refresh_token": tokens["refresh_token"],
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "account_id": fake.account_id,
        "user_agent": AGENT,
        "token_url": fake.token_url,
        "base_url": fake.base_url,
        "throttle": False,
        "strict": True,
        **options,
    }


def _threads(calls: list[Any]) -> list[Any]:
    results: list[Any] = [None] * len(calls)

    def run(index: int) -> None:
        try:
            results[index] = calls[index]()
        except Exception as exc:  # recorded for the assertions
            results[index] = exc

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_eight_threads_two_clients_one_refresh(fake: FakeHarvest, debug_logs: pytest.LogCaptureFixture) -> None:
    tokens = _expired_tokens(fake)
    stored: list[TokenSet] = []
    first = Harvest(**_settings(fake, tokens, on_token_refresh=stored.append))
    second = Harvest(**_settings(fake, tokens, on_token_refresh=stored.append))
    calls = [(first if n % 2 else second).users.get_current for n in range(8)]
    results = _threads(calls)
    assert [getattr(r, "id", r) for r in results] == [fake.current_user_id] * 8
    assert fake.identity.token_requests == {"refresh_token": 1}  # a second would be invalid_grant
    assert len(stored) == 1  # stored once, by the client that refreshed
    assert first.users.get_current().id == second.users.get_current().id  # both carry on
    new = stored[0]
    for secret in (tokens["access_token"], tokens["refresh_token"], new.access_token, new.refresh_token):
        assert secret and secret not in debug_logs.text
    first.close()
    second.close()


def test_twenty_tasks_two_clients_one_refresh(fake: FakeHarvest) -> None:
    tokens = _expired_tokens(fake)
    stored: list[TokenSet] = []

    async def store(new: TokenSet) -> None:
        await asyncio.sleep(0)
        stored.append(new)

    async def main() -> list[Any]:
        async with (
            AsyncHarvest(**_settings(fake, tokens, on_token_refresh=store)) as first,
            AsyncHarvest(**_settings(fake, tokens, on_token_refresh=store)) as second,
        ):
            calls = [(first if n % 2 else second).users.get_current() for n in range(20)]
            return await asyncio.gather(*calls, return_exceptions=True)

    results = asyncio.run(main())
    assert [getattr(r, "id", r) for r in results] == [fake.current_user_id] * 20
    assert fake.identity.token_requests == {"refresh_token": 1}
    assert len(stored) == 1


def test_a_client_holding_an_old_refresh_token_follows_the_refreshes(fake: FakeHarvest) -> None:
    """A late client still holding the first refresh token takes the newest tokens, two refreshes later."""
    tokens = _expired_tokens(fake)
    late = Harvest(**_settings(fake, tokens))
    early = Harvest(**_settings(fake, tokens))
    assert early.users.get_current().id == fake.current_user_id
    fake.identity.expire_access_tokens()
    assert early.users.get_current().id == fake.current_user_id  # refreshed twice now
    assert late.users.get_current().id == fake.current_user_id
    assert fake.identity.token_requests == {"refresh_token": 2}


class _FlakyStore:
    """on_token_refresh for a store that is down `failures` times, then up."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.saved: list[TokenSet] = []

    def __call__(self, tokens: TokenSet) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionError(f"store down (would have saved {tokens.refresh_token})")
        self.saved.append(tokens)


def test_a_store_down_for_a_moment_is_waited_for(fake: FakeHarvest, kind: str) -> None:
    tokens = _expired_tokens(fake)
    store = _FlakyStore(failures=2)
    waits: list[float] = []
    if kind == "sync":
        hv = Harvest(**_settings(fake, tokens, on_token_refresh=store, sleep=waits.append))
        assert hv.users.get_current().id == fake.current_user_id
    else:

        async def sleep(seconds: float) -> None:
            waits.append(seconds)

        async def main() -> int:
            async with AsyncHarvest(**_settings(fake, tokens, on_token_refresh=store, sleep=sleep)) as hv:
                return (await hv.users.get_current()).required.id

        assert asyncio.run(main()) == fake.current_user_id
    assert len(store.saved) == 1 and waits == [0.5, 2.0]


def test_a_store_that_stays_down_gets_the_tokens_in_the_error(
    fake: FakeHarvest, kind: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    tokens = _expired_tokens(fake)
    store = _FlakyStore(failures=99)

    async def no_wait(seconds: float) -> None:
        pass

    options = {"on_token_refresh": store, "sleep": (lambda seconds: None) if kind == "sync" else no_wait}
    cls = Harvest if kind == "sync" else AsyncHarvest
    hv = cls(**_settings(fake, tokens, **options))

    async def twice() -> tuple[TokenSaveError, int]:
        assert isinstance(hv, AsyncHarvest)
        async with hv:
            try:
                await hv.users.get_current()
            except TokenSaveError as exc:
                return exc, (await hv.users.get_current()).required.id
        raise AssertionError("no TokenSaveError")

    if isinstance(hv, Harvest):
        with pytest.raises(TokenSaveError) as info:
            hv.users.get_current()
        error, after = info.value, hv.users.get_current().id
    else:
        error, after = asyncio.run(twice())
    assert isinstance(error, TokenSaveError)
    assert after == fake.current_user_id  # the client keeps the new tokens and carries on
    new = error.tokens
    assert new.refresh_token and new.refresh_token != tokens["refresh_token"]
    # The error carries the only copy: it works where the old refresh token is now refused.
    rescued = Harvest(**_settings(fake, {"access_token": new.access_token, "refresh_token": new.refresh_token}))
    assert rescued.users.get_current().id == fake.current_user_id
    assert "could not be saved after 3 tries (ConnectionError: store down (would have saved ***))" in str(error)
    saved_errors = [r for r in debug_logs.records if "could not be saved" in r.getMessage()]
    assert len(saved_errors) == 1  # logged once
    for secret in (new.access_token, new.refresh_token):
        assert secret not in debug_logs.text and secret not in str(error) and secret not in repr(error)


def test_a_hanging_token_endpoint_costs_one_timeout_not_eight(fake: FakeHarvest) -> None:
    tokens = _expired_tokens(fake)
    fake.identity.token_delay = 3.0
    hv = Harvest(**_settings(fake, tokens, timeout=1.0, max_retries=0))
    started = time.monotonic()
    results = _threads([hv.users.get_current] * 8)
    elapsed = time.monotonic() - started
    assert all(isinstance(r, TransportError) for r in results), results
    assert len({str(r) for r in results}) == 1  # the same clear error for everyone
    assert "OAuth2 token refresh failed: ReadTimeout" in str(results[0])
    assert fake.identity.token_requests == {"refresh_token": 1}
    assert elapsed < 4.0  # one timeout (1 s), where eight in a row would take 8 s
    fake.identity.token_delay = 0
    assert hv.users.get_current().id == fake.current_user_id  # a later call tries again


def test_twenty_tasks_share_one_timeout(fake: FakeHarvest) -> None:
    tokens = _expired_tokens(fake)
    fake.identity.token_delay = 3.0

    async def main() -> list[Any]:
        async with AsyncHarvest(**_settings(fake, tokens, timeout=1.0, max_retries=0)) as hv:
            return await asyncio.gather(*(hv.users.get_current() for _ in range(20)), return_exceptions=True)

    started = time.monotonic()
    results = asyncio.run(main())
    assert time.monotonic() - started < 4.0  # one timeout (1 s), where twenty in a row would take 20 s
    assert all(isinstance(r, HarvestError) and "ReadTimeout" in str(r) for r in results), results
    assert fake.identity.token_requests == {"refresh_token": 1}


class _DictStore:
    """A TokenStore of the caller's (a database table, say): no lock, just load and save."""

    def __init__(self) -> None:
        self.saved: dict[str, TokenSet] = {}

    def load(self, key: str) -> TokenSet | None:
        return self.saved.get(key)

    def save(self, key: str, tokens: TokenSet) -> None:
        self.saved[key] = tokens


def test_a_token_store_spares_another_process_its_refresh(fake: FakeHarvest, kind: str) -> None:
    from harvest_v2._core._refresh import forget_refresh_tokens

    tokens = _expired_tokens(fake)
    store = _DictStore()
    first = Harvest(**_settings(fake, tokens, token_store=store))
    assert first.users.get_current().id == fake.current_user_id
    [key] = store.saved
    assert tokens["refresh_token"] not in key
    forget_refresh_tokens()  # what another process knows: nothing but the store
    if kind == "sync":
        later = Harvest(**_settings(fake, tokens, token_store=store))
        assert later.users.get_current().id == fake.current_user_id
    else:

        async def main() -> int:
            async with AsyncHarvest(**_settings(fake, tokens, token_store=store)) as hv:
                return (await hv.users.get_current()).required.id

        assert asyncio.run(main()) == fake.current_user_id
    assert fake.identity.token_requests == {"refresh_token": 1}


def test_without_a_lock_the_refused_process_finds_the_winners_tokens(fake: FakeHarvest) -> None:
    """Two processes refresh at once; the one refused (invalid_grant) takes the other's tokens from the store."""
    from harvest_v2._core._refresh import forget_refresh_tokens

    tokens = _expired_tokens(fake)
    store = _DictStore()
    winner = Harvest(**_settings(fake, tokens, token_store=store))
    forget_refresh_tokens()

    class _Behind(_DictStore):
        """The loser's view of the store: it looked before the winner saved, and again once refused."""

        looked = 0

        def load(self, key: str) -> TokenSet | None:
            self.looked += 1
            return None if self.looked == 1 else store.load(key)

    loser = Harvest(**_settings(fake, tokens, token_store=_Behind()))
    assert winner.users.get_current().id == fake.current_user_id
    assert loser.users.get_current().id == fake.current_user_id
    assert fake.identity.token_requests == {"refresh_token": 2}  # the loser's was refused, then it adopted


def test_a_token_store_must_have_load_and_save(fake: FakeHarvest) -> None:
    with pytest.raises(TypeError, match=r"token_store must have load\(key\) and save\(key, tokens\)"):
        Harvest(**_settings(fake, _expired_tokens(fake), token_store=object()))
