"""Writing files so that a failure never leaves half a file where a good one was."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

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


def write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then move it into place.

    If ``write`` raises, or the move fails (the file is held open in Word on Windows), an
    existing ``target`` is left byte for byte as it was and the temporary file is removed.
    """
    target = Path(target)
    if target.is_dir():
        raise OutputError(Message(f"{target}: cannot write: it is a folder",
                                  f"{target}: kan ikke skrive: det er en mappe"))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        en, da = _reason(exc)
        raise OutputError(Message(f"{target}: cannot write: {en}",
                                  f"{target}: kan ikke skrive: {da}")) from None
    os.close(fd)
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


def write_bytes_atomically(target: Path, data: bytes) -> None:
    write_atomically(target, lambda tmp: tmp.write_bytes(data))
