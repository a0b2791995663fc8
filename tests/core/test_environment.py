"""The HARVEST_* variables: one home for their names, and what from_env makes of them."""

from __future__ import annotations

import tokenize
from pathlib import Path
from token import STRING

import pytest
from harvest_v2._core._environment import ENVIRONMENT_VARIABLES, settings_from_environment

from tests.helpers import ACCOUNT, AGENT, TOKEN

PACKAGE = Path(__file__).resolve().parents[2] / "overlays" / "harvest_v2"
ENVIRONMENT = {"HARVEST_ACCESS_TOKEN": TOKEN, "HARVEST_ACCOUNT_ID": ACCOUNT, "HARVEST_USER_AGENT": AGENT}


def test_the_variables_give_the_settings_and_overrides_win() -> None:
    environ = {**ENVIRONMENT, "HARVEST_BASE_URL": " http://127.0.0.1:9/v2 ", "HARVEST_REDIS_URL": "  "}
    settings = settings_from_environment({"user_agent": "Other (x@example.com)", "strict": True}, environ)
    assert settings == {
        "access_token": TOKEN,
        "account_id": ACCOUNT,
        "user_agent": "Other (x@example.com)",
        "base_url": "http://127.0.0.1:9/v2",  # trimmed; a blank HARVEST_REDIS_URL is unset
        "strict": True,
    }


@pytest.mark.parametrize("missing", ["HARVEST_ACCESS_TOKEN", "HARVEST_ACCOUNT_ID", "HARVEST_USER_AGENT"])
def test_a_missing_required_variable_is_named(missing: str) -> None:
    environ = {name: value for name, value in ENVIRONMENT.items() if name != missing}
    with pytest.raises(ValueError, match=f"environment variable {missing} is not set"):
        settings_from_environment({}, environ)


def test_no_other_module_spells_a_variable_name() -> None:
    names = {repr(name) for name in ENVIRONMENT_VARIABLES.values()} | {f'"{n}"' for n in ENVIRONMENT_VARIABLES.values()}
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "_environment.py":
            continue
        with path.open("rb") as source:
            found += [
                f"{path.name}:{t.start[0]}"
                for t in tokenize.tokenize(source.readline)
                if t.type == STRING and t.string in names
            ]
    assert not found
