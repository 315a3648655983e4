"""Copies of the SQLite database: backup, restore, and the automatic daily copy.

Copies are made with SQLite's online backup API, never by copying the file: a copy taken while
the application writes is still a consistent database. A copy is written beside its target
and renamed into place, so a failure never leaves half a database where a good one was.

A shared PostgreSQL database is backed up on its server by IT with ``pg_dump``; the commands
here say so, with the exact commands, instead of doing half a job.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import threading
from pathlib import Path

from dirdesk import paths
from dirdesk.domain.messages import Message, UserError
from dirdesk.files import remove_stale_temporaries, work_folder
from dirdesk.storage.database import (
    expected_schema,
    head_revision,
    is_known_revision,
    read_everything,
    schema_difference,
    server_address,
    sqlite_path,
    sqlite_schema,
)
from dirdesk.storage.sqlite_copy import copy_sqlite

log = logging.getLogger(__name__)

ENV_KEEP_DAYS = "DIRDESK_BACKUP_DAYS"
DEFAULT_KEEP_DAYS = 14
# The copies kept beside the database (``{}``: its name as a regular expression).
_SAFETY_COPIES = r"{}\.before-(?:restore|upgrade)-[^/\\]*\.bak"
_DAILY = re.compile(r"^dirdesk-(\d{4}-\d{2}-\d{2})\.sqlite3$")


class BackupError(UserError):
    """A backup or restore that cannot be done as asked; nothing was changed."""


def server_backup_message(url: str) -> Message:
    """What to do instead for a database on a PostgreSQL server: pg_dump / pg_restore by IT."""
    u = server_address(url)
    conn = " ".join(f"{flag} {value}" for flag, value in (
        ("-h", u.host), ("-p", u.port), ("-U", u.user)) if value)
    db = u.database or "dirdesk"
    dump = f"pg_dump -Fc {conn} -d {db} -f {db}.dump".replace("  ", " ")
    restore = f"pg_restore --clean --if-exists {conn} -d {db} {db}.dump".replace("  ", " ")
    where = u.shown
    return Message(
        "{where} is a shared PostgreSQL database: IT backs it up and restores it on the server, "
        "not dirdesk. Back up with: {dump}  Restore (with every dirdesk closed) with: {restore}",
        where=where, dump=dump, restore=restore)


def _require_sqlite(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise BackupError(server_backup_message(url))
    return path


def backup(url: str, target: Path) -> Path:
    """Copy the SQLite database at ``url`` to ``target``; returns ``target``."""
    path = _require_sqlite(url)
    if not path.is_file():
        raise BackupError(Message("{path}: there is no database to back up", path=path))
    target = Path(target)
    if _same_file(target, path) or any(_same_file(target, Path(f"{path}{suffix}"))
                                       for suffix in ("-wal", "-shm", "-journal")):
        raise BackupError(Message("{target}: that is the database itself; a backup goes to another file",
                                  target=target))
    try:
        copy_sqlite(path, target)
    except sqlite3.Error as exc:
        raise BackupError(Message("{path}: cannot back up: {fault}", path=path, fault=exc)) from None
    return Path(target)


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (through links, other spellings of the path)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b) or (
            a.resolve() == b.resolve())
    except OSError:
        return False


def _check_dirdesk_database(source: Path) -> str:
    """The schema revision of the dirdesk database in ``source``, or ``BackupError``."""
    if not source.is_file():
        raise BackupError(Message("{source}: no such file", source=source))
    not_dirdesk = Message("{source}: not a dirdesk database; nothing was restored", source=source)
    try:
        conn = sqlite3.connect(source)
    except sqlite3.Error:
        raise BackupError(not_dirdesk) from None
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            raise BackupError(Message("{source}: the database is damaged ({fault}); nothing was restored",
                                      source=source, fault=check[0][0]))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            raise BackupError(Message(
                "{source}: the database has broken references ({table} row {row} refers to a "
                "missing {parent}); nothing was restored", source=source, table=dangling[0][0],
                row=dangling[0][1], parent=dangling[0][2]))
        found_schema = sqlite_schema(conn)
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc) or "not a database" in str(exc):
            raise BackupError(not_dirdesk) from None
        raise BackupError(Message("{source}: the database is damaged ({fault}); nothing was restored",
                                  source=source, fault=exc)) from None
    finally:
        conn.close()
    if row is None:
        raise BackupError(not_dirdesk)
    revision = str(row[0])
    if not is_known_revision(revision):
        raise BackupError(Message(
            "{source}: made by a newer version of dirdesk (schema {revision}); this program "
            "knows schemas up to {head}; nothing was restored", source=source, revision=revision,
            head=head_revision()))
    # Tables, columns, indexes exactly as the revision makes them, and nothing else: a trigger
    # or view of its own would act on every later write.
    difference = schema_difference(found_schema, expected_schema(revision))
    if difference is not None:
        raise BackupError(Message(
            "{source}: not a dirdesk database as schema {revision} has it: {difference}; "
            "nothing was restored", source=source, revision=revision, difference=difference))
    _check_readable(source)
    return revision


def _check_readable(source: Path) -> None:
    """Every meeting of ``source`` read through the repositories, on a copy (an older schema
    is upgraded on the copy, as it will be when the restored database is opened)."""
    with work_folder("restore") as folder:
        copy = folder / "check.sqlite3"
        copy_sqlite(source, copy)
        try:
            read_everything(f"sqlite:///{copy}")
        except Exception as exc:  # whatever reading it raises
            detail = exc.text() if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
            detail = " ".join(detail.replace(str(copy), "").split())[:200]
            raise BackupError(Message("{source}: its content cannot be read ({detail}); nothing was restored",
                                      source=source, detail=detail)) from None


def restore(url: str, source: Path) -> Path | None:
    """Replace the SQLite database at ``url`` by the copy in ``source``.

    ``source`` must be a dirdesk database this program can open (whole, with a schema it
    knows). The current database, if any, is first copied to ``<name>.before-restore-<time>.bak``
    beside it (returned). Refused while another program has the database open.
    """
    path = _require_sqlite(url)
    source = Path(source)
    remove_stale_temporaries(path.parent, _SAFETY_COPIES.format(re.escape(path.name)))
    _check_dirdesk_database(source)
    if path.exists() and source.resolve() == path.resolve():
        raise BackupError(Message("{source}: that is the database itself", source=source))
    if not path.parent.is_dir():
        raise BackupError(Message("{path}: the folder {folder} does not exist", path=path,
                                  folder=path.parent))
    safety = None
    current = sqlite3.connect(path, timeout=0, isolation_level=None) if path.exists() else None
    try:
        if current is not None:
            # Leaving WAL mode needs every other connection closed: a cheap, reliable test
            # that no dirdesk (or anything else) has the database open right now.
            try:
                current.execute("PRAGMA journal_mode=DELETE").fetchone()
            except sqlite3.OperationalError:
                raise BackupError(Message(
                    "{path}: the database is open in dirdesk (or another program); "
                    "close it and try again; nothing was restored", path=path)) from None
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            # Whole under a name no other restore has taken (two in one second: "-2"),
            # before anything is replaced.
            safety = copy_sqlite(current, path.with_name(f"{path.name}.before-restore-{stamp}.bak"),
                                 replace=False)
        copy_sqlite(source, path)
    except sqlite3.Error as exc:
        raise BackupError(Message("{path}: cannot restore: {fault}; nothing was restored", path=path,
                                  fault=exc)) from None
    finally:
        if current is not None:
            current.close()
    for suffix in ("-wal", "-shm"):  # of the replaced file; the restored one has none
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    return safety


# --- the automatic daily copy ----------------------------------------------------------------

def backups_folder() -> Path:
    return paths.data_dir() / "backups"


def keep_days(setting: object = None) -> int:
    """Days a daily copy is kept: ``$DIRDESK_BACKUP_DAYS``, else the setting, else 14."""
    for value in (os.environ.get(ENV_KEEP_DAYS), setting):
        try:
            days = int(str(value).strip()) if value not in (None, "") else 0
        except ValueError:
            days = 0
        if days >= 1:
            return days
    return DEFAULT_KEEP_DAYS


def daily_copy(db_path: Path, folder: Path, keep_days: int = DEFAULT_KEEP_DAYS, *,
               today: dt.date | None = None,
               source: sqlite3.Connection | None = None) -> Path | None:
    """Today's copy ``dirdesk-YYYY-MM-DD.sqlite3`` in ``folder`` unless there is one already,
    and copies older than ``keep_days`` days removed. Returns the copy made, if any.
    ``source``: a connection to ``db_path`` to copy through (the database as it saw it)."""
    today = today or dt.date.today()
    made = None
    if Path(db_path).is_file():
        folder.mkdir(parents=True, exist_ok=True)
        target = _daily_target(folder, today)
        if not target.exists():
            copy_sqlite(source if source is not None else Path(db_path), target)
            made = target
    if folder.is_dir():
        oldest = today - dt.timedelta(days=keep_days)
        for old in folder.iterdir():
            m = _DAILY.match(old.name)
            if not m:
                continue
            try:
                day = dt.date.fromisoformat(m.group(1))
            except ValueError:
                continue
            if day < oldest:
                old.unlink(missing_ok=True)
    return made


def _daily_target(folder: Path, today: dt.date) -> Path:
    return folder / f"dirdesk-{today.isoformat()}.sqlite3"


def daily_copy_beside_start(url: str, setting: object = None) -> threading.Thread | None:
    """The daily copy at start, made on a thread of its own: a copy of the whole database takes
    seconds for years of meetings, and the window need not wait for it. It is the database as
    the start found it: a read transaction is opened here, before the window writes anything,
    and the copy is taken within it. None: no copy to make (not SQLite, or made today);
    else the thread, running (it ends when the copy is written; it never stops the start)."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    try:
        folder = backups_folder()
        if _daily_target(folder, dt.date.today()).exists():
            daily_copy_at_start(url, setting)  # made already: older copies removed, that is all
            return None
        source = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        source.execute("PRAGMA busy_timeout=5000")
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the snapshot is taken
    except (OSError, sqlite3.Error, UserError) as exc:
        log.warning("daily copy of %s not made: %s", path, exc)
        return None

    def copy() -> None:
        try:
            daily_copy(path, folder, keep_days(setting), source=source)
        except (OSError, sqlite3.Error, UserError) as exc:
            log.warning("daily copy of %s not made: %s", path, exc)
        finally:
            with contextlib.suppress(sqlite3.Error):
                source.rollback()
            source.close()

    thread = threading.Thread(target=copy, name="dirdesk-daily-copy")
    thread.start()
    return thread


def daily_copy_at_start(url: str, setting: object = None) -> Path | None:
    """The daily copy when the application starts: SQLite only, and never stops the start."""
    path = sqlite_path(url)
    if path is None:
        return None
    try:
        return daily_copy(path, backups_folder(), keep_days(setting))
    except (OSError, sqlite3.Error, UserError) as exc:
        log.warning("daily copy of %s not made: %s", path, exc)
        return None
