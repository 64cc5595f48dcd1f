"""What a workspace holds, for `recp-audit info` and the About box."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from recp_audit.model import (Audit, Enterprise, MergeConflict, MergeReceipt, Park, Person,
                              Stream)
from recp_audit.store.db import Workspace


def workspace_info(workspace: Workspace) -> dict[str, Any]:
    """Schema version, file id, the parks, enterprises and audits with their ids, and how
    many streams, merges and rows with open conflicts it has."""
    with workspace.session() as session:
        parks = session.scalars(sa.select(Park).order_by(Park.name)).all()
        enterprises = session.scalars(sa.select(Enterprise).order_by(Enterprise.name)).all()
        audits = session.scalars(sa.select(Audit).order_by(Audit.title)).all()
        enterprise_names = {e.id: e.name for e in enterprises}
        person_count = session.scalar(
            sa.select(sa.func.count()).select_from(Person).where(Person.deleted.is_(False)))
        streams = session.scalar(
            sa.select(sa.func.count()).select_from(Stream).where(Stream.deleted.is_(False)))
        conflicts = session.scalar(sa.select(sa.func.count(sa.distinct(
            MergeConflict.entity_id))))
        merges = session.scalar(sa.select(sa.func.count()).select_from(MergeReceipt))
        return {
            "path": str(workspace.path),
            "file_id": str(workspace.file_id),
            "schema_version": workspace.schema_version(),
            "read_only": workspace.read_only,
            "people": person_count,
            "streams": streams,
            "merges": merges,
            "open_conflicts": conflicts,
            "parks": [{"id": str(p.id), "name": p.name, "country": p.country,
                       "region": p.region} for p in parks],
            "enterprises": [{"id": str(e.id), "name": e.name,
                             "park_id": str(e.park_id) if e.park_id else None,
                             "nace_code": e.nace_code} for e in enterprises],
            "audits": [{"id": str(a.id), "title": a.title, "kind": a.kind.value,
                        "status": a.status.value, "enterprise_id": str(a.enterprise_id),
                        "enterprise": enterprise_names.get(a.enterprise_id, ""),
                        "period_start": a.period_start.isoformat() if a.period_start else None,
                        "period_end": a.period_end.isoformat() if a.period_end else None}
                       for a in audits],
        }


def format_info(info: dict[str, Any]) -> str:
    """Human-readable text of `workspace_info`."""
    lines = [f"Workspace: {info['path']}",
             f"Schema version: {info['schema_version']}"
             + ("  (read-only)" if info["read_only"] else ""),
             f"File id: {info['file_id']}",
             f"People: {info['people']}", f"Parks: {len(info['parks'])}"]
    lines += [f"  {p['id']}  {p['name']}" for p in info["parks"]]
    lines.append(f"Enterprises: {len(info['enterprises'])}")
    lines += [f"  {e['id']}  {e['name']}" for e in info["enterprises"]]
    lines.append(f"Audits: {len(info['audits'])}")
    lines += [f"  {a['id']}  {a['title']} ({a['enterprise']}) [{a['kind']}, {a['status']}]"
              for a in info["audits"]]
    lines.append(f"Symbiosis streams: {info['streams']}")
    lines.append(f"Merges so far: {info['merges']}; rows with open conflicts: "
                 f"{info['open_conflicts']}")
    return "\n".join(lines)
