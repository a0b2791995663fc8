"""hv.request(): the escape hatch gets the same auth, pacing bucket, retries, errors and origin rule."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from harvest_v2 import ForeignOriginError, NotFoundError, ServerError, UnexpectedResponseError
from harvest_v2._core._escape import bucket_for
from harvest_v2._core._operation import Bucket
from harvest_v2._core._pacing import Booking
from harvest_v2.client import _operation_table

from tests.helpers import ACCOUNT, BASE, TOKEN, Clients


def _recorder(seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return handler


def test_a_get_returns_the_json_with_exact_decimals(clients: Clients) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, content=b'{"id": 1, "rate": 0.1, "items": [1.10]}', headers={"Content-Type": "application/json"}
        )

    hv, _ = clients.make(handler)
    answer = clients.run(
        hv,
        lambda hv: hv.request(
            "get",
            "/users/me",
            params={"from": datetime.date(2025, 1, 31), "amount": Decimal("1E+2"), "active": True},
            extra_headers={"X-Trace": "t"},
        ),
    )
    assert answer == {"id": 1, "rate": Decimal("0.1"), "items": [Decimal("1.10")]}
    assert isinstance(answer["rate"], Decimal)
    (request,) = seen
    assert request.method == "GET"
    assert str(request.url).startswith(f"{BASE}/users/me?")
    assert dict(request.url.params) == {"from": "2025-01-31", "amount": "100", "active": "true"}
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Harvest-Account-Id"] == ACCOUNT
    assert request.headers["X-Trace"] == "t"


def test_a_body_goes_as_exact_json_and_an_empty_answer_is_none(clients: Clients) -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        return httpx.Response(204)

    hv, _ = clients.make(handler)
    assert clients.run(hv, lambda hv: hv.request("PATCH", "/time_entries/5", json={"hours": Decimal("1.10")})) is None
    assert json.loads(seen[0], parse_float=Decimal) == {"hours": Decimal("1.10")}


def test_errors_and_retries_are_the_clients(clients: Clients) -> None:
    answers = [httpx.Response(500, json={"message": "oops"}), httpx.Response(404, json={"message": "gone"})]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    hv, sleep = clients.make(handler)
    with pytest.raises(NotFoundError, match="gone"):
        clients.run(hv, lambda hv: hv.request("GET", "/users/me"))
    assert len(sleep.waits) == 1  # the 500 was retried (GET is idempotent)

    hv, _ = clients.make(lambda request: httpx.Response(500, json={"message": "oops"}))
    with pytest.raises(ServerError):
        clients.run(hv, lambda hv: hv.request("POST", "/time_entries", json={}))


def test_a_non_json_answer_is_an_unexpected_response(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: httpx.Response(200, text="<html>"))
    with pytest.raises(UnexpectedResponseError, match="expected a JSON body"):
        clients.run(hv, lambda hv: hv.request("GET", "/users/me"))


def test_another_origin_never_gets_the_token(clients: Clients) -> None:
    seen: list[httpx.Request] = []
    hv, _ = clients.make(_recorder(seen))
    with pytest.raises(ForeignOriginError):
        clients.run(hv, lambda hv: hv.request("GET", "https://evil.example/v2/users/me"))
    assert seen == []
    hv, _ = clients.make(_recorder(seen))
    assert clients.run(hv, lambda hv: hv.request("GET", f"{BASE}/users/me")) == {}
    assert [str(request.url) for request in seen] == [f"{BASE}/users/me"]


@pytest.mark.parametrize(
    ("method", "path", "options", "error", "text"),
    [
        ("FETCH", "/users/me", {}, ValueError, "method must be one of GET, POST"),
        ("GET", "users/me", {}, ValueError, "path must start with /"),
        ("GET", "/users?page=2", {"params": {"page": 3}}, ValueError, "either in path or as params"),
        ("GET", "/users", {"params": {"ids": [1, 2]}}, TypeError, r"params\['ids'\] must be"),
        ("POST", "/users", {"json": "text"}, TypeError, "json must be a dict or a list"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    clients: Clients, method: str, path: str, options: dict[str, Any], error: type[Exception], text: str
) -> None:
    seen: list[httpx.Request] = []
    hv, _ = clients.make(_recorder(seen))
    with pytest.raises(error, match=text):
        clients.run(hv, lambda hv: hv.request(method, path, **options))
    assert seen == []


@pytest.mark.parametrize(
    ("path", "bucket"),
    [
        ("/reports/time/clients", "reports"),
        ("/reports/uninvoiced?from=20250101", "reports"),
        ("/time_entries/12", "general"),
        ("/users/me", "general"),
        ("/not/in/the/spec", "general"),
    ],
)
def test_the_bucket_comes_from_the_matching_row(path: str, bucket: str) -> None:
    assert bucket_for(path, _operation_table()) == bucket


def test_a_report_is_paced_in_the_reports_bucket(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: httpx.Response(200, json={}), throttle=True, account_id="555002")
    buckets: list[str] = []

    pacer = hv._pipeline.pacer
    assert pacer is not None
    real_reserve = pacer.reserve

    def reserve(bucket: Bucket) -> Booking:
        buckets.append(bucket)
        return real_reserve(bucket)

    async def areserve(bucket: Bucket) -> Booking:
        return reserve(bucket)  # the in-process pacer books without waiting

    pacer.reserve = reserve  # type: ignore[method-assign]
    pacer.areserve = areserve  # type: ignore[method-assign]
    clients.wait(hv.request("GET", "/reports/time/projects", params={"from": "20250101", "to": "20250131"}))
    clients.wait(hv.request("GET", "/whatever_harvest_adds_next"))
    assert buckets == ["reports", "general"]
