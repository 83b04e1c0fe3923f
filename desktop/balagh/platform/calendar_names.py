"""Babel's month and weekday names of a locale, kept in the cache folder for the next process.

The names come from CLDR through Babel (``Locale("ar", "MA").months``, ``.days``), never
from a list typed in Balagh. Getting them makes Babel import itself and load and merge its
``root``, ``ar`` and ``ar_MA`` data: about 20 ms of every cold ``balagh release pdf``, for
19 short words. So the names Babel gave are kept in ``calendar-names.json`` in the cache
folder (``platform.paths``) with a stamp of the Babel files they came from (its package and
the locale's data files, size and time): another Babel, another locale file, a missing or
unreadable cache means asking Babel again (and writing the cache anew, whole or not at all).

Example: ``calendar_names("ar_MA")[0][5]`` is «ماي»; ``calendar_names("fr")[1][0]`` «lundi».
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

CACHE_FILE = "calendar-names.json"

Names = tuple[dict[int, str], dict[int, str]]
"""(month number 1-12 -> wide name, Python weekday 0-6 -> wide name), format context."""


@cache
def calendar_names(locale_id: str) -> Names:
    """The wide month and weekday names of ``locale_id`` ("ar_MA", "fr") from Babel."""
    stamp = _babel_stamp(locale_id)
    cached = _read(locale_id, stamp) if stamp else None
    if cached is not None:
        return cached
    names = babel_names(locale_id)
    if stamp:
        _write(locale_id, stamp, names)
    return names


def babel_names(locale_id: str) -> Names:
    """The names as Babel gives them (no cache)."""
    from babel import Locale

    locale = Locale.parse(locale_id)
    months = {int(k): str(v) for k, v in locale.months["format"]["wide"].items()}
    days = {int(k): str(v) for k, v in locale.days["format"]["wide"].items()}
    return months, days


def _babel_stamp(locale_id: str) -> str | None:
    """Size and time of Babel's package file and of the locale's data files, without
    importing Babel; None when they cannot be found (a build without those files)."""
    try:
        spec = importlib.util.find_spec("babel")
        if spec is None or spec.origin is None:
            return None
        package = Path(spec.origin)
        data = package.parent / "locale-data"
        parts = locale_id.split("_")
        names = ["root", *("_".join(parts[: n + 1]) for n in range(len(parts)))]
        files = [data / f"{name}.dat" for name in names]
        if package.is_file():  # a frozen build keeps Babel's code in its archive
            files.insert(0, package)
        return ";".join(f"{file.name}:{file.stat().st_size}:{file.stat().st_mtime_ns}"
                        for file in files)
    except (OSError, ImportError, ValueError):
        return None


def _cache_path() -> Path:
    from balagh.platform.paths import app_paths

    return app_paths().cache_dir / CACHE_FILE


def _load() -> dict[str, object]:
    import json

    try:
        content = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return content if isinstance(content, dict) else {}


def _read(locale_id: str, stamp: str) -> Names | None:
    entry = _load().get(locale_id)
    if not isinstance(entry, dict) or entry.get("stamp") != stamp:
        return None
    try:
        months = {int(k): str(v) for k, v in entry["months"].items()}
        days = {int(k): str(v) for k, v in entry["days"].items()}
    except (KeyError, AttributeError, TypeError, ValueError):
        return None
    if sorted(months) != list(range(1, 13)) or sorted(days) != list(range(7)):
        return None
    return months, days


def _write(locale_id: str, stamp: str, names: Names) -> None:
    import json

    from balagh.platform.files import FileWriteError, write_file_atomically

    content = _load()
    content[locale_id] = {"stamp": stamp, "months": names[0], "days": names[1]}
    path = _cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(path, json.dumps(content, ensure_ascii=False).encode("utf-8"))
    except (OSError, FileWriteError):
        pass  # no cache: Babel is asked again next time
