"""Handing one audit (or an enterprise with its audits) to a colleague as a small
workspace, and merging it back."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlalchemy as sa

from recp_audit.cli import main
from recp_audit.model import Audit, Enterprise, Reading
from recp_audit.services import merge, records
from recp_audit.services.handover import HandoverError, export_audit
from recp_audit.store.db import open_workspace
from tests.merge.helpers import dump


@pytest.fixture
def dairy(demo):
    with demo.session() as session:
        return session.execute(sa.select(Audit.id, Audit.enterprise_id).join(Enterprise).where(
            Enterprise.nace_code == "10.51")).one()


def counts(path, *tables):
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_the_hand_over_file_holds_the_audit_with_history_and_bytes(demo, dairy, tmp_path):
    path = export_audit(demo, tmp_path / "dairy.sqlite", audit_id=dairy.id)
    got = counts(path, "audit", "enterprise", "park", "person", "instrument", "series",
                 "series_channel", "reading", "checklist_answer", "option", "baseline_entry",
                 "blob", "stream", "candidate")
    assert got["audit"] == 1 and got["enterprise"] == 1 and got["park"] == 1
    assert got["person"] == 3 and got["instrument"] >= 1 and got["series"] >= 1
    assert got["blob"] >= got["series_channel"] and got["option"] > 0
    assert got["stream"] == 0 and got["candidate"] == 0  # the audit only, not the park's trade
    copy = open_workspace(path)
    assert records.values_of(copy, Audit, dairy.id)["title"]
    copy.close()
    before = dump(demo.path)
    (receipt,) = merge.merge(demo, [path], backup_dir=tmp_path)
    assert receipt.outcome.versions == 0 and dump(demo.path) == before


def test_edits_in_the_hand_over_file_come_back_by_merge(demo, dairy, tmp_path):
    path = export_audit(demo, tmp_path / "firm.sqlite", enterprise_id=dairy.enterprise_id)
    assert counts(path, "stream")["stream"] == 4  # the enterprise with its streams
    colleague = open_workspace(path)
    with colleague.session() as session:
        reading = session.scalars(sa.select(Reading)).first().id
    records.update(colleague, Reading, reading, {"note": "re-measured"})
    colleague.close()
    (receipt,) = merge.merge(demo, [path], backup_dir=tmp_path)
    assert receipt.outcome.as_json()["entities"] == {
        "reading": {"new": 0, "fast_forwarded": 1, "merged": 0, "conflicts": 0}}
    assert records.values_of(demo, Reading, reading)["note"] == "re-measured"


def test_unknown_records_and_folders_are_refused(demo, tmp_path):
    import uuid

    with pytest.raises(HandoverError, match="the audit .* does not exist"):
        export_audit(demo, tmp_path / "x.sqlite", audit_id=uuid.uuid4())
    with pytest.raises(HandoverError, match="folder .* does not exist"):
        export_audit(demo, tmp_path / "missing" / "x.sqlite",
                     enterprise_id=_any_enterprise(demo))
    assert not list(tmp_path.glob(".handover-*"))


def _any_enterprise(workspace):
    with workspace.session() as session:
        return session.scalars(sa.select(Enterprise.id)).first()


def test_cli_export_audit_and_merge(tmp_path, capsys, english):
    demo = tmp_path / "demo.sqlite"
    assert main(["demo", "-o", str(demo)]) == 0
    info = open_workspace(demo)
    with info.session() as session:
        audit = session.scalars(sa.select(Audit.id)).first()
    info.close()
    out = tmp_path / "hand.sqlite"
    assert main(["export-audit", str(demo), "--audit", str(audit), "-o", str(out)]) == 0
    assert main(["export-audit", str(demo), "--audit", str(audit), "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["merge", str(demo), str(out), "--dry-run", "--json"]) == 0
    receipt = json.loads(capsys.readouterr().out)
    assert receipt[0]["dry_run"] and receipt[0]["versions"] == 0
    assert main(["merge", str(demo), str(out)]) == 0
    assert "brought 0 versions" in capsys.readouterr().out
    assert main(["info", str(demo)]) == 0
    assert "Merges so far: 1; rows with open conflicts: 0" in capsys.readouterr().out
    assert main(["merge", str(demo), str(tmp_path / "none.sqlite")]) == 1
    assert "no such file" in capsys.readouterr().err
