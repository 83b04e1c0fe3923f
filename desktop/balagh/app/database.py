"""Which database Balagh opens, and opening it for the command line and the window alike.

The choice is made in one place, in this order:

1. ``--db URL`` given to the command or the application;
2. the environment variable ``BALAGH_DB``;
3. ``database_url`` in the settings file (the settings dialog writes it);
4. the embedded SQLite file in the user's data folder.

The first start on the embedded database fills it with the demo editions, whichever face
started first. Opening says what it did (upgrade with its backup, a new empty database, a
read-only database, a settings file that could not be read) as :class:`Notice` sentences.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from balagh.messages import Message, msg
from balagh.platform.paths import embedded_database_url
from balagh.platform.settings import Settings

if TYPE_CHECKING:
    from balagh.store import Store
    from balagh.store.migrate import UpgradeReport

ENVIRONMENT_VARIABLE = "BALAGH_DB"


class Source(Enum):
    """Where the choice of database came from."""

    OPTION = "option"
    ENVIRONMENT = "environment"
    SETTINGS = "settings"
    EMBEDDED = "embedded"

    @property
    def text_ar(self) -> str:
        """How the source is named to the staff in Arabic."""
        return _SOURCE_TEXT[self].ar

    @property
    def text_fr(self) -> str:
        """How the source is named in French."""
        return _SOURCE_TEXT[self].fr

    @property
    def named(self) -> bool:
        """True when someone named this database (it must then already exist to be read)."""
        return self is not Source.EMBEDDED


_SOURCE_TEXT = {
    Source.OPTION: msg("الخيار ‎--db"),
    Source.ENVIRONMENT: msg("متغير البيئة BALAGH_DB"),
    Source.SETTINGS: msg("الإعدادات (database_url)"),
    Source.EMBEDDED: msg("قاعدة البيانات المدمجة (الافتراضية)"),
}


@dataclass(frozen=True)
class DatabaseChoice:
    """The URL of the database to open and where that choice came from."""

    url: str
    source: Source


def choose_database(explicit: str | None, settings: Settings | None = None) -> DatabaseChoice:
    """The database to open: ``--db``, then ``BALAGH_DB``, then the settings, then embedded.

    >>> choose_database("sqlite:///x.db").source
    <Source.OPTION: 'option'>
    """
    if explicit:
        return DatabaseChoice(explicit, Source.OPTION)
    from_env = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if from_env:
        return DatabaseChoice(from_env, Source.ENVIRONMENT)
    if settings is None:
        settings = Settings.load()
    if settings.database_url.strip():
        return DatabaseChoice(settings.database_url.strip(), Source.SETTINGS)
    return DatabaseChoice(embedded_database_url(), Source.EMBEDDED)


@dataclass(frozen=True)
class Notice:
    """A sentence to tell the staff after opening (``ar``/``fr``: its two languages)."""

    message: Message

    @property
    def ar(self) -> str:
        """The sentence in Arabic."""
        return self.message.ar

    @property
    def fr(self) -> str:
        """The sentence in French."""
        return self.message.fr


@dataclass
class OpenedDatabase:
    """An open store with the choice that led to it and what opening it did."""

    store: Store
    choice: DatabaseChoice
    notices: list[Notice] = field(default_factory=list)
    demo_added: int = 0

    @property
    def read_only(self) -> bool:
        """True when the database can only be read (file or folder without write access)."""
        return self.store.read_only


def open_database(
    explicit: str | None = None,
    settings: Settings | None = None,
    *,
    for_writing: bool,
) -> OpenedDatabase:
    """Choose and open the database for a command or the window.

    A database someone named (``--db``, ``BALAGH_DB``, the settings) must already exist when
    it is opened only to read: a mistyped path is refused instead of created. The embedded
    database is created on first use and then filled with the demo editions. Raises
    BalaghError with one readable sentence when the database cannot be opened.
    """
    from balagh.store import open_store

    if settings is None:
        settings = Settings.load()
    choice = choose_database(explicit, settings)
    store = open_store(choice.url, create=for_writing or not choice.source.named)
    opened = OpenedDatabase(store, choice)
    report = store.upgrade
    if report.previous is None and not choice.source.named and not store.read_only:
        from balagh.store.demo import install_demo

        opened.demo_added = len(install_demo(store.editions).added)
    opened.notices.extend(opening_notices(opened))
    return opened


def upgrade_notice(report: UpgradeReport) -> Notice | None:
    """«رقيت قاعدة البيانات من المراجعة 0001 إلى 0008؛ النسخة الاحتياطية: …» when opening
    (or ``balagh db upgrade``) brought an older schema up to date, else None."""
    if not report.upgraded or report.previous is None:
        return None
    if report.backup is None:
        return Notice(msg("رقيت قاعدة البيانات من المراجعة {previous} إلى {current}",
                          previous=report.previous, current=report.current))
    return Notice(msg(
        "رقيت قاعدة البيانات من المراجعة {previous} إلى {current}؛ النسخة الاحتياطية: {backup}",
        previous=report.previous, current=report.current, backup=report.backup))


def opening_notices(opened: OpenedDatabase) -> list[Notice]:
    """What opening did that the staff should know: upgrade, new empty database, read-only.

    Paths are left as they are: the window wraps them in isolates, a terminal shows them raw.
    """
    report = opened.store.upgrade
    upgraded = upgrade_notice(report)
    notices: list[Notice] = [upgraded] if upgraded is not None else []
    if report.previous is None and opened.choice.source.named:
        where = plain_name(opened.store.url)
        notices.append(Notice(msg(
            "أنشئت قاعدة بيانات جديدة فارغة في {where}؛ إن كنت تقصد قاعدة أخرى فتحقق من عنوانها",
            where=where)))
    if opened.read_only:
        notices.append(Notice(msg(
            "قاعدة البيانات مفتوحة للقراءة فقط (لا صلاحية للكتابة في الملف أو في مجلده): "
            "يمكن الاطلاع والطباعة، ولا يمكن الحفظ")))
    return notices


def short_name(url: str) -> str:
    """The database in a few words, for the status bar: a file's name, or host/database.

    >>> short_name("sqlite:////home/x/balagh.db")
    'balagh.db'
    >>> short_name("postgresql+psycopg://u:secret@db.local:5432/balagh")
    'db.local:5432/balagh'
    """
    from pathlib import PurePath

    from sqlalchemy.engine import make_url

    plain = plain_name(url)
    try:
        sqlite = make_url(url).get_backend_name() == "sqlite"
    except Exception:  # an odd URL is named as it is
        return plain
    return PurePath(plain).name or plain if sqlite else plain


def plain_name(url: str) -> str:
    """The database as the staff know it: a file path, or host/database (no password).

    >>> plain_name("sqlite:////home/x/balagh.db")
    '/home/x/balagh.db'
    >>> plain_name("postgresql+psycopg://u:secret@db.local:5432/balagh")
    'db.local:5432/balagh'
    """
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # an odd URL is still worth naming as it is
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{host}{port}/{parsed.database or ''}"
