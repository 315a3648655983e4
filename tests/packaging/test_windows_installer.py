"""What can be checked of the Windows installer here, where Inno Setup cannot run."""

from __future__ import annotations

import re
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "dirdesk.iss"
SPEC = ROOT / "packaging" / "pyinstaller" / "dirdesk.spec"


def setting(name: str) -> str:
    found = re.search(rf"^{name}=(.*)$", ISS.read_text(encoding="ascii"), re.MULTILINE)
    assert found, name
    return found.group(1).strip()


def test_the_script_is_ascii_so_every_compiler_reads_it_alike() -> None:
    ISS.read_bytes().decode("ascii")


def test_the_installer_starts_the_windowed_executable_the_spec_builds() -> None:
    exe = re.search(r'#define AppExe "([^"]+)"', ISS.read_text(encoding="ascii"))
    assert exe and exe.group(1) == "dirdeskw.exe"
    assert 'name="dirdeskw"' in SPEC.read_text(encoding="utf-8")
    assert "console=False" in SPEC.read_text(encoding="utf-8")


def test_the_installer_is_danish_per_machine_with_a_fixed_id() -> None:
    text = ISS.read_text(encoding="ascii")
    assert 'MessagesFile: "compiler:Languages\\Danish.isl"' in text
    assert setting("PrivilegesRequired") == "admin"
    assert setting("DefaultDirName").startswith("{autopf}")
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setting("AppId"))


def test_the_icon_file_holds_every_size_windows_asks_for() -> None:
    icon = ROOT / setting("SourceDir").replace("..\\..", ".") / setting("SetupIconFile").replace("\\", "/")
    data = icon.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for n in range(count):
        width, _height, _colours, _r, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * n)
        assert bits == 32 and offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes
