"""Build the wheel and sdist into dist/ and check they hold what users need.

    python -m release.dist      (make dist)

The build runs `python -m build --no-isolation` with the pinned hatchling of
the dev venv (no download, same backend as `make install`); build makes the
sdist first and the wheel from the unpacked sdist, so the sdist is proven
complete. The check then opens both archives: every file of
generated/harvest_v2, with the overlay packages it links to, must be in them as
a real file (no symlinks), with py.typed and openapi.json, at the version of
spec/openapi.yaml.
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
REQUIRED_FILES = ("__init__.py", "py.typed", "openapi.json", "_core/__init__.py")


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


def expected_files(root: Path = ROOT) -> list[str]:
    """Paths (relative to the package) every distribution must hold, overlays followed."""
    package = root / "generated" / PACKAGE
    if not package.is_dir():
        raise DistError(f"{package} does not exist: run `make generate` first")
    found = []
    for dirpath, dirnames, filenames in os.walk(package, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in filenames:
            if not name.endswith((".pyc", ".pyo")):
                found.append((Path(dirpath) / name).relative_to(package).as_posix())
    missing = [name for name in REQUIRED_FILES if name not in found]
    if missing:
        raise DistError(f"generated/{PACKAGE} lacks {', '.join(missing)}: run `make generate`")
    return sorted(found)


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
        init = wheel.read(f"{PACKAGE}/__init__.py").decode() if f"{PACKAGE}/__init__.py" in entries else ""
        if f'__version__ = "{artifacts.version}"' not in init:
            problems.append(f'wheel\'s {PACKAGE}/__init__.py does not say __version__ = "{artifacts.version}"')
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
        for rel in wanted:
            found = members.get(f"{prefix}generated/{PACKAGE}/{rel}")
            if found is None or not found.isfile():
                problems.append(f"sdist lacks generated/{PACKAGE}/{rel}")
        for rel in ("pyproject.toml", "spec/openapi.yaml", "PKG-INFO"):
            if prefix + rel not in members:
                problems.append(f"sdist lacks {rel}")

    if problems:
        shown = "\n  ".join(problems[:30])
        raise DistError(f"the distributions are incomplete:\n  {shown}")
    return wanted


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
    print(f"both hold the {len(checked)} files of {PACKAGE} {artifacts.version} (overlays as real files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
