"""A consumer script that `make typecheck` runs mypy --strict over (not a test module).

It exercises the public surface the way a service would; if a generated
signature or result type regresses, mypy fails here.
"""

from __future__ import annotations

import asyncio
import datetime
from decimal import Decimal

from harvest_v2 import (
    NOT_GIVEN,
    UNSET,
    AsyncHarvest,
    Harvest,
    HarvestError,
    NotFoundError,
    NotGiven,
    RateLimit,
    TokenSet,
)
from harvest_v2.models import Client, TimeEntry


def export(hv: Harvest) -> Decimal:
    total = Decimal(0)
    entries = hv.time_entries.list(from_=datetime.date(2025, 1, 1), to=datetime.date(2025, 3, 31), is_billed=False)
    for entry in entries:
        checked: TimeEntry = entry
        total += checked.required.hours  # a value or UnsetAttributeError: never UNSET in the arithmetic
        name: str = entry.required.project.required.name
        assert name
        rounded = entry.rounded_hours
        if rounded is not UNSET:  # or narrowed by hand
            total += rounded
    for page in hv.time_entries.list().pages():
        count: int = page.required.total_entries
        assert count >= 0
    return total


def for_client(hv: Harvest, client_id: int | NotGiven = NOT_GIVEN) -> list[TimeEntry]:
    # "Leave it out" handed on from the caller's own signature, as openai-python's users write it.
    return list(hv.time_entries.list(client_id=client_id))


def crud(hv: Harvest) -> None:
    client: Client = hv.clients.create(name="Acme", currency="EUR")
    client_id = client.required.id
    hv.clients.update(client_id, is_active=False)
    created = hv.time_entries.create(project_id=1, task_id=2, spent_date=datetime.date.today(), hours=1.5)
    hv.time_entries.stop(created.required.id)
    try:
        hv.clients.get(client_id)
    except NotFoundError as exc:
        status: int | None = exc.status
        assert status == 404
    except HarvestError:
        raise
    hv.clients.delete(client_id)


async def async_export(hv: AsyncHarvest) -> int:
    count = 0
    async for entry in hv.time_entries.list(updated_since=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)):
        count += 1 if entry.required.billable else 0
    client = await hv.clients.get(1)
    return count + client.required.id


def stored(tokens: TokenSet) -> None:
    assert tokens.access_token


def main() -> None:
    with Harvest(
        "token",
        "123",
        "Typing check (dev@example.com)",
        rate_limit=RateLimit(100, 15),
        max_retries=3,
        timeout=10.0,
        refresh_token="r",
        client_id="c",
        client_secret="s",
        on_token_refresh=stored,
    ) as hv:
        export(hv)
        crud(hv)
    asyncio.run(async_export(AsyncHarvest("token", "123", "Typing check (dev@example.com)")))


if __name__ == "__main__":
    main()
