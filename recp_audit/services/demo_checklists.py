"""Demo checklists: what the experts and the club member answered, found and photographed.

Each tenant gets the checklists that matter in its sector. The findings an
expert would really make there are written out with notes; the remaining
items are answered from a seeded generator so the demo is the same every time.
Photos are synthetic thermograms (hot pipes and valves), drawn here.
"""

from __future__ import annotations

import random
import struct
import uuid
import zlib

import numpy as np
import sqlalchemy as sa

from recp_audit.checklists.loader import load_library
from recp_audit.checklists.scoring import AnswerValue, visible_items
from recp_audit.model import Audit, AuditKind, AuditStatus, Enterprise
from recp_audit.services import checklists
from recp_audit.store.db import Workspace

# NACE code -> (templates, scripted answers {item: {answer..., note}}, photos {item: caption})
EXPERT = {
    "10.51": (["energy.steam", "energy.compressed_air", "energy.cooling", "water.use",
               "water.wastewater", "management.housekeeping"], {
        "b15": {"status": "no", "note": "Из 48 конденсатоотводчиков 9 пропускают пар "
                "(ультразвуковой контроль 14.10.2026), 3 забиты."},
        "b16": {"number": "9"},
        "b19": {"number": "45", "note": "Конденсат с пастеризаторов сбрасывается в канализацию."},
        "b03": {"number": "6,8"},
        "b04": {"number": "235"},
        "h05": {"status": "partial"},
        "a07": {"number": "7,8 bar", "note": "Все потребители работают от 6 бар."},
        "a14": {"status": "partial", "note": "Утечки у ресивера и в цехе розлива, слышны в "
                "перерыв."},
        "u02": {"status": "partial"},
        "s05": {"number": "2400 mg/l"},
        "s07": {"status": "no", "note": "Остатки творожной сыворотки смываются в трап."},
        "c09": {"status": "partial"},
        "g05": {"status": "no"},
    }, {"b15": "Тепловизор: пропускающий конденсатоотводчик КО-17, пастеризатор №2"}),
    "16.11": (["energy.motors", "energy.compressed_air", "emissions.air",
               "waste.management"], {}, {}),  # audit planned: nothing answered yet
    "28.30": (["energy.electricity", "energy.compressed_air", "energy.lighting",
               "materials.chemicals", "waste.management"], {
        "a07": {"number": "7,5 bar"},
        "a18": {"status": "no", "note": "Обдув деталей после мойки открытыми трубками, "
                "6 постов."},
        "l01": {"choices": ("old",)},
        "l02": {"status": "no", "note": "Сборочный цех: 64 светильника ДРЛ-400 на высоте 12 м."},
        "e10": {"number": "0,86"},
        "k11": {"status": "partial"},
        "x06": {"status": "partial"},
    }, {"l02": "Тепловизор: светильник ДРЛ-400 в сборочном цехе"}),
    "23.61": (["energy.motors", "energy.heat", "materials.raw", "water.intake",
               "emissions.air"], {
        "m09": {"status": "no", "note": "Насосы подачи воды в БСУ дросселируются задвижкой."},
        "h05": {"status": "partial", "note": "Паропроводы к пропарочным камерам: около 60 м "
                "без изоляции, DN80, 160 °C."},
        "r03": {"number": "97"},
        "w11": {"number": "0,6 m3/h"},
        "q11": {"status": "partial"},
    }, {"h05": "Тепловизор: неизолированный паропровод к пропарочной камере №3"}),
}
# Findings the demo experts already turned into draft options.
DRAFTED = ("b15", "a14", "l02", "h05")
SELF_DIAGNOSIS = ["self.energy", "self.water", "self.materials", "self.waste"]
SELF_ANSWERS = {
    "se09c": {"choices": ("yes",)}, "se11c": {"choices": ("yes",)},
    "se05": {"status": "partial", "note": "Тестомесы и вытяжка работают в обед."},
    "se09": {"status": "no", "note": "В цехе люминесцентные лампы, на складе — ДРЛ."},
    "sw10": {"status": "no"},
}


def _png(pixels: np.ndarray) -> bytes:
    """PNG bytes of an RGB image (height x width x 3, uint8)."""
    height, width, _ = pixels.shape
    raw = b"".join(b"\x00" + pixels[row].tobytes() for row in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b""))


def thermogram(seed: int, width: int = 400, height: int = 300) -> bytes:
    """A false-colour thermal image of a hot pipe with a hotter fitting."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(float)
    pipe_y = height * (0.45 + 0.1 * rng.random())
    field = 18 + 70 * np.exp(-((y - pipe_y) / (height * 0.07)) ** 2)
    spot_x = width * (0.3 + 0.4 * rng.random())
    field += 60 * np.exp(-(((x - spot_x) / (width * 0.06)) ** 2 + ((y - pipe_y) / (height * 0.1)) ** 2))
    field += rng.normal(0, 1.2, field.shape)
    level = np.clip((field - 15) / 140, 0, 1)
    stops = np.array([[0, 0, 0], [60, 0, 120], [200, 30, 60], [250, 140, 0], [255, 255, 200]],
                     dtype=float)
    position = level * (len(stops) - 1)
    low = np.floor(position).astype(int).clip(0, len(stops) - 2)
    fraction = (position - low)[..., None]
    pixels = stops[low] * (1 - fraction) + stops[low + 1] * fraction
    return _png(pixels.astype(np.uint8))


def _generated(item, rng: random.Random, favour: float) -> dict | None:
    """A plausible answer for an item the script does not fix (None: left unanswered)."""
    if item.type == "status":
        roll = rng.random()
        if roll < 0.08:
            return {"status": "na"}
        return {"status": "yes" if roll < 0.08 + favour else "partial" if roll < 0.08 + favour
                + (1 - favour) / 2 else "no"}
    if item.type == "number":
        limit = item.above if item.above is not None else item.below
        if limit is None:
            return None
        good = rng.random() < favour
        factor = rng.uniform(0.6, 0.95) if (item.above is not None) == good else \
            rng.uniform(1.05, 1.4)
        return {"number": f"{limit * factor:.3g}"}
    if item.type in ("single", "multiple"):
        return {"choices": (rng.choice(item.choices).value,)}
    return None


def _answer(workspace: Workspace, checklist_id: uuid.UUID, scripted: dict, seed: str,
            favour: float) -> None:
    state = checklists.load(workspace, checklist_id)
    rng = random.Random(seed)
    answers: dict[str, AnswerValue] = {}
    entries: dict[str, dict] = {}
    for item in state.template.items:  # in order, so skip logic sees earlier answers
        if item not in visible_items(state.template, answers):
            continue
        entry = scripted.get(item.id) or _generated(item, rng, favour)
        if entry is None:
            continue
        entries[item.id] = entry
        answers[item.id] = checklists.clean_answer(
            item, **{k: v for k, v in entry.items() if k != "note"})
    checklists.answer_many(workspace, checklist_id, entries)


def populate_checklists(workspace: Workspace) -> None:
    """Attach and answer the demo checklists of every demo audit."""
    library = load_library()
    with workspace.session() as session:
        audits = session.execute(sa.select(Audit.id, Audit.kind, Audit.status,
                                           Enterprise.nace_code).join(Enterprise)).all()
    photo_seed = 0
    for audit_id, kind, status, nace in audits:
        if kind == AuditKind.SELF_DIAGNOSIS:
            names, scripted, photos, favour = SELF_DIAGNOSIS, SELF_ANSWERS, {}, 0.5
        else:
            names, scripted, photos = EXPERT[nace]
            favour = 0.6
        ids = checklists.attach(workspace, audit_id, [library.templates[n] for n in names])
        if status == AuditStatus.PLANNED:
            continue
        for checklist_id, name in zip(ids, names):
            _answer(workspace, checklist_id, scripted, f"{nace}/{name}", favour)
            template = library.templates[name]
            for item_id, caption in photos.items():
                if any(item.id == item_id for item in template.items):
                    photo_seed += 1
                    checklists.add_photo(workspace, checklist_id, item_id,
                                         thermogram(photo_seed), f"IR_{photo_seed:04d}.png",
                                         caption)
            for item_id in DRAFTED:
                if any(item.id == item_id for item in template.items):
                    checklists.draft_option(workspace, checklist_id, item_id, "ru")
