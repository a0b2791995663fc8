"""Publish the client: refuse unless everything is in order, then build, check, upload and tag.

    python -m release.publish      (make publish)

Needs TWINE_REPOSITORY_URL, TWINE_USERNAME and TWINE_PASSWORD (twine reads them
itself; the password never reaches a command line or the output). Before
anything is built or uploaded it refuses, listing every reason at once, when:
generated/ is stale, `make test` has not passed on exactly this tree, the
version is already on the index, or the spec changed since the last release
tag without the version bump api-diff asks for. After the upload it tags the
commit v<version> locally when the working tree is clean.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from release import tree_marker
from release.checks import PROJECT, generated_problem, index_problem, release_version_problem
from release.dist import DistError, build, verify
from release.gitutil import GitError, git, is_clean
from release.index import IndexQueryError, redact
from release.specs import ROOT, SpecError
from release.version import VersionError, read_version

CREDENTIALS = ("TWINE_REPOSITORY_URL", "TWINE_USERNAME", "TWINE_PASSWORD")
SIMPLE_URL_ENV = "HARVEST_INDEX_SIMPLE_URL"


def _scrub(text: str) -> str:
    password = os.environ.get("TWINE_PASSWORD")
    return text.replace(password, "***") if password else text


def _run(args: list[str], root: Path) -> tuple[int, str]:
    done = subprocess.run(args, cwd=root, capture_output=True, text=True, check=False)
    return done.returncode, _scrub((done.stdout + done.stderr).strip())


def preconditions(root: Path, version: str) -> list[str]:
    """Run every check publish needs and return the reasons to refuse (empty: go ahead)."""
    problems: list[str] = []
    missing = [name for name in CREDENTIALS if not os.environ.get(name)]
    if missing:
        problems.append(
            f"{', '.join(missing)} not set: publish uploads only to the index named by "
            "TWINE_REPOSITORY_URL, with TWINE_USERNAME and TWINE_PASSWORD"
        )

    def check(label: str, run: Callable[[], str | None]) -> None:
        try:
            problem = run()
        except (GitError, SpecError, VersionError, IndexQueryError) as exc:
            problem = f"{label}: {exc}"
        print(f"  {'ok  ' if problem is None else 'FAIL'} {label}", flush=True)
        if problem is not None:
            problems.append(problem)

    check("generated/ matches spec/", lambda: generated_problem(root))
    check("tests passed on this exact tree", lambda: tree_marker.problem(root))
    check("version fits the API changes since the last release", lambda: release_version_problem(root, version))
    if not missing:
        url, user, password = (os.environ[name] for name in CREDENTIALS)
        simple = os.environ.get(SIMPLE_URL_ENV)
        check(f"{version} not yet on the index", lambda: index_problem(version, url, user, password, simple))
    return problems


def publish(root: Path = ROOT) -> int:
    """Check, build, twine-check, upload and tag; return the exit status."""
    try:
        version = read_version(root)
    except VersionError as exc:
        print(f"publish refused; nothing was uploaded: {exc}", file=sys.stderr)
        return 1
    target = redact(os.environ.get("TWINE_REPOSITORY_URL", "") or "(no index named)")
    print(f"publish: {PROJECT} {version} to {target}", flush=True)
    problems = preconditions(root, version)
    if problems:
        print("\npublish refused; nothing was uploaded:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1

    try:
        artifacts = build(root)
        verify(artifacts, root)
    except (DistError, VersionError) as exc:
        print(f"publish stopped before uploading; the build is not right: {exc}", file=sys.stderr)
        return 1
    files = [str(path) for path in artifacts.files]
    print(f"  ok   built {', '.join(path.name for path in artifacts.files)}", flush=True)

    status, output = _run([sys.executable, "-m", "twine", "check", "--strict", *files], root)
    if status != 0:
        print(f"publish stopped before uploading; `twine check` refused the files:\n{output}", file=sys.stderr)
        return 1
    print("  ok   twine check", flush=True)

    upload = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar", *files]
    status, output = _run(upload, root)
    print(output)
    if status != 0:
        print(f"publish failed: twine upload exited {status} (see above)", file=sys.stderr)
        return 1
    print(f"published {PROJECT} {version} to {target}")
    _tag(root, version)
    return 0


def _tag(root: Path, version: str) -> None:
    tag = f"v{version}"
    if not is_clean(root):
        print(f"not tagged: the working tree has uncommitted changes; commit them, then `git tag {tag}`")
        return
    try:
        git(root, "tag", tag)
    except GitError as exc:
        print(f"not tagged: {exc}")
        return
    print(f"tagged {tag} locally; share it with `git push origin {tag}`")


def main(argv: list[str] | None = None) -> int:
    """Entry point of make publish."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    return publish(args.root)


if __name__ == "__main__":
    raise SystemExit(main())
