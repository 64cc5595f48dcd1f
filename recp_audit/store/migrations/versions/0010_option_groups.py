"""Options on one piece of equipment or energy flow form a group applied in sequence:
each option keeps its group's name, its place in the sequence and (on the group's first
option) the equipment's annual use the savings are shares of. Logged versions from
before lack the fields; merge and pull read them as the columns' defaults (no group).

Revision ID: 0010_option_groups
Revises: 0009_version_identity
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import set_schema_version

revision = "0010_option_groups"
down_revision = "0009_version_identity"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 10


def upgrade() -> None:
    with op.batch_alter_table("option") as batch:
        batch.add_column(sa.Column("group_name", sa.String(100), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("group_order", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("group_base", sa.String(60), nullable=False,
                                   server_default=""))
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("option") as batch:
        for column in ("group_base", "group_order", "group_name"):
            batch.drop_column(column)
    set_schema_version(SCHEMA_VERSION - 1)
