"""Workspace copies with their own identity, edits on them, and dumps to compare."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from pathlib import Path

import sqlalchemy as sa

from recp_audit.merge.merge import versioned_tables
from recp_audit.store.db import Workspace, open_workspace


def dairy_file(path: Path) -> Workspace:
    """A lead's new file: a park, a dairy (412 employees) with an audit and a measurement
    point; their ids in `workspace.ids` (firm, audit, point)."""
    from recp_audit.model import Audit, Enterprise, MeasurementPoint, Park
    from recp_audit.services import records
    from recp_audit.store.db import create_workspace

    workspace = create_workspace(path, author="lead")
    park = records.create(workspace, Park, {"name": "Park"})
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "park_id": park,
                                                  "employees": 412})
    audit = records.create(workspace, Audit, {"title": "2026", "enterprise_id": firm})
    point = records.create(workspace, MeasurementPoint, {"name": "Boiler", "audit_id": audit})
    workspace.ids = {"firm": firm, "audit": audit, "point": point}
    return workspace


def copy_of(workspace: Workspace, path: Path) -> Path:
    """`workspace` copied to `path` as another device's file (its own file id)."""
    workspace.save_as(path).close()
    return path


def dump(path: Path) -> dict:
    """Every mergeable row (all columns), the open conflicts and the logged revisions."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        rows = {table.name: sorted(connection.execute(
            f"SELECT {', '.join(c.name for c in table.c)} FROM {table.name}").fetchall(),
            key=repr) for table in versioned_tables()}
        rows["merge_conflict"] = sorted(connection.execute(
            'SELECT entity, entity_id, field, base, "values" FROM merge_conflict').fetchall(),
            key=repr)
        rows["row_version"] = sorted(r[0] for r in connection.execute(
            "SELECT revision FROM row_version"))
    return rows


def edit(path: Path, action) -> None:
    """Open the file, run `action(workspace)`, close it."""
    workspace = open_workspace(path, author=path.stem)
    try:
        action(workspace)
    finally:
        workspace.close()


def revisions(path: Path) -> set[str]:
    """Every logged revision of the file."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT revision FROM row_version")}


def row(workspace: Workspace, model: type, record_id: uuid.UUID):
    """A row (tombstoned or not) by id."""
    with workspace.session() as session:
        return session.scalars(sa.select(model).where(model.id == record_id)
                               .execution_options(include_deleted=True)).one()
