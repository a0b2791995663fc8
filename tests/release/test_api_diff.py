"""api-diff on spec pairs made here: each test changes one fact and expects exact classifications."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from release.api_diff import ApiDiff, diff_documents, for_callers, main, render_text
from release.specs import bundle_spec
from release.version import Bump
from tests.release.spec_factory import Files, base_spec, git, make_repo, write_spec

Row = tuple[str, str, str | None, str | None, str, str, str]


def diff_after(tmp_path: Path, change: Callable[[Files], None], version: str = "0.1.0") -> ApiDiff:
    before = base_spec()
    after = copy.deepcopy(before)
    after["openapi.yaml"]["info"]["version"] = version
    change(after)
    old = bundle_spec(write_spec(tmp_path / "old", before))
    new = bundle_spec(write_spec(tmp_path / "new", after))
    return diff_documents(old, new)


def rows(diff: ApiDiff) -> set[Row]:
    """(kind, change, aspect, operation, subject, detail, bump) of every change."""
    return {(c.kind, c.change, c.aspect, c.operation, c.subject, c.detail, str(c.bump)) for c in diff.changes}


def schemas(files: Files) -> dict[str, Any]:
    result: dict[str, Any] = files["schemas/clients.yaml"]
    return result


RESPONSE_OPS = ("create_client", "get_client", "list_clients")


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    diff = diff_after(tmp_path, lambda files: None)
    assert diff.changes == ()
    assert diff.required_bump is Bump.NONE
    assert diff.version_problem() is None


def test_added_response_field_is_minor(tmp_path: Path) -> None:
    def add(files: Files) -> None:
        schemas(files)["Client"]["properties"]["email"] = {"type": "string"}

    diff = diff_after(tmp_path, add, version="0.2.0")
    assert rows(diff) == {
        ("response field", "added", None, op, "Client.email", "added (not always present)", "minor")
        for op in RESPONSE_OPS
    }
    assert {c.field for c in diff.changes} == {"email", "clients[].email"}
    assert diff.required_bump is Bump.MINOR
    assert diff.version_problem() is None


def test_added_request_field_optional_is_minor_and_required_is_major(tmp_path: Path) -> None:
    def add(files: Files) -> None:
        create = schemas(files)["ClientCreate"]
        create["properties"]["currency"] = {"type": "string"}
        create["properties"]["email"] = {"type": "string"}
        create["required"].append("email")

    diff = diff_after(tmp_path, add)
    assert rows(diff) == {
        ("request field", "added", None, "create_client", "ClientCreate.currency", "added (optional)", "minor"),
        ("request field", "added", None, "create_client", "ClientCreate.email", "added (required)", "major"),
    }
    assert diff.required_bump is Bump.MAJOR


def test_removed_field_is_breaking_in_requests_and_responses(tmp_path: Path) -> None:
    def remove(files: Files) -> None:
        for name in ("Client", "ClientCreate"):
            del schemas(files)[name]["properties"]["address"]
        schemas(files)["Client"]["required"].remove("address")

    diff = diff_after(tmp_path, remove, version="0.2.0")
    assert rows(diff) == {
        ("request field", "removed", None, "create_client", "ClientCreate.address", "removed", "major"),
        *{("response field", "removed", None, op, "Client.address", "removed", "major") for op in RESPONSE_OPS},
    }
    assert all(c.breaking for c in diff.changes)
    assert diff.version_problem() == (
        "info.version 0.1.0 -> 0.2.0 is a minor bump but the API changes need a major bump; "
        "set info.version to 1.0.0 or higher"
    )


def test_new_enum_value_is_minor_everywhere_the_enum_is_used(tmp_path: Path) -> None:
    def extend(files: Files) -> None:
        schemas(files)["ClientStatus"]["enum"].append("pending")

    diff = diff_after(tmp_path, extend)
    assert rows(diff) == {
        ("request field", "changed", "enum", "create_client", "ClientCreate.status", 'value added: "pending"', "minor"),
        *{
            ("response field", "changed", "enum", op, "Client.status", 'value added: "pending"', "minor")
            for op in RESPONSE_OPS
        },
    }
    assert diff.required_bump is Bump.MINOR


def test_removed_enum_value_is_breaking(tmp_path: Path) -> None:
    def shrink(files: Files) -> None:
        schemas(files)["ClientStatus"]["enum"].remove("archived")

    diff = diff_after(tmp_path, shrink)
    assert {(c.kind, c.aspect, c.detail, str(c.bump)) for c in diff.changes} == {
        ("request field", "enum", 'value removed: "archived"', "major"),
        ("response field", "enum", 'value removed: "archived"', "major"),
    }


def test_newly_required_parameter_is_breaking(tmp_path: Path) -> None:
    def require(files: Files) -> None:
        files["paths/clients.yaml"]["clients"]["get"]["parameters"][1]["required"] = True
        files["components.yaml"]["parameters"]["IsActive"]["required"] = True

    diff = diff_after(tmp_path, require)
    assert rows(diff) == {
        ("parameter", "changed", "required", "list_clients", "page", "now required", "major"),
        ("parameter", "changed", "required", "list_clients", "is_active", "now required", "major"),
    }


def test_added_parameters_optional_minor_required_major_removed_major(tmp_path: Path) -> None:
    def change(files: Files) -> None:
        params = files["paths/clients.yaml"]["clients"]["get"]["parameters"]
        del params[1]  # page
        params.append({"name": "q", "in": "query", "schema": {"type": "string"}})
        params.append({"name": "from", "in": "query", "required": True, "schema": {"type": "string"}})

    diff = diff_after(tmp_path, change)
    assert rows(diff) == {
        ("parameter", "removed", None, "list_clients", "page", "query parameter removed", "major"),
        ("parameter", "added", None, "list_clients", "q", "optional query parameter added", "minor"),
        ("parameter", "added", None, "list_clients", "from", "required query parameter added", "major"),
    }


def test_nullability_breaks_responses_but_not_requests(tmp_path: Path) -> None:
    def nullable(files: Files) -> None:
        schemas(files)["Client"]["properties"]["name"] = {"type": ["string", "null"]}
        schemas(files)["ClientCreate"]["properties"]["address"] = {"type": ["string", "null"]}

    diff = diff_after(tmp_path, nullable)
    assert {(c.kind, c.subject, c.detail, str(c.bump)) for c in diff.changes} == {
        ("response field", "Client.name", "may now be null (breaking for readers: the attribute may be None)", "major"),
        ("request field", "ClientCreate.address", "now accepts null", "minor"),
    }


def test_response_field_no_longer_required_is_breaking_and_request_field_optional_is_not(tmp_path: Path) -> None:
    def loosen(files: Files) -> None:
        schemas(files)["Client"]["required"].remove("created_at")
        schemas(files)["ClientCreate"]["required"].remove("name")

    diff = diff_after(tmp_path, loosen)
    assert {(c.kind, c.subject, c.aspect, c.detail, str(c.bump)) for c in diff.changes} == {
        (
            "response field",
            "Client.created_at",
            "required",
            "no longer always present (breaking for readers: the attribute may be UNSET when absent)",
            "major",
        ),
        ("request field", "ClientCreate.name", "required", "now optional", "minor"),
    }


def test_type_narrowed_in_input_is_breaking_widened_is_not(tmp_path: Path) -> None:
    def types(files: Files) -> None:
        schemas(files)["ClientCreate"]["properties"]["budget"] = {"type": "integer"}  # number -> integer
        files["paths/clients.yaml"]["clients"]["get"]["parameters"][1]["schema"] = {"type": "number"}

    diff = diff_after(tmp_path, types)
    assert {(c.kind, c.subject, c.aspect, c.detail, str(c.bump)) for c in diff.changes} == {
        ("request field", "ClientCreate.budget", "type", "type number -> integer (narrowed)", "major"),
        ("parameter", "page", "type", "type integer -> number (widened)", "minor"),
        ("parameter", "page", "format", "format int32 -> none (same Python type)", "patch"),
    }


def test_format_change_that_changes_the_python_type_is_breaking(tmp_path: Path) -> None:
    def dates(files: Files) -> None:
        schemas(files)["Client"]["properties"]["created_at"]["format"] = "date"

    diff = diff_after(tmp_path, dates)
    assert {(c.subject, c.aspect, c.detail, str(c.bump)) for c in diff.changes} == {
        (
            "Client.created_at",
            "format",
            "format date-time -> date: the attribute is datetime.date, was datetime.datetime (the Python type changes)",
            "major",
        ),
    }


def test_number_to_decimal_is_a_type_change_for_readers_and_a_widening_for_callers(tmp_path: Path) -> None:
    def decimal(files: Files) -> None:
        schemas(files)["Client"]["properties"]["balance"] = {"type": ["number", "null"], "format": "decimal"}
        schemas(files)["ClientCreate"]["properties"]["budget"]["format"] = "decimal"

    def base(files: Files) -> None:
        schemas(files)["Client"]["properties"]["balance"] = {"type": ["number", "null"]}

    before = base_spec()
    base(before)
    after = copy.deepcopy(before)
    decimal(after)
    diff = diff_documents(
        bundle_spec(write_spec(tmp_path / "old", before)), bundle_spec(write_spec(tmp_path / "new", after))
    )
    readers = "format none -> decimal: the attribute is decimal.Decimal, was float (the Python type changes)"
    callers = "format none -> decimal: the argument accepts decimal.Decimal, float or int, was float or int (widened)"
    assert rows(diff) == {
        ("request field", "changed", "format", "create_client", "ClientCreate.budget", callers, "minor"),
        *{("response field", "changed", "format", op, "Client.balance", readers, "major") for op in RESPONSE_OPS},
    }

    back = diff_documents(
        bundle_spec(write_spec(tmp_path / "new", after)), bundle_spec(write_spec(tmp_path / "old", before))
    )
    # Back to float: readers' type changes again, and callers may no longer pass a Decimal.
    assert {(c.kind, c.detail, str(c.bump)) for c in back.changes} == {
        (
            "request field",
            "format decimal -> none: the argument accepts float or int, was decimal.Decimal, float or int "
            "(the Python type changes)",
            "major",
        ),
        (
            "response field",
            "format decimal -> none: the attribute is float, was decimal.Decimal (the Python type changes)",
            "major",
        ),
    }


def test_the_report_sums_up_for_callers_what_many_lines_say(tmp_path: Path) -> None:
    def loosen(files: Files) -> None:
        client = schemas(files)["Client"]
        client["required"].remove("created_at")
        client["required"].remove("name")
        client["properties"]["status"] = {"oneOf": [{"$ref": "#/ClientStatus"}, {"type": "null"}]}
        schemas(files)["ClientCreate"]["properties"]["budget"]["format"] = "decimal"

    diff = diff_after(tmp_path, loosen, version="1.0.0")
    summary = (
        "For callers: 1 argument now accepts decimal.Decimal, float or int; "
        "2 attributes may now be UNSET (breaking for readers); 1 attribute may now be None (breaking for readers)."
    )
    assert for_callers(diff) == summary
    # one line per attribute and operation below it; the summary counts attributes once
    assert len([c for c in diff.changes if c.aspect == "required"]) == 2 * len(RESPONSE_OPS)
    text = render_text(diff, "v0.1.0", "working tree").splitlines()
    assert text[2:4] == [summary, ""]
    assert for_callers(diff_after(tmp_path, lambda files: None)) is None


def test_a_format_that_keeps_the_python_type_is_a_patch(tmp_path: Path) -> None:
    def double(files: Files) -> None:
        schemas(files)["ClientCreate"]["properties"]["budget"]["format"] = "double"

    diff = diff_after(tmp_path, double)
    assert rows(diff) == {
        (
            "request field",
            "changed",
            "format",
            "create_client",
            "ClientCreate.budget",
            "format none -> double (same Python type)",
            "patch",
        )
    }


def test_a_delete_that_gains_a_body_returns_it_and_losing_it_breaks(tmp_path: Path) -> None:
    def delete_without_body(files: Files) -> None:
        files["paths/clients.yaml"]["client"]["delete"] = {
            "operationId": "delete_client",
            "tags": ["clients"],
            "responses": {"200": {"description": "done"}},
        }

    def with_body(files: Files) -> None:
        delete_without_body(files)
        ok = {"description": "the deleted client"}
        ref = {"$ref": "../schemas/clients.yaml#/Client"}
        files["paths/clients.yaml"]["client"]["delete"]["responses"]["200"] = {
            **ok,
            "content": {"application/json": {"schema": ref}},
        }

    without, gained = base_spec(), base_spec()
    delete_without_body(without)
    with_body(gained)
    old = bundle_spec(write_spec(tmp_path / "old", without))
    new = bundle_spec(write_spec(tmp_path / "new", gained))
    assert rows(diff_documents(old, new)) == {
        (
            "response",
            "changed",
            "body",
            "delete_client",
            "200",
            "response 200 now has a body: the method returns it instead of None",
            "minor",
        )
    }
    assert rows(diff_documents(new, old)) == {
        (
            "response",
            "changed",
            "body",
            "delete_client",
            "200",
            "response 200 no longer has a body: the method returns None",
            "major",
        )
    }


def test_operations_added_and_removed(tmp_path: Path) -> None:
    def ops(files: Files) -> None:
        paths = files["paths/clients.yaml"]
        del paths["client"]["get"]
        paths["client"]["delete"] = {
            "operationId": "delete_client",
            "tags": ["clients"],
            "responses": {"200": {"description": "done"}},
        }

    diff = diff_after(tmp_path, ops)
    assert rows(diff) == {
        ("operation", "removed", None, "get_client", "get_client", "GET /clients/{client_id} removed", "major"),
        ("operation", "added", None, "delete_client", "delete_client", "DELETE /clients/{client_id} added", "minor"),
    }


def test_text_report_groups_operations_and_gives_the_verdict(tmp_path: Path) -> None:
    def change(files: Files) -> None:
        del schemas(files)["Client"]["properties"]["address"]
        schemas(files)["Client"]["properties"]["email"] = {"type": "string"}

    text = render_text(diff_after(tmp_path, change, version="0.1.1"), "v0.1.0", "working tree")
    assert text.splitlines() == [
        "API changes from 0.1.0 (v0.1.0) to 0.1.1 (working tree)",
        "",
        "Breaking changes (major):",
        "  - response field `Client.address` (in create_client, get_client, list_clients): removed",
        "",
        "Additions and compatible changes (minor):",
        "  - response field `Client.email` (in create_client, get_client, list_clients): added (not always present)",
        "",
        "Required bump: major (1 breaking change). Not met: info.version 0.1.0 -> 0.1.1 is a patch bump but the "
        "API changes need a major bump; set info.version to 1.0.0 or higher.",
    ]


def test_cli_compares_a_git_ref_with_the_working_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = make_repo(tmp_path / "repo", base_spec(), tag="v0.1.0")
    files = base_spec("1.0.0")
    schemas(files)["ClientStatus"]["enum"].remove("archived")
    write_spec(repo / "spec", files)

    assert main(["--root", str(repo), "--json"]) == 0  # base defaults to the newest release tag
    report = json.loads(capsys.readouterr().out)
    assert report["base"] == {"ref": "v0.1.0", "version": "0.1.0"}
    assert report["head"] == {"ref": "working tree", "version": "1.0.0"}
    assert (report["required_bump"], report["version_bump"], report["version_ok"]) == ("major", "major", True)
    assert {(c["kind"], c["detail"], c["breaking"]) for c in report["changes"]} == {
        ("request field", 'value removed: "archived"', True),
        ("response field", 'value removed: "archived"', True),
    }

    assert main(["--root", str(repo), "--base", "HEAD"]) == 0
    assert "Required bump: major (2 breaking changes). info.version 0.1.0 -> 1.0.0 is a major bump: OK." in (
        capsys.readouterr().out
    )


def test_cli_explains_a_bad_base(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = make_repo(tmp_path / "repo", base_spec())
    assert main(["--root", str(repo)]) == 2
    assert "no release tag (v<version>) exists yet; name the base to compare with: BASE=<git ref>" in (
        capsys.readouterr().err
    )
    assert main(["--root", str(repo), "--base", "nope"]) == 2
    assert "unknown git ref 'nope'" in capsys.readouterr().err
    (repo / "other").write_text("x")
    git(repo, "rm", "-r", "--quiet", "spec")
    git(repo, "add", "other")
    git(repo, "commit", "--quiet", "--message=no spec")
    assert main(["--root", str(repo), "--base", "HEAD"]) == 2
    assert "spec/ does not exist at HEAD" in capsys.readouterr().err


def test_a_preview_tag_keeps_its_operations_out_of_the_breaking_checks(tmp_path: Path) -> None:
    def mark_and_remove(files: Files) -> None:
        files["openapi.yaml"]["tags"] = [{"name": "clients", "x-preview": True}]
        del files["paths/clients.yaml"]["client"]["get"]

    diff = diff_after(tmp_path, mark_and_remove, version="0.1.1")
    removed = [c for c in diff.changes if c.kind == "operation" and c.change == "removed"]
    assert [(c.subject, str(c.bump)) for c in removed] == [("get_client", "minor")]
    assert "preview tag clients" in removed[0].detail
    assert not diff.breaking

    def remove(files: Files) -> None:
        del files["paths/clients.yaml"]["client"]["get"]

    assert [c.subject for c in diff_after(tmp_path / "plain", remove).breaking] == ["get_client"]
