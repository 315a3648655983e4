"""Builds the one-folder bundle dist/dirdesk/ from packaging/pyinstaller/dirdesk.spec.

Run it with the Python of dirdesk's virtual environment (``pip install -e .[dev]`` brings
PyInstaller), on the system the bundle is for: PyInstaller does not cross-compile, so the
Windows bundle is built on Windows and the Linux bundle on Linux.

    python packaging/build_bundle.py                   # -> dist/dirdesk/, work files in build/
    python packaging/build_bundle.py --dist D --work W # elsewhere (the smoke test does this)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "dirdesk.spec"


def build(dist: Path, work: Path, *, quiet: bool = False) -> Path:
    """Builds the bundle into ``dist``; returns the folder holding the executable."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if quiet:
        command[3:3] = ["--log-level", "WARN"]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "dirdesk"


def executable(bundle: Path) -> Path:
    return bundle / ("dirdesk.exe" if sys.platform == "win32" else "dirdesk")


def bundle_size(bundle: Path) -> int:
    """Bytes on disk; PyInstaller links some libraries twice under other names on Linux."""
    return sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller's warnings")
    args = parser.parse_args()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build_bundle: PyInstaller is missing; run: pip install -e .[dev]", file=sys.stderr)
        return 2
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    size = bundle_size(bundle)
    print(f"built {executable(bundle)} in {time.monotonic() - started:.0f} s; "
          f"folder {size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
