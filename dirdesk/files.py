"""Writing files so that a failure never leaves half a file where a good one was."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from dirdesk.domain.messages import Message, UserError


class OutputError(UserError):
    """The target file cannot be written."""


def _reason(exc: OSError) -> Message:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message("permission denied")
    if exc.errno == errno.ENOENT:
        return Message("the folder does not exist")
    if exc.errno == errno.ENOSPC:
        return Message("the disk is full")
    if exc.errno == errno.EISDIR:
        return Message("it is a folder")
    return Message("{system}", system=exc.strerror or str(exc))


# Without file locks (Windows) a temporary file this old is taken to be left by a dead writer.
_STALE_AFTER = 24 * 3600


# SQLite writes a journal (or WAL and shared memory) beside a database it fills: a temporary
# database killed while being written leaves one of these too.
_COMPANIONS = ("-journal", "-wal", "-shm")


def _temporaries(names: str, folder: Path) -> list[Path]:
    """Temporary files ``write_atomically`` made for targets whose name matches the regular
    expression ``names``: ``.NAME.XXXXXXXX.tmp`` (``write_together``'s ``.NAME.ready.…`` and
    ``.NAME.old.…`` too), and the SQLite companions of such files."""
    pattern = re.compile(r"\.(?:" + names + r")\.(?:ready\.|old\.)?[a-z0-9_]{8}\.tmp"
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


def remove_stale_temporaries(folder: Path, names: str) -> None:
    """Remove what writers of files in ``folder`` whose names match the regular expression
    ``names``, killed before their move, left behind: the temporary file and any SQLite journal
    beside it. Files a live writer holds are kept."""
    found = _temporaries(names, folder)
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


def _write(target: Path, write: Callable[[Path], object], *, replace: bool,
           place: bool = True) -> Path:
    if target.is_dir():
        raise OutputError(Message("{target}: cannot write: {reason}", target=target,
                                  reason=Message("it is a folder")))
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(folder, re.escape(target.name))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(Message("{target}: cannot write: {reason}", target=target,
                                  reason=_reason(exc))) from None
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
        if not place:  # write_together moves it
            placed = tmp
        elif replace:
            os.replace(tmp, target)
            placed = target
        else:
            placed = _place_new(tmp, target)
    except OSError as exc:
        raise OutputError(Message("{target}: cannot write: {reason}", target=target,
                                  reason=_reason(exc))) from None
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
def write_together(files: Sequence[tuple[Path, Callable[[Path], object]]]) -> None:
    """Write several files (a .docx and its PDF) so that either all are replaced or none.

    Every file is first written whole beside its target; only then are they moved into place,
    each old file kept under a hidden name until all moves are done. A move that fails puts
    back what the earlier ones replaced. The hidden files are locked while in use and are
    named as ``write_atomically``'s temporaries: what a killed run leaves, the next removes.
    """
    prepared: list[tuple[Path, Path, int]] = []  # target, the new file whole, its lock

    def hidden(target: Path, kind: str) -> Path:
        return target.with_name(f".{target.name}.{kind}.{secrets.token_hex(4)}.tmp")

    def prepare(target: Path, write: Callable[[Path], object]) -> Callable[[Path], object]:
        def fill(tmp: Path) -> None:
            write(tmp)
            ready = hidden(target, "ready")
            os.link(tmp, ready)  # outlives the temporary file, which _write removes
            prepared.append((target, ready, os.open(ready, os.O_RDONLY)))
        return fill

    try:
        for target, write in files:
            real = _through_links(Path(target))
            _write(real, prepare(real, write), replace=False, place=False)
            if fcntl is not None:  # now that _write has let go of the same file
                fcntl.flock(prepared[-1][2], fcntl.LOCK_EX | fcntl.LOCK_NB)
        moved: list[tuple[Path, Path | None]] = []
        try:
            for target, ready, _ in prepared:
                old = None
                if target.exists():
                    old = hidden(target, "old")
                    os.link(target, old)
                os.replace(ready, target)
                moved.append((target, old))
        except OSError as exc:
            for done, old in reversed(moved):
                with contextlib.suppress(OSError):
                    if old is not None:
                        os.replace(old, done)
                    else:
                        done.unlink()
            raise OutputError(Message(
                "{target}: cannot write: {reason}; none of the files was written",
                target=target, reason=_reason(exc))) from None
        for _, old in moved:
            if old is not None:
                with contextlib.suppress(OSError):
                    old.unlink()
    finally:
        for _, ready, fd in prepared:
            with contextlib.suppress(OSError):
                ready.unlink()
            os.close(fd)


# A work folder without its lock file yet is this young at most (made, then locked at once).
_UNLOCKED_GRACE = 60.0


@contextlib.contextmanager
def work_folder(kind: str) -> Iterator[Path]:
    """A private folder for one piece of work (a PDF conversion and its LibreOffice profile),
    removed afterwards.

    It is made in ``work/`` of the user cache folder and locked while in use: a process killed
    however hard leaves its folder unlocked, and the next use of any work folder removes it,
    after stopping any program still running from it (a LibreOffice that outlived dirdesk).
    """
    from dirdesk import paths

    root = paths.cache_dir() / "work"
    root.mkdir(parents=True, exist_ok=True)
    remove_dead_work_folders(root)
    folder = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=root))
    lock = os.open(folder / ".lock", os.O_CREAT | os.O_RDWR, 0o600)
    if fcntl is not None:
        fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        yield folder
    finally:
        _stop_programs_in(folder)
        shutil.rmtree(folder, ignore_errors=True)
        os.close(lock)


def remove_dead_work_folders(root: Path) -> None:
    """Remove the work folders of processes that are gone (their lock is free)."""
    try:
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return
    for folder in folders:
        lock = folder / ".lock"
        try:
            age = time.time() - folder.stat().st_mtime
        except OSError:
            continue
        if not lock.exists():
            if age > _UNLOCKED_GRACE:
                shutil.rmtree(folder, ignore_errors=True)
            continue
        if fcntl is None:
            if age <= _STALE_AFTER:
                continue
        elif _held(lock):
            continue
        _stop_programs_in(folder)
        shutil.rmtree(folder, ignore_errors=True)


def _stop_programs_in(folder: Path) -> None:
    """Kill the processes started with ``folder`` in their command line (Linux: /proc)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return
    needle = str(folder).encode()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle in (entry / "cmdline").read_bytes():
                os.kill(int(entry.name), signal.SIGKILL)
        except OSError:
            continue


def write_bytes_atomically(target: Path, data: bytes) -> None:
    write_atomically(target, lambda tmp: tmp.write_bytes(data))
