"""Named credentials for the command: `--profile NAME` / HARVEST_PROFILE.

Kept in the system keyring when the `keyring` package is importable, else in
`<user config dir>/harvest-v2/credentials.json` (platformdirs), created with mode 0600
in a 0700 directory and replaced atomically. Secrets are never printed: `describe()`
shows what a profile is, not what it holds.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import click

__all__ = ["DEFAULT_PROFILE", "ProfileStore"]

DEFAULT_PROFILE = "default"
_SERVICE = "harvest-v2"
_SECRET_FIELDS = ("access_token", "refresh_token", "client_secret")


def _keyring() -> Any:
    if os.environ.get("HARVEST_NO_KEYRING"):
        return None
    try:
        import keyring
    except ImportError:
        return None
    return keyring


class ProfileStore:
    """Profiles by name: a dict of settings each (access_token, account_id, and for OAuth2 the refresh secrets)."""

    def __init__(self, directory: Path | None = None) -> None:
        if directory is None:
            import platformdirs

            directory = Path(platformdirs.user_config_dir("harvest-v2"))
        self.path = directory / "credentials.json"
        self._keyring = _keyring()

    @property
    def where(self) -> str:
        return "the system keyring" if self._keyring is not None else str(self.path)

    def load(self, name: str) -> dict[str, Any] | None:
        entry = self._read().get(name)
        if entry is None:
            return None
        if self._keyring is not None:
            secret = self._keyring.get_password(_SERVICE, name)
            entry = {**entry, **(json.loads(secret) if secret else {})}
        return dict(entry)

    def save(self, name: str, profile: dict[str, Any]) -> None:
        profiles = self._read()
        if self._keyring is not None:
            secrets = {key: profile[key] for key in _SECRET_FIELDS if profile.get(key)}
            self._keyring.set_password(_SERVICE, name, json.dumps(secrets))
            profile = {key: value for key, value in profile.items() if key not in _SECRET_FIELDS}
        profiles[name] = profile
        self._write(profiles)

    def delete(self, name: str) -> bool:
        profiles = self._read()
        if name not in profiles:
            return False
        del profiles[name]
        self._write(profiles)
        if self._keyring is not None:
            with contextlib.suppress(Exception):  # already gone from the keyring: nothing to remove
                self._keyring.delete_password(_SERVICE, name)
        return True

    def names(self) -> list[str]:
        return sorted(self._read())

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (ValueError, OSError) as exc:
            # Never a traceback for every command: say which file, and how to start over.
            raise click.UsageError(
                f"cannot read the stored profiles in {self.path} ({type(exc).__name__}); "
                "fix or delete the file, then harvest-v2 auth login"
            ) from None
        return data if isinstance(data, dict) else {}

    def _write(self, profiles: dict[str, Any]) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".credentials-")  # 0600 from birth
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                json.dump(profiles, file, indent=2, sort_keys=True)
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise


def describe(name: str, profile: dict[str, Any]) -> str:
    """What a profile is, without a secret."""
    kind = "OAuth2" if profile.get("refresh_token") else "personal access token"
    return f"profile {name}: account {profile.get('account_id')}, {kind}"
