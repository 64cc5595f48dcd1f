"""Streams of enterprises and symbiosis candidates between them.

Revision ID: 0006_symbiosis
Revises: 0005_baseline_options
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import (create_versioned_table, set_schema_version,
                                                 text_enum)

revision = "0006_symbiosis"
down_revision = "0005_baseline_options"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 6


def upgrade() -> None:
    create_versioned_table(
        "stream",
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("direction", text_enum("output", "input", name="streamdirection"),
                  nullable=False),
        sa.Column("kind", text_enum("material", "energy", "water", "gas", "service",
                                    "infrastructure", name="streamkind"), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("ewc_code", sa.String(8), nullable=False),
        sa.Column("national_code", sa.String(40), nullable=False),
        sa.Column("hazardous", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(40), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("months", sa.JSON(), nullable=False),
        sa.Column("quality", sa.Text(), nullable=False),
        sa.Column("temperature", sa.Float(), nullable=True),
        sa.Column("pressure", sa.Float(), nullable=True),
        sa.Column("disposal_route", sa.String(300), nullable=False),
        sa.Column("disposal_cost", sa.Float(), nullable=True),
        sa.Column("price", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.ForeignKeyConstraint(["enterprise_id"], ["enterprise.id"],
                                name="fk_stream_enterprise_id_enterprise"),
        indexed=("enterprise_id",),
    )
    create_versioned_table(
        "candidate",
        sa.Column("supplier_stream_id", sa.Uuid(), nullable=False),
        sa.Column("receiver_stream_id", sa.Uuid(), nullable=False),
        sa.Column("status", text_enum("new", "shortlisted", "in_talks", "implemented",
                                      "rejected", name="candidatestatus"), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["supplier_stream_id"], ["stream.id"],
                                name="fk_candidate_supplier_stream_id_stream"),
        sa.ForeignKeyConstraint(["receiver_stream_id"], ["stream.id"],
                                name="fk_candidate_receiver_stream_id_stream"),
        indexed=("supplier_stream_id", "receiver_stream_id"),
    )
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    for table in ("candidate", "stream"):
        op.drop_table(table)
    set_schema_version(SCHEMA_VERSION - 1)
