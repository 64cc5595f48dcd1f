"""An enterprise may carry on several activities (a municipal utility supplies heat and
treats wastewater): the NACE classes beside its main one, which the symbiosis matching
reads as receiving sectors too. Logged versions from before lack the field; merge and
pull read it as the column's default (none).

Revision ID: 0011_other_activities
Revises: 0010_option_groups
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import set_schema_version

revision = "0011_other_activities"
down_revision = "0010_option_groups"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 11


def upgrade() -> None:
    with op.batch_alter_table("enterprise") as batch:
        batch.add_column(sa.Column("other_nace_codes", sa.String(60), nullable=False,
                                   server_default=""))
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("enterprise") as batch:
        batch.drop_column("other_nace_codes")
    set_schema_version(SCHEMA_VERSION - 1)
