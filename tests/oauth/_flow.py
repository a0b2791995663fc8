"""The OAuth2 flow against the fake, driven the same way on the sync and the async side."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from harvest_v2 import AsyncHarvest, Harvest, TokenSet
from harvest_v2.oauth import Account, AsyncHarvestID, AuthorizationRequest, HarvestID
from harvest_v2.testing import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeHarvest

from tests.oauth.conftest import AGENT


def harvest_id(fake: FakeHarvest, kind: str, **options: Any) -> HarvestID | AsyncHarvestID:
    cls = HarvestID if kind == "sync" else AsyncHarvestID
    return cls(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, user_agent=AGENT, id_url=fake.id_url, **options)


def browse(start: AuthorizationRequest) -> str:
    """What the user's browser does: open the authorization URL, approve, land on the redirect."""
    answer = httpx.get(start.url, follow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    return answer.headers["location"]


def run(value: Any) -> Any:
    """A sync side's result as it is; an async side's coroutine run to its end."""
    if asyncio.iscoroutine(value):
        return asyncio.run(value)
    return value


def exchange(service: HarvestID | AsyncHarvestID, callback: str, state: str, **options: Any) -> TokenSet:
    if isinstance(service, HarvestID):
        with service:
            return service.exchange_code(callback, expected_state=state, **options)

    async def go() -> TokenSet:
        async with service:
            return await service.exchange_code(callback, expected_state=state, **options)

    return asyncio.run(go())


def pick(service: HarvestID | AsyncHarvestID, access_token: str, account_id: int | None = None) -> Account:
    if isinstance(service, HarvestID):
        with service:
            return service.harvest_account(access_token, account_id)

    async def go() -> Account:
        async with service:
            return await service.harvest_account(access_token, account_id)

    return asyncio.run(go())


def api_client(kind: str, fake: FakeHarvest, **settings: Any) -> Harvest | AsyncHarvest:
    cls = Harvest if kind == "sync" else AsyncHarvest
    return cls(**{"base_url": fake.base_url, "strict": True, "throttle": False, **settings})


def current_user_id(hv: Harvest | AsyncHarvest) -> int:
    if isinstance(hv, Harvest):
        with hv:
            return hv.users.get_current().required.id

    async def go() -> int:
        async with hv:
            return (await hv.users.get_current()).required.id

    result: int = asyncio.run(go())
    return result
