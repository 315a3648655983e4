"""The window's own state between runs (geometry, splitters, last meeting), behind one type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """Typed access to ``QSettings``; a shared database keeps everything else."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings("dirdesk", "dirdesk")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"splitters/{name}", value)

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
    def backup_keep_days(self) -> int | None:
        """Days the automatic daily copies are kept (``backup/keep_days``); None: the default."""
        try:
            days = int(str(self._q.value("backup/keep_days", "")))
        except ValueError:
            return None
        return days if days >= 1 else None

    def sync(self) -> None:
        self._q.sync()
