"""The server's rules, in-process: the SDK's client on a server whose AsyncHarvest (strict) calls the fake over HTTP."""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import anyio
import pytest
from harvest_v2 import AsyncHarvest, Harvest
from harvest_v2._operations import OPERATIONS
from harvest_v2.mcp import ToolPolicy, create_server
from harvest_v2.mcp._arguments import ArgumentError, ToolArguments
from harvest_v2.mcp._listing import Continuation
from harvest_v2.mcp._policy import CONSEQUENCES, effect_of
from harvest_v2.mcp._tools import catalogue
from harvest_v2.testing import FakeHarvest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from mcp import Client
from mcp.types import CallToolResult

from .conftest import json_of, text_of

BASE = "https://api.harvestapp.com/v2"

Call = Callable[[str, dict[str, Any]], Awaitable[CallToolResult]]


def _run(
    fake: FakeHarvest,
    scenario: Callable[[Call], Awaitable[None]],
    policy: ToolPolicy | None = None,
    strict: bool = True,
) -> None:
    async def main() -> None:
        async with AsyncHarvest(**{**fake.client_kwargs(), "strict": strict}, throttle=False) as hv:
            client = Client(create_server(hv, policy or ToolPolicy(mode="full")))
            async with client:

                async def call(name: str, arguments: dict[str, Any]) -> CallToolResult:
                    result = await client.call_tool(name, arguments)
                    assert isinstance(result, CallToolResult)
                    return result

                await scenario(call)

    anyio.run(main)


# --- the catalogue ----------------------------------------------------------------------


def test_every_tool_schema_is_valid_and_names_the_client_methods_parameters() -> None:
    hv = Harvest(access_token="t", account_id="1", user_agent="Tests (tests@example.com)")
    tools = catalogue(50, 500)
    assert list(tools) == list(OPERATIONS)
    for name, spec in tools.items():
        Draft202012Validator.check_schema(spec.tool.input_schema)
        row = OPERATIONS[name]
        parameters = inspect.signature(getattr(getattr(hv, row.tag), row.method_name)).parameters
        for field in spec.arguments.fields.values():
            assert field.python_name in parameters, (name, field.name)
        required = {p for p, v in parameters.items() if v.default is inspect.Parameter.empty}
        assert required == {spec.arguments.fields[n].python_name for n in spec.tool.input_schema["required"]}, name


def test_every_list_operation_takes_the_paging_parameters_its_continuation_needs() -> None:
    from harvest_v2.mcp._spec import operation_input

    lists = [name for name, row in OPERATIONS.items() if row.list_key is not None]
    assert lists
    for name in lists:
        names = {field.name for field in operation_input(name).fields}
        assert {"per_page", "cursor" if OPERATIONS[name].pagination == "cursor" else "page"} <= names, name


def test_consequences_name_operations_of_the_table_that_change_something() -> None:
    for name in CONSEQUENCES:
        assert OPERATIONS[name].method != "GET"
        assert effect_of(OPERATIONS[name]) == "consequential"


# --- arguments --------------------------------------------------------------------------


def _invoice_arguments() -> ToolArguments:
    return catalogue(50, 500)["create_invoice"].arguments


def test_money_arguments_are_exact_decimals_at_every_depth() -> None:
    arguments = _invoice_arguments()
    given = {
        "client_id": 1,
        "tax": "12345678901234567.891",
        "discount": 1.1,
        "line_items": [{"kind": "Service", "quantity": 3, "unit_price": "0.10"}],
    }
    arguments.check(given)
    keywords = arguments.keywords(given)
    assert keywords["tax"] == Decimal("12345678901234567.891") and isinstance(keywords["tax"], Decimal)
    assert keywords["discount"] == Decimal("1.1")
    item = keywords["line_items"][0]
    assert item["unit_price"] == Decimal("0.10") and item["quantity"] == Decimal(3)


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"client_id": 1, "tax": 1.2345678901234567}, "send it as a string"),
        ({"client_id": 1, "tax": "12,5"}, "tax"),
        ({"client_id": "one"}, "client_id"),
        ({}, "'client_id' is a required property"),
        ({"client_id": 1, "colour": "red"}, "the arguments this tool takes: client_id"),
        ({"client_id": 1, "issue_date": "5 May"}, "issue_date: expected a date as YYYY-MM-DD"),
        ({"client_id": 1, "payment_term": "net 7"}, "payment_term"),
    ],
)
def test_bad_arguments_are_refused_naming_the_argument(given: dict[str, Any], message: str) -> None:
    arguments = _invoice_arguments()
    with pytest.raises(ArgumentError, match=None) as caught:
        arguments.check(given)
        arguments.keywords(given)
    assert message in str(caught.value)


def test_a_date_time_needs_its_zone() -> None:
    arguments = catalogue(50, 500)["list_clients"].arguments
    with pytest.raises(ArgumentError, match="no time zone"):
        arguments.keywords({"updated_since": "2026-07-01T09:00:00"})
    assert arguments.keywords({"updated_since": "2026-07-01T09:00:00Z"})["updated_since"].utcoffset() is not None


# --- policy -----------------------------------------------------------------------------


def test_policy_modes_allow_and_deny() -> None:
    rows = OPERATIONS
    assert not ToolPolicy().permits(rows["create_client"])
    assert ToolPolicy(allow=("create_time_entry",)).permits(rows["create_time_entry"])
    assert not ToolPolicy(mode="full", deny=("delete_*",)).permits(rows["delete_client"])
    assert ToolPolicy(mode="full", deny=("delete_*",), allow=("delete_time_entry",)).permits(rows["delete_time_entry"])
    only = ToolPolicy(deny=("*",), allow=("list_time_entries",))
    assert [name for name, row in rows.items() if only.permits(row)] == ["list_time_entries"]
    assert not ToolPolicy(mode="write").permits(rows["create_invoice_message"])
    assert ToolPolicy(mode="full").permits(rows["create_invoice_message"])
    assert "--deny" in ToolPolicy(deny=("get_*",)).refusal(rows["get_client"])
    with pytest.raises(ValueError, match="matches no operation"):
        ToolPolicy(deny=("delete_clients",))
    with pytest.raises(ValueError, match="mode must be one of"):
        ToolPolicy(mode="admin")  # type: ignore[arg-type]


def test_a_tool_outside_the_policy_is_refused_and_sends_nothing(fake: FakeHarvest) -> None:
    before = fake.store.count("Client")

    async def scenario(call: Call) -> None:
        refused = await call("create_client", {"name": "Nope"})
        assert refused.is_error and "--allow create_client" in text_of(refused)
        unknown = await call("drop_everything", {})
        assert unknown.is_error and "no tool 'drop_everything'" in text_of(unknown)

    _run(fake, scenario, ToolPolicy())
    assert fake.store.count("Client") == before and not fake.status_counts


# --- calls against the fake ------------------------------------------------------------


def test_harvest_errors_are_tool_errors_with_harvests_message(fake: FakeHarvest) -> None:
    async def scenario(call: Call) -> None:
        missing = await call("get_client", {"client_id": 424242})
        assert missing.is_error and "NotFoundError" in text_of(missing) and "404" in text_of(missing)
        blank = await call("create_client", {"name": ""})
        assert blank.is_error and "ValidationError" in text_of(blank) and "422" in text_of(blank)

    _run(fake, scenario)


def test_reports_keep_the_365_day_rule_before_anything_is_sent(fake: FakeHarvest) -> None:
    async def scenario(call: Call) -> None:
        year = json_of(await call("time_report_clients", {"from": "2024-01-01", "to": "2024-12-31"}))
        assert year["continuation"] is None and isinstance(year["records"], list)
        sent = sum(fake.status_counts.values())
        too_long = await call("time_report_clients", {"from": "2024-01-01", "to": "2025-01-01"})
        assert too_long.is_error and "at most 365 days" in text_of(too_long) and "366" in text_of(too_long)
        backwards = await call("expense_report_team", {"from": "2024-02-01", "to": "2024-01-01"})
        assert backwards.is_error and "before from" in text_of(backwards)
        assert sum(fake.status_counts.values()) == sent

    _run(fake, scenario)


def test_a_continuation_belongs_to_its_listing(fake: FakeHarvest) -> None:
    assert fake.store.count("Task") >= 2

    async def scenario(call: Call) -> None:
        first = json_of(await call("list_tasks", {"limit": 1, "is_active": True}))
        token = first["continuation"]
        assert token and len(first["records"]) == 1
        for arguments, message in (
            ({"continuation": token, "limit": 3}, "keep that limit"),
            ({"continuation": token, "is_active": False}, "is_active"),
            ({"continuation": token[:-4] + "AAAA"}, "continuation"),
            ({"continuation": "not a token"}, "not a continuation this server gave"),
        ):
            refused = await call("list_tasks", arguments)
            assert refused.is_error and message in text_of(refused), (arguments, text_of(refused))
        other = await call("list_clients", {"continuation": token})
        assert other.is_error and "continues 'list_tasks'" in text_of(other)
        restarted = json_of(await call("list_tasks", {"limit": 1, "is_active": True, "continuation": None}))
        assert restarted == first
        second = json_of(await call("list_tasks", {"continuation": token}))
        assert not {r["id"] for r in second["records"]} & {r["id"] for r in first["records"]}

    _run(fake, scenario)


def test_a_continuation_carries_only_what_the_assistant_could_ask() -> None:
    token = Continuation("list_tasks", {"is_active": True}, 2, cursor="abc").encode()
    decoded = Continuation.decode(token, "list_tasks")
    assert decoded == Continuation("list_tasks", {"is_active": True}, 2, cursor="abc")
    assert json.loads(__import__("base64").urlsafe_b64decode(token + "==")) == {
        "args": {"is_active": True},
        "cursor": "abc",
        "limit": 2,
        "tool": "list_tasks",
        "v": 2,
    }


def test_limits_are_bounded() -> None:
    hv = AsyncHarvest(access_token="t", account_id="1", user_agent="Tests (tests@example.com)")
    with pytest.raises(ValueError, match="max_limit"):
        create_server(hv, max_limit=2001)
    with pytest.raises(ValueError, match="default_limit"):
        create_server(hv, default_limit=600, max_limit=500)


def test_text_from_harvest_reaches_the_assistant_as_data_without_control_characters(fake: FakeHarvest) -> None:
    client = fake.store.all("Client")[0]
    hostile = "Evil\x1b[2J\x9b31m Corp"
    fake.store.update("Client", client["id"], {"name": hostile})

    async def scenario(call: Call) -> None:
        read = await call("get_client", {"client_id": client["id"]})
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text_of(read))
        assert json.loads(text_of(read))["name"] == hostile

    _run(fake, scenario, strict=False)


def test_the_public_surface_of_harvest_v2_mcp() -> None:
    import harvest_v2.mcp

    assert sorted(harvest_v2.mcp.__all__) == [
        "DEFAULT_LIMIT",
        "MAX_LIMIT",
        "MODES",
        "Mode",
        "ToolPolicy",
        "create_server",
        "serve_http",
        "serve_stdio",
    ]
    assert harvest_v2.mcp.MODES == ("read-only", "write", "full")


def test_a_receipt_travels_as_base64_and_goes_out_as_a_multipart_file(fake: FakeHarvest) -> None:
    import base64

    project = fake.store.all("Project")[0]
    receipt = {
        "file_name": "taxi.pdf",
        "content_base64": base64.b64encode(b"%PDF-1.4 taxi").decode(),
        "mime_type": "application/pdf",
    }
    assert "receipt" in catalogue(50, 500)["create_expense"].tool.input_schema["properties"]

    async def scenario(call: Call) -> None:
        category = json_of(await call("create_expense_category", {"name": "Travel"}))
        expense = json_of(
            await call(
                "create_expense",
                {
                    "project_id": project["id"],
                    "expense_category_id": category["id"],
                    "spent_date": "2026-03-02",
                    "total_cost": "42.10",
                    "receipt": receipt,
                },
            )
        )
        assert expense["receipt"]["file_name"] == "taxi.pdf" and expense["total_cost"] == Decimal("42.10")
        bad = await call(
            "update_expense", {"expense_id": expense["id"], "receipt": {**receipt, "content_base64": "%%%"}}
        )
        assert bad.is_error and "receipt.content_base64: not base64" in text_of(bad)

    _run(fake, scenario)


def test_a_listing_whose_next_link_goes_back_stops_with_an_error() -> None:
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        # Every page says the next one is the cursor just asked for (or the first): a loop.
        cursor = request.url.params.get("cursor", "c1")
        envelope = {
            "clients": [{"id": 1, "name": "Acme"}],
            "per_page": 1,
            "total_pages": 9,
            "total_entries": 9,
            "next_page": None,
            "previous_page": None,
            "page": 1,
            "links": {"first": "", "next": f"{BASE}/clients?cursor={cursor}&per_page=1", "previous": None, "last": ""},
        }
        return httpx.Response(200, json=envelope)

    async def main() -> None:
        async with AsyncHarvest(
            "t", "1", "Tests (tests@example.com)", base_url=BASE, throttle=False, transport=httpx.MockTransport(answer)
        ) as hv:
            client = Client(create_server(hv))
            async with client:
                first = json_of(await client.call_tool("list_clients", {"limit": 1}))
                looped = await client.call_tool("list_clients", {"continuation": first["continuation"]})
                assert isinstance(looped, CallToolResult) and looped.is_error
                assert "points back at a page already given" in text_of(looped)

    anyio.run(main)


def test_the_reports_over_a_range_say_their_rule_in_their_description() -> None:
    tools = catalogue(50, 500)
    ranged = [name for name, spec in tools.items() if spec.has_report_range]
    assert len(ranged) == 9  # every report but the project budget one, which takes no range
    assert all("at most 365 days apart" in (tools[name].tool.description or "") for name in ranged)
    assert not tools["project_budget_report"].has_report_range


def test_a_null_limit_is_the_default_limit(fake: FakeHarvest) -> None:
    async def scenario(call: Call) -> None:
        answered = await call("list_tasks", {"limit": None, "continuation": None})
        assert not answered.is_error, text_of(answered)
        assert json_of(answered)["records"], "a null limit lists with the default limit"

    _run(fake, scenario)


@pytest.mark.parametrize("drifted", [{"links": {"first": ""}}, {"clients": "none"}])
def test_a_listing_page_whose_links_or_records_drifted_is_a_tool_error_naming_them(drifted: dict[str, Any]) -> None:
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        envelope = {
            "clients": [{"id": 1, "name": "Acme"}],
            "per_page": 1,
            "total_pages": 2,
            "total_entries": 2,
            "next_page": 2,
            "previous_page": None,
            "page": 1,
            "links": {"first": "", "next": f"{BASE}/clients?page=2&per_page=1", "previous": None, "last": ""},
            **drifted,
        }
        return httpx.Response(200, json=envelope)

    async def main() -> None:
        hv = AsyncHarvest(
            "t", "1", "Tests (tests@example.com)", base_url=BASE, throttle=False, transport=httpx.MockTransport(answer)
        )
        async with hv, Client(create_server(hv)) as client:
            listed = await client.call_tool("list_clients", {"limit": 1})
            assert isinstance(listed, CallToolResult) and listed.is_error
            # Never an empty or final-looking page: the error names what Harvest left out.
            attribute = "PaginationLinks.next_" if "links" in drifted else "Clients.clients"
            assert f"{attribute} is UNSET where a value is required" in text_of(listed), text_of(listed)

    anyio.run(main)


# --- listings across calls ----------------------------------------------------------------


def _entries(fake: FakeHarvest) -> list[dict[str, Any]]:
    """The time entries as Harvest lists them: newest day first."""
    entries = sorted(fake.store.all("TimeEntry"), key=lambda r: (r["spent_date"], r["id"]), reverse=True)
    assert len(entries) >= 30, "the seed has too few entries for this test"
    return entries


@pytest.mark.parametrize("limit", [1, 10])
def test_a_listing_across_calls_keeps_every_record_through_deletions_behind_and_creations_ahead(
    fake: FakeHarvest, limit: int
) -> None:
    """Between two calls three records already given are deleted and three are created further on (earlier
    days), so total_entries stays the same: page numbers would skip three records without a word."""
    entries = _entries(fake)
    survivors = {r["id"] for r in entries}

    async def scenario(call: Call) -> None:
        arguments = {"limit": limit}
        page = json_of(await call("list_time_entries", arguments))
        seen = [r["id"] for r in page["records"]]
        first = True
        while page["continuation"] is not None:
            if first and len(seen) >= 4:  # three records given (not the last one) deleted, three created further on
                for record_id in seen[:3]:
                    fake.store.delete("TimeEntry", record_id)
                    survivors.discard(record_id)
                for template in entries[-3:]:
                    fake.store.add("TimeEntry", {**template, "id": None})
                first = False
            page = json_of(await call("list_time_entries", {**arguments, "continuation": page["continuation"]}))
            seen += [r["id"] for r in page["records"]]
        assert len(seen) == len(set(seen))  # nothing twice
        assert survivors <= set(seen)  # every record there throughout, once

    _run(fake, scenario)


def test_a_listing_that_moved_past_its_overlap_between_calls_says_so(fake: FakeHarvest) -> None:
    async def scenario(call: Call) -> None:
        arguments = {"limit": 10}
        page = json_of(await call("list_time_entries", arguments))
        for record in page["records"]:  # every record the next call would find its place by
            fake.store.delete("TimeEntry", record["id"])
        moved = await call("list_time_entries", {**arguments, "continuation": page["continuation"]})
        assert moved.is_error
        assert "ListingChangedError" in text_of(moved) and "changed since the previous call" in text_of(moved)

    _run(fake, scenario)
