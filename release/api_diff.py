"""Compare the spec at a git ref with the working spec: what changed, what breaks, which bump.

    python -m release.api_diff [--base REF] [--json]     (make api-diff BASE=<ref> [JSON=1])

Rules (plain semantic versioning, 0.x included: a breaking change needs a major bump):
inputs (parameters, request fields) break when they accept less than before,
outputs (response fields) break when they promise less than before.

- major: an operation, parameter, field, success response, media type, model
  schema or enum value removed; a parameter, request body or request field
  newly required (or added as required); an input type narrowed or no longer
  nullable; an output type widened, made nullable or no longer always present
  (readers then meet None or UNSET where they never did); a format change that
  changes the Python type of an attribute (date, date-time, binary,
  decimal: float -> decimal.Decimal; generator/kinds.py is the table) or narrows what an argument accepts; an
  operation moved to another tag (its method moves to another attribute); a
  success response that loses its body (the method returns None).
- minor: anything added that callers may ignore (operation, optional parameter
  or request field, response field, enum value, schema); an input widened or
  made optional (an argument that now also accepts decimal.Decimal); an output
  narrowed or made always present; an operation deprecated; a success response
  that gains a body (the method returns it instead of None).
- preview: operations of a tag marked `x-preview: true` (known from Harvest's
  documentation, never seen in a real answer) change at most minor, with the tag named.
- patch: changes invisible to Python callers (a format that maps to the same
  Python type, an operation's URL or method under the same operationId).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from generator.kinds import Kind, kind_for
from release.gitutil import GitError, latest_release_tag
from release.specs import ROOT, SpecError, bundle_at_ref, bundle_working
from release.surface import (
    Body,
    Field,
    FieldPath,
    Operation,
    Parameter,
    Surface,
    display_path,
    surface,
)
from release.version import Bump, VersionError, bump_between, check_bump, parse_semver

Direction = Literal["input", "output"]

# JSON Schema's "number" includes integers, so integer -> number widens and the reverse narrows.
_ATOMS = {"number": {"integer", "fraction"}, "integer": {"integer"}}
_ANY = frozenset({"string", "integer", "fraction", "boolean", "object", "array"})


@dataclass(frozen=True)
class Change:
    """One difference between two specs and the bump it needs."""

    kind: str  # operation, parameter, request body, request field, response, response field, schema
    change: str  # added, removed, changed
    aspect: str | None  # type, format, nullable, required, enum, media type, path, tag, deprecated, body
    operation: str | None  # operationId the change is in
    subject: str  # what changed: a field as Schema.property when known, else its path; a parameter name...
    detail: str  # human-readable: what it was and what it is
    bump: Bump
    location: str | None = None  # METHOD /path of the operation
    field: str | None = None  # the field's path inside the body or parameter

    @property
    def breaking(self) -> bool:
        """Whether existing callers can break (needs a major bump)."""
        return self.bump is Bump.MAJOR

    def as_json(self) -> dict[str, Any]:
        """Plain-JSON form for --json output."""
        return {
            "kind": self.kind,
            "change": self.change,
            "aspect": self.aspect,
            "operation": self.operation,
            "location": self.location,
            "subject": self.subject,
            "field": self.field,
            "detail": self.detail,
            "bump": str(self.bump),
            "breaking": self.breaking,
        }


@dataclass(frozen=True)
class ApiDiff:
    """All changes from one spec to another, with their versions."""

    old_version: str
    new_version: str
    changes: tuple[Change, ...]

    @property
    def required_bump(self) -> Bump:
        """The smallest version bump the changes allow."""
        return max((c.bump for c in self.changes), default=Bump.NONE)

    @property
    def breaking(self) -> tuple[Change, ...]:
        """The changes that need a major bump."""
        return tuple(c for c in self.changes if c.breaking)

    def version_problem(self) -> str | None:
        """Why the new info.version does not fit the changes, or None when it does."""
        return check_bump(self.old_version, self.new_version, self.required_bump)


class _Collector:
    def __init__(self, preview: frozenset[str] = frozenset()) -> None:
        self.changes: list[Change] = []
        self.preview = preview

    def add(
        self,
        kind: str,
        change: str,
        aspect: str | None,
        op: Operation | None,
        subject: str,
        detail: str,
        bump: Bump,
        field: str | None = None,
    ) -> None:
        if op is not None and bump is Bump.MAJOR and self.preview & set(op.tags):
            # A preview tag's operations are described from documentation only: not a promise yet.
            bump, detail = Bump.MINOR, f"{detail} (preview tag {', '.join(sorted(self.preview & set(op.tags)))})"
        self.changes.append(
            Change(
                kind=kind,
                change=change,
                aspect=aspect,
                operation=op.key if op else None,
                location=f"{op.method} {op.path}" if op else None,
                subject=subject,
                detail=detail,
                bump=bump,
                field=field,
            )
        )


def diff_surfaces(old: Surface, new: Surface, preview: frozenset[str] = frozenset()) -> ApiDiff:
    """Compare two API surfaces; changes to operations of the `preview` tags are never breaking."""
    out = _Collector(preview)
    for key in sorted(old.operations.keys() - new.operations.keys()):
        op = old.operations[key]
        out.add("operation", "removed", None, op, key, f"{op.method} {op.path} removed", Bump.MAJOR)
    for key in sorted(new.operations.keys() - old.operations.keys()):
        op = new.operations[key]
        out.add("operation", "added", None, op, key, f"{op.method} {op.path} added", Bump.MINOR)
    for key in sorted(old.operations.keys() & new.operations.keys()):
        _operation(out, old.operations[key], new.operations[key])
    for name in sorted(old.schemas - new.schemas):
        out.add("schema", "removed", None, None, name, "model removed from harvest_v2.models", Bump.MAJOR)
    for name in sorted(new.schemas - old.schemas):
        out.add("schema", "added", None, None, name, "model added to harvest_v2.models", Bump.MINOR)
    return ApiDiff(old.version, new.version, tuple(out.changes))


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> ApiDiff:
    """Compare two bundled OpenAPI documents."""
    return diff_surfaces(surface(old), surface(new), preview_tags(old) | preview_tags(new))


def preview_tags(document: dict[str, Any]) -> frozenset[str]:
    """The tags marked `x-preview: true`: operations known from documentation, no real answer seen yet."""
    return frozenset(str(t["name"]) for t in document.get("tags", []) if isinstance(t, dict) and t.get("x-preview"))


def _operation(out: _Collector, old: Operation, new: Operation) -> None:
    if (old.method, old.path) != (new.method, new.path):
        detail = f"now {new.method} {new.path} (was {old.method} {old.path}); the method keeps its name"
        out.add("operation", "changed", "path", new, new.key, detail, Bump.PATCH)
    if old.tags != new.tags:
        tags = f"{', '.join(old.tags) or '-'} -> {', '.join(new.tags) or '-'}"
        detail = f"tag {tags}: the method moves to another resource attribute"
        out.add("operation", "changed", "tag", new, new.key, detail, Bump.MAJOR)
    if old.deprecated != new.deprecated:
        if new.deprecated:
            out.add("operation", "changed", "deprecated", new, new.key, "deprecated", Bump.MINOR)
        else:
            out.add("operation", "changed", "deprecated", new, new.key, "no longer deprecated", Bump.PATCH)
    _parameters(out, new, old.parameters, new.parameters)
    _request(out, new, old.request, new.request)
    for code in sorted(old.responses.keys() - new.responses.keys()):
        out.add("response", "removed", None, new, code, f"success response {code} removed", Bump.MAJOR)
    for code in sorted(new.responses.keys() - old.responses.keys()):
        out.add("response", "added", None, new, code, f"success response {code} added", Bump.MINOR)
    for code in sorted(old.responses.keys() & new.responses.keys()):
        before, after = old.responses[code], new.responses[code]
        if not before.media_types and after.media_types:
            # A body where there was none (a DELETE answered with the deleted record): the method returns it.
            detail = f"response {code} now has a body: the method returns it instead of None"
            out.add("response", "changed", "body", new, code, detail, Bump.MINOR)
            continue
        if before.media_types and not after.media_types:
            detail = f"response {code} no longer has a body: the method returns None"
            out.add("response", "changed", "body", new, code, detail, Bump.MAJOR)
            continue
        _media_types(out, new, f"response {code}", "response", before, after)
        _fields(out, new, "response field", "output", before.fields, after.fields)


def _parameters(out: _Collector, op: Operation, old: dict[str, Parameter], new: dict[str, Parameter]) -> None:
    for key in sorted(old.keys() - new.keys()):
        p = old[key]
        out.add("parameter", "removed", None, op, p.name, f"{p.location} parameter removed", Bump.MAJOR)
    for key in sorted(new.keys() - old.keys()):
        p = new[key]
        if p.required:
            out.add("parameter", "added", None, op, p.name, f"required {p.location} parameter added", Bump.MAJOR)
        else:
            out.add("parameter", "added", None, op, p.name, f"optional {p.location} parameter added", Bump.MINOR)
    for key in sorted(old.keys() & new.keys()):
        before, after = old[key], new[key]
        if not before.required and after.required:
            out.add("parameter", "changed", "required", op, after.name, "now required", Bump.MAJOR)
        elif before.required and not after.required:
            out.add("parameter", "changed", "required", op, after.name, "now optional", Bump.MINOR)
        _fields(out, op, "parameter", "input", before.fields, after.fields, root_name=after.name)


def _request(out: _Collector, op: Operation, old: Body | None, new: Body | None) -> None:
    if old is None and new is None:
        return
    if old is None and new is not None:
        bump = Bump.MAJOR if new.required else Bump.MINOR
        which = "required" if new.required else "optional"
        out.add("request body", "added", None, op, "(body)", f"{which} request body added", bump)
        return
    if new is None:
        out.add("request body", "removed", None, op, "(body)", "request body removed", Bump.MAJOR)
        return
    assert old is not None
    if not old.required and new.required:
        out.add("request body", "changed", "required", op, "(body)", "request body now required", Bump.MAJOR)
    elif old.required and not new.required:
        out.add("request body", "changed", "required", op, "(body)", "request body now optional", Bump.MINOR)
    _media_types(out, op, "request body", "request body", old, new)
    _fields(out, op, "request field", "input", old.fields, new.fields)


def _media_types(out: _Collector, op: Operation, what: str, kind: str, old: Body, new: Body) -> None:
    for media in sorted(old.media_types - new.media_types):
        out.add(kind, "changed", "media type", op, what, f"{what} no longer offers {media}", Bump.MAJOR)
    for media in sorted(new.media_types - old.media_types):
        out.add(kind, "changed", "media type", op, what, f"{what} now also offers {media}", Bump.MINOR)


def _under(path: FieldPath, paths: set[FieldPath]) -> bool:
    return any(path[:n] in paths for n in range(len(path)))


def _fields(
    out: _Collector,
    op: Operation,
    kind: str,
    direction: Direction,
    old: dict[FieldPath, Field],
    new: dict[FieldPath, Field],
    root_name: str | None = None,
) -> None:
    def subject(path: FieldPath, f: Field) -> tuple[str, str]:
        # Parameters are named by the parameter; body fields by their path, "(body)" for the root.
        shown = display_path((root_name, *path)) if root_name is not None else display_path(path) or "(body)"
        return f.owner or shown, shown

    removed, added = set(old) - set(new), set(new) - set(old)
    for path in sorted(removed):
        if not _under(path, removed):  # a removed object's own fields go with it
            name, shown = subject(path, old[path])
            out.add(kind, "removed", None, op, name, "removed", Bump.MAJOR, shown)
    for path in sorted(added):
        if _under(path, added):
            continue
        f = new[path]
        name, shown = subject(path, f)
        if direction == "input":
            bump = Bump.MAJOR if f.required else Bump.MINOR
            detail = "added (required)" if f.required else "added (optional)"
        else:
            bump = Bump.MINOR
            detail = "added" if f.required else "added (not always present)"
        out.add(kind, "added", None, op, name, detail, bump, shown)
    for path in sorted(set(old) & set(new)):
        name, shown = subject(path, new[path])
        for aspect, detail, bump in _field_changes(old[path], new[path], direction, is_root=not path):
            out.add(kind, "changed", aspect, op, name, detail, bump, shown)


def _atoms(types: frozenset[str]) -> frozenset[str]:
    if not types:
        return _ANY
    return frozenset(a for t in types for a in _ATOMS.get(t, {t}))


def _type_name(types: frozenset[str]) -> str:
    return " | ".join(sorted(types)) if types else "any"


def _field_changes(old: Field, new: Field, direction: Direction, is_root: bool) -> Iterable[tuple[str, str, Bump]]:
    """Yield (aspect, detail, bump) for each way one field changed."""
    inp = direction == "input"
    before, after = _atoms(old.types), _atoms(new.types)
    if before != after:
        shown = f"type {_type_name(old.types)} -> {_type_name(new.types)}"
        if before < after:
            yield "type", f"{shown} (widened)", Bump.MINOR if inp else Bump.MAJOR
        elif after < before:
            yield "type", f"{shown} (narrowed)", Bump.MAJOR if inp else Bump.MINOR
        else:
            yield "type", shown, Bump.MAJOR
    if old.nullable != new.nullable:
        if new.nullable:
            if inp:
                yield "nullable", "now accepts null", Bump.MINOR
            else:
                yield "nullable", f"may now be null ({_READERS} None)", Bump.MAJOR
        else:
            yield "nullable", "no longer accepts null" if inp else "never null now", Bump.MAJOR if inp else Bump.MINOR
    if old.format != new.format:
        yield _format_change(old, new, inp)
    if not is_root and old.required != new.required:
        if new.required:
            yield "required", "now required" if inp else "now always present", Bump.MAJOR if inp else Bump.MINOR
        elif inp:
            yield "required", "now optional", Bump.MINOR
        else:
            # Callers that read the attribute unconditionally now meet UNSET: the break is on the reading side.
            yield "required", f"no longer always present ({_READERS} UNSET when absent)", Bump.MAJOR
    yield from _enum_changes(old.enum, new.enum, inp)


_READERS = "breaking for readers: the attribute may be"


def _kind(types: frozenset[str], fmt: str | None) -> Kind | None:
    # The generator's registry decides what a type and format become; a scalar that is one JSON type
    # is its row, anything else (several types, objects, arrays) is not a format question.
    return kind_for(next(iter(types)), fmt) if len(types) == 1 else None


def _python_read(types: frozenset[str], fmt: str | None) -> str:
    """The Python type callers read for a scalar of these JSON types and format."""
    kind = _kind(types, fmt)
    return kind.python_name if kind else "str"


def _python_passed(types: frozenset[str], fmt: str | None) -> tuple[str, ...]:
    """The Python types callers may pass for a scalar of these JSON types and format."""
    kind = _kind(types, fmt)
    return kind.passed if kind else ("str",)


def _format_change(old: Field, new: Field, inp: bool) -> tuple[str, str, Bump]:
    """A format change as callers meet it: the Python type of an attribute or of an argument.

    Both sides are read with the new JSON types, so a type change (reported on its own) does not
    count twice.
    """
    shown = f"format {old.format or 'none'} -> {new.format or 'none'}"
    if inp:
        before, after = set(_python_passed(new.types, old.format)), set(_python_passed(new.types, new.format))
        if before == after:
            return "format", f"{shown} (same Python type)", Bump.PATCH
        accepts = f"the argument accepts {_either(after)}, was {_either(before)}"
        if before < after:
            return "format", f"{shown}: {accepts} (widened)", Bump.MINOR
        return "format", f"{shown}: {accepts} (the Python type changes)", Bump.MAJOR
    was, now = _python_read(new.types, old.format), _python_read(new.types, new.format)
    if was == now:
        return "format", f"{shown} (same Python type)", Bump.PATCH
    return "format", f"{shown}: the attribute is {now}, was {was} (the Python type changes)", Bump.MAJOR


def _either(types: set[str]) -> str:
    ordered = sorted(types)
    return ordered[0] if len(ordered) == 1 else f"{', '.join(ordered[:-1])} or {ordered[-1]}"


def _enum_changes(old: frozenset[str] | None, new: frozenset[str] | None, inp: bool) -> Iterable[tuple[str, str, Bump]]:
    if old == new:
        return
    if old is None and new is not None:
        # Inputs accept fewer values; outputs just promise a known set.
        yield "enum", f"now restricted to {_values(new)}", Bump.MAJOR if inp else Bump.MINOR
        return
    if new is None:
        # Enum-typed values are already `Literal[...] | str` in the client, so dropping the set widens nothing.
        yield "enum", "no longer restricted to a set of values", Bump.MINOR
        return
    assert old is not None
    if old - new:
        word = "value" if len(old - new) == 1 else "values"
        yield "enum", f"{word} removed: {_values(old - new)}", Bump.MAJOR
    if new - old:
        word = "value" if len(new - old) == 1 else "values"
        yield "enum", f"{word} added: {_values(new - old)}", Bump.MINOR


def _values(values: frozenset[str]) -> str:
    return ", ".join(sorted(values))


# ----------------------------------------------------------------------------- rendering

SECTIONS = (
    (Bump.MAJOR, "Breaking changes (major)"),
    (Bump.MINOR, "Additions and compatible changes (minor)"),
    (Bump.PATCH, "Other changes (patch)"),
)


_KIND_ORDER = ("operation", "parameter", "request body", "request field", "response", "response field", "schema")


def grouped_lines(diff: ApiDiff) -> dict[Bump, list[str]]:
    """One line per change, merging the same change met in several operations."""
    groups: dict[tuple[Bump, str, str, str], list[str]] = {}
    for c in diff.changes:
        key = (c.bump, c.kind, c.subject, c.detail)
        ops = groups.setdefault(key, [])
        if c.operation and c.operation not in ops and c.kind != "operation":
            ops.append(c.operation)
    lines: dict[Bump, list[str]] = {}
    for bump, kind, subject, detail in sorted(groups, key=lambda k: (_KIND_ORDER.index(k[1]), k[2], k[3])):
        ops = groups[(bump, kind, subject, detail)]
        where = f" (in {', '.join(sorted(ops))})" if ops else ""
        lines.setdefault(bump, []).append(f"{kind} `{subject}`{where}: {detail}")
    return lines


_READ_AS = re.compile(r"the attribute is (\S+), was (\S+) ")
_PASSED_AS = re.compile(r"the argument accepts (.+), was (.+) \(widened\)")


def for_callers(diff: ApiDiff) -> str | None:
    """One sentence on what a long diff means for code using the client, or None when nothing stands out.

    A change of number format or of presence touches every attribute it applies to, so its lines
    are many; this counts them by what callers meet (distinct attributes and arguments).
    """
    read_as: dict[tuple[str, str], set[str]] = {}
    passed_as: dict[str, set[str]] = {}
    unset: set[str] = set()
    null: set[str] = set()
    for c in diff.changes:
        if c.kind == "response field" and c.aspect == "format" and (m := _READ_AS.search(c.detail)):
            read_as.setdefault((m[1], m[2]), set()).add(c.subject)
        elif c.kind in ("request field", "parameter") and c.aspect == "format" and (m := _PASSED_AS.search(c.detail)):
            passed_as.setdefault(m[1], set()).add(c.subject)
        elif c.kind == "response field" and c.aspect == "required" and c.breaking:
            unset.add(c.subject)
        elif c.kind == "response field" and c.aspect == "nullable" and c.breaking:
            null.add(c.subject)
    parts = [
        f"{_count(names, 'attribute')} {_are(names)} {now} (was {was})" for (now, was), names in sorted(read_as.items())
    ]
    parts += [f"{_count(names, 'argument')} now {_accept(names)} {kinds}" for kinds, names in sorted(passed_as.items())]
    if unset:
        parts.append(f"{_count(unset, 'attribute')} may now be UNSET (breaking for readers)")
    if null:
        parts.append(f"{_count(null, 'attribute')} may now be None (breaking for readers)")
    return f"For callers: {'; '.join(parts)}." if parts else None


def _count(names: set[str], noun: str) -> str:
    return f"{len(names)} {noun}{'s' if len(names) != 1 else ''}"


def _are(names: set[str]) -> str:
    return "are" if len(names) != 1 else "is"


def _accept(names: set[str]) -> str:
    return "accept" if len(names) != 1 else "accepts"


def verdict(diff: ApiDiff) -> str:
    """One line: the bump the changes need and whether info.version makes it."""
    needed = diff.required_bump
    count = len(grouped_lines(diff).get(Bump.MAJOR, []))
    why = f" ({count} breaking change{'s' if count != 1 else ''})" if count else ""
    head = f"Required bump: {needed}{why}."
    problem = diff.version_problem()
    if problem:
        return f"{head} Not met: {problem}."
    done = bump_between(diff.old_version, diff.new_version)
    made = f"{diff.old_version} -> {diff.new_version} is a {done} bump" if done else "unchanged"
    return f"{head} info.version {made}: OK."


def render_text(diff: ApiDiff, base_label: str, head_label: str) -> str:
    """The human-readable report make api-diff prints."""
    out = [f"API changes from {diff.old_version} ({base_label}) to {diff.new_version} ({head_label})", ""]
    if not diff.changes:
        out.append("No API changes.")
    summary = for_callers(diff)
    if summary:
        out += [summary, ""]
    lines = grouped_lines(diff)
    for bump, title in SECTIONS:
        if bump in lines:
            out.append(f"{title}:")
            out.extend(f"  - {line}" for line in lines[bump])
            out.append("")
    out.append(verdict(diff))
    return "\n".join(out).rstrip() + "\n"


def render_json(diff: ApiDiff, base_label: str, head_label: str) -> str:
    """The --json report."""
    done = bump_between(diff.old_version, diff.new_version)
    payload = {
        "base": {"ref": base_label, "version": diff.old_version},
        "head": {"ref": head_label, "version": diff.new_version},
        "required_bump": str(diff.required_bump),
        "version_bump": str(done) if done else None,
        "version_ok": diff.version_problem() is None,
        "version_problem": diff.version_problem(),
        "breaking": len(diff.breaking),
        "changes": [c.as_json() for c in diff.changes],
    }
    return json.dumps(payload, indent=2) + "\n"


# ----------------------------------------------------------------------------- command line


def default_base(root: Path) -> str:
    """The newest release tag, the usual base to compare with."""
    found = latest_release_tag(root)
    if found is None:
        raise GitError("no release tag (v<version>) exists yet; name the base to compare with: BASE=<git ref>")
    return found[1]


def diff_ref(root: Path, base: str) -> ApiDiff:
    """Compare spec/ at git ref base with the working spec of root."""
    diff = diff_documents(bundle_at_ref(base, root), bundle_working(root))
    for version, where in ((diff.old_version, f"spec at {base}"), (diff.new_version, "working spec")):
        parse_semver(version, where=f"{where}: info.version")
    return diff


def main(argv: list[str] | None = None) -> int:
    """Entry point of make api-diff."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref to compare with (default: the newest v<version> tag)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        base = args.base or default_base(args.root)
        diff = diff_ref(args.root, base)
    except (GitError, SpecError, VersionError) as exc:
        print(f"api-diff: {exc}", file=sys.stderr)
        return 2
    render = render_json if args.json else render_text
    sys.stdout.write(render(diff, base, "working tree"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
