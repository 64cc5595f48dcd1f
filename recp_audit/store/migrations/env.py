"""Alembic environment: runs on the connection `store.migrate` hands over, in batch mode."""

from alembic import context

from recp_audit.model import Base

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
