"""The self-diagnosis report for a RECP club member: two to four pages in plain
language, Russian first: the score, strong and weak areas, and what to do next
(the improvements the checklists suggest for each finding, and the options the
member has worked out)."""

from __future__ import annotations

import datetime as dt
import uuid

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, Paragraph, Spacer

from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.progress import Progress
from recp_audit.reports.catalog import translate
from recp_audit.reports.format import number
from recp_audit.reports.pdf_assessment import (PAGE_WIDTH, Styles, _bar_chart, _Document,
                                               _escape, _numbered_canvas, _table,
                                               register_fonts)
from recp_audit.store.db import Workspace

STRONG, WEAK = 70.0, 60.0  # area scores (%) called strong and to improve
MAX_STEPS = 12  # the improvements listed, most important first
INTRO = QT_TRANSLATE_NOOP(
    "SelfReport", "This short report sums up your answers to the RECP checklists. It shows "
    "where your enterprise already works well, where it loses energy, water or materials, and "
    "what to do first. No instrument measurements are needed.")
SCORE_LINE = QT_TRANSLATE_NOOP(
    "SelfReport", "{score} % of good practice ({answered} of {visible} questions answered)")
AREA_LINE = QT_TRANSLATE_NOOP("SelfReport", "{area}: {score} %")
NO_STRONG = QT_TRANSLATE_NOOP("SelfReport", "None yet: no area scores {limit} % or more.")
NO_WEAK = QT_TRANSLATE_NOOP("SelfReport", "None: every area scores {limit} % or more.")
POINT_TO = QT_TRANSLATE_NOOP(
    "SelfReport", "Your answers point to these improvements, most important first:")
NO_ANSWERS = QT_TRANSLATE_NOOP(
    "SelfReport", "No answers yet: fill in the checklists first, then make this report again.")
CLOSING = QT_TRANSLATE_NOOP(
    "SelfReport", "Made on {date}. Discuss the results in your RECP club: an expert assessment "
    "with measurements can put numbers on each improvement.")
# The shorter texts, marked for Qt Linguist (translated by `_s`).
TEXTS = (
    QT_TRANSLATE_NOOP("SelfReport", "Self-diagnosis: resource efficiency and cleaner production"),
    QT_TRANSLATE_NOOP("SelfReport", "Your overall score"),
    QT_TRANSLATE_NOOP("SelfReport", "Score by area, %"),
    QT_TRANSLATE_NOOP("SelfReport", "Strong areas"),
    QT_TRANSLATE_NOOP("SelfReport", "Areas to improve"),
    QT_TRANSLATE_NOOP("SelfReport", "What to do next"),
    QT_TRANSLATE_NOOP("SelfReport", "Improvements you have worked out"),
    QT_TRANSLATE_NOOP("SelfReport", "Improvement"),
    QT_TRANSLATE_NOOP("SelfReport", "Saving a year, {currency}"),
    QT_TRANSLATE_NOOP("SelfReport", "Pays back in, years"),
    QT_TRANSLATE_NOOP("SelfReport", "Answer given: {answer}"),
)


def _s(source: str, language: str) -> str:
    return translate("SelfReport", source, language)


def build_self_diagnosis_pdf(workspace: Workspace, audit_id: uuid.UUID, target, language: str,
                             progress: Progress | None = None) -> int:
    """Write the self-diagnosis report of the audit to `target`; the page count."""
    from recp_audit.model import Audit, Enterprise
    from recp_audit.services import checklists, records
    from recp_audit.services.options import options

    progress = progress or Progress()
    register_fonts()
    styles = Styles.make(language)
    audit = records.values_of(workspace, Audit, audit_id)
    enterprise = records.values_of(workspace, Enterprise, audit["enterprise_id"])["name"]
    results = checklists.results(workspace, audit_id)
    infos = [info for info in options(workspace, audit_id) if info.money is not None]
    progress(0.4)
    story = [NextPageTemplate("body"),
             Paragraph(_escape(_s("Self-diagnosis: resource efficiency and cleaner production",
                                  language)), styles.h1),
             Paragraph(f"<b>{_escape(enterprise)}</b> — {_escape(audit['title'])}", styles.body),
             Paragraph(_escape(_s(INTRO, language)), styles.body), Spacer(1, 3 * mm)]
    overall = results.overall
    if not overall.answered:
        story.append(Paragraph(_escape(_s(NO_ANSWERS, language)), styles.warn))
    else:
        _scores(story, results, styles, language)
        _next_steps(story, results, infos, audit.get("currency") or "", styles, language)
    story += [Spacer(1, 4 * mm), Paragraph(_escape(_s(CLOSING, language).format(
        date=dt.date.today().strftime("%d.%m.%Y"))), styles.small)]
    document = _Document(target, f"{enterprise} · {audit['title']}", styles,
                         title=audit["title"], author="recp-audit")
    document.build(story, canvasmaker=_numbered_canvas(language, first_page=True))
    progress(1.0)
    return document.page


def _scores(story, results, styles, language) -> None:
    from recp_audit.choices import RESOURCE_AREA_LABELS

    overall = results.overall
    story.append(Paragraph(_escape(_s("Your overall score", language)), styles.h2))
    story.append(Paragraph(f"<font size=22><b>{number(overall.percent, language)} %</b></font>",
                           styles.body))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(_escape(_s(SCORE_LINE, language).format(
        score=number(overall.percent, language), answered=overall.answered,
        visible=overall.visible)), styles.body))
    scored = [(translate("Enum", RESOURCE_AREA_LABELS[area], language), score.percent)
              for area, score in results.areas.items() if score.percent is not None]
    if scored:
        story.append(_bar_chart([name for name, _ in scored],
                                [round(value) for _, value in scored],
                                _s("Score by area, %", language), PAGE_WIDTH, horizontal=True,
                                height=max(45, 12 * len(scored) + 25) * mm))
    strong = [(n, v) for n, v in scored if v >= STRONG]
    weak = sorted(((n, v) for n, v in scored if v < WEAK), key=lambda pair: pair[1])
    for heading, chosen, empty, limit in (
            ("Strong areas", strong, NO_STRONG, STRONG), ("Areas to improve", weak, NO_WEAK, WEAK)):
        story.append(Paragraph(_escape(_s(heading, language)), styles.h2))
        if not chosen:
            story.append(Paragraph(_escape(_s(empty, language).format(limit=number(
                limit, language))), styles.body))
        for name, value in chosen:
            story.append(Paragraph("• " + _escape(_s(AREA_LINE, language).format(
                area=name, score=number(value, language))), styles.body))


def _next_steps(story, results, infos, currency, styles, language) -> None:
    from recp_audit.checklists.scoring import STATUS_LABELS

    story.append(Paragraph(_escape(_s("What to do next", language)), styles.h2))
    suggested = sorted((f for f in results.findings if f.item.option is not None),
                       key=lambda f: -f.item.weight)
    if suggested:
        story.append(Paragraph(_escape(_s(POINT_TO, language)), styles.body))
    seen: set[str] = set()
    for finding in suggested:
        if len(seen) == MAX_STEPS:
            break
        title = finding.item.option.title.get(language)
        if title in seen:
            continue
        seen.add(title)
        answer = translate("Checklist", STATUS_LABELS[finding.answer.status], language) \
            if finding.answer.status in STATUS_LABELS else ""
        given = _s("Answer given: {answer}", language).format(answer=answer)
        detail = finding.item.label.get(language) + (f" — {given}" if answer else "")
        story.append(Paragraph(f"• <b>{_escape(title)}</b><br/>"
                               f"<font size=8>{_escape(detail)}</font>", styles.body))
    if infos:
        story.append(Paragraph(_escape(_s("Improvements you have worked out", language)),
                               styles.h2))
        rows = [[_s("Improvement", language),
                 _s("Saving a year, {currency}", language).format(currency=currency),
                 _s("Pays back in, years", language)]]
        for info in sorted(infos, key=lambda i: -float(i.money.magnitude)):
            rows.append([info.title, number(float(info.money.magnitude), language),
                         number(info.payback, language, 1)])
        story.append(_table(rows, [104 * mm, 40 * mm, 30 * mm], styles, numeric_from=1))
