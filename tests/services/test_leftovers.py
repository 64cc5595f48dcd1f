"""Failed and killed jobs leave nothing behind: no temporary files (or the next writer
removes them), no empty measurement point or park, no half-written demo; finished files
are readable as any new file is, and CSV text never becomes a formula."""

from __future__ import annotations

import csv
import os

import pytest
import sqlalchemy as sa

from recp_audit.cli import main
from recp_audit.leftovers import temporary_name
from recp_audit.model import Audit, MeasurementPoint, Park
from recp_audit.reports.csv_tables import write_csv
from recp_audit.reports.tables import Table
from recp_audit.services import demo as demo_service
from recp_audit.services.reports import write_safely

DEAD_PID = 2**22 + 12345  # above Linux's pid_max: no process has it


def stale(folder, name="report.pdf"):
    path = folder / f".{name.rsplit('.', 1)[0]}.recp-{DEAD_PID}-0123abcd.{name.rsplit('.', 1)[1]}"
    path.write_bytes(b"half")
    return path


def test_csv_neutralises_every_formula_start(tmp_path):
    cells = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "plain"]
    write_csv(Table("t", "T", ["text"], [[c] for c in cells]), tmp_path / "t.csv")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        read = [row[0] for row in csv.reader(handle)][1:]
    assert read == ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1+1", "'\r=1+1", "plain"]


def test_a_report_gets_the_permissions_of_a_new_file(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_safely(tmp_path / "r.txt", lambda target: target.write_text("x"))
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_a_failed_report_leaves_no_temporary_file_and_old_ones_are_removed(tmp_path):
    left = stale(tmp_path)
    mine = temporary_name(tmp_path / "other.pdf")  # a live writer's (this process)
    mine.write_bytes(b"busy")

    def failing(target):
        target.write_bytes(b"half a report")
        raise OSError(28, "No space left on device")

    with pytest.raises(Exception, match="No space left on device"):
        write_safely(tmp_path / "report.pdf", failing)
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name]
    assert not left.exists()


def test_a_failed_or_killed_demo_does_not_block_the_next(tmp_path, capsys, english):
    target = tmp_path / "demo.sqlite"
    stale(tmp_path, "demo.part")

    def broken(_workspace):
        raise RuntimeError("disk pulled out")

    with pytest.MonkeyPatch.context() as patch, pytest.raises(RuntimeError):
        patch.setattr("recp_audit.services.demo_symbiosis.populate_symbiosis", broken)
        demo_service.write_demo(target)
    assert list(tmp_path.iterdir()) == []
    assert main(["demo", "-o", str(target)]) == 0
    assert main(["demo", "-o", str(target)]) == 1
    assert "a file with this name already exists" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]


def test_a_refused_series_import_leaves_no_empty_point(demo, tmp_path, english):
    with demo.session() as session:
        audit = session.scalar(sa.select(Audit.id).limit(1))
        before = session.scalar(sa.select(sa.func.count()).select_from(MeasurementPoint))
    path = demo.path
    demo.close()
    bad = tmp_path / "logger.csv"
    bad.write_text("time;P\n2026-01-01 10:00;x\n2026-01-01 10:01;y\n", encoding="utf-8")
    assert main(["import-series", str(path), str(bad), "--audit", str(audit),
                 "--point", "New point", "--time-col", "time", "--channel", "P=kW"]) == 1
    from recp_audit.store.db import open_workspace

    again = open_workspace(path)
    try:
        with again.session() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(
                MeasurementPoint)) == before
    finally:
        again.close()


def test_new_park_is_made_only_with_its_enterprises_and_once(tmp_path, capsys, english):
    from recp_audit.store.db import open_workspace

    path = tmp_path / "w.sqlite"
    assert main(["demo", "-o", str(path)]) == 0
    survey = tmp_path / "survey.csv"
    survey.write_text("enterprise,direction,name,quantity,unit\n,input,Whey,100,t\n",
                      encoding="utf-8")
    assert main(["import-survey", str(path), str(survey), "--new-park", "South"]) == 1
    survey.write_text("enterprise,direction,name,quantity,unit\nFarm,input,Whey,100,t\n",
                      encoding="utf-8")
    for _ in range(2):
        assert main(["import-survey", str(path), str(survey), "--new-park", "South"]) == 0
    workspace = open_workspace(path, read_only=True)
    try:
        with workspace.session() as session:
            assert session.scalars(sa.select(Park.name).where(Park.name == "South")).all() \
                == ["South"]
    finally:
        workspace.close()


def test_hand_over_folders_left_by_version_0_1_0_go_when_a_day_old(tmp_path):
    old, fresh = tmp_path / ".handover-ab12cd34", tmp_path / ".handover-ef56gh78"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "audit.sqlite").write_bytes(b"half")
    os.utime(old, (0, 0))
    write_safely(tmp_path / "r.txt", lambda target: target.write_text("x"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, "r.txt"]


def test_pull_makes_its_new_file_only_when_it_worked(tmp_path, capsys, english):
    target = tmp_path / "team.sqlite"
    assert main(["pull", str(target), "postgresql://nobody@127.0.0.1:1/recp"]) == 1
    assert "127.0.0.1" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
