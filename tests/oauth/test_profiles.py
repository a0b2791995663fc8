"""Where `harvest-v2 auth` keeps credentials: a 0600 file, or the keyring with only names in the file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from harvest_v2.cli import _profiles
from harvest_v2.cli._profiles import ProfileStore, describe

OAUTH = {
    "access_token": "access-secret-123456",
    "refresh_token": "refresh-secret-123456",
    "client_id": "client-id",
    "client_secret": "client-secret-123456",
    "account_id": "42",
}


class _Keyring:
    """What the keyring package offers, in memory."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.items.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.items[(service, name)] = value

    def delete_password(self, service: str, name: str) -> None:
        del self.items[(service, name)]


def test_a_file_store_is_private_and_keeps_profiles_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_profiles, "_keyring", lambda: None)
    store = ProfileStore(tmp_path / "config")
    store.save("work", OAUTH)
    store.save("home", {"access_token": "personal-token-123456", "account_id": "7"})
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert store.names() == ["home", "work"]
    assert store.load("work") == OAUTH and store.load("nobody") is None
    assert store.delete("work") and not store.delete("work")
    assert store.names() == ["home"] and store.where == str(store.path)


def test_with_a_keyring_no_secret_touches_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring = _Keyring()
    monkeypatch.setattr(_profiles, "_keyring", lambda: keyring)
    store = ProfileStore(tmp_path)
    store.save("work", OAUTH)
    text = store.path.read_text()
    assert all(OAUTH[key] not in text for key in ("access_token", "refresh_token", "client_secret"))
    assert store.load("work") == OAUTH and store.where == "the system keyring"
    store.delete("work")
    assert keyring.items == {}


def test_a_description_shows_no_secret() -> None:
    shown = describe("work", OAUTH)
    assert shown == "profile work: account 42, OAuth2"
    assert all(value not in shown for key, value in OAUTH.items() if key != "account_id")


def test_an_unreadable_profiles_file_is_a_usage_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import click

    monkeypatch.setattr(_profiles, "_keyring", lambda: None)
    store = ProfileStore(tmp_path / "config")
    store.save("work", OAUTH)
    store.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(click.UsageError, match=r"cannot read the stored profiles in .*credentials\.json"):
        store.load("work")
