"""Thin wrappers over the git commands the release tooling needs."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from packaging.version import InvalidVersion, Version

TAG_PREFIX = "v"


class GitError(Exception):
    """A git command failed; the message says which one and why."""


def git(root: Path, *args: str) -> str:
    """Run git in root and return its standard output as text."""
    return git_bytes(root, *args).decode("utf-8", errors="replace")


def git_bytes(root: Path, *args: str) -> bytes:
    """Run git in root and return its standard output as bytes."""
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise GitError("git is not installed or not on PATH") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", errors="replace").strip()
        raise GitError(f"`git {' '.join(args)}` failed in {root}: {message}")
    return done.stdout


def resolve_commit(root: Path, ref: str) -> str:
    """Return the commit id ref names, or raise GitError saying the ref is unknown."""
    try:
        return git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip()
    except GitError:
        raise GitError(f"unknown git ref {ref!r}: expected a branch, tag or commit of {root}") from None


def export_dir(root: Path, ref: str, folder: str, dest: Path) -> Path:
    """Write folder as it is at ref into dest/folder and return that path."""
    commit = resolve_commit(root, ref)
    listing = git(root, "ls-tree", "--name-only", commit, "--", folder).strip()
    if not listing:
        raise GitError(f"{folder}/ does not exist at {ref} ({commit[:12]})")
    archive = git_bytes(root, "archive", "--format=tar", commit, "--", folder)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        # The data filter refuses links and paths leaving dest; older 3.11 patch
        # releases lack it, and git archive output of our own repo is trusted there.
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, filter="data")
        else:  # pragma: no cover - Python < 3.11.4
            tar.extractall(dest)
    return dest / folder


def release_tags(root: Path) -> dict[Version, str]:
    """Map the version of every release tag (v<version>) to the tag name."""
    tags: dict[Version, str] = {}
    for name in git(root, "tag", "--list", f"{TAG_PREFIX}*").split():
        try:
            tags[Version(name[len(TAG_PREFIX) :])] = name
        except InvalidVersion:
            continue  # not a release tag, for example "v-next"
    return tags


def latest_release_tag(root: Path, below: Version | None = None) -> tuple[Version, str] | None:
    """Return (version, tag) of the newest release tag, optionally only those older than below."""
    tags = {v: t for v, t in release_tags(root).items() if below is None or v < below}
    if not tags:
        return None
    newest = max(tags)
    return newest, tags[newest]


def has_head(root: Path) -> bool:
    """Tell whether the repository has at least one commit."""
    try:
        git(root, "rev-parse", "--verify", "--quiet", "HEAD")
    except GitError:
        return False
    return True


def is_clean(root: Path) -> bool:
    """Tell whether the working tree has no uncommitted changes and no untracked files."""
    return has_head(root) and not git(root, "status", "--porcelain").strip()
