"""Checklist results: scores by checklist and area with the findings (expert), and a
plain-language result with recommendations for a club member's self-diagnosis."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from recp_audit.choices import CP_CATEGORY_LABELS, RESOURCE_AREA_LABELS
from recp_audit.gui import i18n
from recp_audit.gui.i18n import label
from recp_audit.gui.models.checklist import answer_text
from recp_audit.gui.plots.scores import ScoreChart, score_colour
from recp_audit.messages import RecpError

FINDING_ROLE = Qt.ItemDataRole.UserRole


def _page_body(page: QScrollArea, title: str, back: Callable[[], None]) -> QVBoxLayout:
    """Give a results page its scrolling body and the back button with the heading."""
    page.setWidgetResizable(True)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(24, 16, 24, 16)
    row = QHBoxLayout()
    back_button = QPushButton(QCoreApplication.translate("ResultsPage", "← Checklists"))
    back_button.clicked.connect(back)
    row.addWidget(back_button)
    heading = QLabel(title)
    heading.setObjectName("heading")
    heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
    row.addWidget(heading, 1)
    layout.addLayout(row)
    page.setWidget(body)
    return layout


class ResultsPage(QScrollArea):
    """Expert view: overall, per area and per checklist scores; every finding."""

    def __init__(self, workspace, audit_id: uuid.UUID, language: str,
                 back: Callable[[], None], parent: QWidget | None = None):
        from recp_audit.services import checklists

        super().__init__(parent)
        self.workspace, self.audit_id, self.language = workspace, audit_id, language
        layout = _page_body(self, self.tr("Checklist results"), back)
        results = checklists.results(workspace, audit_id)
        overall = results.overall
        summary = QLabel(self.tr(
            "Overall score {score} · {answered} of {visible} items answered · {na} not "
            "applicable · {ne} not evaluated · {findings} findings").format(
            score="—" if overall.percent is None else f"{overall.percent:.0f} %",
            answered=overall.answered, visible=overall.visible, na=overall.not_applicable,
            ne=overall.not_evaluated, findings=overall.findings))
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        summary.setStyleSheet("font-size: 11pt;")
        layout.addWidget(summary)

        self.chart = ScoreChart()
        self.chart.setObjectName("chart")
        self.chart.set_scores([(state.template.title.get(language),
                                results.scores[state.id].total.percent)
                               for state in results.checklists], self.tr("score, %"))
        layout.addWidget(self.chart)

        areas = QTreeWidget()
        areas.setObjectName("areas")
        areas.setRootIsDecorated(False)
        areas.setHeaderLabels([self.tr("Area"), self.tr("Score"), self.tr("Answered"),
                               self.tr("Not applicable"), self.tr("Not evaluated"),
                               self.tr("Findings")])
        for area, score in results.areas.items():
            row = QTreeWidgetItem([label(RESOURCE_AREA_LABELS[area]),
                                   "—" if score.percent is None else f"{score.percent:.0f} %",
                                   f"{score.answered} / {score.visible}",
                                   str(score.not_applicable), str(score.not_evaluated),
                                   str(score.findings)])
            areas.addTopLevelItem(row)
        areas.setFixedHeight(30 + 24 * max(len(results.areas), 1))
        areas.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(areas)

        layout.addWidget(QLabel(self.tr("Findings")))
        self.findings = QTreeWidget()
        self.findings.setObjectName("findings")
        self.findings.setRootIsDecorated(False)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.findings.setHeaderLabels([self.tr("Checklist"), self.tr("Item"), self.tr("Answer"),
                                       self.tr("Note"), self.tr("Suggested option")])
        self.findings.setMinimumHeight(260)
        self._fill_findings(results)
        layout.addWidget(self.findings, 1)
        if not workspace.read_only:
            draft = QPushButton(self.tr("Create draft options for the selected findings"))
            draft.setObjectName("draft_options")
            draft.clicked.connect(self.draft_selected)
            row = QHBoxLayout()
            row.addWidget(draft)
            row.addStretch(1)
            layout.addLayout(row)

    def _fill_findings(self, results) -> None:
        self.findings.clear()
        for finding in results.findings:
            option = finding.item.option
            suggested = option.title.get(self.language) if option else ""
            if finding.option_id:
                suggested = self.tr("✓ drafted: {title}").format(
                    title=suggested or finding.item.label.get(self.language))
            elif option:
                suggested += f" ({label(CP_CATEGORY_LABELS[option.category])})"
            row = QTreeWidgetItem([finding.template.title.get(self.language),
                                   finding.item.label.get(self.language),
                                   answer_text(finding.item, finding.answer, self.language),
                                   finding.note, suggested])
            row.setData(0, FINDING_ROLE, (finding.checklist_id, finding.item.id))
            for column in range(5):
                row.setToolTip(column, row.text(column))
            self.findings.addTopLevelItem(row)
        header = self.findings.header()
        header.resizeSection(0, 170)
        header.resizeSection(1, 330)
        header.resizeSection(2, 90)
        header.resizeSection(3, 150)

    def draft_selected(self) -> None:
        """Create a draft improvement option from each selected finding."""
        from recp_audit.services import checklists

        selected = [row.data(0, FINDING_ROLE) for row in self.findings.selectedItems()]
        if not selected:
            QMessageBox.information(self, self.tr("Draft options"), self.tr(
                "Select one or more findings first."))
            return
        try:
            for checklist_id, item_id in selected:
                checklists.draft_option(self.workspace, checklist_id, item_id, self.language)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Draft options"), i18n.text(exc.message))
        self._fill_findings(checklists.results(self.workspace, self.audit_id))


class SelfDiagnosisPage(QScrollArea):
    """A club member's result: score, strong and weak areas, what to do next."""

    def __init__(self, workspace, audit_id: uuid.UUID, language: str,
                 back: Callable[[], None], parent: QWidget | None = None):
        from recp_audit.services import checklists

        super().__init__(parent)
        layout = _page_body(self, self.tr("Your self-diagnosis result"), back)
        results = checklists.results(workspace, audit_id)
        overall = results.overall
        score = QLabel("—" if overall.percent is None else f"{overall.percent:.0f} %")
        score.setObjectName("score")
        colour = score_colour(overall.percent or 0).name()
        score.setStyleSheet(f"font-size: 40pt; font-weight: 700; color: {colour};")
        row = QHBoxLayout()
        row.addWidget(score)
        verdict = QLabel(self._verdict(overall.percent))
        verdict.setObjectName("verdict")
        verdict.setWordWrap(True)
        verdict.setStyleSheet("font-size: 13pt;")
        row.addWidget(verdict, 1)
        layout.addLayout(row)
        if overall.unanswered:
            missing = QLabel(self.tr("{count} questions are not answered yet; the result "
                                     "counts only the answered ones.").format(
                                         count=overall.unanswered))
            missing.setStyleSheet("color: #a15c00;")
            missing.setWordWrap(True)
            layout.addWidget(missing)

        scored = {area: s.percent for area, s in results.areas.items() if s.percent is not None}
        strong = [label(RESOURCE_AREA_LABELS[a]) + f" ({p:.0f} %)"
                  for a, p in sorted(scored.items(), key=lambda kv: -kv[1]) if p >= 75]
        weak = [label(RESOURCE_AREA_LABELS[a]) + f" ({p:.0f} %)"
                for a, p in sorted(scored.items(), key=lambda kv: kv[1]) if p < 50]
        facts = QLabel(
            "<p><b>" + self.tr("Strong areas:") + "</b> " + (", ".join(strong) or self.tr(
                "none yet (an area is strong from 75 %)")) + "</p><p><b>"
            + self.tr("Areas to work on first:") + "</b> " + (", ".join(weak) or self.tr(
                "none below 50 %")) + "</p>")
        facts.setObjectName("areas")
        facts.setWordWrap(True)
        facts.setStyleSheet("font-size: 11pt;")
        layout.addWidget(facts)
        chart = ScoreChart()
        chart.setObjectName("chart")
        chart.set_scores([(label(RESOURCE_AREA_LABELS[area]), score.percent)
                          for area, score in results.areas.items()], self.tr("score, %"))
        layout.addWidget(chart)

        heading = QLabel(self.tr("What to do next"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600; margin-top: 8px;")
        layout.addWidget(heading)
        recommendations = self.recommendations(results, language)
        text = QLabel("<ol>" + "".join(
            f"<li><b>{title}</b><br/><span style='color:#555'>{why}</span></li>"
            for title, why in recommendations) + "</ol>" if recommendations else self.tr(
            "No recommendations: every answered question shows good practice."))
        text.setObjectName("recommendations")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setStyleSheet("font-size: 11pt;")
        layout.addWidget(text)
        layout.addStretch(1)

    def _verdict(self, percent: float | None) -> str:
        if percent is None:
            return self.tr("Answer the questions to see your result.")
        if percent >= 75:
            return self.tr("A good level. Keep it up, and look at the few points below.")
        if percent >= 50:
            return self.tr("A fair level with clear room to improve. The steps below are "
                           "where to start.")
        return self.tr("Large potential for savings. Start with the first steps below; most "
                       "cost little or nothing.")

    def recommendations(self, results, language: str) -> list[tuple[str, str]]:
        """(what to do, why) for each finding, most important (heaviest, then "no") first."""
        findings = sorted(results.findings,
                          key=lambda f: (-f.item.weight, f.answer.status != "no"))
        seen, items = set(), []
        for finding in findings:
            option = finding.item.option
            title = option.title.get(language) if option else finding.item.label.get(language)
            if title in seen:
                continue
            seen.add(title)
            why = self.tr("Your answer to «{question}»: {answer}").format(
                question=finding.item.label.get(language),
                answer=answer_text(finding.item, finding.answer, language))
            items.append((title, why))
        return items
