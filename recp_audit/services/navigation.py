"""The park -> enterprise -> audit tree the main window shows, read in three queries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import sqlalchemy as sa

from recp_audit.model import Audit, AuditKind, AuditStatus, Enterprise, Park
from recp_audit.store.db import Workspace


@dataclass
class AuditNode:
    """An audit as listed in the tree."""

    id: uuid.UUID
    title: str
    kind: AuditKind
    status: AuditStatus


@dataclass
class EnterpriseNode:
    """An enterprise with its audits."""

    id: uuid.UUID
    name: str
    audits: list[AuditNode] = field(default_factory=list)


@dataclass
class ParkNode:
    """A park with its enterprises; `id` None groups enterprises outside any park."""

    id: uuid.UUID | None
    name: str
    enterprises: list[EnterpriseNode] = field(default_factory=list)


def load_tree(workspace: Workspace) -> list[ParkNode]:
    """Parks by name, then the group of enterprises without a park (if any)."""
    with workspace.session() as session:
        parks = {row.id: ParkNode(row.id, row.name) for row in session.execute(
            sa.select(Park.id, Park.name).where(Park.deleted.is_(False)).order_by(Park.name))}
        loose = ParkNode(None, "")
        enterprises: dict[uuid.UUID, EnterpriseNode] = {}
        for row in session.execute(
                sa.select(Enterprise.id, Enterprise.name, Enterprise.park_id)
                .where(Enterprise.deleted.is_(False)).order_by(Enterprise.name)):
            node = EnterpriseNode(row.id, row.name)
            enterprises[row.id] = node
            parks.get(row.park_id, loose).enterprises.append(node)
        for row in session.execute(
                sa.select(Audit.id, Audit.title, Audit.kind, Audit.status, Audit.enterprise_id)
                .where(Audit.deleted.is_(False))
                .order_by(Audit.period_start, Audit.title)):
            if row.enterprise_id in enterprises:
                enterprises[row.enterprise_id].audits.append(
                    AuditNode(row.id, row.title, row.kind, row.status))
    tree = list(parks.values())
    if loose.enterprises:
        tree.append(loose)
    return tree
