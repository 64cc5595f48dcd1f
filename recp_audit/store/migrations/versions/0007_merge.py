"""Merge conflicts derived from the version log, and the receipts of past merges; the
version log loses its indexes on the entity name and the clock (lookups go by entity id).

Revision ID: 0007_merge
Revises: 0006_symbiosis
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import set_schema_version

revision = "0007_merge"
down_revision = "0006_symbiosis"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 7


def upgrade() -> None:
    op.create_table(
        "merge_conflict",
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", "field", name="pk_merge_conflict"),
    )
    op.create_table(
        "merge_receipt",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("merged_at", sa.String(40), nullable=False),
        sa.Column("source", sa.String(1000), nullable=False),
        sa.Column("source_id", sa.String(64), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_merge_receipt"),
    )
    # Lookups go by entity id; indexes on the entity name and the clock only slowed every
    # version write (the clock's maximum is read once, when the file opens).
    op.drop_index("ix_row_version_entity", table_name="row_version")
    op.drop_index("ix_row_version_hlc", table_name="row_version")
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    op.create_index("ix_row_version_entity", "row_version", ["entity"])
    op.create_index("ix_row_version_hlc", "row_version", ["hlc"])
    for table in ("merge_receipt", "merge_conflict"):
        op.drop_table(table)
    set_schema_version(SCHEMA_VERSION - 1)
