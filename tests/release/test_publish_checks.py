"""make publish's refusal list, checked without building: every reason at once, no secret shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from release import publish, tree_marker
from tests.release.spec_factory import base_spec, make_repo


def test_publish_refuses_with_every_reason_and_never_shows_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(tmp_path / "repo", base_spec("0.1.0"), tag="v0.1.0")  # no generator: generated/ cannot match
    monkeypatch.setenv(tree_marker.MARKER_ENV, str(tmp_path / "marker"))
    monkeypatch.delenv("TWINE_REPOSITORY_URL", raising=False)
    monkeypatch.delenv("TWINE_USERNAME", raising=False)
    monkeypatch.setenv("TWINE_PASSWORD", "hunter2-not-shown")

    assert publish.main(["--root", str(repo)]) == 1
    out, err = capsys.readouterr()
    assert "publish: harvest-v2 0.1.0 to (no index named)" in out
    assert "  FAIL generated/ matches spec/" in out
    reasons = err.split("publish refused; nothing was uploaded:\n", 1)[1]
    lines = [line for line in reasons.splitlines() if line.startswith("  - ")]
    expected = [
        "  - TWINE_REPOSITORY_URL, TWINE_USERNAME not set: publish uploads only to the index named by",
        "  - generated/ is not what spec/ produces; run `make generate` and commit it:",
        "  - the tests have not passed on this tree: no marker at",
        "  - 0.1.0 was already released (tag v0.1.0); bump info.version in spec/openapi.yaml",
    ]
    assert len(lines) == len(expected)
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), line
    assert "hunter2" not in out + err
    assert not (repo / "dist").exists()  # refused before building
