"""Where dirdesk keeps its files: platformdirs locations, the bundled resources."""

from __future__ import annotations

import sys
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
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / "dirdesk.sqlite3"


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
