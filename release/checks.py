"""The conditions make publish refuses on, each returning a reason or None."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from packaging.version import Version

from release.api_diff import diff_ref
from release.gitutil import latest_release_tag
from release.index import files_of_version, project_files, redact, simple_url
from release.version import check_bump

PROJECT = "harvest-v2"


def generated_problem(root: Path) -> str | None:
    """Why generated/ is not what spec/ and the templates produce, or None."""
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--check"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode == 0:
        return None
    lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
    shown = "\n    ".join(lines[:8]) or f"python -m generator --check exited {done.returncode}"
    return f"generated/ is not what spec/ produces; run `make generate` and commit it:\n    {shown}"


def release_version_problem(root: Path, version: str) -> str | None:
    """Why info.version does not follow the last release tag as the API changes require, or None.

    The first release (no v<version> tag yet) has nothing to compare with.
    """
    latest = latest_release_tag(root)
    if latest is None:
        return None
    released, tag = latest
    current = Version(version)
    if current == released:
        return (
            f"{version} was already released (tag {tag}); bump info.version in spec/openapi.yaml "
            "(`make api-diff` tells by how much)"
        )
    if current < released:
        return f"info.version {version} is older than the last release {tag}; set a version above {released}"
    diff = diff_ref(root, tag)
    problem = check_bump(str(released), version, diff.required_bump)
    if problem:
        return f"the spec changed since {tag}: {problem} (details: `make api-diff`)"
    return None


def index_problem(version: str, repository_url: str, username: str, password: str, simple: str | None) -> str | None:
    """Why version cannot be uploaded to the index (already there, index unreadable), or None."""
    root = simple_url(repository_url, simple)
    filenames = project_files(root, PROJECT, username, password)
    present = files_of_version(filenames, PROJECT, version)
    if present:
        return (
            f"{PROJECT} {version} is already on {redact(root)} ({', '.join(present)}); "
            "a published version never changes: bump info.version in spec/openapi.yaml"
        )
    return None
