"""info.version as the one version, bump rules, the release-tag check of publish, and CHANGELOG.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from release.changelog import END, START, ChangelogError, update, write_changelog
from release.checks import release_version_problem
from release.version import Bump, VersionError, bump_between, check_bump, minimum_version, read_version
from tests.release.spec_factory import base_spec, git, make_repo, write_spec

DATE = "2025-06-01"


def set_version(repo: Path, version: str, drop_address: bool = False) -> None:
    files = base_spec(version)
    if drop_address:
        del files["schemas/clients.yaml"]["ClientCreate"]["properties"]["address"]
    write_spec(repo / "spec", files)


def test_read_version_is_info_version_as_hatchling_reads_it(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", base_spec("1.4.2"))
    assert read_version(repo) == "1.4.2"
    root = repo / "spec" / "openapi.yaml"
    root.write_text(root.read_text().replace("version: 1.4.2", "version: '1.4.2'"))
    with pytest.raises(VersionError, match=r"hatchling reads the version as \"'1.4.2'\".*write it unquoted"):
        read_version(repo)
    root.write_text(root.read_text().replace("version: '1.4.2'", "version: 1.4"))
    with pytest.raises(VersionError, match=r"info.version must be a string such as 1.2.3, found 1.4"):
        read_version(repo)  # YAML reads 1.4 as a number
    root.write_text(root.read_text().replace("version: 1.4", "version: 1.4.2.1"))
    with pytest.raises(VersionError, match=r"'1.4.2.1' is not MAJOR.MINOR.PATCH"):
        read_version(repo)


@pytest.mark.parametrize(
    ("old", "new", "bump"),
    [
        ("0.1.0", "0.1.1", Bump.PATCH),
        ("0.1.3", "0.2.0", Bump.MINOR),
        ("0.9.0", "1.0.0", Bump.MAJOR),
        ("1.0.0rc1", "1.0.0", Bump.PATCH),
        ("1.0.0", "1.0.0", None),
        ("1.2.0", "1.1.9", None),
    ],
)
def test_bump_between(old: str, new: str, bump: Bump | None) -> None:
    assert bump_between(old, new) == bump


def test_breaking_changes_need_a_major_bump_even_below_1_0() -> None:
    assert minimum_version("0.4.2", Bump.MAJOR) == "1.0.0"
    assert check_bump("0.4.2", "0.5.0", Bump.MAJOR) == (
        "info.version 0.4.2 -> 0.5.0 is a minor bump but the API changes need a major bump; "
        "set info.version to 1.0.0 or higher"
    )
    assert check_bump("0.4.2", "0.4.3", Bump.MINOR) is not None
    assert check_bump("0.4.2", "0.5.0", Bump.MINOR) is None
    assert check_bump("0.4.2", "0.4.2", Bump.NONE) is None


def test_release_check_against_the_last_tag(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", base_spec("0.1.0"))
    assert release_version_problem(repo, "0.1.0") is None  # first release: nothing to compare with

    git(repo, "tag", "v0.1.0")
    assert release_version_problem(repo, "0.1.0") == (
        "0.1.0 was already released (tag v0.1.0); bump info.version in spec/openapi.yaml "
        "(`make api-diff` tells by how much)"
    )

    set_version(repo, "0.2.0", drop_address=True)  # a removed request field needs a major bump
    assert release_version_problem(repo, "0.2.0") == (
        "the spec changed since v0.1.0: info.version 0.1.0 -> 0.2.0 is a minor bump but the API changes need "
        "a major bump; set info.version to 1.0.0 or higher (details: `make api-diff`)"
    )
    set_version(repo, "1.0.0", drop_address=True)
    assert release_version_problem(repo, "1.0.0") is None

    set_version(repo, "0.1.1")  # no API change: any newer version will do
    assert release_version_problem(repo, "0.1.1") is None

    git(repo, "tag", "v0.3.0")
    assert release_version_problem(repo, "0.1.1") == (
        "info.version 0.1.1 is older than the last release v0.3.0; set a version above 0.3.0"
    )


def test_changelog_first_release_then_changes_newest_first_and_idempotent(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", base_spec("0.1.0"))
    path, summary = write_changelog(repo, None, DATE)
    assert summary == "first release 0.1.0: 3 operations"
    first = path.read_text()
    assert first.startswith("# Changelog\n")
    assert f"## 0.1.0 - {DATE}\n\n{START}\nFirst release: 3 operations.\n{END}\n" in first
    git(repo, "add", "CHANGELOG.md")
    git(repo, "commit", "--quiet", "--message=0.1.0")
    git(repo, "tag", "v0.1.0")

    set_version(repo, "1.0.0", drop_address=True)
    write_changelog(repo, None, "2025-07-01")
    text = path.read_text()
    section = (
        f"## 1.0.0 - 2025-07-01\n\n{START}\n"
        "API changes since 0.1.0 (v0.1.0); they need a major version bump.\n\n"
        "### Breaking changes\n\n"
        "- request field `ClientCreate.address` (in create_client): removed\n"
        f"{END}\n"
    )
    assert section in text
    assert text.index("## 1.0.0") < text.index("## 0.1.0")  # newest first

    write_changelog(repo, None, "2025-07-01")
    assert path.read_text() == text  # same version, same day: nothing changes
    assert text.count("## 1.0.0") == 1


def test_changelog_keeps_hand_written_notes_when_rewritten(tmp_path: Path) -> None:
    generated = f"{START}\nold\n{END}\n"
    text = update("", "1.0.0", DATE, generated)
    text = text.replace(END + "\n", END + "\n\nAlso: retries are faster.\n")
    again = update(text, "1.0.0", "2025-06-02", f"{START}\nnew\n{END}\n")
    assert again.endswith(f"## 1.0.0 - 2025-06-02\n\n{START}\nnew\n{END}\n\nAlso: retries are faster.\n")
    assert update(again, "1.0.0", "2025-06-02", f"{START}\nnew\n{END}\n") == again


def test_changelog_refuses_a_released_version_and_a_too_small_bump(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", base_spec("0.1.0"), tag="v0.1.0")
    with pytest.raises(ChangelogError, match=r"0.1.0 is already released \(tag v0.1.0\); bump info.version"):
        write_changelog(repo, None, DATE)
    set_version(repo, "0.1.1", drop_address=True)
    with pytest.raises(ChangelogError, match=r"patch bump but the API changes need a major bump; set info.version"):
        write_changelog(repo, None, DATE)
    assert not (repo / "CHANGELOG.md").exists()


def test_changelog_tells_readers_what_a_looser_response_and_decimal_money_mean(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", base_spec("0.1.0"), tag="v0.1.0")
    files = base_spec("1.0.0")
    client = files["schemas/clients.yaml"]["Client"]
    client["required"].remove("address")  # a token without access is not shown it
    client["properties"]["balance"] = {"type": "number", "format": "decimal"}
    client["required"].append("balance")
    files["schemas/clients.yaml"]["ClientCreate"]["properties"]["budget"]["format"] = "decimal"
    write_spec(repo / "spec", files)
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "--message=looser")
    # the balance attribute exists at the tag too, as a float
    tagged = base_spec("0.1.0")
    tagged["schemas/clients.yaml"]["Client"]["properties"]["balance"] = {"type": "number"}
    tagged["schemas/clients.yaml"]["Client"]["required"].append("balance")
    write_spec(repo / "spec", tagged)
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "--message=balance")
    git(repo, "tag", "--force", "v0.1.0")
    write_spec(repo / "spec", files)

    path, summary = write_changelog(repo, None, DATE)
    assert summary == "1.0.0: 3 API changes since v0.1.0, major bump needed"
    text = path.read_text()
    assert (
        "API changes since 0.1.0 (v0.1.0); they need a major version bump.\n\n"
        "For callers: 1 attribute is decimal.Decimal (was float); "
        "1 argument now accepts decimal.Decimal, float or int; "
        "1 attribute may now be UNSET (breaking for readers).\n\n### Breaking changes"
    ) in text
    ops = "(in create_client, get_client, list_clients)"
    assert (
        "### Breaking changes\n\n"
        f"- response field `Client.address` {ops}: no longer always present "
        "(breaking for readers: the attribute may be UNSET when absent)\n"
        f"- response field `Client.balance` {ops}: format none -> decimal: "
        "the attribute is decimal.Decimal, was float (the Python type changes)\n\n"
        "### Added and compatible changes\n\n"
        "- request field `ClientCreate.budget` (in create_client): format none -> decimal: "
        "the argument accepts decimal.Decimal, float or int, was float or int (widened)\n"
    ) in text
