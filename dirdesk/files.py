"""Writing files so that a failure never leaves half a file where a good one was."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from dirdesk.domain.messages import Message, UserError


class OutputError(UserError):
    """The target file cannot be written."""


def _reason(exc: OSError) -> tuple[str, str]:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied", "ingen adgang"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist", "mappen findes ikke"
    if exc.errno == errno.ENOSPC:
        return "the disk is full", "disken er fuld"
    if exc.errno == errno.EISDIR:
        return "it is a folder", "det er en mappe"
    return exc.strerror or str(exc), exc.strerror or str(exc)


# Without file locks (Windows) a temporary file this old is taken to be left by a dead writer.
_STALE_AFTER = 24 * 3600


def _temporaries(target: Path, folder: Path) -> list[Path]:
    """The temporary files ``write_atomically`` makes for ``target``: ``.NAME.XXXXXXXX.tmp``."""
    pattern = re.compile(re.escape(f".{target.name}.") + r"[a-z0-9_]{8}\.tmp")
    try:
        return [p for p in folder.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return []


def _remove_stale_temporaries(target: Path, folder: Path) -> None:
    """Remove what a writer of ``target`` killed before its move left behind.

    A live writer holds a lock on its temporary file (released by the system when the process
    dies, however it dies), so only the files nobody holds are removed.
    """
    for tmp in _temporaries(target, folder):
        with contextlib.suppress(OSError):
            if fcntl is None:
                if time.time() - tmp.stat().st_mtime > _STALE_AFTER:
                    tmp.unlink()
                continue
            fd = os.open(tmp, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                tmp.unlink()
            finally:
                os.close(fd)


def write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then move it into place.

    If ``write`` raises, or the move fails (the file is held open in Word on Windows), an
    existing ``target`` is left byte for byte as it was and the temporary file is removed.
    A process killed while writing leaves its temporary file (``.NAME.XXXXXXXX.tmp``,
    hidden, never the document itself); the next write of the same target removes it.
    """
    target = Path(target)
    if target.is_dir():
        raise OutputError(Message(f"{target}: cannot write: it is a folder",
                                  f"{target}: kan ikke skrive: det er en mappe"))
    folder = target.parent if str(target.parent) else Path(".")
    _remove_stale_temporaries(target, folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        en, da = _reason(exc)
        raise OutputError(Message(f"{target}: cannot write: {en}",
                                  f"{target}: kan ikke skrive: {da}")) from None
    if fcntl is not None:
        # Held until the move is done: tells a later writer this file is not debris.
        fcntl.flock(fd, fcntl.LOCK_EX)
    else:
        os.close(fd)  # Windows cannot move a file that is open
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        en, da = _reason(exc)
        raise OutputError(Message(f"{target}: cannot write: {en}",
                                  f"{target}: kan ikke skrive: {da}")) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if fcntl is not None:
            os.close(fd)


def write_bytes_atomically(target: Path, data: bytes) -> None:
    write_atomically(target, lambda tmp: tmp.write_bytes(data))
