"""Whether a database address can be reached now: the settings try one before keeping it.

:func:`database_problem` opens the database at ``url`` the way the next start would, with a
short connect timeout (:data:`PROBE_TIMEOUT_S`), and says why it cannot be opened in the
staff's words (``balagh.store.session.cannot_open``: «خادم قاعدة البيانات لا يقبل الاتصال…»,
the driver's English in the log only). Nothing is created or written: a SQLite file that
does not exist yet (its folder does) is not a problem, the next start creates it.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from balagh.core.errors import BalaghError
from balagh.messages import msg

#: How long the settings wait for a database server to answer (seconds).
PROBE_TIMEOUT_S = 5


def _with_timeout(url: str) -> str:
    """``url`` with a connect timeout for a PostgreSQL server (unless it sets its own)."""
    try:
        parsed = make_url(url)
    except Exception:  # make_engine names a malformed address
        return url
    if parsed.get_backend_name() != "postgresql" or "connect_timeout" in parsed.query:
        return url
    timed = parsed.update_query_dict({"connect_timeout": str(PROBE_TIMEOUT_S)})
    return timed.render_as_string(hide_password=False)


def database_problem(url: str) -> BalaghError | None:
    """None when the database at ``url`` can be opened now ("" is the built-in file); else
    the error the next start would show, naming the database and the reason."""
    from balagh.store.engine import make_engine
    from balagh.store.migrate import sqlite_file
    from balagh.store.session import cannot_open

    if not url.strip():
        return None
    try:
        engine = make_engine(_with_timeout(url.strip()))
    except BalaghError as err:  # a malformed address, a missing folder, no driver
        return err
    except SQLAlchemyError:  # a kind of database SQLAlchemy does not know («nonsense://»)
        return BalaghError(msg("عنوان قاعدة البيانات غير صالح: {url}", url=url))
    try:
        path = sqlite_file(engine)
        if path is not None and not path.exists():
            return None  # a new file: the next start creates it in this folder
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":  # «file is not a database» shows here
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except SQLAlchemyError as exc:  # named as typed (without the probe's connect timeout)
        return cannot_open(make_engine(url.strip()), exc)
    finally:
        engine.dispose()
    return None

