"""Answering checklists: validation, immediate storage, pinning, photos, options."""

from __future__ import annotations

import struct
import zlib

import pytest
import sqlalchemy as sa

from recp_audit.checklists.loader import parse_yaml
from recp_audit.messages import ValidationError
from recp_audit.model import Answer, Option, Photo, RowVersion
from recp_audit.services import checklists, photos, records
from recp_audit.model import Audit, Enterprise

from tests.checklists.test_template import GOOD

TEMPLATE = parse_yaml(GOOD, "good.yaml")


def png(width: int = 2, height: int = 2, shade: int = 0) -> bytes:
    """A small valid PNG."""
    raw = b"".join(b"\x00" + bytes([shade, 0, 0]) * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                            0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def checklist(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "Молокозавод"})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "Аудит"})
    [checklist_id] = checklists.attach(workspace, audit, [TEMPLATE])
    return checklist_id


def test_attach_pins_template_and_does_not_duplicate(workspace, checklist):
    state = checklists.load(workspace, checklist)
    assert (state.template.id, state.template.version) == ("test.air", 2)
    assert state.template.content_hash == TEMPLATE.content_hash
    assert checklists.attach(workspace, state.audit_id, [TEMPLATE]) == []


def test_answers_are_stored_at_once_and_scored(workspace, checklist):
    checklists.set_answer(workspace, checklist, "leaks", status="partial")
    checklists.set_answer(workspace, checklist, "pressure", number="6,5")
    checklists.set_answer(workspace, checklist, "dryer", choices=("fridge",))
    checklists.set_note(workspace, checklist, "leaks", "Шипит у К-2")
    state = checklists.load(workspace, checklist)
    assert state.answers["pressure"].number == 6.5 and state.answers["pressure"].unit == "bar"
    assert state.notes == {"leaks": "Шипит у К-2"}
    assert state.score().total.percent == pytest.approx(75.0)


def test_incompatible_unit_is_refused_and_old_answer_kept(workspace, checklist):
    checklists.set_answer(workspace, checklist, "pressure", number="650 kPa")
    with pytest.raises(ValidationError) as caught:
        checklists.set_answer(workspace, checklist, "pressure", number="5 kg")
    assert "mass, not pressure" in str(caught.value) and caught.value.field == "pressure"
    assert checklists.load(workspace, checklist).answers["pressure"].number == 650


@pytest.mark.parametrize("kwargs", [
    {"status": "maybe"}, {"choices": ("gas",)}, {"number": "seven"},
])
def test_other_bad_answers(workspace, checklist, kwargs):
    item = "dryer" if "choices" in kwargs else "pressure" if "number" in kwargs else "leaks"
    with pytest.raises(ValidationError):
        checklists.set_answer(workspace, checklist, item, **kwargs)


def test_not_applicable_on_a_number_item(workspace, checklist):
    value = checklists.set_answer(workspace, checklist, "pressure", status="na")
    assert value.excluded


def test_same_answer_twice_writes_one_version(workspace, checklist):
    checklists.set_answer(workspace, checklist, "leaks", status="yes")
    checklists.set_answer(workspace, checklist, "leaks", status="yes")
    with workspace.session() as session:
        count = session.scalar(sa.select(sa.func.count()).select_from(RowVersion).where(
            RowVersion.entity == "checklist_answer"))
    assert count == 1


def test_newer_template_does_not_change_pinned_answers(workspace, checklist, tmp_path):
    checklists.set_answer(workspace, checklist, "leaks", status="no")
    newer = parse_yaml(GOOD.replace("version: 2", "version: 3").replace(
        "weight: 2", "weight: 5"), "v3.yaml")
    from recp_audit.checklists.loader import Library

    state = checklists.load(workspace, checklist, Library({newer.id: newer}, []))
    assert state.newer_version == 3 and state.template.item("leaks").weight == 2
    checklists.move_to_version(workspace, checklist, newer)
    state = checklists.load(workspace, checklist)
    assert state.template.version == 3 and state.answers["leaks"].status == "no"
    with pytest.raises(ValidationError):
        checklists.move_to_version(workspace, checklist, TEMPLATE)


def test_photos_stored_once_by_hash(workspace, checklist):
    data = png()
    first = checklists.add_photo(workspace, checklist, "leaks", data, "/tmp/IMG_1.png")
    checklists.add_photo(workspace, checklist, "pressure", data, "IMG_1 copy.png")
    with workspace.session() as session:
        assert session.scalar(sa.text("select count(*) from blob")) == 1
    infos = checklists.item_photos(workspace, checklist, "leaks")
    assert [(p.id, p.file_name) for p in infos] == [(first, "IMG_1.png")]
    assert photos.photo_bytes(workspace, infos[0].sha256) == data
    assert checklists.load(workspace, checklist).photos == {"leaks": 1, "pressure": 1}
    photos.remove_photo(workspace, first)
    assert checklists.item_photos(workspace, checklist, "leaks") == []


def test_a_20_mb_photo_is_refused_with_its_name_and_size(workspace, checklist):
    big = b"\xff\xd8\xff\xe0" + bytes(20 * 2**20)
    with pytest.raises(ValidationError, match=r"DSC_0001.JPG is 20.0 MB.*at most 8 MB"):
        checklists.add_photo(workspace, checklist, "leaks", big, "DSC_0001.JPG")
    with pytest.raises(ValidationError, match="not a picture"):
        checklists.add_photo(workspace, checklist, "leaks", b"%PDF-1.7", "scan.pdf")
    assert checklists.item_photos(workspace, checklist, "leaks") == []


def test_finding_becomes_a_draft_option_once(workspace, checklist):
    checklists.set_answer(workspace, checklist, "leaks", status="no")
    checklists.set_note(workspace, checklist, "leaks", "3 утечки на ресивере")
    audit = checklists.load(workspace, checklist).audit_id
    result = checklists.results(workspace, audit)
    [finding] = result.findings
    assert finding.item.id == "leaks" and finding.option_id is None
    option_id = checklists.draft_option(workspace, checklist, "leaks", "ru")
    assert checklists.draft_option(workspace, checklist, "leaks", "ru") == option_id
    with workspace.session() as session:
        option = session.get(Option, option_id)
        assert option.title == "Устранить утечки"
        assert option.category.value == "good_housekeeping" and option.calculator == "air-leak"
        assert "3 утечки на ресивере" in option.description
    assert checklists.results(workspace, audit).findings[0].option_id == option_id


def test_detach_and_audit_delete_tombstone_answers_and_photos(workspace, checklist):
    checklists.set_answer(workspace, checklist, "leaks", status="no")
    checklists.add_photo(workspace, checklist, "leaks", png(), "a.png")
    audit = checklists.load(workspace, checklist).audit_id
    impact = records.deletion_impact(workspace, Audit, audit)
    assert impact["checklist"] == 1 and impact["checklist_answer"] == 1 and impact["photo"] == 1
    checklists.detach(workspace, checklist)
    assert checklists.of_audit(workspace, audit) == []
    with workspace.session() as session:
        assert session.scalars(sa.select(Answer)).all() == []
        assert session.scalars(sa.select(Photo)).all() == []


def test_demo_audits_have_answered_checklists_with_findings_and_photos(demo):
    from recp_audit.services import navigation

    audits = [(e.name, a) for p in navigation.load_tree(demo) for e in p.enterprises
              for a in e.audits]
    answered = {name: checklists.results(demo, audit.id) for name, audit in audits}
    bakery = next(r for n, r in answered.items() if "хлебозавод" in n)
    assert bakery.overall.answered == bakery.overall.visible and bakery.findings
    assert all(s.template.audience == "self_diagnosis" for s in bakery.checklists)
    expert = [r for n, r in answered.items() if "хлебозавод" not in n]
    assert sum(bool(r.findings) for r in expert) == 3  # the planned audit is not started
    assert all(len(r.checklists) >= 4 for r in expert)
    with demo.session() as session:
        assert session.query(Photo).count() == 3
        assert session.query(Option).count() >= 4
