"""The tests-passed marker: proof that `make test` passed on exactly this source tree.

    python -m release.tree_marker write     (last step of make test)
    python -m release.tree_marker check     (what make publish asks)

The marker holds a fingerprint of the tree: HEAD's tree, the index
(`git ls-files -s`), the uncommitted diff and every untracked, not ignored
file. Any edit after the tests ran changes it. The marker lives in
.venv/.tests-passed unless HARVEST_TESTS_MARKER names another file.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import sys
from pathlib import Path

from release.gitutil import GitError, git, git_bytes, has_head

ROOT = Path(__file__).resolve().parent.parent
MARKER_ENV = "HARVEST_TESTS_MARKER"


def marker_path(root: Path = ROOT) -> Path:
    """Where the marker is kept: $HARVEST_TESTS_MARKER, else .venv/.tests-passed."""
    override = os.environ.get(MARKER_ENV)
    return Path(override) if override else root / ".venv" / ".tests-passed"


def fingerprint(root: Path = ROOT) -> str:
    """Return a hash that changes whenever any non-ignored file of the tree changes."""
    digest = hashlib.sha256()

    def part(label: str, data: bytes) -> None:
        digest.update(f"{label}:{len(data)}:".encode())
        digest.update(data)

    if has_head(root):
        part("head-tree", git_bytes(root, "rev-parse", "HEAD^{tree}"))
        part("diff", git_bytes(root, "diff", "HEAD", "--binary", "--no-ext-diff", "--no-textconv"))
    part("index", git_bytes(root, "ls-files", "-s", "-z"))
    untracked = git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    for name in sorted(n for n in untracked if n):
        path = root / name
        if path.is_symlink():
            part(f"link {name}", os.readlink(path).encode())
        elif path.is_file():
            part(f"file {name}", hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def write(root: Path = ROOT) -> Path:
    """Record that the tests passed on the tree as it is now; return the marker's path."""
    path = marker_path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "tree": fingerprint(root),
        "passed_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def problem(root: Path = ROOT) -> str | None:
    """Why the tests cannot count as passed for the tree as it is now, or None when they do."""
    path = marker_path(root)
    if not path.is_file():
        return f"the tests have not passed on this tree: no marker at {path}; run `make test` first"
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        recorded = str(record["tree"])
        passed_at = str(record.get("passed_at", "?"))
    except (ValueError, KeyError, TypeError):
        return f"the tests-passed marker {path} is unreadable; run `make test` again"
    if recorded != fingerprint(root):
        return (
            f"the tests passed at {passed_at} on another state of the tree (files changed since); "
            "run `make test` again on exactly what you publish"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point: write or check the marker."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["write", "check"])
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.action == "write":
            print(f"tests passed; marker written to {write(args.root)}")
            return 0
        reason = problem(args.root)
    except GitError as exc:
        if args.action == "write":
            # An unpacked sdist has no git: the tests still passed, there is just nothing to publish from.
            print(f"tests passed; no tests-passed marker written ({exc})", file=sys.stderr)
            return 0
        print(f"tests-passed marker: {exc}", file=sys.stderr)
        return 1
    if reason:
        print(f"tests-passed marker: {reason}", file=sys.stderr)
        return 1
    print("the tests passed on this exact tree")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
