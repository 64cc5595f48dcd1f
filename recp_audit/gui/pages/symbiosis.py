"""A park's industrial symbiosis: the ranked candidates with their explanation, status
and notes; the park view (enterprises placed by their coordinates, candidate links
coloured by status); the streams of every tenant; search by by-product or waste and by
sector; survey import and the exports of the candidate list."""

from __future__ import annotations

import math
import uuid
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog,
                               QFormLayout, QGraphicsItem, QGraphicsScene, QGraphicsView, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from recp_audit.choices import CANDIDATE_STATUS_LABELS, CandidateStatus, StreamDirection
from recp_audit.gui import i18n
from recp_audit.gui.i18n import label
from recp_audit.gui.pages.streams import StreamsPanel
from recp_audit.gui.tasks import run_task
from recp_audit.messages import RecpError
from recp_audit.model import Park
from recp_audit.reports.format import number
from recp_audit.services import records, symbiosis
from recp_audit.store.db import Workspace
from recp_audit.units import unit_label

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {CandidateStatus.NEW: "#5d8aa8", CandidateStatus.SHORTLISTED: "#e67e22",
                  CandidateStatus.IN_TALKS: "#2471a3", CandidateStatus.IMPLEMENTED: "#1e8449",
                  CandidateStatus.REJECTED: "#b3b6b7"}


class _SortItem(QTableWidgetItem):
    """A cell that sorts by its SORT_ROLE value (numbers as numbers, unknown last)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return theirs is None and mine is not None
        return mine < theirs


def _cell(text: str, sort=None) -> QTableWidgetItem:
    item = _SortItem(text)
    item.setData(SORT_ROLE, text.lower() if sort is None and text else sort)
    return item


class SymbiosisPage(QWidget):
    """Everything about a park's symbiosis; `changed` when enterprises were added."""

    changed = Signal()

    def __init__(self, workspace: Workspace, park_id: uuid.UUID, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.park_id, self.language = workspace, park_id, language
        self.rows: list[symbiosis.CandidateRow] = []
        park = records.values_of(workspace, Park, park_id)["name"]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Industrial symbiosis: {park}").format(park=park))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Candidates pair one enterprise's output (waste, by-product, "
                              "surplus heat) with another's input. Each is scored and "
                              "explained; set its status as talks go on — it is kept when "
                              "the matching runs again."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(self._toolbar())
        self.tabs = QTabWidget()
        self.candidates = CandidatesTab(self)
        self.map = ParkMap()
        self.streams = StreamsPanel(workspace, language, park_id=park_id)
        self.streams.changed.connect(self.refresh)
        self.search = SearchTab(workspace, park_id, language)
        self.tabs.addTab(self.candidates, self.tr("Candidates"))
        self.tabs.addTab(self.map, self.tr("Park view"))
        self.tabs.addTab(self.streams, self.tr("Streams"))
        self.tabs.addTab(self.search, self.tr("Search"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        writable = not self.workspace.read_only
        run = QPushButton(self.tr("Run matching"))
        run.setObjectName("run")
        run.setEnabled(writable)
        run.clicked.connect(self.run_matching)
        self.external = QCheckBox(self.tr("Include enterprises outside the park"))
        self.external.toggled.connect(lambda _checked: self.refresh())
        bar.addWidget(run)
        bar.addWidget(self.external)
        bar.addStretch(1)
        for caption, slot, enabled in ((self.tr("Import survey…"), self.import_survey, writable),
                                       (self.tr("Empty survey template…"), self.save_template,
                                        True),
                                       (self.tr("Export candidates…"), self.export, True),
                                       (self.tr("Why not?…"), self.why_not, True)):
            button = QPushButton(caption)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            bar.addWidget(button)
        return bar

    def refresh(self) -> None:
        """Show the candidates as the matching finds them now, with their stored status."""
        self.rows = symbiosis.match(self.workspace, self.park_id, self.external.isChecked())
        self.candidates.show_rows(self.rows)
        self.tabs.setTabText(0, self.tr("Candidates ({count})").format(count=len(self.rows)))
        self.map.draw(self.workspace, self.park_id, self.rows, self.language)
        self.search.run()

    def run_matching(self) -> None:
        """Run the matching in the background and store the candidates."""
        from recp_audit.progress import Cancelled

        try:
            run_task(self, self.tr("Matching the streams…"), lambda _progress: symbiosis.run(
                self.workspace, self.park_id, self.external.isChecked()))
        except Cancelled:
            return
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Matching"), i18n.text(exc.message))
            return
        self.refresh()

    def why_not(self) -> WhyNotDialog:
        """Ask why one stream is not a candidate for another."""
        dialog = WhyNotDialog(self.workspace, self.park_id, self.language, self)
        dialog.show()
        return dialog

    def import_survey(self, path: str | None = None) -> None:
        """Read a tenant survey, show what it says, and import it when the user agrees."""
        from recp_audit.services import survey_import

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import survey"), "",
                                                  self.tr("Survey (*.xlsx *.csv *.txt)"))
        if not path:
            return
        try:
            plan = run_task(self, self.tr("Reading {file}…").format(file=Path(path).name),
                            lambda _progress: survey_import.check(self.workspace, Path(path),
                                                                  self.park_id),
                            cancellable=False)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Import survey"), i18n.text(exc.message))
            return
        message = self.tr("{streams} stream rows for {enterprises} new enterprises can be "
                          "imported.").format(streams=len(plan.streams),
                                              enterprises=plan.new_enterprises)
        if plan.errors:
            message += " " + self.tr("{count} rows have errors and will be skipped.").format(
                count=len({p.row for p in plan.errors}))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import survey"), message,
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self)
        if plan.problems:
            box.setDetailedText("\n".join(
                f"{self.tr('error') if p.error else self.tr('warning')}: "
                f"{self.tr('row {row}').format(row=p.row)}"
                f"{', ' + p.column + ' (' + p.header + ')' if p.column else ''}: "
                f"{i18n.text(p.message)}" for p in plan.problems))
        if not plan.streams or box.exec() != QMessageBox.StandardButton.Ok:
            return
        result = run_task(self, self.tr("Importing the survey…"), lambda _progress:
                          survey_import.apply(self.workspace, plan, skip_bad_rows=True),
                          cancellable=False)
        QMessageBox.information(self, self.tr("Import survey"), self.tr(
            "Added {created} enterprises and {added} streams; {updated} streams updated.")
            .format(created=result.enterprises_created, added=result.streams_added,
                    updated=result.streams_updated))
        self.streams.refresh()
        self.refresh()
        self.changed.emit()

    def save_template(self, path: str | None = None) -> None:
        """Write the empty survey for the tenants."""
        from recp_audit.services.survey_template import write_template

        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Empty survey template"), "symbiosis_survey.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            try:
                write_template(Path(path))
            except RecpError as exc:
                QMessageBox.warning(self, self.tr("Empty survey template"),
                                    i18n.text(exc.message))

    def export(self, path: str | None = None) -> Path | None:
        """Write the candidate list as a workbook, CSV, PDF or JSON (by the file name)."""
        from recp_audit.progress import Cancelled
        from recp_audit.services.reports import export_candidates

        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export candidates"), self.tr("Symbiosis candidates") + ".xlsx",
                self.tr("Excel workbook (*.xlsx);;PDF (*.pdf);;CSV (*.csv);;"
                        "JSON for a by-product platform (*.json)"))
        if not path:
            return None
        try:
            return run_task(self, self.tr("Exporting the candidates…"), lambda _progress:
                            export_candidates(self.workspace, self.park_id, Path(path),
                                              self.language, self.external.isChecked()))
        except Cancelled:
            return None
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Export candidates"), i18n.text(exc.message))
            return None


class CandidatesTab(QWidget):
    """The candidate table; the selected one's explanation, estimates, status and notes."""

    def __init__(self, page: SymbiosisPage):
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setObjectName("candidates")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selected)
        splitter.addWidget(self.table)
        detail = QGroupBox(self.tr("Why, and how far it has got"))
        form = QVBoxLayout(detail)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addWidget(self.explanation)
        status_row = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status, text in CANDIDATE_STATUS_LABELS.items():
            self.status.addItem(label(text), status)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Notes: who was contacted, what was agreed…"))
        self.save = QPushButton(self.tr("Save status"))
        self.save.setObjectName("save")
        self.save.clicked.connect(self.save_status)
        self.save.setEnabled(False)
        status_row.addWidget(QLabel(self.tr("Status:")))
        status_row.addWidget(self.status)
        status_row.addWidget(self.notes, 1)
        status_row.addWidget(self.save)
        form.addLayout(status_row)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

    def show_rows(self, rows: list) -> None:
        """List the candidates, best first."""
        language = self.page.language
        headers = [self.tr("Score"), self.tr("Supplier"), self.tr("Offered"),
                   self.tr("Receiver"), self.tr("Needed"), self.tr("km"), self.tr("t/yr"),
                   self.tr("CO2e avoided,\nt/yr"), self.tr("Money\nper year"),
                   self.tr("Status")]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))

        def amount(value, digits=0):
            return _cell("—" if value is None else number(value, language, digits), value)

        for r, row in enumerate(rows):
            match = row.match
            cells = [amount(match.score, 2), _cell(match.supplier.party.name),
                     _cell(match.supplier.name), _cell(match.receiver.party.name),
                     _cell(match.receiver.name), amount(match.distance_km, 1),
                     amount(match.tonnes), amount(match.net_co2e_t), amount(match.money),
                     _cell(label(CANDIDATE_STATUS_LABELS[row.status]),
                           list(CandidateStatus).index(row.status))]
            cells[-1].setForeground(QColor(STATUS_COLOURS[row.status]))
            for c, item in enumerate(cells):
                item.setData(ROW_ROLE, r)
                if c == 0 or 5 <= c <= 8:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(match.explanation(language))
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in (1, 2, 3, 4):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 180))
        header.setStretchLastSection(True)
        if rows:
            self.table.selectRow(0)
        else:
            self.explanation.setText(self.tr(
                "No candidates yet: add the streams each enterprise offers and needs (Streams "
                "tab, a survey import, or drafts from an audit), then run the matching."))
            self.save.setEnabled(False)

    def current(self):
        """The selected candidate row (services.symbiosis.CandidateRow)."""
        items = self.table.selectedItems()
        return self.page.rows[items[0].data(ROW_ROLE)] if items else None

    def _selected(self) -> None:
        row = self.current()
        if row is None:
            return
        language = self.page.language
        match = row.match
        parts = [f"<b>{_html(match.supplier.party.name)}</b> → "
                 f"<b>{_html(match.receiver.party.name)}</b>: "
                 f"{_html(match.supplier.name)} → {_html(match.receiver.name)}",
                 _html(match.explanation(language))]
        estimates = []
        if match.tonnes is not None:
            estimates.append(self.tr("{tonnes} t a year diverted from disposal").format(
                tonnes=number(match.tonnes, language)))
        if match.avoided_co2e_t is not None:
            estimates.append(self.tr("{co2e} t CO2e a year avoided net of transport").format(
                co2e=number(match.net_co2e_t, language, 1)))
        elif match.transport_co2e_t is not None:
            estimates.append(self.tr("transport emits {co2e} t CO2e a year").format(
                co2e=number(match.transport_co2e_t, language, 1)))
        if match.money is not None:
            estimates.append(self.tr("worth {money} {currency} a year").format(
                money=number(match.money, language), currency=match.supplier.currency))
        if estimates:
            parts.append("; ".join(estimates))
        self.explanation.setText("<br>".join(parts))
        self.status.setCurrentIndex(list(CandidateStatus).index(row.status))
        self.notes.setText(row.notes)
        self.save.setEnabled(not self.page.workspace.read_only)

    def save_status(self) -> None:
        """Store the chosen status and notes of the selected candidate."""
        row = self.current()
        if row is None:
            return
        try:
            symbiosis.set_status(self.page.workspace, row, self.status.currentData(),
                                 self.notes.text().strip())
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Save status"), i18n.text(exc.message))
            return
        selected = self.table.currentRow()
        self.show_rows(self.page.rows)
        self.table.selectRow(selected)
        self.page.map.draw(self.page.workspace, self.page.park_id, self.page.rows,
                           self.page.language)


class WhyNotDialog(QDialog):
    """Pick an offered stream and a need: the gate that stops the pair, the evidence it
    lacks, or its rank among the offers for that need."""

    def __init__(self, workspace: Workspace, park_id: uuid.UUID, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.park_id, self.language = workspace, park_id, language
        self.setWindowTitle(self.tr("Why not a candidate?"))
        self.resize(720, 240)
        form = QFormLayout(self)
        self.offer, self.need = QComboBox(), QComboBox()
        for row in symbiosis.streams(workspace, park_id):
            box = self.offer if row.direction == StreamDirection.OUTPUT else self.need
            box.addItem(f"{row.name} — {row.enterprise}", row.id)
        form.addRow(self.tr("Offered stream"), self.offer)
        form.addRow(self.tr("Need"), self.need)
        self.answer = QLabel()
        self.answer.setObjectName("answer")
        self.answer.setWordWrap(True)
        form.addRow(self.answer)
        for box in (self.offer, self.need):
            box.currentIndexChanged.connect(self.explain)
        self.explain()

    def explain(self) -> None:
        """Show the answer for the two streams chosen."""
        if self.offer.currentData() is None or self.need.currentData() is None:
            self.answer.setText(self.tr("The park has no offered stream or no need yet."))
            return
        self.answer.setText(symbiosis.why_not(self.workspace, self.park_id,
                                              self.offer.currentData(),
                                              self.need.currentData(), self.language))


def _html(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ParkMap(QGraphicsView):
    """Enterprises where they are (equirectangular projection of their coordinates) and
    a line from supplier to receiver for each candidate, coloured by status and as thick
    as its score; enterprises without coordinates wait in a row below."""

    SIZE = 640.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("park_map")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Keep the whole park in view."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.fitInView(self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20),
                       Qt.AspectRatioMode.KeepAspectRatio)

    def draw(self, workspace: Workspace, park_id: uuid.UUID, rows: list, language: str) -> None:
        """Draw the park's enterprises (and outside ones taking part) and the candidates."""
        scene = self.scene()
        scene.clear()
        parties = {p.id: p for row in rows for p in (row.match.supplier.party,
                                                     row.match.receiver.party)}
        for stream in symbiosis.streams(workspace, park_id):
            parties.setdefault(stream.enterprise_id, None)
        placed = self._places(workspace, parties)
        for row in sorted(rows, key=lambda r: r.match.score):
            start = placed.get(row.match.supplier.party.id)
            end = placed.get(row.match.receiver.party.id)
            if start is None or end is None:
                continue
            pen = QPen(QColor(STATUS_COLOURS[row.status]), 1 + 3 * min(row.match.score, 1.0))
            if row.status is CandidateStatus.REJECTED:
                pen.setStyle(Qt.PenStyle.DashLine)
            line = scene.addLine(start.x(), start.y(), end.x(), end.y(), pen)
            line.setToolTip(f"{row.match.supplier.name} → {row.match.receiver.name}\n"
                            f"{row.match.explanation(language)}")
            self._arrow(start, end, pen)
        font = QFont()
        font.setPointSizeF(8)
        for firm_id, point in placed.items():
            name = self._names.get(firm_id, "")
            scene.addEllipse(point.x() - 6, point.y() - 6, 12, 12, QPen(QColor("#34495e")),
                             QBrush(QColor("#ecf0f1")))
            text = scene.addText(name if len(name) <= 34 else name[:33] + "…", font)
            text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            text.setPos(point.x() + 8, point.y() - 10)
        self._legend(font)
        self._fit()

    def _places(self, workspace: Workspace, parties: dict) -> dict[uuid.UUID, QPointF]:
        from recp_audit.model import Enterprise

        with workspace.session() as session:
            firms = [session.get(Enterprise, firm_id) for firm_id in parties]
            known = [(f.id, f.name, f.latitude, f.longitude) for f in firms if f is not None]
        self._names = {firm_id: name for firm_id, name, _, _ in known}
        located = [(i, lat, lon) for i, _, lat, lon in known if None not in (lat, lon)]
        places: dict[uuid.UUID, QPointF] = {}
        if located:
            middle = sum(lat for _, lat, _ in located) / len(located)
            xs = [lon * math.cos(math.radians(middle)) for _, _, lon in located]
            ys = [-lat for _, lat, _ in located]
            span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
            scale = self.SIZE / span
            for (firm_id, _, _), x, y in zip(located, xs, ys):
                places[firm_id] = QPointF((x - min(xs)) * scale, (y - min(ys)) * scale)
        bottom = max((p.y() for p in places.values()), default=0) + 60
        unplaced = [i for i, _, lat, lon in known if None in (lat, lon)]
        if unplaced:
            note = self.scene().addText(self.tr("Without coordinates (distance unknown):"))
            note.setPos(0, bottom - 30)
        for n, firm_id in enumerate(unplaced):
            places[firm_id] = QPointF(n % 3 * 230, bottom + n // 3 * 30)
        return places

    def _arrow(self, start: QPointF, end: QPointF, pen: QPen) -> None:
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        tip = QPointF(end.x() - 9 * math.cos(angle), end.y() - 9 * math.sin(angle))
        for turn in (2.6, -2.6):
            self.scene().addLine(tip.x(), tip.y(), tip.x() + 10 * math.cos(angle + turn),
                                 tip.y() + 10 * math.sin(angle + turn), pen)

    def _legend(self, font: QFont) -> None:
        box = self.scene().itemsBoundingRect()
        x, y = box.right() + 30, box.top()
        for n, (status, colour) in enumerate(STATUS_COLOURS.items()):
            self.scene().addLine(x, y + n * 18 + 7, x + 26, y + n * 18 + 7,
                                 QPen(QColor(colour), 3))
            text = self.scene().addText(label(CANDIDATE_STATUS_LABELS[status]), font)
            text.setPos(x + 30, y + n * 18 - 4)


class SearchTab(QWidget):
    """Search streams by by-product or waste (words or EWC code) and by sector (NACE),
    with the enterprises whose sector is known to use such a material."""

    def __init__(self, workspace: Workspace, park_id: uuid.UUID, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.park_id, self.language = workspace, park_id, language
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setObjectName("search_text")
        self.text.setPlaceholderText(self.tr("By-product or waste: опилки, fly ash, 10 01 02"))
        self.sector = QLineEdit()
        self.sector.setObjectName("search_sector")
        self.sector.setPlaceholderText(self.tr("Sector (NACE), e.g. 23 or 16.2"))
        self.sector.setMinimumWidth(260)
        self.everywhere = QCheckBox(self.tr("All enterprises, not only the park"))
        for widget in (self.text, self.sector):
            widget.returnPressed.connect(self.run)
        button = QPushButton(self.tr("Search"))
        button.clicked.connect(self.run)
        row.addWidget(self.text, 1)
        row.addWidget(self.sector)
        row.addWidget(self.everywhere)
        row.addWidget(button)
        layout.addLayout(row)
        self.results = QTableWidget()
        self.results.setObjectName("search_results")
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        layout.addWidget(self.results, 1)

    def run(self) -> None:
        """Search and list the hits."""
        from recp_audit.choices import STREAM_DIRECTION_LABELS

        text = self.text.text().strip()
        hits = symbiosis.search(self.workspace, text, self.sector.text().strip(),
                                None if self.everywhere.isChecked() else self.park_id) \
            if text else []
        headers = [self.tr("Enterprise"), self.tr("NACE"), self.tr("Stream"),
                   self.tr("Direction"), self.tr("Quantity per year"), self.tr("Why listed")]
        self.results.clear()
        self.results.setColumnCount(len(headers))
        self.results.setHorizontalHeaderLabels(headers)
        self.results.setRowCount(len(hits))
        for r, hit in enumerate(hits):
            stream = hit.stream
            why = self.tr("the stream matches") if stream else (
                hit.use_ru if self.language == "ru" else hit.use_en)
            cells = [hit.enterprise, hit.nace or "",
                     stream.name if stream else self.tr("(no stream yet)"),
                     label(STREAM_DIRECTION_LABELS[stream.direction]) if stream else "",
                     f"{number(stream.quantity, self.language)} "
                     f"{unit_label(stream.unit, self.language)}"
                     if stream and stream.quantity is not None else "", why]
            for c, value in enumerate(cells):
                self.results.setItem(r, c, QTableWidgetItem(value))
        self.results.resizeColumnsToContents()
        self.results.horizontalHeader().setStretchLastSection(True)
