"""Checklists pinned to audits, answers, photos (stored once by hash) and options.

Revision ID: 0003_checklists
Revises: 0002_organisations
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import (create_versioned_table, set_schema_version,
                                                 text_enum)

revision = "0003_checklists"
down_revision = "0002_organisations"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 3


def upgrade() -> None:
    create_versioned_table(
        "checklist",
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("template_id", sa.String(100), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("template_data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit.id"], name="fk_checklist_audit_id_audit"),
        indexed=("audit_id",),
    )
    create_versioned_table(
        "checklist_answer",
        sa.Column("checklist_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.String(100), nullable=False),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("number", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(40), nullable=True),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["checklist_id"], ["checklist.id"],
                                name="fk_checklist_answer_checklist_id_checklist"),
        sa.UniqueConstraint("checklist_id", "item_id",
                            name="uq_checklist_answer_checklist_id"),
        indexed=("checklist_id",),
    )
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_blob"),
    )
    create_versioned_table(
        "photo",
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("blob_sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("added", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["blob_sha256"], ["blob.sha256"],
                                name="fk_photo_blob_sha256_blob"),
        indexed=("owner_id", "blob_sha256"),
    )
    create_versioned_table(
        "option",
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("area", text_enum("energy", "water", "materials", "waste", "emissions",
                                    "management", name="resourcearea"), nullable=False),
        sa.Column("category", text_enum(
            "good_housekeeping", "input_change", "process_control", "equipment_modification",
            "technology_change", "onsite_recovery", "byproduct", "product_modification",
            name="cpcategory"), nullable=False),
        sa.Column("calculator", sa.String(40), nullable=False),
        sa.Column("status", text_enum("identified", "proposed", "accepted", "implemented",
                                      "rejected", name="optionstatus"), nullable=False),
        sa.Column("source_checklist_id", sa.Uuid(), nullable=True),
        sa.Column("source_item_id", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit.id"], name="fk_option_audit_id_audit"),
        indexed=("audit_id",),
    )
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    for table in ("option", "photo", "blob", "checklist_answer", "checklist"):
        op.drop_table(table)
    set_schema_version(SCHEMA_VERSION - 1)
