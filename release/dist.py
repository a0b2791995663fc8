"""Build the wheel and sdist into dist/ and check they hold what users need.

    python -m release.dist      (make dist)

The build runs `python -m build --no-isolation` with the pinned hatchling of
the dev venv (no download, same backend as `make install`); build makes the
sdist first and the wheel from the unpacked sdist, so the sdist is proven
complete. The check then opens both archives: every file of the package's two
halves, overlays/harvest_v2 (hand-written) and generated/harvest_v2, must be in
them as a real file, the wheel joining both into one harvest_v2/, with py.typed
and openapi.json, at the version of spec/openapi.yaml.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from release.version import VersionError, read_version

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "harvest_v2"
HALVES = ("overlays", "generated")
"""The source roots that each hold one half of harvest_v2/."""
REQUIRED_FILES = ("__init__.py", "py.typed", "openapi.json", "_version.py", "client.py", "_core/__init__.py")


class DistError(Exception):
    """Building or checking the distributions failed; the message says what is wrong."""


@dataclass(frozen=True)
class Artifacts:
    """The wheel and sdist of one version."""

    version: str
    wheel: Path
    sdist: Path

    @property
    def files(self) -> list[Path]:
        """Both files."""
        return [self.sdist, self.wheel]


def build(root: Path = ROOT, outdir: Path | None = None) -> Artifacts:
    """Build wheel and sdist of root into outdir (default root/dist) and return them."""
    version = read_version(root)
    outdir = outdir or root / "dist"
    outdir.mkdir(parents=True, exist_ok=True)
    for stale in outdir.glob(f"{PACKAGE}-*"):
        stale.unlink()  # only our own old builds: twine must not pick up another version
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise DistError(f"`python -m build` failed (exit {done.returncode}):\n{tail}")
    wheels = sorted(outdir.glob(f"{PACKAGE}-*.whl"))
    sdists = sorted(outdir.glob(f"{PACKAGE}-*.tar.gz"))
    names = [p.name for p in wheels + sdists]
    wheel = outdir / f"{PACKAGE}-{version}-py3-none-any.whl"
    sdist = outdir / f"{PACKAGE}-{version}.tar.gz"
    if names != [wheel.name, sdist.name]:
        raise DistError(
            f"expected {wheel.name} and {sdist.name} (version {version} from spec/openapi.yaml) "
            f"but the build made {names or 'nothing'}"
        )
    return Artifacts(version, wheel, sdist)


def expected_files(root: Path = ROOT) -> dict[str, str]:
    """Path relative to the package -> the source root (a HALVES entry) that holds it."""
    found: dict[str, str] = {}
    for half in HALVES:
        package = root / half / PACKAGE
        if not package.is_dir():
            hint = ": run `make generate` first" if half == "generated" else ""
            raise DistError(f"{package} does not exist{hint}")
        for dirpath, dirnames, filenames in os.walk(package):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in filenames:
                if name.endswith((".pyc", ".pyo")):
                    continue
                rel = (Path(dirpath) / name).relative_to(package).as_posix()
                if rel == "py.typed" and rel in found:
                    continue  # each half marks itself typed (an editable install reads each on its own); one is enough
                if rel in found:
                    raise DistError(f"{PACKAGE}/{rel} is in both {found[rel]}/ and {half}/: one must go")
                found[rel] = half
    missing = [name for name in REQUIRED_FILES if name not in found]
    if missing:
        raise DistError(f"{PACKAGE} lacks {', '.join(missing)}: run `make generate`")
    return dict(sorted(found.items()))


def verify(artifacts: Artifacts, root: Path = ROOT) -> list[str]:
    """Check both archives against the source tree; return the package files checked."""
    wanted = expected_files(root)
    problems: list[str] = []

    with zipfile.ZipFile(artifacts.wheel) as wheel:
        entries = {info.filename: info for info in wheel.infolist()}
        for rel in wanted:
            info = entries.get(f"{PACKAGE}/{rel}")
            if info is None:
                problems.append(f"wheel lacks {PACKAGE}/{rel}")
            elif (info.external_attr >> 16) & 0o170000 == 0o120000:
                problems.append(f"wheel stores {PACKAGE}/{rel} as a symlink, not a file")
        version_py = f"{PACKAGE}/_version.py"
        said = wheel.read(version_py).decode() if version_py in entries else ""
        if f'__version__ = "{artifacts.version}"' not in said:
            problems.append(f'wheel\'s {version_py} does not say __version__ = "{artifacts.version}"')
        spec = json.loads(wheel.read(f"{PACKAGE}/openapi.json")) if f"{PACKAGE}/openapi.json" in entries else {}
        shipped = spec.get("info", {}).get("version")
        if shipped != artifacts.version:
            problems.append(f"wheel's openapi.json says version {shipped!r}, expected {artifacts.version!r}")

    prefix = f"{PACKAGE}-{artifacts.version}/"
    with tarfile.open(artifacts.sdist) as sdist:
        members = {m.name: m for m in sdist.getmembers()}
        for name, member in members.items():
            if member.issym() or member.islnk():
                problems.append(f"sdist stores {name} as a link, not a file")
        for rel, half in wanted.items():
            found = members.get(f"{prefix}{half}/{PACKAGE}/{rel}")
            if found is None or not found.isfile():
                problems.append(f"sdist lacks {half}/{PACKAGE}/{rel}")
        for rel in ("pyproject.toml", "spec/openapi.yaml", "PKG-INFO"):
            if prefix + rel not in members:
                problems.append(f"sdist lacks {rel}")

    if problems:
        shown = "\n  ".join(problems[:30])
        raise DistError(f"the distributions are incomplete:\n  {shown}")
    return list(wanted)


def main(argv: list[str] | None = None) -> int:
    """Entry point of make dist."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outdir", type=Path, default=None, help="where to write (default: dist/)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        artifacts = build(args.root, args.outdir)
        checked = verify(artifacts, args.root)
    except (DistError, VersionError) as exc:
        print(f"dist: {exc}", file=sys.stderr)
        return 1
    for path in artifacts.files:
        print(f"built {path} ({path.stat().st_size} bytes)")
    print(f"both hold the {len(checked)} files of {PACKAGE} {artifacts.version} (hand-written and generated)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
