"""Where dirdesk keeps its files: platformdirs locations, the bundled resources."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "dirdesk"
APP_AUTHOR = "dirdesk"


def data_dir() -> Path:
    """The user data directory (the default database lives here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """The user cache directory: files that can be made again at any time."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The user config directory: lists the secretariat keeps (names to check before publishing)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / "dirdesk.sqlite3"


def resources_dir() -> Path:
    """``dirdesk/resources/``: the package data the program reads (base document, translations,
    icons, demo meetings).

    Found through ``importlib.resources``, so a wheel, an editable install and a PyInstaller
    bundle (which keeps it at ``_internal/dirdesk/resources/``) behave the same. Qt and
    python-docx open these by file name, so the package must be unpacked on disk: every way
    dirdesk is installed does that.
    """
    root = files("dirdesk") / "resources"
    if not isinstance(root, Path) or not root.is_dir():
        raise RuntimeError(f"dirdesk's resources are not a folder on disk: {root!r}")
    return root
