"""TokenRefresh on its own: the refresh flow's decisions without any I/O (the clients' use is test_refresh's)."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from harvest_v2 import AuthenticationError, HarvestError, TransportError
from harvest_v2._core._auth import Credentials
from harvest_v2._core._refresh import TokenRefresh

from tests.helpers import AGENT, json_response

TOKEN_URL = "https://id.example.com/oauth2/token"
SECRETS = {
    "access_token": "access-0-abcdefgh",
    "refresh_token": "refresh-0-abcdefgh",
    "client_secret": "secret-abcdefgh",
}


def _refresh() -> TokenRefresh:
    credentials = Credentials(account_id="123", client_id="client-id", **SECRETS)
    return TokenRefresh(credentials, token_url=TOKEN_URL, user_agent=AGENT)


def _answer(request: httpx.Request, status: int, body: object) -> httpx.Response:
    response = json_response(status, body)
    response.request = request
    return response


def test_the_request_is_the_refresh_grant_and_carries_no_api_header() -> None:
    refresh = _refresh()
    request = refresh.request()
    assert (request.method, str(request.url)) == ("POST", TOKEN_URL)
    assert dict(httpx.QueryParams(request.content.decode())) == {
        "grant_type": "refresh_token",
        "refresh_token": SECRETS["refresh_token"],
        "client_id": "client-id",
        "client_secret": SECRETS["client_secret"],
    }
    assert "authorization" not in request.headers and "harvest-account-id" not in request.headers
    assert request.headers["user-agent"] == AGENT


def test_an_accepted_answer_is_the_next_generation() -> None:
    refresh = _refresh()
    answer = _answer(refresh.request(), 200, {"access_token": "access-1-abcdefgh", "expires_in": 60})
    tokens = refresh.accept(answer, refresh.turn(0))
    assert (tokens.access_token, tokens.refresh_token, tokens.expires_in) == (
        "access-1-abcdefgh",
        "refresh-0-abcdefgh",
        60,
    )
    assert refresh.credentials.auth() == (1, {"Authorization": "Bearer access-1-abcdefgh", "Harvest-Account-Id": "123"})
    assert not refresh.needed(0) and refresh.needed(1)  # a call that failed with generation 0 just retries
    assert refresh.credentials.redact("echo access-1-abcdefgh") == "echo ***"


def test_a_rotated_refresh_token_is_the_one_sent_next() -> None:
    refresh = _refresh()
    refresh.accept(
        _answer(refresh.request(), 200, {"access_token": "a-1-abcdefgh", "refresh_token": "r-1-abcdefgh"}),
        refresh.turn(0),
    )
    assert dict(httpx.QueryParams(refresh.request().content.decode()))["refresh_token"] == "r-1-abcdefgh"


def test_a_refusal_is_remembered_for_its_refresh_token() -> None:
    refresh = _refresh()
    waiting = refresh.turn(0)  # a call that waits while the first one refreshes
    refused = _answer(refresh.request(), 400, {"error": "invalid_grant", "error_description": "used"})
    with pytest.raises(AuthenticationError, match="refused: invalid_grant: used"):
        refresh.accept(refused, refresh.turn(0))
    with pytest.raises(AuthenticationError, match="refused: invalid_grant: used") as again:
        refresh.settled(waiting)  # no second request
    assert again.value.status == 400
    with pytest.raises(AuthenticationError, match="invalid_grant"):
        refresh.settled(refresh.turn(0))  # a later call too: the refresh token stays refused
    assert refresh.credentials.generation == 0


def test_a_server_failure_reaches_the_waiting_calls_only() -> None:
    refresh = _refresh()
    waiting = refresh.turn(0)
    with pytest.raises(AuthenticationError) as first:
        refresh.accept(_answer(refresh.request(), 503, {"error": "unavailable"}), refresh.turn(0))
    with pytest.raises(AuthenticationError) as same:
        refresh.settled(waiting)  # it waited for that attempt: the same error, no request of its own
    assert str(same.value) == str(first.value) and same.value is not first.value
    assert not refresh.settled(refresh.turn(0))  # the next caller may try again


def test_clients_holding_one_refresh_token_share_its_refresh() -> None:
    first, second = _refresh(), _refresh()
    turn = second.turn(0)
    first.accept(
        _answer(first.request(), 200, {"access_token": "a-1-abcdefgh", "refresh_token": "r-1-abcdefgh"}),
        first.turn(0),
    )
    assert second.settled(turn)  # takes the first client's tokens instead of sending a used refresh token
    assert second.credentials.auth()[1]["Authorization"] == "Bearer a-1-abcdefgh"
    assert dict(httpx.QueryParams(second.request().content.decode()))["refresh_token"] == "r-1-abcdefgh"


def test_store_keys_name_the_refresh_token_without_revealing_it() -> None:
    key = _refresh().turn(0).key
    assert key == _refresh().turn(0).key and len(key) == 40
    assert SECRETS["refresh_token"] not in key and SECRETS["client_secret"] not in key
    other = TokenRefresh(
        Credentials(account_id="123", client_id="client-id", **{**SECRETS, "client_secret": "other-secret-1"}),
        token_url=TOKEN_URL,
        user_agent=AGENT,
    )
    assert other.turn(0).key != key  # keyed by the client secret: not computable from the token alone


@pytest.mark.parametrize(
    "body",
    [
        {"token_type": "bearer"},
        {"access_token": ""},
        {"access_token": 5},
        {"access_token": "ok-abcdefgh", "refresh_token": 1},
    ],
)
def test_an_unusable_answer_keeps_the_current_token(body: object) -> None:
    refresh = _refresh()
    with pytest.raises(AuthenticationError, match="unusable"):
        refresh.accept(_answer(refresh.request(), 200, body), refresh.turn(0))
    assert refresh.credentials.auth()[0] == 0 and refresh.needed(0)


def test_a_failure_to_send_is_a_harvest_error_without_secrets() -> None:
    refresh = _refresh()
    error = refresh.failed(httpx.ConnectError(f"refused while sending {SECRETS['client_secret']}"), refresh.turn(0))
    assert isinstance(error, TransportError) and SECRETS["client_secret"] not in str(error)
    other = refresh.failed(httpx.DecodingError("bad gzip"), refresh.turn(0))
    assert isinstance(other, HarvestError) and not isinstance(other, TransportError)


def test_no_secret_shows_in_its_repr() -> None:
    shown = repr(_refresh()) + repr(_refresh().credentials)
    assert not [value for value in SECRETS.values() if value in shown]


def test_the_async_lock_is_one_lock_per_event_loop() -> None:
    refresh = _refresh()

    async def locks() -> tuple[asyncio.Lock, asyncio.Lock]:
        return refresh.turn(0).home.async_lock.tasks, _refresh().turn(0).home.async_lock.tasks

    first, second = asyncio.run(locks())
    assert first is second  # two clients, one refresh token: one lock
    assert asyncio.run(locks())[0] is not first  # an asyncio.Lock belongs to its loop


def test_tasks_and_threads_of_one_refresh_token_exclude_each_other() -> None:
    home = _refresh().turn(0).home
    order: list[str] = []

    async def task() -> None:
        async with home.async_lock:
            order.append("task")

    with home.lock:  # a thread refreshing
        runner = threading.Thread(target=asyncio.run, args=(task(),))
        runner.start()
        runner.join(timeout=0.2)
        order.append("thread done")
    runner.join(timeout=10)
    assert order == ["thread done", "task"]


def test_it_needs_the_refresh_secrets() -> None:
    credentials = Credentials(account_id="123", access_token=SECRETS["access_token"])
    with pytest.raises(ValueError, match="refresh_token, client_id and client_secret"):
        TokenRefresh(credentials, token_url=TOKEN_URL, user_agent=AGENT)
