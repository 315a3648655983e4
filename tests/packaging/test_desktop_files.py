"""The Linux desktop entry and AppStream file pass the freedesktop validators and agree with the app."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "dk.dirdesk.Dirdesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is missing (make test installs it: packaging/dev/system-packages.sh)")
    return path


def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run([validator("desktop-file-validate"), str(DESKTOP)],
                          capture_output=True, text=True, timeout=60)
    # It prints hints and errors alike on stdout, and exits 0 for hints: any output is a fault.
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_appstream_file_is_valid() -> None:
    done = subprocess.run([validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    # Pedantic notes are allowed (the id has capitals, as reverse-DNS ids of apps often do).
    assert not re.search(r"^[EWI]: ", done.stdout, re.MULTILINE), done.stdout


def test_the_files_name_the_same_application() -> None:
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines()
                 if "=" in line)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "dirdesk"
    assert "Dagsorden" in entry["Comment[da]"]
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    # The window says which desktop entry it belongs to, so docks show the right icon.
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "dirdesk" / "app.py").read_text(encoding="utf-8")
