"""Baseline entries and tariffs; options carry calculator inputs, results, money and
monitoring; audits carry their emission-factor overrides.

Revision ID: 0005_baseline_options
Revises: 0004_measurements
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import (create_versioned_table, set_schema_version,
                                                 text_enum)

revision = "0005_baseline_options"
down_revision = "0004_measurements"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 5
RESOURCE_KINDS = ("electricity", "natural_gas", "heat", "other_fuel", "water_intake",
                  "wastewater", "raw_material", "auxiliary_material", "waste", "air_emission",
                  "production")


def option_columns() -> tuple[sa.Column, ...]:
    """The columns options gain (new objects each call: a Column joins one table only)."""
    return (
        sa.Column("inputs", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("uncertainties", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("sources", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("results", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("manual_savings", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("fuel", sa.String(40), nullable=False, server_default="natural_gas"),
        sa.Column("investment", sa.Float(), nullable=True),
        sa.Column("lifetime", sa.Float(), nullable=False, server_default="10"),
        sa.Column("discount_rate", sa.Float(), nullable=False, server_default="10"),
        sa.Column("responsible", sa.String(200), nullable=False, server_default=""),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("realised", sa.JSON(), nullable=False, server_default="{}"),
    )


def upgrade() -> None:
    create_versioned_table(
        "baseline_entry",
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("kind", text_enum(*RESOURCE_KINDS, name="resourcekind"), nullable=False),
        sa.Column("item", sa.String(200), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("cost", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("source", text_enum("meter", "invoice", "estimate", name="datasource"),
                  nullable=False),
        sa.Column("ewc_code", sa.String(8), nullable=False),
        sa.Column("factor_key", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit.id"],
                                name="fk_baseline_entry_audit_id_audit"),
        indexed=("audit_id",),
    )
    create_versioned_table(
        "tariff",
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("kind", text_enum(*RESOURCE_KINDS, name="resourcekind"), nullable=False),
        sa.Column("item", sa.String(200), nullable=False),
        sa.Column("price", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit.id"], name="fk_tariff_audit_id_audit"),
        indexed=("audit_id",),
    )
    with op.batch_alter_table("option") as batch:
        for column in option_columns():
            batch.add_column(column)
    with op.batch_alter_table("audit") as batch:
        batch.add_column(sa.Column("factor_overrides", sa.JSON(), nullable=False,
                                   server_default="{}"))
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("factor_overrides")
    with op.batch_alter_table("option") as batch:
        for column in option_columns():
            batch.drop_column(column.name)
    for table in ("tariff", "baseline_entry"):
        op.drop_table(table)
    set_schema_version(SCHEMA_VERSION - 1)
