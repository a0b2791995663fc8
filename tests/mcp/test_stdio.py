"""`harvest-v2 mcp` as an assistant runs it: a subprocess over stdio, against the fake over real HTTP."""

from __future__ import annotations

import json
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from harvest_v2._operations import OPERATIONS
from harvest_v2.mcp._policy import CONSEQUENCES
from harvest_v2.testing import FakeHarvest, RateLimits

from ..helpers import FakeClock
from .conftest import TOKEN, Assistant, json_of, stored, text_of


def _expected(mode: str) -> set[str]:
    """The operations a mode serves, from the table's methods (not from the server's own rule)."""
    reads = {name for name, op in OPERATIONS.items() if op.method == "GET"}
    if mode == "read-only":
        return reads
    changes = {name for name, op in OPERATIONS.items() if op.method in ("POST", "PATCH", "PUT")}
    if mode == "write":
        return reads | (changes - set(CONSEQUENCES))
    return set(OPERATIONS)


def _check_rows(tools: dict[str, Any], mode: str) -> None:
    """The listed tools are the mode's rows of the operations table, each with the row's hints and arguments."""
    assert set(tools) == _expected(mode)
    for name, tool in tools.items():
        row = OPERATIONS[name]
        hints = tool.annotations
        assert hints is not None and hints.read_only_hint is (row.method == "GET"), name
        if row.method != "GET":
            assert hints.destructive_hint is (row.method == "DELETE" or name in CONSEQUENCES), name
            assert hints.idempotent_hint is (row.method in ("PATCH", "PUT", "DELETE")), name
        assert f"{row.method} {row.path}" in (tool.description or "")
        properties = tool.input_schema["properties"]
        for segment in row.path.split("/"):
            if segment.startswith("{"):
                assert segment.strip("{}") in tool.input_schema["required"], (name, segment)
        if row.list_key is not None:
            assert {"limit", "continuation"} <= set(properties)
            assert not {"page", "per_page", "cursor"} & set(properties)


def test_read_only_mode_by_default_reads_and_refuses_changes(assistant: Assistant) -> None:
    fake = assistant.fake
    client = fake.store.all("Client")[0]
    # Harvest adds an attribute the spec does not know: kept in the answer, reported on stderr.
    fake.store.update("Client", client["id"], {"loyalty_tier": "gold"})
    before = fake.store.count("Client")

    async def scenario() -> None:
        async with assistant.session() as session:
            assert "read-only mode" in (session.initialized.instructions or "")
            _check_rows({tool.name: tool for tool in (await session.list_tools()).tools}, "read-only")
            read = json_of(await session.call("get_client", {"client_id": client["id"]}))
            assert read["name"] == client["name"] and read["loyalty_tier"] == "gold"
            for name, arguments in (("delete_client", {"client_id": client["id"]}), ("create_client", {"name": "X"})):
                refused = await session.call(name, arguments)
                assert (
                    refused.is_error and "read-only mode" in text_of(refused) and f"--allow {name}" in text_of(refused)
                )
            listed = await session.list_resources()
            assert {str(r.uri) for r in listed.resources} == {"harvest://company", "harvest://users/me"}
            company = await session.read("harvest://company")
            assert json.loads(company.contents[0].text)["name"]

    anyio.run(scenario)
    assert fake.store.get("Client", client["id"]) is not None and fake.store.count("Client") == before
    assert "WARNING harvest_v2.drift" in assistant.stderr and "loyalty_tier" in assistant.stderr


def test_write_mode_creates_and_updates_but_refuses_deletes(assistant: Assistant) -> None:
    fake = assistant.fake

    async def scenario() -> int:
        async with assistant.session("--mode", "write") as session:
            _check_rows({tool.name: tool for tool in (await session.list_tools()).tools}, "write")
            created = json_of(await session.call("create_client", {"name": "Tyrell Corp", "currency": "EUR"}))
            assert stored(fake, "Client", created["id"])["name"] == "Tyrell Corp"
            updated = json_of(await session.call("update_client", {"client_id": created["id"], "address": None}))
            assert updated["address"] is None
            refused = await session.call("delete_client", {"client_id": created["id"]})
            assert refused.is_error and "needs full mode" in text_of(refused)
            return int(created["id"])

    client_id = anyio.run(scenario)
    assert fake.store.get("Client", client_id) is not None


def test_full_mode_deletes(assistant: Assistant) -> None:
    fake = assistant.fake
    client = fake.store.add("Client", {"name": "Disposable", "is_active": True, "currency": "EUR"})

    async def scenario() -> None:
        async with assistant.session("--mode", "full") as session:
            _check_rows({tool.name: tool for tool in (await session.list_tools()).tools}, "full")
            assert json_of(await session.call("delete_client", {"client_id": client["id"]}))

    anyio.run(scenario)
    assert fake.store.get("Client", client["id"]) is None


@pytest.mark.slow
def test_a_listing_followed_to_the_end_gives_every_record_once(assistant: Assistant) -> None:
    fake = assistant.fake
    expected = {record["id"] for record in fake.store.all("TimeEntry")}
    users = {record["id"] for record in fake.store.all("User")}

    async def follow(session: Any, tool: str, arguments: dict[str, Any]) -> tuple[list[int], set[Any], int]:
        ids: list[int] = []
        totals: set[Any] = set()
        calls = 0
        page = json_of(await session.call(tool, arguments))
        while True:
            calls += 1
            ids += [record["id"] for record in page["records"]]
            totals.add(page["total_entries"])
            if page["continuation"] is None:
                return ids, totals, calls
            # The assistant passes the same arguments back with the continuation, as most do.
            page = json_of(await session.call(tool, {**arguments, "continuation": page["continuation"]}))

    async def scenario() -> None:
        async with assistant.session() as session:
            ids, totals, calls = await follow(session, "list_time_entries", {"limit": 9})
            assert sorted(ids) == sorted(expected) and len(ids) == len(set(ids))
            assert totals == {len(expected)} and calls == -(-len(expected) // 9)
            # A cursor-paged listing (users), one record a call.
            ids, totals, _ = await follow(session, "list_users", {"limit": 1})
            assert sorted(ids) == sorted(users) and totals == {len(users)}
            # The default page is modest; the maximum is enforced with a clear error.
            first = json_of(await session.call("list_time_entries"))
            assert len(first["records"]) == 50 and first["continuation"]
            too_many = await session.call("list_time_entries", {"limit": 5000})
            assert too_many.is_error and "limit" in text_of(too_many) and "500" in text_of(too_many)
            other = await session.call(
                "list_time_entries", {"limit": 50, "continuation": first["continuation"], "is_billed": True}
            )
            assert other.is_error and "is_billed" in text_of(other)

    anyio.run(scenario)


def test_money_is_exact_both_ways(assistant: Assistant) -> None:
    fake = assistant.fake
    client_id = fake.store.all("Client")[0]["id"]
    price = "12345678901234567.89"

    async def scenario() -> None:
        async with assistant.session("--mode", "write") as session:
            created = await session.call(
                "create_invoice",
                {
                    "client_id": client_id,
                    "line_items": [{"kind": "Service", "description": "Audit", "quantity": "3", "unit_price": price}],
                },
            )
            # json.loads would round the amount through float: read the text with Decimal.
            invoice = json.loads(text_of(created), parse_float=Decimal)
            assert not created.is_error
            item = invoice["line_items"][0]
            assert item["unit_price"] == Decimal(price) and item["amount"] == Decimal(price) * 3
            assert f'"unit_price":{price}' in text_of(created)
            kept = stored(fake, "Invoice", invoice["id"])
            assert Decimal(str(kept["line_items"][0]["unit_price"])) == Decimal(price)
            again = await session.call("get_invoice", {"invoice_id": invoice["id"]})
            assert json.loads(text_of(again), parse_float=Decimal)["amount"] == Decimal(price) * 3
            # A number with more digits than JSON carries exactly is refused, not rounded.
            lossy = await session.call(
                "create_invoice",
                {
                    "client_id": client_id,
                    "line_items": [{"kind": "Service", "quantity": 3, "unit_price": float(price)}],
                },
            )
            assert lossy.is_error and "send it as a string" in text_of(lossy)

    anyio.run(scenario)


@pytest.mark.slow
def test_a_429_is_absorbed_and_the_assistant_never_sees_it(tmp_path: Path) -> None:
    """Another program on the account spent the window: the fake's limiter answers 429, the server waits it out."""
    clock = FakeClock(0.0)
    limits = RateLimits(requests=3, window=1.0, clock=clock)
    with FakeHarvest(rate_limits=limits, access_token=TOKEN, account_id="7699001") as fake:
        assistant = Assistant(fake, tmp_path / "stderr.txt")
        for _ in range(3):
            assert httpx.get(f"{fake.base_url}/users/me", headers=fake.headers()).status_code == 200

        def window_passes_after_the_429() -> None:
            # The limiter's clock stands still until the server has been told to wait, so the test does not
            # depend on how long the subprocess takes to start.
            deadline = time.monotonic() + 60
            while not fake.status_counts.get(429) and time.monotonic() < deadline:
                time.sleep(0.01)
            clock.now += 1.0

        mover = threading.Thread(target=window_passes_after_the_429, daemon=True)
        mover.start()

        async def scenario() -> Any:
            async with assistant.session("-v") as session:
                return json_of(await session.call("get_current_user"))

        me = anyio.run(scenario)
        mover.join(timeout=5)
        assert me["id"] == fake.current_user_id
        assert fake.status_counts.get(429) == 1 and fake.status_counts[200] == 4
    assert "429" in assistant.stderr  # the retry was logged for the operator, not shown to the assistant


@pytest.mark.slow
def test_no_token_in_any_message_or_log(assistant: Assistant) -> None:
    wrong = "mcp-wrong-token-0b7d55aa19"

    async def scenario() -> None:
        async with assistant.session("-vv", "--mode", "full") as session:
            await session.list_tools()
            await session.list_resources()
            await session.read("harvest://users/me")
            assert (await session.call("get_client", {"client_id": 987654321})).is_error
            assert (await session.call("create_client", {"name": ""})).is_error
            assert (await session.call("list_clients", {"limit": 1, "continuation": "bogus"})).is_error
        async with assistant.session("-vv", token=wrong) as session:
            refused = await session.call("get_company")
            assert refused.is_error and "401" in text_of(refused)

    anyio.run(scenario)
    assert len(assistant.messages) >= 9
    assert "GET" in assistant.stderr  # -vv logged each request
    assert "get_client failed: NotFoundError" in assistant.stderr and "list_tools" not in assistant.stderr
    for secret in (TOKEN, wrong):
        assert all(secret not in message for message in assistant.messages)
        assert secret not in assistant.stderr
