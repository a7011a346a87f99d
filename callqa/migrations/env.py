"""Alembic environment for callqa: runs on the connection `callqa.store.upgrade` passes in."""

from alembic import context
from sqlalchemy import create_engine

from callqa.store_schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    # batch mode lets later migrations ALTER tables on SQLite (copy-and-move)
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
