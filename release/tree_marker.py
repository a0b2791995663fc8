"""The tests-passed marker: proof that `make test` passed on exactly this source tree.

    python -m release.tree_marker write     (last step of make test)
    python -m release.tree_marker check     (what make publish asks)

The marker holds a fingerprint of the tree: the content of every file git
tracks or would track (ignored files, like .venv/ and dist/, do not count).
Any edit after the tests ran changes it; committing the tested files does not. The marker lives in
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

from release.gitutil import GitError, git_bytes

ROOT = Path(__file__).resolve().parent.parent
MARKER_ENV = "HARVEST_TESTS_MARKER"


def marker_path(root: Path = ROOT) -> Path:
    """Where the marker is kept: $HARVEST_TESTS_MARKER, else .venv/.tests-passed."""
    override = os.environ.get(MARKER_ENV)
    return Path(override) if override else root / ".venv" / ".tests-passed"


def fingerprint(root: Path = ROOT) -> str:
    """Return a hash of the content of every tracked or untracked, not ignored file.

    Content only: committing, staging or tagging the very files that were
    tested keeps the fingerprint, any edit, new or deleted file changes it.
    """
    digest = hashlib.sha256()
    listing = git_bytes(root, "ls-files", "--cached", "--others", "--exclude-standard", "-z")
    for raw in sorted(set(listing.split(b"\0")) - {b""}):
        name = raw.decode("utf-8", errors="surrogateescape")
        path = root / name
        if path.is_symlink():
            kind, data = b"link", os.readlink(path).encode("utf-8", errors="surrogateescape")
        elif path.is_file():
            kind = b"exec" if os.access(path, os.X_OK) else b"file"
            data = hashlib.sha256(path.read_bytes()).digest()
        else:
            kind, data = b"gone", b""  # deleted but still in the index
        digest.update(b"%s\0%s\0%d\0" % (raw, kind, len(data)) + data)
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
