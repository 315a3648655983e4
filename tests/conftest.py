"""Test set-up: Qt offscreen, user folders in a temporary place, a fresh database per test."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything can create a QApplication: Qt without a display aborts the process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# platformdirs follows XDG on Linux: keep every test away from the real user folders.
_HOME = Path(tempfile.mkdtemp(prefix="dirdesk-test-home-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")
os.environ.pop("DIRDESK_DATABASE_URL", None)
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LANGUAGE", None)

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
# Text of the board's published documents (docs/documents.md reads them).
REFERENCE = Path(__file__).parent / "reference"


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("direktionen-*.json"))


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str | None]:
    from tests import postgres

    with postgres.server() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A new SQLite file for this test."""
    return f"sqlite:///{tmp_path / 'dirdesk.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database for this test: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'dirdesk.sqlite3'}"
        return
    admin = request.getfixturevalue("postgres_admin_url")
    if admin is None:
        pytest.skip("no PostgreSQL server here (install Debian's postgresql to run these)")
    from tests import postgres

    with postgres.fresh_database(admin) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    from dirdesk.storage.database import Database

    database = Database(db_url)
    yield database
    database.close()
