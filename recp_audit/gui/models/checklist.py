"""Item model of one checklist: sections with their items, answers and marks.

Answering an item updates its row and its section's row in place; filtering
(unanswered, findings, with photos) and skip logic run in the proxy, so the
page never reloads while the user answers.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import (QBrush, QColor, QIcon, QPainter, QPixmap, QStandardItem,
                           QStandardItemModel)

from recp_audit.checklists.scoring import (STATUS_LABELS, AnswerValue, is_finding, score_template,
                                           visible_items)
from recp_audit.checklists.template import Item
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import unit_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 10  # item id on item rows, "" on section rows
SECTION_ROLE = Qt.ItemDataRole.UserRole + 11

FILTERS = {
    "all": QT_TRANSLATE_NOOP("Checklist", "All items"),
    "unanswered": QT_TRANSLATE_NOOP("Checklist", "Unanswered"),
    "findings": QT_TRANSLATE_NOOP("Checklist", "Findings"),
    "photos": QT_TRANSLATE_NOOP("Checklist", "With photos"),
}
FINDING_COLOUR = QColor("#b3261e")
DONE_COLOUR = QColor("#1b6e20")


def format_number(value: float) -> str:
    """A number as typed on site: no trailing zeros, the language's decimal sign."""
    from PySide6.QtCore import QLocale

    text = f"{value:.6g}"
    return text.replace(".", QLocale().decimalPoint()) if "e" not in text else text


def answer_text(item: Item, answer: AnswerValue, language: str) -> str:
    """The answer as shown in the list."""
    if answer.status:
        return QCoreApplication.translate("Checklist", STATUS_LABELS[answer.status])
    if answer.number is not None:
        return f"{format_number(answer.number)} {unit_label(answer.unit, language)}".strip()
    if answer.choices:
        labels = {choice.value: choice.label.get(language) for choice in item.choices}
        return ", ".join(labels.get(value, value) for value in answer.choices)
    return answer.text.replace("\n", " ")[:80]


@functools.cache
def camera_icon() -> QIcon:
    """A small camera drawn once (emoji are missing from many fonts)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#333"))
    painter.setBrush(QColor("#666"))
    painter.drawRoundedRect(1, 4, 14, 10, 2, 2)
    painter.drawRect(5, 2, 5, 3)
    painter.setBrush(QColor("#ddd"))
    painter.drawEllipse(5, 6, 6, 6)
    painter.end()
    return QIcon(pixmap)


class ChecklistModel(QStandardItemModel):
    """Sections (top rows) and items (children): label, answer, marks."""

    def __init__(self, state, language: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.language = language
        self.rows: dict[str, list[QStandardItem]] = {}
        self.sections: dict[str, list[QStandardItem]] = {}
        self.visible: set[str] = set()
        self.setHorizontalHeaderLabels([QCoreApplication.translate("Checklist", "Item"),
                                        QCoreApplication.translate("Checklist", "Answer"), ""])
        root = self.invisibleRootItem()
        number = 0
        for section in state.template.sections:
            row = [QStandardItem(section.title.get(language)), QStandardItem(), QStandardItem()]
            for cell in row:
                cell.setEditable(False)
                cell.setData("", ITEM_ROLE)
                cell.setData(section.id, SECTION_ROLE)
            font = row[0].font()
            font.setBold(True)
            row[0].setFont(font)
            root.appendRow(row)
            self.sections[section.id] = row
            for item in section.items:
                number += 1
                cells = [QStandardItem(f"{number}. {item.label.get(language)}"), QStandardItem(),
                         QStandardItem()]
                for cell in cells:
                    cell.setEditable(False)
                    cell.setData(item.id, ITEM_ROLE)
                    cell.setData(section.id, SECTION_ROLE)
                cells[0].setToolTip(item.label.get(language))
                row[0].appendRow(cells)
                self.rows[item.id] = cells
        self.refresh()

    def refresh(self, item_id: str | None = None) -> None:
        """Update one item's row (or all) and every section's progress after a change."""
        template, state = self.state.template, self.state
        self.visible = {item.id for item in visible_items(template, state.answers)}
        for item in ([template.item(item_id)] if item_id else template.items):
            self._show_item(item)
        score = score_template(template, state.answers)
        for section_id, row in self.sections.items():
            section = score.sections[section_id]
            percent = f" · {section.percent:.0f} %" if section.percent is not None else ""
            row[1].setText(f"{section.answered}/{section.visible}{percent}")
            row[1].setForeground(QBrush(DONE_COLOUR if section.visible and
                                        section.answered == section.visible else QColor("#555")))
        self.score = score

    def _show_item(self, item: Item) -> None:
        answer = self.state.answers.get(item.id, AnswerValue())
        cells = self.rows[item.id]
        cells[1].setText(answer_text(item, answer, self.language))
        finding = is_finding(item, answer)
        cells[1].setForeground(QBrush(FINDING_COLOUR if finding else QColor("#000")))
        marks = []
        if finding:
            marks.append("⚑")
        photos = self.state.photos.get(item.id, 0)
        cells[2].setIcon(camera_icon() if photos else QIcon())
        if photos:
            marks.append(str(photos))
        if self.state.notes.get(item.id):
            marks.append("✎")
        if item.required and not answer.answered:
            marks.append("*")
        cells[2].setText(" ".join(marks))


class ChecklistFilter(QSortFilterProxyModel):
    """Hides items skipped by the answers and those outside the chosen filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = "all"
        self.setRecursiveFilteringEnabled(False)

    def set_mode(self, mode: str) -> None:
        """Show all items, or only unanswered ones, findings or items with photos."""
        self.mode = mode
        self.refilter()

    def refilter(self) -> None:
        """Apply the filter again after answers changed."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):  # noqa: N802 - Qt override
        model: ChecklistModel = self.sourceModel()
        index = model.index(row, 0, parent)
        item_id = index.data(ITEM_ROLE)
        if not item_id:  # a section: shown when any of its items is
            return any(self.filterAcceptsRow(child, index) for child in range(
                model.rowCount(index)))
        if item_id not in model.visible:
            return False
        state = model.state
        answer = state.answers.get(item_id, AnswerValue())
        if self.mode == "unanswered":
            return not answer.answered
        if self.mode == "findings":
            return is_finding(state.template.item(item_id), answer)
        if self.mode == "photos":
            return bool(state.photos.get(item_id))
        return True
