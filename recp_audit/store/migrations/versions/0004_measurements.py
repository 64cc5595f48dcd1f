"""Instrument register, measurement points, spot readings and logged series.

Revision ID: 0004_measurements
Revises: 0003_checklists
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from recp_audit.store.migrations.helpers import (create_versioned_table, set_schema_version,
                                                 text_enum)

revision = "0004_measurements"
down_revision = "0003_checklists"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 4


def upgrade() -> None:
    create_versioned_table(
        "instrument",
        sa.Column("kind", text_enum(
            "power_analyser", "power_logger", "flue_gas_analyser", "ultrasonic_flow_meter",
            "thermal_camera", "contact_thermometer", "surface_thermometer", "lux_meter",
            "leak_detector", "pressure_gauge", "data_logger", "other",
            name="instrumentkind"), nullable=False),
        sa.Column("make", sa.String(200), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("serial", sa.String(100), nullable=False),
        sa.Column("quantities", sa.JSON(), nullable=False),
        sa.Column("accuracy_percent", sa.Float(), nullable=True),
        sa.Column("accuracy_absolute", sa.Float(), nullable=True),
        sa.Column("accuracy_unit", sa.String(40), nullable=False),
        sa.Column("calibrated_on", sa.Date(), nullable=True),
        sa.Column("calibration_due", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    create_versioned_table(
        "measurement_point",
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("area", text_enum("energy", "water", "materials", "waste", "emissions",
                                    "management", name="resourcearea"), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit.id"],
                                name="fk_measurement_point_audit_id_audit"),
        indexed=("audit_id",),
    )
    create_versioned_table(
        "reading",
        sa.Column("point_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.String(40), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("taken", sa.DateTime(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=True),
        sa.Column("uncertainty", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["point_id"], ["measurement_point.id"],
                                name="fk_reading_point_id_measurement_point"),
        sa.ForeignKeyConstraint(["instrument_id"], ["instrument.id"],
                                name="fk_reading_instrument_id_instrument"),
        indexed=("point_id", "instrument_id"),
    )
    create_versioned_table(
        "series",
        sa.Column("point_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("source_name", sa.String(300), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=True),
        sa.Column("template", sa.String(200), nullable=False),
        sa.Column("imported", sa.DateTime(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("interval_s", sa.Float(), nullable=False),
        sa.Column("time_blob", sa.String(64), nullable=False),
        sa.Column("issues", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["point_id"], ["measurement_point.id"],
                                name="fk_series_point_id_measurement_point"),
        sa.ForeignKeyConstraint(["instrument_id"], ["instrument.id"],
                                name="fk_series_instrument_id_instrument"),
        sa.ForeignKeyConstraint(["time_blob"], ["blob.sha256"],
                                name="fk_series_time_blob_blob"),
        indexed=("point_id", "instrument_id"),
    )
    create_versioned_table(
        "series_channel",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("quantity", sa.String(40), nullable=False),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("blob_sha256", sa.String(64), nullable=False),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["series_id"], ["series.id"],
                                name="fk_series_channel_series_id_series"),
        sa.ForeignKeyConstraint(["blob_sha256"], ["blob.sha256"],
                                name="fk_series_channel_blob_sha256_blob"),
        indexed=("series_id",),
    )
    set_schema_version(SCHEMA_VERSION)


def downgrade() -> None:
    for table in ("series_channel", "series", "reading", "measurement_point", "instrument"):
        op.drop_table(table)
    set_schema_version(SCHEMA_VERSION - 1)
