"""People, parks, enterprises, audits and audit teams, all versioned.

Revision ID: 0002_organisations
Revises: 0001_workspace
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import (create_versioned_table, set_schema_version,
                                                 text_enum)

revision = "0002_organisations"
down_revision = "0001_workspace"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 2


def upgrade() -> None:
    create_versioned_table(
        "person",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False),
        sa.Column("role", text_enum("expert", "lead", "club_member", "enterprise_staff",
                                    name="personrole"), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
    )
    create_versioned_table(
        "park",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(100), nullable=False),
        sa.Column("region", sa.String(200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    create_versioned_table(
        "enterprise",
        sa.Column("park_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("nace_code", sa.String(8), nullable=False),
        sa.Column("national_code", sa.String(16), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("main_products", sa.Text(), nullable=False),
        sa.Column("shifts", sa.Integer(), nullable=True),
        sa.Column("annual_output", sa.Float(), nullable=True),
        sa.Column("annual_output_unit", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["park_id"], ["park.id"], name="fk_enterprise_park_id_park"),
        indexed=("park_id",),
    )
    create_versioned_table(
        "audit",
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("kind", text_enum("expert", "self_diagnosis", name="auditkind"),
                  nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("status", text_enum("planned", "in_progress", "reporting", "completed",
                                      name="auditstatus"), nullable=False),
        sa.Column("report_language", sa.String(8), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.ForeignKeyConstraint(["enterprise_id"], ["enterprise.id"],
                                name="fk_audit_enterprise_id_enterprise"),
        indexed=("enterprise_id",),
    )
    create_versioned_table(
        "audit_member",
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("team_role", text_enum("lead", "energy", "water", "materials", "waste",
                                         "member", name="teamrole"), nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit.id"],
                                name="fk_audit_member_audit_id_audit"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name="fk_audit_member_person_id_person"),
        indexed=("audit_id", "person_id"),
    )
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    for table in ("audit_member", "audit", "enterprise", "park", "person"):
        op.drop_table(table)
    set_schema_version(SCHEMA_VERSION - 1)
