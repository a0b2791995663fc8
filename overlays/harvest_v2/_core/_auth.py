"""Credentials: the secrets a client holds, and the checks on every value that becomes a header.

Harvest answers 400 to a request without a User-Agent and a misleading 401
invalid_token to one without Harvest-Account-Id, so both are checked when the
client is built. Every value that becomes a header is checked there too: a
newline, another control character or a non-ASCII character would otherwise
fail every request inside httpcore, whose error text and DEBUG log carry the
header, token included. Tokens live in `Secret`, whose repr and str never show
them, and errors about them never quote them. The OAuth2 refresh that replaces
them is _refresh's; the endpoint it sends them to is checked here, with the client's other settings.
"""

from __future__ import annotations

import re

import httpx

__all__ = [
    "DEFAULT_ID_URL",
    "DEFAULT_TOKEN_URL",
    "TOKEN_PATH",
    "USER_AGENT_FORM",
    "Credentials",
    "Secret",
    "check_account_id",
    "check_header_value",
    "check_token_url",
    "check_user_agent",
]

USER_AGENT_FORM = '"AppName (email or URL)", for example "Billing sync (ops@example.com)"'
_USER_AGENT = re.compile(r"^\s*\S.*\(\s*\S.*\)\s*$")

DEFAULT_ID_URL = "https://id.getharvest.com"
"""Harvest ID's root: where OAuth2 applications authorize and tokens come from."""
TOKEN_PATH = "/api/v2/oauth2/token"
"""Where the token endpoint sits under a Harvest ID root (a stored token_url gives its root back)."""
DEFAULT_TOKEN_URL = DEFAULT_ID_URL + TOKEN_PATH


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


_NAMED_CHARACTERS = {"\n": "a newline", "\r": "a carriage return", "\t": "a tab", " ": "a space"}


def check_header_value(name: str, value: str, *, secret: bool, spaces: bool = False) -> None:
    """Refuse a value that cannot travel in an HTTP header: printable ASCII only (spaces when allowed).

    The ValueError names the argument and the position; it quotes the value only when it is not a secret.
    """
    for position, char in enumerate(value, start=1):
        if "!" <= char <= "~" or (spaces and char == " "):
            continue
        if char in _NAMED_CHARACTERS:
            what = _NAMED_CHARACTERS[char]
        elif char.isascii():
            what = "a control character"
        else:
            what = "a non-ASCII character"
        hint = " (read from a file? strip the line ending)" if char in "\r\n" else ""
        shown = "" if secret else f" {value!r}"
        allowed = "printable ASCII" if spaces else "printable ASCII without spaces"
        raise ValueError(f"{name}{shown} contains {what} at position {position}{hint}; it must be {allowed}")


def _check_str(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    return value


def check_user_agent(user_agent: str | None) -> str:
    """The User-Agent to send: required, printable ASCII, in Harvest's "AppName (contact)" form."""
    if user_agent is not None:
        _check_str("user_agent", user_agent)
        # Surrounding spaces are trimmed (as before); anything else a header cannot carry is refused.
        check_header_value("user_agent", user_agent.strip(" "), secret=False, spaces=True)
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
    """The Harvest-Account-Id to send: required, ASCII digits only."""
    if account_id is not None and (isinstance(account_id, bool) or not isinstance(account_id, str | int)):
        raise TypeError(f"account_id must be a str or an int, got {type(account_id).__name__}")
    text = "" if account_id is None else str(account_id).strip(" ")
    if not text:
        raise ValueError(
            "account_id is required (the Harvest-Account-Id header); without it Harvest answers a misleading "
            "401 invalid_token. Find it at id.getharvest.com/developers next to your token."
        )
    # str.isdigit() also accepts "²" and Arabic-Indic digits, which no header can carry.
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"account_id must be the numeric Harvest account id (ASCII digits), got {text!r}")
    return text


class Credentials:
    """The account, the access token and its generation, and (optionally) the secrets of an OAuth2 refresh."""

    def __init__(
        self,
        *,
        access_token: str | None,
        account_id: str | int | None,
        refresh_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
    ) -> None:
        self.account_id = check_account_id(account_id)
        refresh_parts = {"refresh_token": refresh_token, "client_id": client_id, "client_secret": client_secret}
        for name, value in {"access_token": access_token, **refresh_parts}.items():
            if value is not None:
                check_header_value(name, _check_str(name, value), secret=True)
        given = [name for name, value in refresh_parts.items() if value]
        if given and len(given) != 3:
            missing = sorted(set(refresh_parts) - set(given))
            raise ValueError(f"OAuth2 refresh needs refresh_token, client_id and client_secret; missing {missing}")
        if not access_token and not given:
            raise ValueError("access_token is required (a personal access token or an OAuth2 access token)")
        # The token and its generation change together, as one tuple, so a reader never pairs
        # a token with another generation's number. Each refresh adds one.
        self._current: tuple[int, Secret] = (0, Secret(access_token or ""))
        self.refresh_token = Secret(refresh_token) if refresh_token else None
        self.client_id = client_id
        self.client_secret = Secret(client_secret) if client_secret else None
        self._known: list[str] = []
        for value in (access_token, refresh_token, client_id, client_secret):
            self._remember(value)

    @property
    def can_refresh(self) -> bool:
        return self.refresh_token is not None

    @property
    def generation(self) -> int:
        """How many refreshes have replaced the access token so far."""
        return self._current[0]

    def auth(self) -> tuple[int, dict[str, str]]:
        """The current token's generation and the headers that carry it, read together."""
        generation, access = self._current
        return generation, {"Authorization": f"Bearer {access.reveal()}", "Harvest-Account-Id": self.account_id}

    def holds(self, access_token: str) -> bool:
        """Whether access_token is the one in use now."""
        return self._current[1].reveal() == access_token

    def rotate(self, access_token: str, refresh_token: str | None) -> None:
        """Install a refresh's tokens as the next generation (refresh_token None keeps the current one)."""
        self._remember(access_token)
        self._remember(refresh_token)
        self._current = (self._current[0] + 1, Secret(access_token))
        if refresh_token:
            self.refresh_token = Secret(refresh_token)

    def redact(self, text: str) -> str:
        """text with every credential this client has held replaced by ***.

        For messages built from what a server sent: a hostile one could echo a token back.
        """
        for value in self._known:
            if value in text:
                text = text.replace(value, "***")
        return text

    def _remember(self, value: str | None) -> None:
        # Short values (a 3-character client id) would redact ordinary words; tokens are long.
        if value and len(value) >= 8 and value not in self._known:
            self._known.append(value)
            del self._known[:-16]  # old tokens of a long-lived client: keep the most recent

    def __repr__(self) -> str:
        return f"Credentials(account_id={self.account_id!r}, access_token='***', refresh={self.can_refresh})"


def check_token_url(token_url: str) -> str:
    """The OAuth2 token endpoint: an absolute http(s) URL."""
    if not isinstance(token_url, str):
        raise TypeError(f"token_url must be a str, got {type(token_url).__name__}")
    try:
        url = httpx.URL(token_url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"token_url is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"token_url must be an absolute http(s) URL such as {DEFAULT_TOKEN_URL}")
    return token_url
