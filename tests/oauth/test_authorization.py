"""From a client id to a working client for the right account, over real HTTP against the fake's Harvest ID."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from harvest_v2 import AuthenticationError
from harvest_v2.oauth import (
    HARVEST_ALL,
    Account,
    AccountSelectionError,
    HarvestID,
    OAuthError,
    StateMismatchError,
    harvest_account,
    harvest_scope,
)
from harvest_v2.testing import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FakeHarvest, IdentityAccount

from tests.oauth._flow import api_client, browse, current_user_id, exchange, harvest_id, pick
from tests.oauth.conftest import AGENT

REDIRECT = "http://127.0.0.1:8765/callback"


def test_authorize_to_first_call(fake: FakeHarvest, kind: str, debug_logs: pytest.LogCaptureFixture) -> None:
    service = harvest_id(fake, kind)
    start = service.authorization_url(REDIRECT, scope=HARVEST_ALL)
    sent = dict(parse_qsl(urlsplit(start.url).query))
    assert sent == {
        "client_id": DEFAULT_CLIENT_ID,
        "response_type": "code",
        "state": start.state,
        "redirect_uri": REDIRECT,
        "scope": "harvest:all",
    }
    assert len(start.state) >= 40 and start.state not in repr(start)
    callback = browse(start)
    assert callback.startswith(REDIRECT + "?")
    tokens = exchange(service, callback, start.state, redirect_uri=REDIRECT)
    assert tokens.expires_in == fake.identity.expires_in and tokens.refresh_token
    account = pick(harvest_id(fake, kind), tokens.access_token)
    assert account == Account(int(fake.account_id), "Fake Harvest Company", "harvest")  # the Forecast one is not
    hv = api_client(kind, fake, **service.client_kwargs(tokens, account))
    assert current_user_id(hv) == fake.current_user_id
    # The state and the code travel in the browser's URLs by design; the tokens and the secret never show.
    for secret in (tokens.access_token, tokens.refresh_token, DEFAULT_CLIENT_SECRET):
        assert secret not in debug_logs.text and secret not in repr(tokens) and secret not in repr(hv)


def test_a_state_that_does_not_match_is_refused_before_anything_is_sent(fake: FakeHarvest, kind: str) -> None:
    service = harvest_id(fake, kind)
    start = service.authorization_url(REDIRECT)
    callback = browse(start)
    with pytest.raises(StateMismatchError, match="does not match"):
        exchange(service, callback, "another-session-state")
    forged = callback.replace(f"state={start.state}", "state=forged")
    with pytest.raises(StateMismatchError):
        exchange(harvest_id(fake, kind), forged, start.state)
    assert fake.identity.token_requests == {}


def test_a_denied_authorization_says_so(fake: FakeHarvest, kind: str) -> None:
    callback = f"{REDIRECT}?error=access_denied&error_description=The+user+said+no%1b[31m&state=s-1"
    with pytest.raises(OAuthError, match="did not authorize: access_denied: The user said no␛\\[31m") as info:
        exchange(harvest_id(fake, kind), callback, "s-1")
    assert info.value.error == "access_denied"
    assert "\x1b" not in str(info.value)  # text from outside is data, never a terminal escape


def test_a_code_works_once(fake: FakeHarvest, kind: str) -> None:
    start = harvest_id(fake, kind).authorization_url(REDIRECT)
    callback = browse(start)
    exchange(harvest_id(fake, kind), callback, start.state, redirect_uri=REDIRECT)
    with pytest.raises(AuthenticationError, match="exchange was refused: invalid_grant") as info:
        exchange(harvest_id(fake, kind), callback, start.state, redirect_uri=REDIRECT)
    code = dict(parse_qsl(urlsplit(callback).query))["code"]
    assert code not in str(info.value) and DEFAULT_CLIENT_SECRET not in str(info.value)


def test_a_wrong_client_secret_is_refused(fake: FakeHarvest) -> None:
    start = harvest_id(fake, "sync").authorization_url(REDIRECT)
    with (
        HarvestID(DEFAULT_CLIENT_ID, "not-the-secret-at-all", user_agent=AGENT, id_url=fake.id_url) as service,
        pytest.raises(AuthenticationError, match="invalid_client") as info,
    ):
        service.exchange_code(browse(start), expected_state=start.state, redirect_uri=REDIRECT)
    assert "not-the-secret-at-all" not in str(info.value)


def test_several_harvest_accounts_are_never_guessed_between(fake: FakeHarvest, kind: str) -> None:
    fake.identity.accounts.append(IdentityAccount(3000003, "Second Company", "harvest"))
    tokens = fake.identity.issue(DEFAULT_CLIENT_ID)
    with pytest.raises(
        AccountSelectionError, match=r"reaches 2 Harvest accounts: 1000001 .*3000003 .*account_id="
    ) as info:
        pick(harvest_id(fake, kind), tokens["access_token"])
    assert [account.product for account in info.value.accounts] == ["harvest", "forecast", "harvest"]
    assert pick(harvest_id(fake, kind), tokens["access_token"], 3000003).name == "Second Company"
    with pytest.raises(AccountSelectionError, match="account 2000001 is not among the Harvest accounts"):
        pick(harvest_id(fake, kind), tokens["access_token"], 2000001)  # the Forecast account


def test_a_scope_decides_which_accounts_a_token_reaches(fake: FakeHarvest, kind: str) -> None:
    fake.identity.accounts.append(IdentityAccount(3000003, "Second Company", "harvest"))
    tokens = fake.identity.issue(DEFAULT_CLIENT_ID, scope=harvest_scope(3000003))
    assert pick(harvest_id(fake, kind), tokens["access_token"]).id == 3000003
    only_forecast = fake.identity.issue(DEFAULT_CLIENT_ID, scope="forecast:all")
    with pytest.raises(AccountSelectionError, match=r"no Harvest account .*2000001"):
        pick(harvest_id(fake, kind), only_forecast["access_token"])


def test_an_expired_token_cannot_list_accounts(fake: FakeHarvest, kind: str) -> None:
    tokens = fake.identity.issue(DEFAULT_CLIENT_ID)
    fake.identity.expire_access_tokens()
    with pytest.raises(AuthenticationError) as info:
        pick(harvest_id(fake, kind), tokens["access_token"])
    assert tokens["access_token"] not in str(info.value)


def test_account_rules_without_a_server() -> None:
    harvest, forecast = Account(1, "H", "harvest"), Account(2, "F", "forecast")
    assert harvest_account([forecast, harvest]) is harvest
    assert harvest_account([harvest], "1") is harvest
    with pytest.raises(AccountSelectionError, match="reaches no Harvest account"):
        harvest_account([])
    with pytest.raises(ValueError, match="numeric"):
        harvest_scope("12a")


def test_bad_settings_are_refused_before_anything_is_sent() -> None:
    with pytest.raises(ValueError, match="client_secret is required"):
        HarvestID("id", "", user_agent=AGENT)
    with pytest.raises(ValueError, match="user_agent"):
        HarvestID("id", "secret", user_agent="no contact")
    service = HarvestID("id", "secret", user_agent=AGENT)
    with pytest.raises(ValueError, match="redirect_uri must be an http"):
        service.authorization_url("javascript:alert(1)")
    with pytest.raises(ValueError, match="expected_state"):
        service.exchange_code("?code=1&state=", expected_state="")
