"""Error rule: typed exceptions with status, method and URL, and Harvest's own message."""

from __future__ import annotations

import httpx
import pytest
from harvest_v2 import (
    AuthenticationError,
    HarvestError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)

from tests.helpers import BASE, json_response, make_client


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (
            401,
            {"error": "invalid_token", "error_description": "The access token expired"},
            AuthenticationError,
            "The access token expired",
        ),
        (403, {"message": "You do not have access to this client"}, PermissionDeniedError, "do not have access"),
        (404, {"status": 404, "error": "Not Found"}, NotFoundError, "Not Found"),
        (422, {"message": "Name has already been taken"}, ValidationError, "Name has already been taken"),
    ],
)
def test_status_maps_to_typed_error(
    status: int, body: dict[str, object], error: type[HarvestError], message: str
) -> None:
    hv, _ = make_client(lambda request: json_response(status, body))
    with pytest.raises(error) as info:
        hv.clients.get(42)
    assert info.value.status == status
    assert info.value.method == "GET"
    assert info.value.url == f"{BASE}/clients/42"
    assert message in str(info.value)
    assert isinstance(info.value, HarvestError)


def test_plain_text_400_keeps_the_text() -> None:
    hv, _ = make_client(lambda request: httpx.Response(400, text="Missing User-Agent header"))
    with pytest.raises(ValidationError, match="Missing User-Agent header"):
        hv.clients.get(1)


def test_5xx_after_retries_is_server_error() -> None:
    hv, sleep = make_client(lambda request: httpx.Response(502, text="<html>bad gateway</html>"), max_retries=2)
    with pytest.raises(ServerError) as info:
        hv.clients.get(1)
    assert info.value.status == 502 and len(sleep.waits) == 2


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (
            httpx.Response(200, text="<html>maintenance</html>", headers={"Content-Type": "text/html"}),
            "expected a JSON body; content-type text/html",
        ),
        (httpx.Response(200, content=b'{"id": 1,', headers={"Content-Type": "application/json"}), "not valid JSON"),
        (httpx.Response(200, json=[{"id": 1, "name": "only"}]), "expected a JSON object for Client"),
    ],
)
def test_unexpected_bodies_are_explained(response: httpx.Response, expected: str) -> None:
    hv, _ = make_client(lambda request: response)
    with pytest.raises(UnexpectedResponseError, match=expected) as info:
        hv.clients.get(1)
    assert info.value.status == 200
    assert "body starts" in str(info.value)
