"""The one place that decides where Balagh keeps its files.

By default the platform's folders (platformdirs): the database and backups in the user data
folder, settings in the config folder, logs in the log folder, compiled templates in the cache
folder. ``BALAGH_HOME`` moves all four under one folder (tests, portable installs); ``--db
URL``, ``BALAGH_DB`` or the settings pick another database (see :mod:`balagh.app.database`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Balagh"
APP_AUTHOR = "DGSN"


@dataclass(frozen=True)
class AppPaths:
    """Folders Balagh writes to."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path
    """What can be made again (compiled templates); deleting it loses nothing."""

    @property
    def default_db_file(self) -> Path:
        """The embedded SQLite database file."""
        return self.data_dir / "balagh.db"

    @property
    def settings_file(self) -> Path:
        """The JSON settings file."""
        return self.config_dir / "settings.json"

    def ensure(self) -> AppPaths:
        """Create the folders if needed and return self."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """The folders for this user (honouring ``BALAGH_HOME``)."""
    home = os.environ.get("BALAGH_HOME")
    if home:
        root = Path(home)
        return AppPaths(root / "data", root / "config", root / "logs", root / "cache")
    import platformdirs

    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
    )


def embedded_database_url() -> str:
    """The URL of the embedded SQLite file (its folder is created if needed).

    Which database is opened — ``--db``, ``BALAGH_DB``, the settings or this one — is decided
    in one place, :func:`balagh.app.database.choose_database`.
    """
    paths = app_paths().ensure()
    return f"sqlite:///{paths.default_db_file.as_posix()}"
