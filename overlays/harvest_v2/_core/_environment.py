"""The HARVEST_* environment variables a client is configured from: the one home of their names.

`Harvest.from_env`, the harvest-v2 command's options and the lines the fake
prints to point a shell at it all read ENVIRONMENT_VARIABLES.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

__all__ = [
    "ENVIRONMENT_VARIABLES",
    "PROXY_VARIABLES",
    "REQUIRED_SETTINGS",
    "check_proxy_environment",
    "settings_from_environment",
]

ENVIRONMENT_VARIABLES: dict[str, str] = {
    "access_token": "HARVEST_ACCESS_TOKEN",
    "account_id": "HARVEST_ACCOUNT_ID",
    "user_agent": "HARVEST_USER_AGENT",
    "base_url": "HARVEST_BASE_URL",
    "redis_url": "HARVEST_REDIS_URL",
}
"""Client keyword -> the variable that gives it."""

REQUIRED_SETTINGS = ("access_token", "account_id", "user_agent")
"""The keywords a client cannot be built without; the others have defaults."""


def settings_from_environment(overrides: Mapping[str, Any], environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    """The client keywords the variables give (blank counts as unset), then overrides on top.

    ValueError names the first required variable that is missing and not overridden.
    """
    settings: dict[str, Any] = {}
    for name, variable in ENVIRONMENT_VARIABLES.items():
        if name in overrides:
            continue
        value = environ.get(variable, "").strip()
        if value:
            settings[name] = value
        elif name in REQUIRED_SETTINGS:
            raise ValueError(f"environment variable {variable} is not set (needed for {name})")
    settings.update(overrides)
    return settings


PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
"""The proxy variables httpx reads (trust_env) when it opens its connections."""

_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def check_proxy_environment(environ: Mapping[str, str] = os.environ) -> None:
    """Refuse, when the client is built, a proxy variable httpx could not use when the first call is made.

    The ValueError names the variable and shows its URL without the password.
    """
    import httpx

    for variable in PROXY_VARIABLES:
        value = environ.get(variable, "").strip()
        if not value:
            continue
        # As httpx reads it: a bare host:port is an http:// proxy.
        url = value if "://" in value else f"http://{value}"
        shown = _without_password(url)
        try:
            scheme = httpx.URL(url).scheme
        except httpx.InvalidURL as exc:
            raise ValueError(f"environment variable {variable} is not a valid proxy URL ({exc}): {shown!r}") from None
        if scheme not in _PROXY_SCHEMES:
            raise ValueError(
                f"environment variable {variable} must be an http://, https:// or socks5:// proxy URL, got {shown!r}"
            )
        if scheme.startswith("socks") and not _socks_installed():
            raise ValueError(
                f"environment variable {variable} names a SOCKS proxy, which needs httpx's socks extra: "
                "pip install 'httpx[socks]'"
            )


def _socks_installed() -> bool:
    import importlib.util  # only for a SOCKS proxy: not on every construction

    return importlib.util.find_spec("socksio") is not None


def _without_password(url: str) -> str:
    scheme, separator, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if at:
        rest = f"{userinfo.partition(':')[0]}:***@{host}{slash}{path}"
    return f"{scheme}{separator}{rest}"
