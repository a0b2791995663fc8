"""Generation: deterministic output, committed output current, new operations appear on Harvest."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ["-m", "generator"]


def _copy_project(tmp_path: Path) -> Path:
    """A copy of what generation reads and writes, so tests never touch the checkout."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("spec", "generator", "overlays", "generated"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    return project


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *GENERATE, *args], cwd=project, capture_output=True, text=True)


def _snapshot(project: Path) -> dict[str, bytes | str]:
    files: dict[str, bytes | str] = {}
    for path in sorted(project.rglob("*")):
        rel = str(path.relative_to(project))
        if "__pycache__" in rel:
            continue
        if path.is_file():
            files[rel] = path.read_bytes()
    return files


@pytest.mark.slow
def test_generation_is_deterministic_and_matches_the_commit(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    result = _run(project, "--check")
    assert result.returncode == 0, result.stderr
    first = _run(project)
    assert first.returncode == 0, first.stderr
    after_first = _snapshot(project / "generated")
    second = _run(project)
    assert second.returncode == 0, second.stderr
    assert _snapshot(project / "generated") == after_first
    assert _snapshot(project / "generated") == _snapshot(ROOT / "generated")


@pytest.mark.slow
def test_check_fails_when_generated_is_stale(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    stale = project / "generated" / "harvest_v2" / "models" / "client.py"
    stale.write_text(stale.read_text() + "# edited by hand\n")
    result = _run(project, "--check")
    assert result.returncode == 1
    assert "models/client.py" in result.stderr


@pytest.mark.slow
def test_new_list_operation_appears_with_auth_and_pagination(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    before = _snapshot(project)
    root = project / "spec" / "openapi.yaml"
    document = yaml.safe_load(root.read_text())
    document["tags"].append({"name": "time_off_requests", "description": "Absences users asked for."})
    document["paths"]["/time_off_requests"] = {"$ref": "paths/time_off.yaml#/time_off_requests"}
    root.write_text(yaml.safe_dump(document, sort_keys=False))
    (project / "spec" / "schemas" / "time_off.yaml").write_text(
        yaml.safe_dump(
            {
                "TimeOffRequest": {
                    "type": "object",
                    "required": ["id", "starts_on"],
                    "properties": {
                        "id": {"type": "integer", "format": "int64"},
                        "starts_on": {"type": "string", "format": "date"},
                    },
                },
                "TimeOffRequests": {
                    "allOf": [
                        {"$ref": "common.yaml#/Pagination"},
                        {
                            "type": "object",
                            "required": ["time_off_requests"],
                            "properties": {
                                "time_off_requests": {"type": "array", "items": {"$ref": "#/TimeOffRequest"}}
                            },
                        },
                    ]
                },
            }
        )
    )
    (project / "spec" / "paths" / "time_off.yaml").write_text(
        yaml.safe_dump(
            {
                "time_off_requests": {
                    "get": {
                        "operationId": "list_time_off_requests",
                        "tags": ["time_off_requests"],
                        "summary": "List time off requests.",
                        "parameters": [
                            {"$ref": "../components.yaml#/parameters/Cursor"},
                            {"$ref": "../components.yaml#/parameters/PerPage"},
                        ],
                        "responses": {
                            "200": {
                                "description": "A page.",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "../schemas/time_off.yaml#/TimeOffRequests"}
                                    }
                                },
                            },
                            "401": {"$ref": "../components.yaml#/responses/Unauthorized"},
                            "403": {"$ref": "../components.yaml#/responses/Forbidden"},
                            "429": {"$ref": "../components.yaml#/responses/TooManyRequests"},
                        },
                    }
                }
            }
        )
    )
    result = _run(project)
    assert result.returncode == 0, result.stderr

    after = _snapshot(project)
    changed = {rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel)}
    assert changed and all(rel.startswith(("spec/", "generated/")) for rel in changed), changed

    script = """
import httpx
from harvest_v2 import Harvest
seen = []
def handler(request):
    seen.append(request)
    nxt = None if "cursor" in request.url.params else "https://api.harvestapp.com/v2/time_off_requests?cursor=abc"
    ids = [3] if nxt is None else [1, 2]
    return httpx.Response(200, json={
        "time_off_requests": [{"id": i, "starts_on": "2025-07-01"} for i in ids],
        "per_page": 2, "total_pages": 2, "total_entries": 3, "next_page": None, "previous_page": None,
        "page": None, "links": {"first": "f", "next": nxt, "previous": None, "last": "l"}})
hv = Harvest("tok", "1", "Gen test (t@example.com)", throttle=False, transport=httpx.MockTransport(handler))
items = list(hv.time_off_requests.list(per_page=2))
assert [i.id for i in items] == [1, 2, 3], items
assert str(items[0].starts_on) == "2025-07-01"
assert all(r.headers["Authorization"] == "Bearer tok" and r.headers["Harvest-Account-Id"] == "1" for r in seen)
from harvest_v2._operations import OPERATIONS
row = OPERATIONS["list_time_off_requests"]
assert (row.list_key, row.item_schema, row.pagination, row.bucket) == (
    "time_off_requests", "TimeOffRequest", "cursor", "general"), row
print("ok", len(seen))
"""
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        # Both halves of the package, as the editable install puts them on sys.path.
        env={"PYTHONPATH": f"{project / 'overlays'}:{project / 'generated'}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok 2"


@pytest.mark.slow
def test_a_rate_limit_bucket_the_client_does_not_know_stops_generation(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    root = project / "spec" / "openapi.yaml"
    document = yaml.safe_load(root.read_text())
    (reports,) = [tag for tag in document["tags"] if tag["name"] == "reports"]
    reports["x-rate-limit"] = "weekly"
    root.write_text(yaml.safe_dump(document, sort_keys=False))
    result = _run(project)
    assert result.returncode == 1
    assert "tag reports: x-rate-limit is 'weekly'; expected one of general, reports" in result.stderr
    assert _snapshot(project / "generated") == _snapshot(ROOT / "generated")  # nothing written


def test_package_version_is_the_spec_version() -> None:
    import harvest_v2

    root = Path(__file__).resolve().parents[2]
    spec = yaml.safe_load((root / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    assert harvest_v2.__version__ == str(spec["info"]["version"])


MARKER = "# Generated by `make generate` from spec/: do not edit.\n"


def test_every_generated_file_says_it_is_generated() -> None:
    files = list((ROOT / "generated").rglob("*.py"))
    assert len(files) > 150  # api/, models/, the client, the version, the operations table
    others = [p for p in (ROOT / "generated").rglob("*") if p.is_file() and p.suffix not in {".py", ".pyc"}]
    # py.typed: the generated half is typed on its own in an editable install (empty, as PEP 561 allows).
    assert sorted(p.name for p in others) == ["openapi.json", "py.typed"]
    document = next(p for p in others if p.name == "openapi.json")
    # JSON has no comments: the document's first key says it.
    first_key = next(iter(json.loads(document.read_text(encoding="utf-8"))))
    assert first_key == "x-generated"
    unmarked = [
        str(path.relative_to(ROOT)) for path in files if not path.read_text(encoding="utf-8").startswith(MARKER)
    ]
    assert not unmarked


def test_no_hand_written_file_carries_the_marker() -> None:
    marked = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "overlays").rglob("*.py")
        if path.read_text(encoding="utf-8").startswith(MARKER)
    ]
    assert not marked


def test_one_name_for_each_request_step() -> None:
    """build_request builds (each operation module), OperationCall is what it builds (_operation_call),
    _call_operation sends it (the clients): no `_request` left to mean any of the three."""
    import harvest_v2._core._operation_call
    from harvest_v2._core._client import AsyncHarvestClient, HarvestClient

    modules = [path for path in (ROOT / "generated" / "harvest_v2" / "api").glob("*/*.py") if path.stem != "__init__"]
    assert len(modules) > 100  # one per operation
    for path in modules:
        text = path.read_text(encoding="utf-8")
        assert "\ndef build_request(" in text and "_request(" not in text.replace("build_request(", ""), path
    assert harvest_v2._core._operation_call.OperationCall.__name__ == "OperationCall"
    assert not (ROOT / "overlays" / "harvest_v2" / "_core" / "_request_spec.py").exists()
    assert not (ROOT / "overlays" / "harvest_v2" / "_core" / "_request.py").exists()
    for client in (HarvestClient, AsyncHarvestClient):
        assert hasattr(client, "_call_operation") and not hasattr(client, "_request")


def test_no_symlink_is_tracked_and_the_halves_never_overlap() -> None:
    tracked = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert not [line for line in tracked.splitlines() if line.startswith("120000")]
    halves = [ROOT / half / "harvest_v2" for half in ("overlays", "generated")]
    files = [{p.relative_to(half) for p in half.rglob("*") if "__pycache__" not in p.parts} for half in halves]
    both = {p for p in files[0] & files[1] if not (halves[0] / p).is_dir()}
    # A file of one half would shadow the other's; py.typed only marks each half typed (both empty).
    assert both <= {Path("py.typed")}
    assert all((half / "py.typed").read_bytes() == b"" for half in halves)
    assert not (halves[1] / "__init__.py").exists()  # the package root is hand-written


def test_generator_is_a_package_reached_without_sys_path_hacks() -> None:
    # `python -m generator` (what make runs) and `from generator.naming import ...`: one way in.
    assert (ROOT / "generator" / "__init__.py").is_file() and (ROOT / "generator" / "__main__.py").is_file()
    hacks = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("generator", "tests", "release", "benchmarks", "examples")
        for path in (ROOT / folder).rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"sys\.path\.(insert|append)\(.*generator", line)
    ]
    assert not hacks
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m generator\n" in makefile and "-m generator --check" in makefile


def test_an_attribute_named_like_a_model_member_stops_generation(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    common = project / "spec" / "schemas" / "common.yaml"
    schemas = yaml.safe_load(common.read_text())
    schemas["ProjectReference"]["properties"]["required"] = {"type": "boolean"}
    common.write_text(yaml.safe_dump(schemas, sort_keys=False))
    result = _run(project)
    assert result.returncode != 0
    assert "ProjectReference.required: the name is one of HarvestModel's own" in result.stderr, result.stderr
    assert _snapshot(project / "generated") == _snapshot(ROOT / "generated")  # nothing written
