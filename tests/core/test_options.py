"""Per-call options (extra_headers, extra_query, extra_body, timeout) and with_options, on both clients."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from harvest_v2 import Harvest, RetryPolicy, ServerError

from tests.helpers import ACCOUNT, AGENT, BASE, TOKEN, Clients, client_json, page_json


def _recording(seen: list[httpx.Request], answer: dict[str, Any] | None = None, status: int = 200) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(status, json=answer if answer is not None else client_json(7))

    return handler


def test_extra_headers_query_and_body_are_sent(clients: Clients) -> None:
    seen: list[httpx.Request] = []
    hv, _ = clients.make(_recording(seen))
    clients.run(
        hv,
        lambda hv: hv.clients.update(
            7,
            name="Acme",
            extra_headers={"X-Request-Note": "nightly sync"},
            extra_query={"approval_status": "approved"},
            extra_body={"new_field": Decimal("10.10"), "name": "Renamed"},
        ),
    )
    (request,) = seen
    assert request.headers["X-Request-Note"] == "nightly sync"
    assert request.url.params["approval_status"] == "approved"
    body = json.loads(request.content, parse_float=Decimal)
    # extra_body adds new fields and replaces the method's own; Decimal stays exact.
    assert body == {"name": "Renamed", "new_field": Decimal("10.10")}
    assert b"10.10" in request.content
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_an_extra_header_replaces_a_default_case_insensitively(clients: Clients) -> None:
    seen: list[httpx.Request] = []
    hv, _ = clients.make(_recording(seen))
    clients.run(hv, lambda hv: hv.clients.get(7, extra_headers={"user-agent": "Other (o@example.com)"}))
    assert seen[0].headers.get_list("User-Agent") == ["Other (o@example.com)"]


@pytest.mark.parametrize("name", ["Authorization", "authorization", "Harvest-Account-Id", "HARVEST-ACCOUNT-ID"])
def test_extra_headers_cannot_touch_the_credentials(clients: Clients, name: str) -> None:
    seen: list[httpx.Request] = []
    hv, _ = clients.make(_recording(seen))
    with pytest.raises(ValueError, match=f"extra_headers cannot set {name}"):
        clients.run(hv, lambda hv: hv.clients.get(7, extra_headers={name: "Bearer stolen"}))
    assert seen == []


@pytest.mark.parametrize(
    ("options", "error", "text"),
    [
        ({"extra_headers": {"X-A": "two\nlines"}}, ValueError, r"extra_headers\['X-A'\] .* a newline"),
        ({"extra_headers": {"X-A": 3}}, TypeError, "extra_headers must map str to str"),
        ({"extra_headers": ["X-A"]}, TypeError, "extra_headers must be a mapping"),
        ({"extra_query": "a=b"}, TypeError, "extra_query must be a mapping"),
        ({"timeout": 0}, ValueError, "timeout must be a finite number of seconds above 0"),
        ({"timeout": float("inf")}, ValueError, "timeout must be a finite"),
        ({"timeout": "5"}, TypeError, "timeout must be seconds"),
        ({"timeout": httpx.Timeout(None)}, ValueError, "timeout must be finite"),
        ({"extra_body": {"x": 1}}, ValueError, "extra_body: GET /clients/{client_id}.* sends no body"),
    ],
)
def test_bad_options_are_refused_before_sending(
    clients: Clients, options: dict[str, Any], error: type[Exception], text: str
) -> None:
    seen: list[httpx.Request] = []
    hv, _ = clients.make(_recording(seen))
    with pytest.raises(error, match=text):
        clients.run(hv, lambda hv: hv.clients.get(7, **options))
    assert seen == []


def test_a_per_call_timeout_goes_on_that_request_only(clients: Clients) -> None:
    seen: list[httpx.Request] = []
    hv, _ = clients.make(_recording(seen), timeout=30)

    async def both_async(hv: Any) -> None:
        await hv.clients.get(7, timeout=httpx.Timeout(120, connect=5))
        await hv.clients.get(7)

    def both(hv: Any) -> Any:
        if clients.kind == "async":
            return both_async(hv)
        hv.clients.get(7, timeout=httpx.Timeout(120, connect=5))
        hv.clients.get(7)
        return None

    clients.run(hv, both)
    assert seen[0].extensions["timeout"] == {"connect": 5, "read": 120, "write": 120, "pool": 120}
    assert seen[1].extensions["timeout"] == {"connect": 30, "read": 30, "write": 30, "pool": 30}


def test_every_page_of_a_listing_carries_the_options(clients: Clients) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.params.get("page") == "2":
            return httpx.Response(
                200, json=page_json("clients", [client_json(2)], next_url=None, page=2, total_entries=2, total_pages=2)
            )
        return httpx.Response(
            200,
            json=page_json(
                "clients", [client_json(1)], next_url=f"{BASE}/clients?page=2", page=1, total_entries=2, total_pages=2
            ),
        )

    hv, _ = clients.make(handler)
    records = clients.items(
        hv, lambda hv: hv.clients.list(extra_headers={"X-Trace": "t1"}, extra_query={"approval_status": "open"})
    )
    assert [record.id for record in records] == [1, 2]
    assert [request.headers["X-Trace"] for request in seen] == ["t1", "t1"]
    assert [request.url.params["approval_status"] for request in seen] == ["open", "open"]
    assert seen[1].url.params["page"] == "2"


def test_with_options_changes_settings_and_shares_the_connections(clients: Clients) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500, json={"message": "down"})

    hv, _ = clients.make(handler, max_retries=3)
    quick = hv.with_options(max_retries=0, timeout=7)
    assert type(quick) is type(hv)
    assert quick is not hv
    with pytest.raises(ServerError):
        clients.wait(quick.clients.get(7))
    assert len(calls) == 1  # no retry on the derived client
    assert calls[0].extensions["timeout"]["read"] == 7
    assert quick._http is hv._http  # one connection pool
    assert quick._pipeline.pacer is hv._pipeline.pacer
    assert quick._pipeline.credentials is hv._pipeline.credentials
    calls.clear()
    with pytest.raises(ServerError):
        clients.wait(hv.clients.get(7))
    assert len(calls) == 4  # the original keeps its own budget and timeout
    assert calls[0].extensions["timeout"]["read"] == 30
    assert hv.clients is not quick.clients
    clients.close(quick)
    # Closing one closes the shared connections: the other is closed too.
    with pytest.raises(Exception, match="closed"):
        clients.wait(hv.clients.get(7))


def test_with_options_retry_strict_and_its_checks() -> None:
    hv = Harvest(TOKEN, ACCOUNT, AGENT, throttle=False, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    policy = RetryPolicy(max_retries=1, max_wait=2)
    derived = hv.with_options(retry=policy, strict=True, deadline=9, max_body_size=1000)
    assert derived._pipeline.retry is policy
    assert derived._pipeline.strict is True
    assert derived._pipeline.call_deadline(None) == 9
    assert derived._pipeline.max_body_size == 1000
    assert hv._pipeline.strict is False
    budget = hv.with_options(max_retry_wait=4)._pipeline.retry
    assert (budget.max_retries, budget.max_wait) == (5, 4)
    with pytest.raises(ValueError, match="not both"):
        hv.with_options(retry=policy, max_retries=2)
    with pytest.raises(ValueError, match="deadline must be"):
        hv.with_options(deadline=-1)
    with pytest.raises(ValueError, match="max_body_size must be"):
        hv.with_options(max_body_size=0)
    with pytest.raises(ValueError, match="timeout must be"):
        hv.with_options(timeout=-1)
    hv.close()
