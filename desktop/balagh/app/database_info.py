"""``balagh db info``: which database is in use, why, its schema revision and its size."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from balagh.app.database import choose_database, plain_name
from balagh.messages import Message, pmsg
from balagh.platform.settings import Settings

#: One line of the report: Arabic label, French label, value.
InfoLine = tuple[str, str, str]


def describe_database(explicit: str | None, settings: Settings | None = None) -> list[InfoLine]:
    """The facts of the database chosen for ``explicit``; it is only read, never created.

    Lines: the database (file or host/database), the source of the choice, the schema
    revision (and the code's), the size, the number of editions, whether it can be written.
    """
    from balagh.store.engine import make_engine

    choice = choose_database(explicit, settings)
    lines: list[InfoLine] = [
        _line(pmsg("database info", "قاعدة البيانات"), plain_name(choice.url)),
        _line(pmsg("database info", "مصدر الاختيار"),
              f"{choice.source.text_ar} / {choice.source.text_fr}"),
    ]
    engine = make_engine(choice.url)
    try:
        return lines + _facts(engine)
    except SQLAlchemyError as exc:  # one sentence, as every other command says it
        from balagh.store.session import cannot_open

        raise cannot_open(engine, exc) from exc
    finally:
        engine.dispose()


def _facts(engine: Engine) -> list[InfoLine]:
    """The revision, size, number of editions and writability of the open ``engine``."""
    from balagh.store.engine import is_read_only
    from balagh.store.migrate import current_revision, head_revision, sqlite_file

    lines: list[InfoLine] = []
    path = sqlite_file(engine) or _uri_file(engine)
    if path is not None and not path.exists():
        lines.append(_line(pmsg("database info", "الحالة"), "لم تنشأ بعد / pas encore créée"))
        return lines
    revision = current_revision(engine)
    head = head_revision()
    shown = revision or "—"
    if revision != head:
        shown += f" (هذا الإصدار: {head} / ce logiciel : {head})"
    lines.append(_line(pmsg("database info", "مراجعة المخطط"), shown))
    lines.append(_line(pmsg("database info", "الحجم"), _size(engine, path)))
    if revision is not None:
        with engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM editions")).scalar_one()
        lines.append(_line(pmsg("database info", "عدد الدورات"), str(count)))
    writable = "للقراءة فقط / lecture seule" if is_read_only(engine) else "مسموحة / autorisée"
    lines.append(_line(pmsg("database info", "الكتابة"), writable))
    return lines


def _line(label: Message, value: str) -> InfoLine:
    """One line of the report: ``label`` (a catalogue sentence) in Arabic and French."""
    return (label.ar, label.fr, value)


def _uri_file(engine: Engine) -> Path | None:
    """The file of a read-only SQLite engine (its database is a ``file:`` URI)."""
    database = engine.url.database or ""
    if engine.dialect.name == "sqlite" and database.startswith("file:"):
        return Path(database.removeprefix("file:"))
    return None


def _size(engine: Engine, path: Path | None) -> str:
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            size = int(connection.execute(
                text("SELECT pg_database_size(current_database())")
            ).scalar_one())
    else:
        size = path.stat().st_size if path is not None and path.exists() else 0
    return f"{size} octets / bytes ({size / 1_048_576:.1f} MB)"
