"""One window per SQLite file: a second dirdesk on the same file is told who has it open.

SQLite itself keeps the file whole with two writers, but two windows on one file would
overtake each other's edits all day. A lock file beside the database (Qt's QLockFile: it
records the process, the user's host and the program, and a lock whose process on this host
has died is taken over) lets the second one say where the first one is instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from dirdesk.domain.messages import Message, UserError


class DatabaseInUse(UserError):
    def __init__(self, path: Path, pid: int, host: str) -> None:
        super().__init__(Message(
            f"{path} is already open in dirdesk (process {pid} on {host}); close that window "
            "first, or open another database",
            f"Databasen {path} er allerede åben i dirdesk (proces {pid} på {host}). Luk det "
            "andet vindue først, eller åbn en anden database."))
        self.path, self.pid, self.host = path, pid, host


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".dirdesk-lock")


def claim(database: Path) -> QLockFile:
    """Hold ``database`` for this window until the returned lock is released or the process ends."""
    lock = QLockFile(str(lock_path(database)))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if not lock.tryLock(200) and lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # PySide6: (pid, host, program)
        pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) == 3 else (0, "")
        raise DatabaseInUse(database, int(pid), host or "?")
    # Otherwise (no right to write beside the file) the database says so itself when opened.
    return lock
