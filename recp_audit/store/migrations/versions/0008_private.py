"""Enterprises can be private (a club member's self-diagnosis): never published to a
team server unless their owner clears the flag. EWC codes get room for the hazard mark
("08 01 13*" is nine characters; PostgreSQL, unlike SQLite, enforces the length).

Revision ID: 0008_private
Revises: 0007_merge
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import set_schema_version

revision = "0008_private"
down_revision = "0007_merge"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 8


def upgrade() -> None:
    with op.batch_alter_table("enterprise") as batch:
        batch.add_column(sa.Column("private", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    for table in ("stream", "baseline_entry"):
        with op.batch_alter_table(table) as batch:
            batch.alter_column("ewc_code", type_=sa.String(12), existing_type=sa.String(8),
                               existing_nullable=False)
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    for table in ("stream", "baseline_entry"):
        with op.batch_alter_table(table) as batch:
            batch.alter_column("ewc_code", type_=sa.String(8), existing_type=sa.String(12),
                               existing_nullable=False)
    with op.batch_alter_table("enterprise") as batch:
        batch.drop_column("private")
    set_schema_version(SCHEMA_VERSION - 1)
