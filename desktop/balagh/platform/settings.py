"""User settings (letterhead, logo, place of the date line, default template, language).

Kept as a small JSON file in the config folder; unknown keys are ignored and missing keys take
their defaults, so an older or hand-edited file never stops the application. A file that
cannot be read (broken JSON, not an object, wrong types) is not silently forgotten either:
the defaults are used, ``load_problem`` says what was wrong in Arabic and French, and the
file is left as it is until the user saves the settings again.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from balagh.messages import Message, msg
from balagh.platform.paths import app_paths

DEFAULT_LETTERHEAD = ["المملكة المغربية", "المديرية العامة للأمن الوطني"]
DEFAULT_LETTERHEAD_FR = ["Royaume du Maroc", "Direction Générale de la Sûreté Nationale"]
#: How the French release's letterhead is laid out: French lines only, or Arabic at the
#: right and French at the left (the office's bilingual paper).
FRENCH_LETTERHEAD_STYLES = ("bilingual", "french")

#: Fields of :class:`Settings` that describe the loading, not the user's choices.
_NOT_SAVED = frozenset({"load_problem", "load_problem_fr"})


@dataclass
class Settings:
    """What the staff can set in the settings dialog.

    ``load_problem`` (Arabic) and ``load_problem_fr`` are set by :meth:`load` when the file
    existed but could not be used; they are never written to the file.
    """

    letterhead_lines: list[str] = field(default_factory=lambda: list(DEFAULT_LETTERHEAD))
    logo_path: str = ""
    place: str = "الرباط"
    default_template: str = "closing"
    database_url: str = ""
    language: str = "ar"  # "ar" or "fr"
    release_title: str = "بلاغ"
    #: Digits of the figures in tables, tiles, charts and cards: "western" («2.400.000») or
    #: "arabic-indic" («٢٬٤٠٠٬٠٠٠»); running text keeps Western digits.
    digits: str = "western"
    letterhead_lines_fr: list[str] = field(default_factory=lambda: list(DEFAULT_LETTERHEAD_FR))
    place_fr: str = "Rabat"
    release_title_fr: str = "Communiqué"
    french_letterhead: str = "bilingual"  # one of FRENCH_LETTERHEAD_STYLES
    backup_folder: str = ""  # automatic backups ("" = the data folder's «backups»)
    #: Also back up when the window closes (today's automatic backup, written anew).
    backup_at_quit: bool = False
    signing_certificate: str = ""  # PKCS#12 file that signs issued releases ("" = unsigned)
    load_problem: str | None = field(default=None, compare=False, repr=False)
    load_problem_fr: str | None = field(default=None, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file; defaults for whatever is missing or unreadable.

        A missing file is normal (defaults, no problem). A file that exists but is broken
        gives the defaults with ``load_problem`` set, e.g. «ملف الإعدادات
        /home/x/.config/balagh/settings.json تالف (ليس JSON صحيحا…)؛ استعملت الإعدادات
        الافتراضية…»; the file is not touched.
        """
        path = path or app_paths().settings_file
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as exc:
            return cls._broken(path, msg("تعذرت قراءته"), str(exc))
        try:
            raw = json.loads(text)
        except ValueError as exc:
            return cls._broken(path, msg("ليس JSON صحيحا"), str(exc))
        if not isinstance(raw, dict):
            return cls._broken(path, msg("ليس كائنا JSON {{ }}"), "")
        known = {f.name for f in fields(cls)} - _NOT_SAVED
        values: dict[str, Any] = {k: v for k, v in raw.items() if k in known}
        defaults = cls()
        wrong: list[str] = []
        for key, value in values.items():
            default = getattr(defaults, key)
            if type(value) is not type(default) or (
                isinstance(value, list) and not all(isinstance(item, str) for item in value)
            ):
                values[key] = default
                wrong.append(key)
        settings = cls(**values)
        if wrong:
            names = ", ".join(wrong)
            settings._set_problem(
                path, msg("قيم غير صالحة في: {names}", names=names), "", partly=True)
        return settings

    @classmethod
    def load_checked(cls, path: Path | None = None) -> tuple[Settings, str | None]:
        """The settings and the Arabic problem message (None when the file was fine)."""
        settings = cls.load(path)
        return settings, settings.load_problem

    @classmethod
    def _broken(cls, path: Path, why: Message, detail: str) -> Settings:
        settings = cls()
        settings._set_problem(path, why, detail, partly=False)
        return settings

    def _set_problem(
        self, path: Path, why: Message, detail: str, *, partly: bool
    ) -> None:
        suffix = f": {detail}" if detail else ""
        if partly:
            problem = msg("ملف الإعدادات {path} فيه {why}{suffix}؛ استعملت القيم الافتراضية لها، "
                          "ولن يغير الملف إلا عند حفظ الإعدادات", path=path, why=why,
                          suffix=suffix)
        else:
            problem = msg("ملف الإعدادات {path} تالف ({why}{suffix})؛ استعملت الإعدادات "
                          "الافتراضية، ولن يغير الملف إلا عند حفظ الإعدادات", path=path,
                          why=why, suffix=suffix)
        self.load_problem = problem.ar
        self.load_problem_fr = problem.fr

    def save(self, path: Path | None = None) -> None:
        """Write the settings atomically (``balagh.platform.files``: a temporary file, fsynced,
        renamed over the old one; FileWriteError names the file).

        Saving replaces a broken file; ``load_problem`` is then cleared.
        """
        path = path or app_paths().ensure().settings_file
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in asdict(self).items() if k not in _NOT_SAVED}
        from balagh.platform.files import write_file_atomically

        text = json.dumps(data, ensure_ascii=False, indent=2)
        write_file_atomically(path, text.encode("utf-8"))  # fsynced; errors name the file
        self.load_problem = None
        self.load_problem_fr = None
