"""Alembic environment: always run programmatically by caseapp.storage.migrate with an open connection."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import caseapp.storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("caseapp migrations run through caseapp.storage.migrate, not the alembic command line")

context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
