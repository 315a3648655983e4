"""Consistent copies of an SQLite database, written aside and renamed into place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dirdesk.files import write_atomically, write_new_file


def copy_sqlite(source: Path | sqlite3.Connection, target: Path, *, replace: bool = True) -> Path:
    """A copy of the SQLite database ``source`` (its file, or a connection open on it) at
    ``target``; returns the name written.

    SQLite's online backup API, never a copy of the file: a copy taken while another
    connection writes is still a consistent database. The copy is one self-contained file
    (rollback journal, not WAL): opening it leaves no ``-wal`` and ``-shm`` files beside it
    (dirdesk switches a database it opens back to WAL). It is written to a temporary file
    beside ``target`` and renamed, so a failure never leaves half a database under that name.
    ``replace=False``: an existing file is never replaced; a taken name gets the next free one
    (``dirdesk.files.write_new_file``).
    """
    def write(tmp: Path) -> None:
        # Not read-only: a read-only connection to a WAL database cannot remove the -wal and
        # -shm files it creates. The backup API only reads the source.
        src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(source)
        try:
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            if src is not source:
                src.close()

    if not replace:
        return write_new_file(target, write)
    write_atomically(target, write)
    return Path(target)
