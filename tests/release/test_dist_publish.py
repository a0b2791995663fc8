"""make dist and make publish end to end: real builds, a real pypiserver, fresh venvs."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from harvest_v2._core._ports import free_port

from tests.release.conftest import CLIENT_CHECK, base_env, fresh_venv, make, pip_install, run
from tests.release.spec_factory import git

pytestmark = pytest.mark.slow


def spec_version(repo: Path) -> str:
    version: str = yaml.safe_load((repo / "spec" / "openapi.yaml").read_text())["info"]["version"]
    return version


def check_installed(python: Path, workdir: Path) -> dict[str, object]:
    """Import harvest_v2 in python's venv, isolated from the repository, and call its fake Harvest over HTTP."""
    out = run([python, "-I", "-c", CLIENT_CHECK], cwd=workdir, env=base_env(), timeout=120)
    result: dict[str, object] = json.loads(out)
    return result


def test_make_dist_builds_a_wheel_and_sdist_that_install_away_from_the_repo(
    repo: Path, wheelhouse: Path, tmp_path: Path
) -> None:
    version = spec_version(repo)
    done = make(repo, "dist", base_env())
    assert done.returncode == 0, done.stdout + done.stderr
    wheel = repo / "dist" / f"harvest_v2-{version}-py3-none-any.whl"
    sdist = repo / "dist" / f"harvest_v2-{version}.tar.gz"
    assert sorted(p.name for p in (repo / "dist").iterdir()) == sorted([wheel.name, sdist.name])

    halves = {half: repo / half / "harvest_v2" for half in ("overlays", "generated")}
    sources = {
        path.relative_to(package).as_posix(): (half, path)
        for half, package in halves.items()
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert {"__init__.py", "_core/__init__.py", "client.py", "_version.py", "api/clients/__init__.py"} <= set(sources)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for rel, (_, path) in sources.items():  # both halves, joined into one harvest_v2/
            assert archive.read(f"harvest_v2/{rel}") == path.read_bytes(), rel
        assert {"harvest_v2/py.typed", "harvest_v2/openapi.json", "harvest_v2/client.py"} <= names
        assert json.loads(archive.read("harvest_v2/openapi.json"))["info"]["version"] == version
    with tarfile.open(sdist) as archive:
        members = {m.name: m for m in archive.getmembers()}
        assert not [m.name for m in members.values() if m.issym() or m.islnk()]
        for rel, (half, _) in sources.items():
            assert members[f"harvest_v2-{version}/{half}/harvest_v2/{rel}"].isfile(), rel
        assert f"harvest_v2-{version}/spec/openapi.yaml" in members

    python = fresh_venv(tmp_path / "venv")
    pip_install(python, "--no-index", "--find-links", wheelhouse, f"{wheel}[testing]")
    result = check_installed(python, tmp_path)
    assert result["version"] == version
    assert str(result["file"]).startswith(str(tmp_path / "venv"))
    assert result["name"] == "Acme"


@dataclass(frozen=True)
class Index:
    url: str
    username: str
    password: str
    packages: Path

    def files(self) -> dict[str, float]:
        return {p.name: p.stat().st_mtime for p in self.packages.iterdir()}


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    """A real pypiserver on 127.0.0.1 whose uploads need an htpasswd user; always stopped."""
    packages = tmp_path / "packages"
    packages.mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # passlib imports the stdlib crypt module
        from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

    username, password = "releaser", secrets.token_urlsafe(18)
    htpasswd = HtpasswdFile(str(tmp_path / "htpasswd"), new=True)
    htpasswd.set_password(username, password)
    htpasswd.save()
    port = free_port()
    log_path = tmp_path / "pypiserver.log"
    with log_path.open("wb") as log:
        # --disable-fallback: names the index lacks must not be sent on to pypi.org.
        command = [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port)]
        command += ["--passwords", str(tmp_path / "htpasswd"), "--authenticate", "update", "--disable-fallback"]
        server = subprocess.Popen(
            [*command, str(packages)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}/"
            deadline = time.monotonic() + 30
            while True:
                if server.poll() is not None:
                    pytest.fail(f"pypiserver exited {server.returncode}:\n{log_path.read_text()}")
                try:
                    with urllib.request.urlopen(url + "simple/", timeout=2):
                        break
                except (urllib.error.URLError, OSError):
                    if time.monotonic() > deadline:
                        pytest.fail(f"pypiserver did not answer within 30 s:\n{log_path.read_text()}")
                    time.sleep(0.1)
            yield Index(url, username, password, packages)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)


def test_publish_refuses_then_uploads_then_refuses_the_same_version(
    repo: Path, index: Index, wheelhouse: Path, tmp_path: Path
) -> None:
    version = spec_version(repo)
    marker = tmp_path / "tests-passed.json"
    env = base_env(
        TWINE_REPOSITORY_URL=index.url,
        TWINE_USERNAME=index.username,
        TWINE_PASSWORD=index.password,
        HARVEST_TESTS_MARKER=str(marker),
    )
    outputs: list[str] = []

    # 1. Stale generated/ and no passed tests: refused with both reasons, nothing uploaded.
    client_py = repo / "generated" / "harvest_v2" / "client.py"
    fresh = client_py.read_text()
    client_py.write_text(fresh + "# edited by hand\n")
    done = make(repo, "publish", env)
    outputs.append(done.stdout + done.stderr)
    assert done.returncode != 0
    assert "publish refused; nothing was uploaded:" in done.stderr
    assert "generated/ is not what spec/ produces; run `make generate`" in done.stderr
    assert f"the tests have not passed on this tree: no marker at {marker}; run `make test` first" in done.stderr
    assert f"ok   {version} not yet on the index" in done.stdout
    assert index.files() == {}

    # 2. Regenerated state and tests passed on exactly this tree: uploads wheel and sdist, tags.
    client_py.write_text(fresh)
    run([sys.executable, "-m", "release.tree_marker", "write"], cwd=repo, env=env)
    done = make(repo, "publish", env)
    outputs.append(done.stdout + done.stderr)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"published harvest-v2 {version} to {index.url}" in done.stdout
    uploaded = index.files()
    assert sorted(uploaded) == [f"harvest_v2-{version}-py3-none-any.whl", f"harvest_v2-{version}.tar.gz"]
    assert git(repo, "tag", "--list").split() == [f"v{version}"]

    # 3. pip installs it from that index into a fresh venv; it imports and calls its own fake Harvest.
    python = fresh_venv(tmp_path / "venv")
    requirement = f"harvest-v2[testing]=={version}"
    pip_install(python, "--index-url", f"{index.url}simple/", "--find-links", wheelhouse, requirement)
    result = check_installed(python, tmp_path)
    assert result["version"] == version
    assert str(result["file"]).startswith(str(tmp_path / "venv"))
    assert (result["name"], result["statuses"]) == ("Acme", [[200, 1], [201, 1]])

    # 4. The same version again: refused before uploading, the index unchanged.
    done = make(repo, "publish", env)
    outputs.append(done.stdout + done.stderr)
    assert done.returncode != 0
    assert f"harvest-v2 {version} is already on {index.url}simple/" in done.stderr
    assert f"{version} was already released (tag v{version})" in done.stderr
    assert index.files() == uploaded

    assert not [text for text in outputs if index.password in text]  # the password is never shown
