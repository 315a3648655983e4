"""Opening a database: URL resolution, SQLite pragmas, migrations on open, backups, refusals."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from dirdesk import paths
from dirdesk.domain.messages import Message, UserError, hide_passwords, marked

ENV_URL = "DIRDESK_DATABASE_URL"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseError(UserError):
    """The database cannot be opened or used as it is."""


def resolve_url(url: str | None) -> str:
    """``--db`` if given, else ``$DIRDESK_DATABASE_URL``, else SQLite in the user data directory."""
    if url:
        return url
    env = os.environ.get(ENV_URL)
    if env:
        return env
    path = paths.default_database_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(Message("{folder}: cannot make the data folder for the database: {reason}",
                                    folder=path.parent, reason=os_reason(exc))) from None
    return f"sqlite:///{path}"


def os_reason(exc: OSError) -> Message:
    """What went wrong with a file."""
    from dirdesk.files import _reason

    return _reason(exc)


def _parse(url: str) -> URL:
    """The parsed ``url``, or one line saying what is wrong with it (password hidden)."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError) as exc:
        port = re.search(r"invalid literal for int\(\) with base 10: '([^']*)'", str(exc))
        if port:
            raise DatabaseError(Message("{url}: not a database URL: the port {port!r} is not a number",
                                        url=url, port=port.group(1))) from None
        raise DatabaseError(Message(
            "{url}: not a database URL (expected e.g. sqlite:///path/to/file.sqlite3 "
            "or postgresql+psycopg://user@host/db)", url=url)) from None


def shown(url: str) -> str:
    """The database as a message names it: a SQLite file's path, else the URL without password."""
    try:
        path = _sqlite_path(url)
        return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)
    except (DatabaseError, ArgumentError, ValueError):
        return hide_passwords(url)


def failure(url: str, exc: BaseException) -> DatabaseError | None:
    """One line for a database fault met while working (disk full, read-only, server gone),
    naming the database; None for an exception that is not a database's fault."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        raw: BaseException = exc.orig
    elif isinstance(exc, (SQLAlchemyError, sqlite3.Error)):
        raw = exc
    else:
        return None
    detail = " ".join(line.strip() for line in str(raw).splitlines() if line.strip())
    detail = detail or type(raw).__name__
    lowered = detail.lower()
    if "disk is full" in lowered or "no space left" in lowered:
        reason = Message("the disk is full")
    elif "readonly" in lowered or "read-only" in lowered:
        reason = Message("the database is read-only (no permission to write to it or its folder)")
    elif isinstance(exc, (DBAPIError, sqlite3.Error)) and _lost_server(exc, lowered):
        reason = Message("the connection to the database server was lost ({detail})", detail=detail)
    else:
        reason = Message("{system}", system=detail)
    return DatabaseError(Message("{where}: {reason}; nothing was changed", where=shown(url),
                                 reason=reason))


_CUT_OFF = ("server closed the connection", "terminating connection", "consuming input failed",
            "connection is closed")


def _lost_server(exc: BaseException, lowered: str) -> bool:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return any(words in lowered for words in (*_CUT_OFF, "connection refused", "connection failed"))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # A plain cursor: the connection-level helpers of newer Pythons are not on 3.11.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        # Minutes are legal records: a commit survives a power loss, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


if TYPE_CHECKING:
    from alembic.config import Config


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)",
                       re.MULTILINE)


def _head_in_files() -> str | None:
    """The head revision read from the migration files as text, without importing Alembic.

    Alembic and Mako take longer to import than the window takes to open; a database already
    at the head (every start but the first after an upgrade) never needs them. ``None``
    when the files do not name exactly one head: then Alembic decides.
    """
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((m.group(1), m.group(2)) for m in _REVISION.finditer(path.read_text("utf-8")))
        if "revision" in found and found["revision"]:
            revisions.add(found["revision"])
            if found.get("down_revision"):
                parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None where it has none (or no version table)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_known_revision(revision: str) -> bool:
    """Whether this program has the schema ``revision`` (a newer program's is unknown)."""
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; ``None`` for a server database or memory."""
    return _sqlite_path(url)


@dataclasses.dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where a server database is: for messages (``shown`` has no password) and commands."""

    shown: str
    host: str | None
    port: int | None
    user: str | None
    database: str | None


def server_address(url: str) -> ServerAddress:
    parsed = _parse(url)
    return ServerAddress(parsed.render_as_string(hide_password=True), parsed.host, parsed.port,
                         parsed.username, parsed.database)


class Database:
    """An open, migrated database; ``session()`` gives one unit of work."""

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = resolve_url(url)
        self.engine = _create_engine(self.url)
        self.backup_path: Path | None = None
        try:
            if migrate:
                self.backup_path = _migrate(self.engine)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            self.engine.dispose()
            raise _open_error(self.url, exc) from exc
        except BaseException:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = threading.local()
        self._open_readers: list[sqlite3.Connection] = []

    @property
    def sqlite_path(self) -> Path | None:
        return _sqlite_path(self.url)

    def reader(self) -> sqlite3.Connection | None:
        """A plain connection to the SQLite file, kept open for quick reads (search); None for
        a server database. One per thread; each statement sees the latest committed data."""
        path = self.sqlite_path
        if path is None:
            return None
        reader: sqlite3.Connection | None = getattr(self._readers, "connection", None)
        if reader is None:
            reader = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
            reader.execute("PRAGMA busy_timeout=5000")
            self._readers.connection = reader
            self._open_readers.append(reader)
        return reader

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One use case's session: committed when the block ends, rolled back if it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        for reader in self._open_readers:
            with contextlib.suppress(sqlite3.ProgrammingError):  # made in another thread
                reader.close()
        self._open_readers.clear()
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_path(url: str) -> Path | None:
    parsed = _parse(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _create_engine(url: str) -> Engine:
    parsed = _parse(url)
    path = _sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise DatabaseError(Message("{path}: cannot open the database: the folder {folder} does not exist",
                                    path=path, folder=path.parent))
    try:
        engine = create_engine(parsed, pool_pre_ping=parsed.get_backend_name() != "sqlite")
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(Message("{url}: no driver for this kind of database ({fault})",
                                    url=url, fault=exc)) from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _open_error(url: str, exc: SQLAlchemyError | sqlite3.Error) -> DatabaseError:
    where = shown(url)
    detail = str(exc.orig) if isinstance(exc, DBAPIError) and exc.orig else str(exc).split("\n")[0]
    detail = " ".join(line.strip() for line in detail.splitlines() if line.strip())
    if any(words in detail.lower() for words in _CUT_OFF):  # connected, then cut off
        return failure(url, exc) or DatabaseError(Message("{system}", system=detail))
    path = _sqlite_path(url)
    if path is not None and path.exists() and not all(
            os.access(p, os.W_OK) for p in (path, path.parent)):
        # SQLite says only "unable to open database file": it cannot make its WAL files.
        return DatabaseError(Message(
            "{where}: cannot open the database: it is read-only (no permission to write to it "
            "or its folder, or a read-only disk); nothing was changed", where=where))
    return DatabaseError(Message("{where}: cannot open the database: {detail}", where=where,
                                 detail=detail))


def _migrate(engine: Engine) -> Path | None:
    """Bring the schema to the program's head; returns the backup taken before an upgrade."""
    head_in_files = _head_in_files()
    if head_in_files is not None and _current_revision(engine) == head_in_files:
        return None  # at the head already: no need for Alembic
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    where = _sqlite_path(str(engine.url)) or engine.url.render_as_string(hide_password=True)
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(Message(
            "{where}: not a dirdesk database (it has tables but no dirdesk schema version)",
            where=where))
    if current is not None:
        try:
            known = script.get_revision(current)
        except Exception:  # alembic raises several kinds for an unknown id
            known = None
        if known is None:
            raise DatabaseError(Message(
                "{where}: the database was made by a newer version of dirdesk (schema {current}); "
                "this program knows schemas up to {head}. Install the newer dirdesk to open it.",
                where=where, current=current, head=head))
    if current == head:
        return None
    backup = None
    path = _sqlite_path(str(engine.url))
    if current is not None and path is not None:
        backup = _backup_sqlite(path, current)
    _upgrade(engine, cfg, path, where)  # a failure leaves the copy: whole, and the user's
    # Pooled connections had foreign keys switched off: start afresh with the pragmas.
    engine.dispose()
    return backup


def _upgrade(engine: Engine, cfg: Config, path: Path | None, where: object) -> None:
    """Run the migrations to the head, all of them or none."""
    from alembic import command

    with engine.connect() as conn:
        if path is not None:
            # Outside any transaction (the pragma is ignored inside one): a batch rebuild of a
            # parent table would otherwise cascade deletes into its children.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            # Python's sqlite3 opens a transaction only before INSERT, UPDATE and DELETE: left
            # to it, every CREATE and ALTER of the upgrade would commit on its own, and an
            # upgrade that fails half-way would leave a schema no later start can upgrade.
            # BEGIN ourselves, so all of it commits or none; IMMEDIATE, so a second dirdesk
            # starting at the same moment waits and then finds the schema already upgraded.
            conn.connection.driver_connection.isolation_level = None  # type: ignore[union-attr]
        with conn.begin():
            if path is not None:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if path is not None:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(Message(
                        "{where}: the upgrade left broken references: {problems}",
                        where=where, problems=problems[:3]))


def _backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy of the SQLite file (online backup API), taken before an upgrade.

    Written to a temporary file and renamed (``storage.sqlite_copy``): a copy that
    fails (the disk full) leaves nothing that claims to be the old database, and the upgrade
    is not begun.
    """
    from dirdesk.files import OutputError, remove_stale_temporaries
    from dirdesk.storage.sqlite_copy import copy_sqlite

    # What a start killed while copying left: hidden, never a .bak that claims to be whole.
    remove_stale_temporaries(path.parent, re.escape(path.name) + r"\.before-upgrade-[^/\\]*\.bak")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}.bak")

    try:
        return copy_sqlite(path, target, replace=False)
    except (OutputError, sqlite3.Error, OSError) as exc:
        reason = exc.message if isinstance(exc, OutputError) else str(exc)
        raise DatabaseError(Message(
            "{path}: cannot upgrade: the copy of the database before the upgrade could not be "
            "made ({reason}); nothing was changed", path=path, reason=reason)) from None


# --- what a backup must be -------------------------------------------------------------------

Schema = dict[tuple[str, str], object]
"""(kind, name) → its shape: a table's columns, an index's columns and uniqueness, a
trigger's or view's SQL."""


def sqlite_schema(conn: sqlite3.Connection) -> Schema:
    """The shape of every table, index, trigger and view in a SQLite database."""
    shape: Schema = {}
    for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name").fetchall():
        if kind == "table":
            columns = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            shape[(kind, name)] = tuple((c[1], (c[2] or "").upper(), c[3], c[5], c[6])
                                        for c in columns)
        elif kind == "index":
            columns = conn.execute(f'PRAGMA index_info("{name}")').fetchall()
            unique = "UNIQUE" in (sql or "").upper().split("(")[0]
            shape[(kind, name)] = (tuple(c[2] for c in columns), unique, sql is None)
        else:
            shape[(kind, name)] = " ".join((sql or "").split())
    return shape


def expected_schema(revision: str) -> Schema:
    """The shape a dirdesk SQLite database at ``revision`` has: made by running the migrations
    up to it on an empty file (cached per revision for the run)."""
    if revision not in _EXPECTED:
        import tempfile

        from alembic import command

        with tempfile.TemporaryDirectory(prefix="dirdesk-schema-") as folder:
            path = Path(folder) / "expected.sqlite3"
            engine = create_engine(f"sqlite:///{path}")
            try:
                with engine.begin() as conn:
                    cfg = _alembic_config()
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, revision)
            finally:
                engine.dispose()
            plain = sqlite3.connect(path)
            try:
                _EXPECTED[revision] = sqlite_schema(plain)
            finally:
                plain.close()
    return _EXPECTED[revision]


_EXPECTED: dict[str, Schema] = {}


_KINDS = {"table": marked("table"), "index": marked("index"), "trigger": marked("trigger"),
          "view": marked("view")}


def schema_difference(found: Schema, expected: Schema) -> Message | None:
    """The first way ``found`` differs from ``expected``; None if equal."""
    for key in sorted(set(found) | set(expected)):
        kind, name = key
        what = Message(_KINDS[kind]) if kind in _KINDS else kind
        if key not in expected:
            return Message("it has a {kind} {name!r} that dirdesk's schema does not have",
                           kind=what, name=name)
        if key not in found:
            return Message("the {kind} {name!r} of dirdesk's schema is missing", kind=what, name=name)
        if found[key] != expected[key]:
            return Message("the {kind} {name!r} is not as dirdesk's schema has it", kind=what,
                           name=name)
    return None


def read_everything(url: str) -> int:
    """Read every meeting of the database at ``url`` through the repositories (as the window
    would); returns how many. Raises whatever reading raises."""
    from dirdesk.storage.repository import BoardRepository, MeetingRepository

    with Database(url) as db, db.session() as session:
        meetings = MeetingRepository(session)
        boards = BoardRepository(session)
        count = 0
        for summary in meetings.summaries():
            boards.get(summary.board)
            if meetings.get(summary.board, summary.date) is None:
                raise LookupError(f"{summary.board} {summary.date}")
            count += 1
        return count
