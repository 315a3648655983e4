"""Renders dirdesk.svg to the PNG sizes and the Windows .ico that the packages use.

Run after changing the SVG: ``.venv/bin/python dirdesk/resources/icons/make_icons.py``. Qt's own SVG
renderer does the drawing, so this works wherever dirdesk's virtual environment does.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "dirdesk.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def render(size: int) -> tuple[bytes, bytes]:
    """The icon at ``size`` pixels: (PNG file bytes, 32-bit BGRA rows top to bottom)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    # Format_ARGB32 is stored as BGRA bytes on little-endian machines: what a DIB wants.
    rows = b"".join(bytes(image.constScanLine(y))[: size * 4] for y in range(size))
    return bytes(data.data()), rows


def dib(size: int, rows: bytes) -> bytes:
    """An .ico entry as a classic bitmap (BITMAPINFOHEADER, bottom-up, with an AND mask)."""
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    stride = size * 4
    pixels = b"".join(rows[y * stride:(y + 1) * stride] for y in reversed(range(size)))
    mask_stride = ((size + 31) // 32) * 4  # all zero: the alpha channel decides
    return header + pixels + bytes(mask_stride * size)


def ico(entries: list[tuple[int, bytes]]) -> bytes:
    """A multi-size .ico file; ``entries`` are (size, image data) pairs."""
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    blobs = []
    for size, blob in entries:
        side = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs.append(blob)
    return out + b"".join(blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    entries = []
    for size in SIZES:
        png, rows = render(size)
        (HERE / f"dirdesk-{size}.png").write_bytes(png)
        # Windows reads the big size as PNG, the small ones as bitmaps (what every tool knows).
        entries.append((size, png if size >= 256 else dib(size, rows)))
    (HERE / "dirdesk.ico").write_bytes(ico(entries))
    print(f"wrote {len(SIZES)} PNG files and dirdesk.ico in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
