"""The HARVEST_* environment variables a client is configured from: the one home of their names.

`Harvest.from_env`, the harvest-v2 command's options and the lines the fake
prints to point a shell at it all read ENVIRONMENT_VARIABLES.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

__all__ = ["ENVIRONMENT_VARIABLES", "REQUIRED_SETTINGS", "settings_from_environment"]

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
