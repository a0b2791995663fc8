"""The package version: spec/openapi.yaml info.version, and semantic-version bumps."""

from __future__ import annotations

import enum
import re
import tomllib
from pathlib import Path

import yaml
from packaging.version import InvalidVersion, Version

SPEC_ROOT = Path("spec") / "openapi.yaml"


class VersionError(Exception):
    """info.version is missing, malformed or read differently by hatchling."""


class Bump(enum.IntEnum):
    """Semantic-version bump levels, ordered so max() gives the one a set of changes needs."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    def __str__(self) -> str:
        return self.name.lower()


def read_version(root: Path) -> str:
    """Return info.version of root's spec, checked to be what hatchling builds.

    hatchling reads the version with the regex in pyproject.toml, not a YAML
    parser; a quoted or oddly indented value would give the wheel another
    version than the spec says, so both readings must agree.
    """
    spec_path = root / SPEC_ROOT
    text = spec_path.read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    info = document.get("info") if isinstance(document, dict) else None
    value = info.get("version") if isinstance(info, dict) else None
    if not isinstance(value, str) or not value:
        raise VersionError(f"{spec_path}: info.version must be a string such as 1.2.3, found {value!r}")
    pattern = _hatch_pattern(root)
    match = re.search(pattern, text)
    if match is None or match.group("version") != value:
        seen = match.group("version") if match else "nothing"
        raise VersionError(
            f"{spec_path}: hatchling reads the version as {seen!r} (pattern {pattern!r} in pyproject.toml) "
            f"but info.version is {value!r}; write it unquoted as `  version: {value}` under info"
        )
    parse_semver(value, where=str(spec_path))
    return value


def _hatch_pattern(root: Path) -> str:
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    try:
        pattern = config["tool"]["hatch"]["version"]["pattern"]
    except KeyError:
        raise VersionError("pyproject.toml has no [tool.hatch.version] pattern reading spec/openapi.yaml") from None
    if not isinstance(pattern, str):
        raise VersionError("pyproject.toml [tool.hatch.version] pattern must be a string")
    return pattern


def parse_semver(value: str, where: str = "version") -> Version:
    """Parse value as MAJOR.MINOR.PATCH (PEP 440 pre/post suffixes allowed)."""
    try:
        version = Version(value)
    except InvalidVersion:
        raise VersionError(f"{where}: {value!r} is not a version; expected MAJOR.MINOR.PATCH such as 1.2.3") from None
    if len(version.release) != 3 or version.epoch or version.local:
        raise VersionError(f"{where}: {value!r} is not MAJOR.MINOR.PATCH; expected three numbers such as 1.2.3")
    return version


def bump_between(old: str, new: str) -> Bump | None:
    """Return the bump that takes old to new, or None when new is not newer than old."""
    before, after = parse_semver(old), parse_semver(new)
    if after <= before:
        return None
    if after.major != before.major:
        return Bump.MAJOR
    if after.minor != before.minor:
        return Bump.MINOR
    # Same release numbers and newer means a pre-release finished (1.0.0rc1 -> 1.0.0) or a
    # patch; plain semver treats both as carrying no new API.
    return Bump.PATCH


def minimum_version(old: str, needed: Bump) -> str:
    """Return the smallest version after old that makes a bump of at least needed."""
    major, minor, patch = parse_semver(old).release
    if needed is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if needed is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def check_bump(old: str, new: str, needed: Bump) -> str | None:
    """Return why going from old to new is not enough for needed, or None when it is."""
    done = bump_between(old, new)
    if done is None:
        if needed is Bump.NONE and old == new:
            return None
        return (
            f"info.version {new} is not newer than {old}; "
            f"set it to {minimum_version(old, max(needed, Bump.PATCH))} or higher"
        )
    if done < needed:
        return (
            f"info.version {old} -> {new} is a {done} bump but the API changes need a {needed} bump; "
            f"set info.version to {minimum_version(old, needed)} or higher"
        )
    return None
