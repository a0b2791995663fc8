"""Write the API changes of the new version into CHANGELOG.md (make changelog).

    python -m release.changelog [--base REF]

The new version is spec/openapi.yaml info.version; the base is the newest
release tag below it (or --base). Its section goes on top (newest first) as
`## <version> - <date>`; running again for the same version rewrites that
section's generated block in place and keeps anything written by hand outside
the block. It refuses when info.version is already released or is too small a
bump for the changes.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from pathlib import Path

from packaging.version import Version

from release.api_diff import SECTIONS, ApiDiff, diff_ref, for_callers, grouped_lines
from release.gitutil import GitError, latest_release_tag, release_tags
from release.specs import ROOT, SpecError, bundle_working
from release.surface import surface
from release.version import Bump, VersionError, read_version

START = "<!-- api-diff start: written by `make changelog`; edit outside these markers -->"
END = "<!-- api-diff end -->"
TITLE = (
    "# Changelog\n\n"
    "Changes of the harvest-v2 client, newest first. Each version's API changes are written by\n"
    "`make changelog` from `make api-diff`; notes written outside the generated blocks are kept.\n"
)
_HEADING = re.compile(r"^## (?P<version>\S+)(?: - (?P<date>\S+))?[ \t]*$", re.MULTILINE)
_TITLES = {
    Bump.MAJOR: "Breaking changes",
    Bump.MINOR: "Added and compatible changes",
    Bump.PATCH: "Other changes",
}


class ChangelogError(Exception):
    """The changelog cannot be written for this version; the message says why."""


def block(diff: ApiDiff | None, base: str | None, operations: int = 0) -> str:
    """The generated part of a version's section, markers included."""
    lines = [START]
    if diff is None:
        lines.append(f"First release: {operations} operations.")
    else:
        needed = diff.required_bump
        need = "no version bump" if needed is Bump.NONE else f"a {needed} version bump"
        lines.append(f"API changes since {diff.old_version} ({base}); they need {need}.")
        summary = for_callers(diff)
        if summary:
            lines += ["", summary]
        grouped = grouped_lines(diff)
        if not grouped:
            lines.append("")
            lines.append("No API changes.")
        for bump, _ in SECTIONS:
            if bump in grouped:
                lines += ["", f"### {_TITLES[bump]}", ""]
                lines += [f"- {line}" for line in grouped[bump]]
    lines.append(END)
    return "\n".join(lines) + "\n"


def update(text: str, version: str, date: str, generated: str) -> str:
    """Return text with version's section holding generated; the same inputs give the same text."""
    if not text.strip():
        text = TITLE
    headings = list(_HEADING.finditer(text))
    preamble = text[: headings[0].start() if headings else len(text)]
    sections: list[tuple[str, str, str]] = []  # (version, heading line, body)
    for index, match in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        sections.append((match.group("version"), match.group(0), text[match.end() : end]))
    heading = f"## {version} - {date}"
    for index, (existing, _, body) in enumerate(sections):
        if existing != version:
            continue
        start, stop = body.find(START), body.find(END)
        if start != -1 and stop > start:
            # Keep hand-written notes before and after the generated block.
            after = body[stop + len(END) :].strip("\n")
            body = body[:start] + generated + ("\n" + after + "\n" if after else "")
        else:
            body = generated + "\n" + body.strip("\n")
        sections[index] = (version, heading, body)
        break
    else:
        sections.insert(0, (version, heading, generated))  # newest first
    parts = [preamble.rstrip("\n") + "\n"]
    for _, head, body in sections:
        parts.append(head + "\n\n" + body.strip("\n") + "\n")
    return "\n".join(parts)


def write_changelog(root: Path, base: str | None, date: str) -> tuple[Path, str]:
    """Write version's section into root/CHANGELOG.md; return the path and a one-line summary."""
    version = read_version(root)
    current = Version(version)
    if current in release_tags(root):
        raise ChangelogError(
            f"{version} is already released (tag {release_tags(root)[current]}); "
            "bump info.version in spec/openapi.yaml first"
        )
    if base is None:
        found = latest_release_tag(root, below=current)
        base = found[1] if found else None
    if base is None:
        operations = len(surface(bundle_working(root)).operations)
        generated = block(None, None, operations)
        summary = f"first release {version}: {operations} operations"
    else:
        diff = diff_ref(root, base)
        problem = diff.version_problem()
        if problem:
            raise ChangelogError(f"{problem} (changes since {base}: `make api-diff BASE={base}`)")
        generated = block(diff, base)
        count = sum(len(lines) for lines in grouped_lines(diff).values())
        summary = f"{version}: {count} API changes since {base}, {diff.required_bump} bump needed"
    path = root / "CHANGELOG.md"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    new = update(old, version, date, generated)
    if new != old:
        path.write_text(new, encoding="utf-8")
    return path, summary


def main(argv: list[str] | None = None) -> int:
    """Entry point of make changelog."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref to compare with (default: the newest release tag below info.version)")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="release date (default: today)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        path, summary = write_changelog(args.root, args.base, args.date)
    except (ChangelogError, GitError, SpecError, VersionError) as exc:
        print(f"changelog: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path.name}: {summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
