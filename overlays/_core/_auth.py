"""Credentials: the headers every request carries, and OAuth2 refresh.

Harvest answers 400 to a request without a User-Agent and a misleading 401
invalid_token to one without Harvest-Account-Id, so both are checked when the
client is built. Tokens live in `Secret`, whose repr and str never show them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

DEFAULT_TOKEN_URL = "https://id.getharvest.com/api/v2/oauth2/token"
USER_AGENT_FORM = '"AppName (email or URL)", for example "Billing sync (ops@example.com)"'
_USER_AGENT = re.compile(r"^\s*\S.*\(\s*\S.*\)\s*$")


class Secret:
    """A credential that never shows itself in repr, str, logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class TokenSet:
    """Tokens returned by Harvest's OAuth2 token endpoint after a refresh (store them for next time)."""

    __slots__ = ("_access_token", "_refresh_token", "expires_in", "token_type")

    def __init__(self, access_token: str, refresh_token: str | None, expires_in: int | None, token_type: str) -> None:
        self._access_token = Secret(access_token)
        self._refresh_token = Secret(refresh_token) if refresh_token else None
        self.expires_in = expires_in
        self.token_type = token_type

    @property
    def access_token(self) -> str:
        return self._access_token.reveal()

    @property
    def refresh_token(self) -> str | None:
        return self._refresh_token.reveal() if self._refresh_token else None

    def __repr__(self) -> str:
        return f"TokenSet(access_token='***', refresh_token='***', expires_in={self.expires_in!r})"


def check_user_agent(user_agent: str | None) -> str:
    if user_agent is None or not user_agent.strip():
        raise ValueError(
            f"user_agent is required by Harvest (it answers 400 without one); use the form {USER_AGENT_FORM}"
        )
    if not _USER_AGENT.match(user_agent):
        raise ValueError(
            f"user_agent {user_agent!r} lacks a contact; Harvest wants the application name and an email or URL "
            f"in parentheses: {USER_AGENT_FORM}"
        )
    return user_agent.strip()


def check_account_id(account_id: str | int | None) -> str:
    text = "" if account_id is None else str(account_id).strip()
    if not text:
        raise ValueError(
            "account_id is required (the Harvest-Account-Id header); without it Harvest answers a misleading "
            "401 invalid_token. Find it at id.getharvest.com/developers next to your token."
        )
    if not text.isdigit():
        raise ValueError(f"account_id must be the numeric Harvest account id, got {text!r}")
    return text


class Credentials:
    """Access token, account and (optionally) what an OAuth2 refresh needs."""

    def __init__(
        self,
        *,
        access_token: str | None,
        account_id: str | int | None,
        refresh_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str = DEFAULT_TOKEN_URL,
        on_token_refresh: Callable[[TokenSet], Any] | None = None,
    ) -> None:
        self.account_id = check_account_id(account_id)
        refresh_parts = {"refresh_token": refresh_token, "client_id": client_id, "client_secret": client_secret}
        given = [name for name, value in refresh_parts.items() if value]
        if given and len(given) != 3:
            missing = sorted(set(refresh_parts) - set(given))
            raise ValueError(f"OAuth2 refresh needs refresh_token, client_id and client_secret; missing {missing}")
        if not access_token and not given:
            raise ValueError("access_token is required (a personal access token or an OAuth2 access token)")
        self._access = Secret(access_token or "")
        self._refresh = Secret(refresh_token) if refresh_token else None
        self.client_id = client_id
        self._client_secret = Secret(client_secret) if client_secret else None
        self.token_url = token_url
        self.on_token_refresh = on_token_refresh

    @property
    def can_refresh(self) -> bool:
        return self._refresh is not None

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._access.reveal()}", "Harvest-Account-Id": self.account_id}

    def refresh_form(self) -> dict[str, str]:
        """Form fields of the refresh_token grant."""
        assert self._refresh is not None and self._client_secret is not None and self.client_id is not None
        return {
            "grant_type": "refresh_token",
            "refresh_token": self._refresh.reveal(),
            "client_id": self.client_id,
            "client_secret": self._client_secret.reveal(),
        }

    def accept_refresh(self, payload: Any) -> TokenSet:
        """Take the token endpoint's JSON answer; raise ValueError when it holds no access token."""
        if not isinstance(payload, dict) or not isinstance(payload.get("access_token"), str):
            raise ValueError("the token endpoint's answer has no access_token")
        tokens = TokenSet(
            payload["access_token"],
            payload.get("refresh_token") or (self._refresh.reveal() if self._refresh else None),
            payload.get("expires_in"),
            str(payload.get("token_type", "bearer")),
        )
        self._access = Secret(tokens.access_token)
        if tokens.refresh_token:
            self._refresh = Secret(tokens.refresh_token)
        return tokens

    def __repr__(self) -> str:
        return f"Credentials(account_id={self.account_id!r}, access_token='***', refresh={self.can_refresh})"
