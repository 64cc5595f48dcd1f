"""The Reports area of an audit: choose the report and its language, write it in the
background (progress and Cancel), and preview the first pages or the sheets."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from recp_audit.gui import i18n
from recp_audit.messages import QT_TRANSLATE_NOOP, RecpError
from recp_audit.progress import Cancelled

PREVIEW_PAGES = 3
# (key, label, file suffix)
KINDS = [("assessment", QT_TRANSLATE_NOOP("ReportsArea", "Assessment report (PDF)"), ".pdf"),
         ("self-diagnosis", QT_TRANSLATE_NOOP("ReportsArea", "Self-diagnosis report (PDF)"),
          ".pdf"),
         ("workbook", QT_TRANSLATE_NOOP("ReportsArea", "Workbook with all tables (Excel)"),
          ".xlsx"),
         ("csv", QT_TRANSLATE_NOOP("ReportsArea", "One table (CSV)"), ".csv")]
TABLES = [("options", QT_TRANSLATE_NOOP("ReportsArea", "Options")),
          ("baseline", QT_TRANSLATE_NOOP("ReportsArea", "Baseline")),
          ("readings", QT_TRANSLATE_NOOP("ReportsArea", "Readings")),
          ("series", QT_TRANSLATE_NOOP("ReportsArea", "Series statistics")),
          ("answers", QT_TRANSLATE_NOOP("ReportsArea", "Checklist answers")),
          ("indicators", QT_TRANSLATE_NOOP("ReportsArea", "RECP indicators")),
          ("factors", QT_TRANSLATE_NOOP("ReportsArea", "Emission factors")),
          ("profile", QT_TRANSLATE_NOOP("ReportsArea", "Profile"))]


class ReportsArea(QWidget):
    """Report choice on top, preview of the last report below."""

    changed = Signal()

    def __init__(self, workspace, audit_id: uuid.UUID, audit_title: str, self_diagnosis: bool,
                 language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.audit_id, self.audit_title = workspace, audit_id, audit_title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)  # as every page
        heading = QLabel(self.tr("Reports"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(QLabel(audit_title))
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, text, _ in KINDS:
            self.kind.addItem(i18n.label(text, "ReportsArea"), key)
        self.kind.setCurrentIndex(self.kind.findData("self-diagnosis" if self_diagnosis
                                                     else "assessment"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(language))
        self.table = QComboBox()
        for key, text in TABLES:
            self.table.addItem(i18n.label(text, "ReportsArea"), key)
        self.semicolon = QCheckBox(self.tr("For Russian-locale Excel (; and decimal comma)"))
        self.semicolon.setChecked(language == "ru")
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Table"), self.table)
        form.addRow("", self.semicolon)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.create = QPushButton(self.tr("Create…"))
        self.create.setObjectName("create")
        self.create.clicked.connect(lambda: self.make_report())
        row.addWidget(self.create)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.preview = QWidget()
        self.preview_layout = QHBoxLayout(self.preview)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 1)
        hint = QLabel(self.tr("After Create…, the first pages of the report (or the sheets of "
                              "a workbook) are shown here."))
        hint.setObjectName("preview_hint")
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.preview_layout.addWidget(hint, 1, Qt.AlignmentFlag.AlignCenter)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        csv = self.kind.currentData() == "csv"
        self.table.setEnabled(csv)
        self.semicolon.setEnabled(csv)

    def default_name(self) -> str:
        """A file name from the audit's title and the report's kind."""
        kind = self.kind.currentData()
        suffix = next(s for key, _, s in KINDS if key == kind)
        stem = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.audit_title)
        extra = f" {self.table.currentData()}" if kind == "csv" else f" {kind}"
        return f"{stem.strip()[:60]}{extra} {self.language.currentData()}{suffix}"

    def make_report(self, path: str | None = None) -> Path | None:
        """Ask where to save (unless `path`), write the report in the background, preview it."""
        from recp_audit.gui.tasks import run_task
        from recp_audit.services import reports

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"),
                                                  self.default_name())
        if not path:
            return None
        kind, language = self.kind.currentData(), self.language.currentData()

        def work(progress):
            if kind in ("assessment", "self-diagnosis"):
                return reports.export_pdf(self.workspace, self.audit_id, Path(path), language,
                                          kind, progress)
            if kind == "workbook":
                return reports.export_workbook(self.workspace, self.audit_id, Path(path),
                                               language, progress)
            return reports.export_csv(self.workspace, self.audit_id, self.table.currentData(),
                                      Path(path), language, self.semicolon.isChecked())
        try:
            written = run_task(self, self.tr("Making the report…"), work)
        except Cancelled:
            self.status.setText(self.tr("Cancelled: nothing was written."))
            return None
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Reports"), i18n.text(exc.message))
            return None
        self.status.setText(self.tr("Written: {path}").format(path=written))
        self.show_preview(Path(written))
        return Path(written)

    def show_preview(self, path: Path) -> None:
        """The first pages of a PDF, or the sheets of a workbook."""
        while self.preview_layout.count():
            widget = self.preview_layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        if path.suffix == ".pdf":
            for image in pdf_pages(path, PREVIEW_PAGES):
                label = QLabel()
                label.setObjectName("page")
                label.setPixmap(QPixmap.fromImage(image))
                label.setStyleSheet("border: 1px solid #bbb; background: white;")
                self.preview_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        elif path.suffix == ".xlsx":
            import openpyxl

            book = openpyxl.load_workbook(path, read_only=True)
            lines = [f"{sheet.title}: {sheet.max_row - 1}" for sheet in book.worksheets]
            book.close()
            text = QLabel(self.tr("Sheets and their rows:") + "\n" + "\n".join(lines))
            text.setObjectName("sheets")
            self.preview_layout.addWidget(text, 0, Qt.AlignmentFlag.AlignTop)
        self.preview_layout.addStretch(1)


def pdf_pages(path: Path, count: int, scale: float = 0.55) -> list[QImage]:
    """The first `count` pages of a PDF as images (rendered with PDFium)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        images = []
        for index in range(min(count, len(document))):
            pixels = document[index].render(scale=scale, rev_byteorder=True).to_numpy()
            height, width = pixels.shape[:2]
            images.append(QImage(pixels.data, width, height, pixels.strides[0],
                                 QImage.Format.Format_RGB888).copy())
        return images
    finally:
        document.close()
