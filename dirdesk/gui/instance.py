"""One window per SQLite file: a second dirdesk on the same file is told who has it open.

SQLite itself keeps the file whole with two writers, but two windows on one file would
overtake each other's edits all day. A lock file beside the database lets the second one say
where the first one is instead.

The lock is the operating system's lock on that file (``flock`` on Linux, ``LockFileEx`` on
Windows through ``msvcrt.locking``), not the file's existence: the system lets go of it when
the process ends however it ends, so a lock is never stale, and a dead process whose id the
next start happens to get (Wine hands out the same few ids again and again) cannot keep the
database from being opened. The file's text (process, user, machine) only names the holder
for the message; the window removes the file when it closes.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import sys
import time
from pathlib import Path
from typing import IO

from dirdesk.domain.messages import Message, UserError

# Windows locks byte ranges, and a locked range cannot be read by anyone else: the lock sits on
# one byte far beyond the holder's text, so the text stays readable.
_LOCKED_BYTE = 1 << 30


class DatabaseInUse(UserError):
    def __init__(self, path: Path, pid: int, host: str) -> None:
        super().__init__(Message(
            "{path} is already open in dirdesk (process {pid} on {host}); close that window "
            "first, or open another database", path=path, pid=pid, host=host))
        self.path, self.pid, self.host = path, pid, host


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".dirdesk-lock")


def _try_lock(file: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            file.seek(_LOCKED_BYTE)
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
            file.seek(0)
        else:
            import fcntl

            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(file: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        file.seek(_LOCKED_BYTE)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(file.fileno(), fcntl.LOCK_UN)


class DatabaseLock:
    """This process's hold on a database file; :meth:`release` (or the process ending) ends it."""

    def __init__(self, path: Path, file: IO[bytes]) -> None:
        self.path = path
        self._file: IO[bytes] | None = file

    @property
    def held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        """Lets go of the database and removes the lock file; a second call does nothing."""
        file, self._file = self._file, None
        if file is None:
            return
        if sys.platform != "win32":
            # Removed while still locked: whoever opens the name next makes a new file. (A
            # process that opened the old one meanwhile sees it is no longer the file at the
            # name, see claim.) Windows cannot remove a file that is open.
            self.path.unlink(missing_ok=True)
        _unlock(file)
        file.close()
        if sys.platform == "win32":
            # Not removable while another dirdesk has it open at this moment: that one takes it.
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)


def _holder(path: Path) -> tuple[int, str]:
    """The process id and machine written into the lock file by whoever holds it."""
    deadline = time.monotonic() + 0.5
    while True:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        if len(lines) >= 3 and lines[0].isdigit():
            return int(lines[0]), lines[2]
        if time.monotonic() > deadline:  # the holder has not written its text (yet)
            return 0, "?"
        time.sleep(0.02)  # between the holder's lock and its text


def claim(database: Path) -> DatabaseLock | None:
    """Hold ``database`` for this window until the returned lock is released or the process ends.

    None where no lock file can be made beside the database (no right to write there): the
    database says so itself when it is opened.
    """
    path = lock_path(database)
    while True:
        try:
            file = open(path, "a+b")  # noqa: SIM115 - held open as long as the lock lives
        except OSError:
            return None
        if not _try_lock(file):
            file.close()
            pid, host = _holder(path)
            raise DatabaseInUse(database, pid, host)
        try:
            if sys.platform == "win32" or os.path.samestat(os.fstat(file.fileno()), os.stat(path)):
                break
        except FileNotFoundError:
            pass
        # The holder released and removed the file between our open and our lock: try again
        # on the file now at that name.
        file.close()
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is no reason to refuse the database
        user = "?"
    file.seek(0)
    file.truncate()
    file.write(f"{os.getpid()}\n{user}\n{socket.gethostname()}\ndirdesk\n".encode())
    file.flush()
    return DatabaseLock(path, file)
