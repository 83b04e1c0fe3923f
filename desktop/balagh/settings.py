"""User settings (letterhead, logo, place of the date line, default template, language).

Kept as a small JSON file in the config folder; unknown keys are ignored and missing keys take
their defaults, so an older or hand-edited file never stops the application.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from balagh.paths import app_paths

DEFAULT_LETTERHEAD = ["المملكة المغربية", "المديرية العامة للأمن الوطني"]


@dataclass
class Settings:
    """What the staff can set in the settings dialog."""

    letterhead_lines: list[str] = field(default_factory=lambda: list(DEFAULT_LETTERHEAD))
    logo_path: str = ""
    place: str = "الرباط"
    default_template: str = "closing"
    database_url: str = ""
    language: str = "ar"  # "ar" or "fr"
    release_title: str = "بلاغ"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file; defaults for whatever is missing or unreadable."""
        path = path or app_paths().settings_file
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        defaults = cls()
        for key, value in values.items():
            if type(value) is not type(getattr(defaults, key)):
                values[key] = getattr(defaults, key)
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        """Write the settings atomically (a temporary file renamed over the old one)."""
        path = path or app_paths().ensure().settings_file
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
