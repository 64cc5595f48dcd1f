"""The lead's view of an audit's team work, read from the version logs: who answered
which checklist sections and who measured at which points (coverage matrices), and
warnings where two experts answered the same item differently or measured the same
quantity at one point with results that do not agree within their uncertainty."""

from __future__ import annotations

import statistics
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from recp_audit.checklists import loader
from recp_audit.measure.quantities import QUANTITIES
from recp_audit.messages import QT_TRANSLATE_NOOP, Message
from recp_audit.model import Answer, Checklist, MeasurementPoint, Reading, RowVersion, Series
from recp_audit.store.db import Workspace
from recp_audit.units import unit_label

ANSWER_FIELDS = ("status", "number", "choices", "text")
AGREEMENT = 0.05  # readings without a stated ± agree within 5 % of their mean


@dataclass
class Matrix:
    """Rows (sections or points) by people: how many items or measurements each made."""

    rows: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], int] = field(default_factory=dict)

    def count(self, row: str, person: str) -> int:
        """What `person` did in `row`."""
        return self.cells.get((row, person), 0)


@dataclass
class Coverage:
    """The two matrices and the disagreements found."""

    answers: Matrix
    measurements: Matrix
    warnings: list[Message]


def _versions(session, entity: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[RowVersion]]:
    found: dict[uuid.UUID, list[RowVersion]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        for version in session.scalars(sa.select(RowVersion).where(
                RowVersion.entity == entity, RowVersion.entity_id.in_(ids[start:start + 500]))
                .order_by(RowVersion.hlc)):
            found[version.entity_id].append(version)
    return found


def coverage(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Coverage:
    """Who did what in the audit, and where experts disagree."""
    warnings: list[Message] = []
    with workspace.session() as session:
        answers = _answer_matrix(session, audit_id, language, warnings)
        measurements = _measurement_matrix(session, audit_id, language, warnings)
    answers.people.sort()
    measurements.people.sort()
    return Coverage(answers, measurements, warnings)


def _answer_matrix(session, audit_id, language, warnings) -> Matrix:
    matrix = Matrix()
    checklists = session.scalars(sa.select(Checklist).where(Checklist.audit_id == audit_id)
                                 .order_by(Checklist.template_id)).all()
    for checklist in checklists:
        template = loader.from_pinned(checklist.template_data)
        sections = {item.id: (section, item) for section in template.sections
                    for item in section.items}
        for section in template.sections:
            matrix.rows.append(f"{template.title.get(language)} › {section.title.get(language)}")
        rows = session.scalars(sa.select(Answer).where(Answer.checklist_id == checklist.id)).all()
        logs = _versions(session, "checklist_answer", [row.id for row in rows])
        for row in rows:
            if row.item_id not in sections:
                continue
            section, item = sections[row.item_id]
            name = f"{template.title.get(language)} › {section.title.get(language)}"
            said: dict[str, tuple] = {}
            for version in logs[row.id]:
                value = tuple(str(version.data.get(key)) for key in ANSWER_FIELDS)
                if any(v not in ("None", "", "[]") for v in value):
                    said[version.author] = value
            for author in said:
                matrix.cells[(name, author)] = matrix.cells.get((name, author), 0) + 1
                if author not in matrix.people:
                    matrix.people.append(author)
            if len(set(said.values())) > 1:
                warnings.append(Message("Coverage", QT_TRANSLATE_NOOP(
                    "Coverage", "{item}: answered differently by {people}"),
                    {"item": f"{name} › {item.label.get(language)}",
                     "people": ", ".join(sorted(said))}))
    return matrix


def _measurement_matrix(session, audit_id, language, warnings) -> Matrix:
    matrix = Matrix()
    points = session.scalars(sa.select(MeasurementPoint).where(
        MeasurementPoint.audit_id == audit_id).order_by(MeasurementPoint.name)).all()
    for point in points:
        matrix.rows.append(point.name)
        readings = session.scalars(sa.select(Reading).where(Reading.point_id == point.id)).all()
        series = session.scalars(sa.select(Series).where(Series.point_id == point.id)).all()
        makers = {**{k: v[0].author for k, v in _versions(
                      session, "reading", [r.id for r in readings]).items()},
                  **{k: v[0].author for k, v in _versions(
                      session, "series", [s.id for s in series]).items()}}
        by_quantity: dict[tuple[str, str], dict[str, list[Reading]]] = defaultdict(
            lambda: defaultdict(list))
        for made in [*readings, *series]:
            author = makers.get(made.id, "")
            matrix.cells[(point.name, author)] = matrix.cells.get((point.name, author), 0) + 1
            if author not in matrix.people:
                matrix.people.append(author)
            if isinstance(made, Reading):
                by_quantity[(made.quantity, made.unit)][author].append(made)
        for (quantity, unit), found in by_quantity.items():
            if len(found) > 1 and not _agree(found):
                known = QUANTITIES.get(quantity)
                warnings.append(Message("Coverage", QT_TRANSLATE_NOOP(
                    "Coverage", "{point}, {quantity} ({unit}): {people} measured values that "
                                "do not agree ({values})"),
                    {"point": point.name, "unit": unit_label(unit, language),
                     "quantity": Message("Quantity", known.label) if known else quantity,
                     "people": ", ".join(sorted(found)),
                     "values": "; ".join(f"{author}: {statistics.fmean(r.value for r in rows):.4g}"
                                         for author, rows in sorted(found.items()))}))
    return matrix


def _agree(found: dict[str, list[Reading]]) -> bool:
    """Each expert's mean lies within the others' combined ± (or 5 % when none is stated)."""
    means = {author: statistics.fmean(r.value for r in rows) for author, rows in found.items()}
    spreads = {author: max((r.uncertainty or 0.0) for r in rows) for author, rows in found.items()}
    overall = statistics.fmean(means.values())
    for first in means:
        for second in means:
            allowed = spreads[first] + spreads[second] or abs(overall) * AGREEMENT
            if abs(means[first] - means[second]) > allowed:
                return False
    return True
