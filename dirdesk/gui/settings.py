"""The window's own state between runs (geometry, splitters, last meeting), behind one type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize


def screen_key(sizes: Iterable[QSize]) -> str:
    """The name a set of screens' layout is kept under: their sizes, largest first
    ("1920x1080+1366x768" docked, "1366x768" on the laptop alone). Sizes are Qt's logical
    pixels, so the same laptop at 100 % and at 125 % scaling keeps a layout for each."""
    ordered = sorted(((s.width(), s.height()) for s in sizes), reverse=True)
    return "+".join(f"{w}x{h}" for w, h in ordered) or "none"


@dataclass
class WindowLayout:
    """Everything of the window's layout: its geometry, the docks (Qt's window state), and
    each named splitter's and table header's own state, by object name."""

    geometry: QByteArray
    state: QByteArray
    splitters: dict[str, QByteArray] = field(default_factory=dict)
    headers: dict[str, QByteArray] = field(default_factory=dict)


class Settings:
    """Typed access to ``QSettings``; a shared database keeps everything else."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings("dirdesk", "dirdesk")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) else None

    # --- the window's layout, one per set of screens ------------------------------------------

    def layout(self, screens: str) -> WindowLayout | None:
        """The layout last left on the screens named ``screens`` (see ``screen_key``)."""
        base = f"layout/{screens}"
        geometry, state = self._bytes(f"{base}/geometry"), self._bytes(f"{base}/state")
        if geometry is None or state is None:
            return None
        parts: dict[str, dict[str, QByteArray]] = {"splitters": {}, "headers": {}}
        for kind, found in parts.items():
            self._q.beginGroup(f"{base}/{kind}")
            names = self._q.childKeys()
            self._q.endGroup()
            for name in names:
                value = self._bytes(f"{base}/{kind}/{name}")
                if value is not None:
                    found[name] = value
        return WindowLayout(geometry, state, parts["splitters"], parts["headers"])

    def set_layout(self, screens: str, layout: WindowLayout) -> None:
        self.forget_layout(screens)
        base = f"layout/{screens}"
        self._q.setValue(f"{base}/geometry", layout.geometry)
        self._q.setValue(f"{base}/state", layout.state)
        for kind, values in (("splitters", layout.splitters), ("headers", layout.headers)):
            for name, value in values.items():
                self._q.setValue(f"{base}/{kind}/{name}", value)

    def forget_layout(self, screens: str) -> None:
        """"Nulstil layout": the next start (and this one) lays the window out afresh."""
        self._q.remove(f"layout/{screens}")

    def geometry(self, screens: str) -> QByteArray | None:
        """Only the window's geometry (the start-up window, before its panes exist)."""
        return self._bytes(f"layout/{screens}/geometry")

    @property
    def last_meeting(self) -> dt.date | None:
        value = self._q.value("meeting/last")
        try:
            return dt.date.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    @last_meeting.setter
    def last_meeting(self, value: dt.date | None) -> None:
        self._q.setValue("meeting/last", value.isoformat() if value else "")

    @property
    def half_year(self) -> bool:
        return str(self._q.value("plan/half_year", "false")).lower() == "true"

    @half_year.setter
    def half_year(self, value: bool) -> None:
        self._q.setValue("plan/half_year", "true" if value else "false")

    @property
    def export_folder(self) -> Path | None:
        """The folder the last export was written to (the export dialog suggests it)."""
        value = str(self._q.value("export/folder", "") or "")
        return Path(value) if value else None

    @export_folder.setter
    def export_folder(self, value: Path) -> None:
        self._q.setValue("export/folder", str(value))

    @property
    def export_pdf(self) -> bool:
        """Whether the last export was also written as PDF ("Også som PDF")."""
        return str(self._q.value("export/pdf", "false")).lower() == "true"

    @export_pdf.setter
    def export_pdf(self, value: bool) -> None:
        self._q.setValue("export/pdf", "true" if value else "false")

    @property
    def backup_keep_days(self) -> int | None:
        """Days the automatic daily copies are kept (``backup/keep_days``); None: the default."""
        try:
            days = int(str(self._q.value("backup/keep_days", "")))
        except ValueError:
            return None
        return days if days >= 1 else None

    def sync(self) -> None:
        self._q.sync()
