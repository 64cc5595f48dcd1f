"""Streams and candidates in a workspace: statuses that survive re-runs, the demo park's
candidates, search, drafts from an audit, and every export."""

from __future__ import annotations

import json

import openpyxl
import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from recp_audit.choices import CandidateStatus
from recp_audit.cli import main
from recp_audit.model import Audit, Enterprise, Park, Stream
from recp_audit.services import records, symbiosis
from recp_audit.services.reports import ReportError, export_candidates


@pytest.fixture
def park(workspace):
    park_id = records.create(workspace, Park, {"name": "Park"})
    mill = records.create(workspace, Enterprise, {"name": "=Sawmill", "park_id": park_id,
                                                  "nace_code": "16.11", "latitude": 54.0,
                                                  "longitude": 28.0})
    pellets = records.create(workspace, Enterprise, {"name": "Pellet plant",
                                                     "park_id": park_id, "nace_code": "16.26",
                                                     "latitude": 54.05, "longitude": 28.0})
    symbiosis.add_stream(workspace, mill, {"direction": "output", "name": "Опилки",
                                           "ewc_code": "030105", "quantity": 3000,
                                           "unit": "t", "disposal_cost": 10})
    symbiosis.add_stream(workspace, pellets, {"direction": "input", "name": "Sawdust",
                                              "quantity": 5000, "unit": "t", "price": 25})
    return park_id


def demo_park(demo):
    with demo.session() as session:
        return session.scalars(sa.select(Park)).one().id


def test_the_ewc_entry_sets_the_code_and_hazard_flag(workspace, park):
    with workspace.session() as session:
        stream = session.scalars(sa.select(Stream).where(Stream.name == "Опилки")).one()
        assert (stream.ewc_code, stream.hazardous) == ("03 01 05", False)
    firm = records.create(workspace, Enterprise, {"name": "Paint shop", "park_id": park})
    paint = symbiosis.add_stream(workspace, firm, {"direction": "output", "name": "Sludge",
                                                   "ewc_code": "08 01 13"})
    assert records.values_of(workspace, Stream, paint)["hazardous"] is True
    assert records.values_of(workspace, Stream, paint)["ewc_code"] == "08 01 13*"


def test_statuses_and_notes_survive_a_re_run(workspace, park):
    (row,) = symbiosis.run(workspace, park)
    symbiosis.set_status(workspace, row, CandidateStatus.IN_TALKS, "call on Monday")
    with workspace.session() as session:
        stream = session.scalars(sa.select(Stream).where(Stream.name == "Sawdust")).one()
    records.update(workspace, Stream, stream.id, {"quantity": 2000})
    (again,) = symbiosis.run(workspace, park)
    assert again.id == row.id
    assert (again.status, again.notes) == (CandidateStatus.IN_TALKS, "call on Monday")
    assert "covers 100% of the need" in again.match.explanation("en")
    (listed,) = symbiosis.match(workspace, park)
    assert listed.status == CandidateStatus.IN_TALKS


def test_the_demo_park_gives_sensible_explained_candidates(demo):
    park = demo_park(demo)
    rows = symbiosis.match(demo, park)
    pairs = [(r.match.supplier.name, r.match.receiver.name) for r in rows]
    assert ("Стружка и обрезки стали", "Лом стальной и стружка") in pairs
    assert ("Сыворотка молочная подсырная", "Корма: сыворотка, дробина, хлеб") in pairs
    assert ("Бетонный бой и брак изделий", "Щебень из дроблёного бетона для оснований") in pairs
    assert all(r.match.supplier.party.in_park and r.match.receiver.party.in_park for r in rows)
    assert not any(r.match.supplier.hazardous for r in rows)
    statuses = {r.match.supplier.name: r.status for r in rows}
    assert statuses["Бетонный бой и брак изделий"] == CandidateStatus.IMPLEMENTED
    outside = symbiosis.match(demo, park, include_external=True)
    assert outside[0].match.supplier.party.name == "Борисовская ТЭЦ"
    assert outside[0].match.explanation("ru").startswith("тот же код отхода 10 01 02")


def test_search_by_material_and_by_sector(demo):
    park = demo_park(demo)
    found = symbiosis.search(demo, "стружка", park_id=park)
    assert {hit.stream.name for hit in found if hit.stream} == {
        "Стружка и обрезки стали", "Лом стальной и стружка"}
    users = [hit for hit in found if hit.stream is None]
    assert users == []  # the foundry is listed with its stream already
    scrap = symbiosis.search(demo, "scrap", park_id=park)
    assert [(hit.enterprise, hit.stream.name) for hit in scrap] == [
        ("ООО «Литейный завод Борисов»", "Лом стальной и стружка")]
    glass = symbiosis.search(demo, "cullet")
    assert glass == []  # nobody offers cullet and no glass maker is in the workspace
    assert symbiosis.search(demo, "опилки", sector="35") == []
    ash = symbiosis.search(demo, "fly ash", sector="23")
    assert [(hit.enterprise, hit.stream.name if hit.stream else None) for hit in ash] == [
        ("ОАО «Комбинат ЖБИ-Запад»", "Зола-унос для бетона")]
    by_code = symbiosis.search(demo, "12 01", park_id=park)
    assert [hit.stream.name for hit in by_code if hit.stream] == ["Стружка и обрезки стали"]
    whey = symbiosis.search(demo, "whey", sector="01")
    assert [hit.enterprise for hit in whey] == ["СПК «Агрокомбинат Зембинский»"]


def test_search_lists_the_sectors_that_use_a_material(workspace, park):
    board = records.create(workspace, Enterprise, {"name": "Board maker", "park_id": park,
                                                   "nace_code": "16.21"})
    found = symbiosis.search(workspace, "древесные опилки")
    assert [(hit.enterprise, hit.stream.name if hit.stream else None) for hit in found] == [
        ("=Sawmill", "Опилки"), ("Pellet plant", "Sawdust"), ("Board maker", None)]
    assert found[-1].enterprise_id == board
    assert found[-1].use_ru.startswith("производители пеллет и плит")
    assert [hit.enterprise for hit in symbiosis.search(workspace, "sawdust", "16.2")] == [
        "Pellet plant", "Board maker"]


def test_drafts_from_an_audit(demo):
    with demo.session() as session:
        audit = session.scalars(sa.select(Audit).join(Enterprise).where(
            Enterprise.name == "ОАО «Борисовский машиностроительный завод»")).one().id
    drafted = symbiosis.drafts(demo, audit, "en")
    names = [d["name"] for d in drafted]
    assert "стружка и обрезки стали" not in [n.lower() for n in names]  # a stream already
    heat = [d for d in drafted if str(d["kind"]) == "energy"]
    assert heat and all(d["unit"] == "MWh" and d["quantity"] > 0 for d in heat)
    assert heat[0]["name"].startswith("Surplus heat: ")
    waste = [d for d in drafted if str(d["kind"]) == "material"]
    assert all(d["ewc_code"] for d in waste)
    new = symbiosis.add_stream(demo, drafted[0].pop("enterprise_id"), drafted[0])
    assert new is not None
    assert drafted[0]["name"] not in [d["name"] for d in symbiosis.drafts(demo, audit, "en")]


def test_exports_in_every_format(workspace, park, tmp_path):
    symbiosis.run(workspace, park)
    data = json.loads(export_candidates(workspace, park, tmp_path / "c.json", "en")
                      .read_text("utf-8"))
    (candidate,) = data["candidates"]
    assert data["park"]["name"] == "Park"
    assert candidate["supplier"]["enterprise"] == "=Sawmill"
    assert candidate["receiver"]["stream"] == "Sawdust"
    assert candidate["estimates"]["tonnes_per_year"] == 3000
    assert candidate["estimates"]["money_per_year"] == pytest.approx(3000 * 35)
    assert "sawdust" in candidate["explanation"]["en"]
    again = json.loads(export_candidates(workspace, park, tmp_path / "d.json", "en")
                       .read_text("utf-8"))
    assert again["candidates"][0]["id"] == candidate["id"]
    book = openpyxl.load_workbook(export_candidates(workspace, park, tmp_path / "c.xlsx", "ru"))
    sheet = book.worksheets[0]
    assert sheet["C2"].value == "=Sawmill" and sheet["C2"].data_type == "s"
    assert book.worksheets[1].max_row == 3  # two streams
    csv_text = export_candidates(workspace, park, tmp_path / "c.csv", "ru",
                                 russian_excel=True).read_text("utf-8-sig")
    assert ";" in csv_text.splitlines()[0]
    pdf = PdfReader(export_candidates(workspace, park, tmp_path / "c.pdf", "ru"))
    text = pdf.pages[0].extract_text()
    assert "Опилки" in text and "Sawdust" in text
    with pytest.raises(ReportError, match=r"\.xlsx, \.csv, \.pdf or \.json"):
        export_candidates(workspace, park, tmp_path / "c.docx", "ru")


def test_cli_symbiosis_and_import_survey(tmp_path, capsys, english):
    demo = tmp_path / "demo.sqlite"
    assert main(["demo", "-o", str(demo)]) == 0
    out = tmp_path / "top.json"
    assert main(["symbiosis", str(demo), "--top", "3", "-o", str(out)]) == 0
    assert "3 candidates written" in capsys.readouterr().out
    assert len(json.loads(out.read_text("utf-8"))["candidates"]) == 3
    survey = tmp_path / "survey.csv"
    survey.write_text("enterprise,direction,name,quantity,unit\n"
                      "New farm,input,Whey,100,t\n,input,Nothing,1,t\n", encoding="utf-8")
    assert main(["import-survey", str(demo), str(survey), "--new-park", "South"]) == 1
    assert "row 3, column A (enterprise): the enterprise is not named" in \
        capsys.readouterr().err
    assert main(["import-survey", str(demo), str(survey), "--new-park", "South",
                 "--skip-bad-rows"]) == 0
    assert "Added 1 enterprises" in capsys.readouterr().out
    assert main(["symbiosis", str(demo), "--park", "nonsense", "-o", str(out)]) == 1
    assert "is not a park id" in capsys.readouterr().err


def test_park_report_and_audit_workbook_carry_the_symbiosis_tables(demo, tmp_path):
    from recp_audit.services.reports import export_park, export_workbook

    park = demo_park(demo)
    book = openpyxl.load_workbook(export_park(demo, park, tmp_path / "park.xlsx", "en", "xlsx"))
    assert book.sheetnames[-1] == "Symbiosis candidates"
    assert book["Symbiosis candidates"].max_row == 12  # header and 11 candidates
    pdf = PdfReader(export_park(demo, park, tmp_path / "park.pdf", "ru"))
    text = "".join(page.extract_text() for page in pdf.pages).replace("-\n", "")
    assert "Кандидаты симбиоза" in text and "Литейный" in text  # hyphenated in its cell
    with demo.session() as session:
        dairy = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    book = openpyxl.load_workbook(export_workbook(demo, dairy, tmp_path / "dairy.xlsx", "en"))
    streams = book["Streams"]
    assert {streams.cell(row, 5).value for row in range(2, streams.max_row + 1)} >= {
        "Сыворотка молочная подсырная", "Гофрокартон упаковочный"}


def test_the_demo_explanations_are_wholly_russian(demo):
    import re

    rows = symbiosis.match(demo, demo_park(demo), include_external=True)
    assert rows
    for row in rows:
        text = row.match.explanation("ru")
        # names (Asnæs) and codes (EN 450-1) may stay in Latin letters; English words may not
        assert not re.search(r"\b[a-z]{2,}\b", text), text
