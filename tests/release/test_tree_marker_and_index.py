"""The tests-passed marker follows every change of the tree; the simple-API query of publish."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from release import tree_marker
from release.index import files_of_version, project_files, redact, simple_url
from tests.release.spec_factory import base_spec, git, make_repo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(tree_marker.MARKER_ENV, str(tmp_path / "marker.json"))
    return make_repo(tmp_path / "repo", base_spec())


def test_marker_path_defaults_to_the_venv_and_can_be_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(tree_marker.MARKER_ENV, raising=False)
    assert tree_marker.marker_path(tmp_path) == tmp_path / ".venv" / ".tests-passed"
    monkeypatch.setenv(tree_marker.MARKER_ENV, str(tmp_path / "elsewhere"))
    assert tree_marker.marker_path(tmp_path) == tmp_path / "elsewhere"


def test_marker_matches_only_the_tree_it_was_written_for(repo: Path) -> None:
    assert "no marker at" in (tree_marker.problem(repo) or "")
    assert tree_marker.write(repo) == Path(str(tree_marker.marker_path(repo)))
    assert tree_marker.problem(repo) is None

    spec = repo / "spec" / "openapi.yaml"
    original = spec.read_text()
    spec.write_text(original + "# edited\n")  # uncommitted change of a tracked file
    assert "another state of the tree" in (tree_marker.problem(repo) or "")
    spec.write_text(original)
    assert tree_marker.problem(repo) is None

    (repo / "new.py").write_text("x = 1\n")  # untracked files count too
    assert tree_marker.problem(repo) is not None
    (repo / "new.py").unlink()
    (repo / ".gitignore").write_text("ignored/\n")
    git(repo, "add", ".gitignore")
    tree_marker.write(repo)
    (repo / "ignored").mkdir()
    (repo / "ignored" / "build.log").write_text("noise")  # ignored files do not
    assert tree_marker.problem(repo) is None

    git(repo, "commit", "--quiet", "--message=ignore")  # same files, committed: the tree is the same
    assert tree_marker.problem(repo) is None


def test_marker_cli(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tree_marker.main(["check", "--root", str(repo)]) == 1
    assert "run `make test` first" in capsys.readouterr().err
    assert tree_marker.main(["write", "--root", str(repo)]) == 0
    assert tree_marker.main(["check", "--root", str(repo)]) == 0


def test_simple_url_and_redaction() -> None:
    assert simple_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080/simple/"
    assert simple_url("https://pkgs.example.com/legacy/") == "https://pkgs.example.com/simple/"
    assert simple_url("https://x/upload", "https://x/+simple") == "https://x/+simple/"
    assert redact("https://bob:hunter2@pkgs.example.com:8443/simple/") == "https://pkgs.example.com:8443/simple/"


def test_files_of_version_matches_wheels_and_sdists_of_that_version_only() -> None:
    names = [
        "harvest_v2-0.1.0-py3-none-any.whl",
        "harvest_v2-0.1.0.tar.gz",
        "harvest_v2-0.1.1.tar.gz",
        "harvest_v2_extra-0.1.0.tar.gz",
        "harvest-v2-0.1.0.zip",
        "README.html",
    ]
    assert files_of_version(names, "harvest-v2", "0.1.0") == [
        "harvest-v2-0.1.0.zip",
        "harvest_v2-0.1.0-py3-none-any.whl",
        "harvest_v2-0.1.0.tar.gz",
    ]


class _Index(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/simple/harvest-v2/":
            body = b'<a href="../../packages/harvest_v2-0.2.0.tar.gz#sha256=00">harvest_v2-0.2.0.tar.gz</a>'
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body)
        else:  # like pypiserver's fallback: unknown projects go to another index
            self.send_response(302)
            self.send_header("Location", "http://unreachable.invalid/simple/other/")
            self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def index_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Index)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/simple/"
    finally:
        server.shutdown()
        server.server_close()


def test_project_files_reads_the_simple_page_and_ignores_redirects_elsewhere(index_url: str) -> None:
    assert project_files(index_url, "Harvest_V2") == ["harvest_v2-0.2.0.tar.gz"]
    assert project_files(index_url, "other") == []  # not followed to the other host
