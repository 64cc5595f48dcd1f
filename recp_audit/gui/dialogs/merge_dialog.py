"""The merge receipt as a table: per source and entity kind, the rows new, fast-forwarded,
merged automatically and in conflict; before a merge (dry run, with Merge and Cancel)
and after it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from recp_audit.gui.i18n import text
from recp_audit.merge.merge import KINDS
from recp_audit.messages import QT_TRANSLATE_NOOP

# What each mergeable table is called in the receipt.
ENTITY_LABELS = {
    "park": QT_TRANSLATE_NOOP("MergeDialog", "Parks"),
    "enterprise": QT_TRANSLATE_NOOP("MergeDialog", "Enterprises"),
    "person": QT_TRANSLATE_NOOP("MergeDialog", "People"),
    "audit": QT_TRANSLATE_NOOP("MergeDialog", "Audits"),
    "audit_member": QT_TRANSLATE_NOOP("MergeDialog", "Audit teams"),
    "checklist": QT_TRANSLATE_NOOP("MergeDialog", "Checklists"),
    "checklist_answer": QT_TRANSLATE_NOOP("MergeDialog", "Checklist answers"),
    "photo": QT_TRANSLATE_NOOP("MergeDialog", "Photos"),
    "option": QT_TRANSLATE_NOOP("MergeDialog", "Options"),
    "instrument": QT_TRANSLATE_NOOP("MergeDialog", "Instruments"),
    "measurement_point": QT_TRANSLATE_NOOP("MergeDialog", "Measurement points"),
    "reading": QT_TRANSLATE_NOOP("MergeDialog", "Readings"),
    "series": QT_TRANSLATE_NOOP("MergeDialog", "Logged series"),
    "series_channel": QT_TRANSLATE_NOOP("MergeDialog", "Series channels"),
    "baseline_entry": QT_TRANSLATE_NOOP("MergeDialog", "Baseline entries"),
    "tariff": QT_TRANSLATE_NOOP("MergeDialog", "Tariffs"),
    "stream": QT_TRANSLATE_NOOP("MergeDialog", "Streams"),
    "candidate": QT_TRANSLATE_NOOP("MergeDialog", "Symbiosis candidates"),
}
KIND_LABELS = (QT_TRANSLATE_NOOP("MergeDialog", "New"),
               QT_TRANSLATE_NOOP("MergeDialog", "Fast-forwarded"),
               QT_TRANSLATE_NOOP("MergeDialog", "Merged automatically"),
               QT_TRANSLATE_NOOP("MergeDialog", "Conflicts"))


def entity_label(entity: str) -> str:
    """The table's name for people."""
    return QCoreApplication.translate("MergeDialog", ENTITY_LABELS.get(entity, entity))


def _named(label: str) -> str:
    """A record's name in quotes, unless it carries its own (ОАО «Молочный комбинат»)."""
    return label if "«" in label or '"' in label else f"«{label}»"


def refused_text(refused: list[tuple[str, object]], shown: int = 12) -> str:
    """One line per record left out (file or server, record, why), the first `shown`."""
    lines = [QCoreApplication.translate(
        "MergeDialog", "{count} record(s) failed the checks and were left out; the rest "
                       "was merged. A good copy merged later brings them:").format(
        count=len(refused))]
    lines += [QCoreApplication.translate("MergeDialog", "{file}: {record} {id}: {reason}").format(
        file=source, record=entity_label(item.entity),
        id=_named(item.label) if item.label else str(item.entity_id)[:8],
        reason=text(item.reason)) for source, item in refused[:shown]]
    if len(refused) > shown:
        lines.append(QCoreApplication.translate("MergeDialog", "… and {count} more").format(
            count=len(refused) - shown))
    return "\n".join(lines)


class MergeDialog(QDialog):
    """Shows receipts (services.merge.Receipt); with `ask`, OK means "merge now"."""

    def __init__(self, receipts: list, ask: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge: what would change") if ask
                            else self.tr("Merge receipt"))
        self.setMinimumSize(720, 420)
        layout = QVBoxLayout(self)
        versions = sum(r.outcome.versions for r in receipts)
        conflicts = sum(r.outcome.total("conflicts") for r in receipts)
        summary = (self.tr("{versions} new versions from {files} file(s); {conflicts} row(s) "
                           "would have conflicts for you to resolve.") if ask else
                   self.tr("{versions} new versions merged from {files} file(s); {conflicts} "
                           "row(s) have conflicts to resolve. A backup of the file was made "
                           "first.")).format(versions=versions, files=len(receipts),
                                             conflicts=conflicts)
        text = QLabel(summary)
        text.setObjectName("summary")
        text.setWordWrap(True)
        layout.addWidget(text)
        self.table = QTableWidget()
        self.table.setObjectName("receipt")
        headers = [self.tr("File"), self.tr("Records")] + [
            QCoreApplication.translate("MergeDialog", k) for k in KIND_LABELS]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        rows = [(r.source.name, entity, counts) for r in receipts
                for entity, counts in r.outcome.as_json()["entities"].items()]
        rows += [(r.source.name, self.tr("(nothing new)"), None) for r in receipts
                 if not r.outcome.as_json()["entities"]]
        self.table.setRowCount(len(rows))
        for row, (source, entity, counts) in enumerate(rows):
            cells = [source, entity_label(entity) if counts is not None else entity]
            cells += [str(counts[kind]) if counts else "" for kind in KINDS]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 5 and value not in ("", "0"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        refused = [(r.source.name, item) for r in receipts for item in r.outcome.rejected]
        if refused:
            note = QLabel(refused_text(refused))
            note.setObjectName("refused")
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | (QDialogButtonBox.StandardButton.Cancel if ask
                                      else QDialogButtonBox.StandardButton.NoButton))
        if ask:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
