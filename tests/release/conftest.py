"""Fixtures of the release tests: a throwaway copy of the repository, dependency wheels, fresh venvs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.release.spec_factory import REPO, git

# The dev venv the suite runs in: make in the copies uses its tools instead of bootstrapping another.
BIN = Path(sys.executable).parent
_MAKE_VARS = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")


def run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    """Run a command, fail the test with its output when it fails, return its stdout."""
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def base_env(**extra: str) -> dict[str, str]:
    """This process's environment without outer make's or twine's settings, plus extra."""
    env = {k: v for k, v in os.environ.items() if k not in _MAKE_VARS and not k.startswith("TWINE_")}
    env.pop("PYTHONPATH", None)
    env.update(extra)
    return env


def make(repo: Path, target: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`make <target>` in repo with the dev venv's tools (BIN) and an up-to-date bootstrap stamp."""
    stamp = repo.parent / "installed.stamp"
    stamp.touch()  # newer than pyproject.toml and requirements-dev.txt: make skips the install step
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(repo), target, f"BIN={BIN}", f"STAMP={stamp}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="session")
def release_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The working tree (tracked and untracked, not ignored files) in a new git repo, regenerated, committed.

    A new repo so tags and markers never touch the real checkout and its release
    tags do not apply; regenerated so it tests what spec/ produces today.
    """
    root = tmp_path_factory.mktemp("release-template") / "repo"
    listing = run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=REPO)
    for name in sorted(set(listing.split("\0")) - {""}):
        source, target = REPO / name, root / name
        if not source.is_file():
            continue  # deleted in the working tree
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    run([sys.executable, "-m", "generator"], cwd=root)
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "--message=snapshot of the working tree")
    return root


@pytest.fixture
def repo(tmp_path: Path, release_template: Path) -> Path:
    """A private copy of the template for one test."""
    target = tmp_path / "repo"
    shutil.copytree(release_template, target)
    return target


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Wheels of harvest-v2's dependencies and testing extra, so fresh venvs install them without any index."""
    dest = tmp_path_factory.mktemp("wheelhouse")
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    # The testing extra too: the installed package is checked by calling its own fake Harvest.
    dependencies: list[str] = project["dependencies"] + project["optional-dependencies"]["testing"]
    download: list[str | Path] = [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:"]
    run([*download, "--dest", dest, *dependencies], cwd=dest)
    return dest


def fresh_venv(where: Path) -> Path:
    """A new, empty virtual environment; return its python."""
    run([sys.executable, "-m", "venv", "--without-pip", where], cwd=where.parent, timeout=120)
    return where / "bin" / "python"


def pip_install(python: Path, *args: str | Path) -> None:
    """Install into python's venv with only the sources named in args (no pip config, no PIP_* variables)."""
    env = {k: v for k, v in base_env().items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--disable-pip-version-check", *args],
        cwd=python.parent,
        env=env,
    )


# Runs in the fresh venv, away from the repository: import the installed package and make one call.
CLIENT_CHECK = """
import json, harvest_v2
from harvest_v2.testing import FakeHarvest, RateLimits
with FakeHarvest(rate_limits=RateLimits(enabled=False)) as fake:
    with harvest_v2.Harvest(**fake.client_kwargs(), throttle=False) as hv:
        created = hv.clients.create(name="Acme")
        client = hv.clients.get(created.id)
    statuses = sorted(fake.status_counts.items())
print(json.dumps({"version": harvest_v2.__version__, "file": harvest_v2.__file__,
                  "name": client.name, "statuses": statuses}))
"""
