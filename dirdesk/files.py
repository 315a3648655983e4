"""Writing files so that a failure never leaves half a file where a good one was."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
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


# SQLite writes a journal (or WAL and shared memory) beside a database it fills: a temporary
# database killed while being written leaves one of these too.
_COMPANIONS = ("-journal", "-wal", "-shm")


def _temporaries(prefix: str, folder: Path) -> list[Path]:
    """Temporary files ``write_atomically`` made for targets named ``prefix…``:
    ``.NAME.XXXXXXXX.tmp``, and the SQLite companions of such files."""
    pattern = re.compile(re.escape(f".{prefix}") + r"(?:.*\.)?[a-z0-9_]{8}\.tmp"
                         r"(?:-journal|-wal|-shm)?")
    try:
        return [p for p in folder.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return []


def _held(tmp: Path) -> bool:
    """Whether a live writer holds ``tmp`` (its lock dies with the process, however it dies)."""
    if fcntl is None:
        try:
            return time.time() - tmp.stat().st_mtime <= _STALE_AFTER
        except OSError:
            return False
    try:
        fd = os.open(tmp, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path, prefix: str) -> None:
    """Remove what writers of files named ``prefix…`` in ``folder``, killed before their move,
    left behind: the temporary file and any SQLite journal beside it. Files a live writer
    holds are kept."""
    found = _temporaries(prefix, folder)
    for path in found:
        if _own_file(path) == path and not _held(path):
            with contextlib.suppress(OSError):
                path.unlink()
    for path in found:  # a journal whose temporary file is gone (removed just now, or moved)
        if _own_file(path) != path and not _own_file(path).exists():
            with contextlib.suppress(OSError):
                path.unlink()


def _own_file(path: Path) -> Path:
    """The file a SQLite companion (``-journal``, ``-wal``, ``-shm``) belongs to; else ``path``."""
    for suffix in _COMPANIONS:
        if path.name.endswith(suffix):
            return path.with_name(path.name[:-len(suffix)])
    return path


def unique_name(target: Path) -> Path:
    """``target``, or ``NAME-2.EXT``, ``NAME-3.EXT``… if that exists (see ``write_new_file``)."""
    candidate, n = target, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    return candidate


def write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then move it into place.

    If ``write`` raises, or the move fails (the file is held open in Word on Windows), an
    existing ``target`` is left byte for byte as it was and the temporary file is removed.
    A process killed while writing leaves its temporary file (``.NAME.XXXXXXXX.tmp``,
    hidden, never the document itself); the next write of the same target removes it.
    A ``target`` that is a symbolic link is written through: the file it points to gets the
    new content, the link stays.
    """
    _write(_through_links(Path(target)), write, replace=True)


def write_new_file(target: Path, write: Callable[[Path], object]) -> Path:
    """Like ``write_atomically``, but never replaces a file: the whole file appears under
    ``target`` or, if that name is taken (another process chose it in the same second), the
    next free ``unique_name``. Returns the name written."""
    return _write(Path(target), write, replace=False)


def _through_links(target: Path) -> Path:
    """The file a symbolic link ``target`` points to (followed to the end), else ``target``."""
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


def _write(target: Path, write: Callable[[Path], object], *, replace: bool) -> Path:
    if target.is_dir():
        raise OutputError(Message(f"{target}: cannot write: it is a folder",
                                  f"{target}: kan ikke skrive: det er en mappe"))
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(folder, target.name + ".")
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
        if replace:
            os.replace(tmp, target)
            placed = target
        else:
            placed = _place_new(tmp, target)
    except OSError as exc:
        en, da = _reason(exc)
        raise OutputError(Message(f"{target}: cannot write: {en}",
                                  f"{target}: kan ikke skrive: {da}")) from None
    finally:
        for leftover in (tmp, *(Path(f"{tmp}{suffix}") for suffix in _COMPANIONS)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if fcntl is not None:
            os.close(fd)
    return placed


def _place_new(tmp: Path, target: Path) -> Path:
    """Give ``tmp`` the first free name of ``target``'s ``unique_name`` series, never replacing."""
    candidate = target
    for _ in range(1000):
        candidate = unique_name(candidate)
        try:
            os.link(tmp, candidate)  # fails when the name is taken: never overwrites
        except FileExistsError:
            continue
        except OSError:  # no hard links on this disk (FAT, some shares): rename does not replace
            if sys.platform != "win32" or candidate.exists():
                raise
            os.rename(tmp, candidate)
        return candidate
    raise FileExistsError(errno.EEXIST, "no free name", str(target))
def write_bytes_atomically(target: Path, data: bytes) -> None:
    write_atomically(target, lambda tmp: tmp.write_bytes(data))
