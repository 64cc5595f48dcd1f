"""Workspace identity and the version log every merge will union.

Revision ID: 0001_workspace
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import on_sqlite, set_schema_version

revision = "0001_workspace"
down_revision = None
branch_labels = None
depends_on = None
SCHEMA_VERSION = 1
APPLICATION_ID = 0x52454350


def upgrade() -> None:
    if on_sqlite():
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "workspace_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(400), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_workspace_meta"),
    )
    op.create_table(
        "row_version",
        sa.Column("revision", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("parents", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(24), nullable=False),
        sa.Column("origin", sa.Uuid(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("revision", name="pk_row_version"),
    )
    with op.batch_alter_table("row_version") as batch:
        batch.create_index("ix_row_version_entity", ["entity"])
        batch.create_index("ix_row_version_entity_id", ["entity_id"])
        batch.create_index("ix_row_version_hlc", ["hlc"])
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    op.drop_table("row_version")
    op.drop_table("workspace_meta")
    set_schema_version(0)
