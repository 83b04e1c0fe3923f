"""The office's settings that travel with a backup archive, and where backups go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from balagh.app.archive import OFFICE_SETTINGS
from balagh.platform.paths import app_paths
from balagh.platform.settings import Settings


def backup_folder(settings: Settings) -> Path:
    """The folder of automatic backups: the setting, else «backups» in the data folder."""
    if settings.backup_folder.strip():
        return Path(settings.backup_folder.strip()).expanduser()
    return app_paths().data_dir / "backups"


def office_settings(settings: Settings) -> tuple[dict[str, Any], Path | None]:
    """The settings that belong to the office, and its logo file (if one is set)."""
    values = {key: getattr(settings, key) for key in OFFICE_SETTINGS}
    logo = Path(settings.logo_path) if settings.logo_path.strip() else None
    return values, logo


def apply_office_settings(settings: Settings, office: dict[str, Any],
                          logo: tuple[str, bytes] | None) -> list[str]:
    """Take the office's settings of a restored archive into ``settings`` (not saved).

    The logo is written into the data folder («office-logo.png»). Returns the names of the
    settings that changed.
    """
    from balagh.platform.files import write_file_atomically

    changed: list[str] = []
    for key in OFFICE_SETTINGS:
        value = office.get(key)
        if value is not None and type(value) is type(getattr(settings, key)) \
                and value != getattr(settings, key):
            setattr(settings, key, value)
            changed.append(key)
    if logo is not None:
        name, data = logo
        target = app_paths().ensure().data_dir / f"office-logo{Path(name).suffix or '.png'}"
        if not target.exists() or target.read_bytes() != data:
            write_file_atomically(target, data)
        if settings.logo_path != str(target):
            settings.logo_path = str(target)
            changed.append("logo_path")
    return changed
