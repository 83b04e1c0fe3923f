"""Alembic environment for the Balagh database.

Run programmatically by ``balagh.store.migrate`` (no alembic.ini): the caller passes an open
connection in ``config.attributes["connection"]``; a URL in ``sqlalchemy.url`` is used
otherwise (``alembic`` on the command line, offline SQL generation).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from balagh.store.schema import METADATA

config = context.config
target_metadata = METADATA


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_offline() -> None:
    """Write the migration SQL instead of running it."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run the migrations on the connection given by the caller (or a new engine)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url for the migrations")
    engine = create_engine(url)
    try:
        with engine.connect() as new_connection:
            _configure(new_connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
