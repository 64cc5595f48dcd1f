"""Answering one checklist: the item list on the left, the current item on the right.

Keyboard: Y yes, N no, P partly, A not applicable, E not evaluated (the same
keys work on a Russian layout), 1-9 pick a choice, Enter or Down go to the next
item, and on a number item Enter moves to the number field. Every answer is
stored the moment it is given; notes and text are stored as they are typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QMessageBox, QPlainTextEdit,
                               QProgressBar, QPushButton, QRadioButton, QScrollArea, QSplitter,
                               QTreeView, QVBoxLayout, QWidget)

from recp_audit.checklists.scoring import AnswerValue, is_finding
from recp_audit.calc import CALCULATORS
from recp_audit.choices import CP_CATEGORY_LABELS
from recp_audit.gui import i18n
from recp_audit.gui.dialogs.history import offer_history
from recp_audit.gui.i18n import label
from recp_audit.gui.models.checklist import (FILTERS, ITEM_ROLE, STATUS_LABELS, ChecklistFilter,
                                             ChecklistModel, format_number)
from recp_audit.messages import RecpError
from recp_audit.units import unit_label

# Keys for statuses: Latin letters and the Cyrillic letters on the same keys (ЙЦУКЕН).
STATUS_KEYS = {"y": "yes", "н": "yes", "n": "no", "т": "no", "p": "partial", "з": "partial",
               "a": "na", "ф": "na", "e": "ne", "у": "ne"}
STATUS_SHORTCUTS = {"yes": "Y", "no": "N", "partial": "P", "na": "A", "ne": "E"}
STATUS_COLOURS = {"yes": "#1b6e20", "no": "#b3261e", "partial": "#a15c00", "na": "#555",
                  "ne": "#555"}


class _Keys(QObject):
    """Turns key presses in the item list into answers and moves."""

    def __init__(self, page: ChecklistPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        return self.page.key_pressed(event)


class ChecklistPage(QWidget):
    """One attached checklist, answered item by item."""

    changed = Signal()  # an answer, note, photo or option was stored
    reopen = Signal()  # the checklist moved to another template version: build the page anew

    def __init__(self, workspace, checklist_id: uuid.UUID, language: str,
                 back: Callable[[], None] | None = None, parent: QWidget | None = None):
        from recp_audit.checklists.loader import load_library
        from recp_audit.services import checklists

        super().__init__(parent)
        self.workspace = workspace
        self.writable = not workspace.read_only
        self.language = language
        self.state = checklists.load(workspace, checklist_id, load_library())
        self.template = self.state.template
        self.current: str | None = None
        self.pending: dict[str, str] = {}  # "note" / "text" typed but not yet stored
        self.save_timer = QTimer(self, singleShot=True, interval=600)
        self.save_timer.timeout.connect(self.flush)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        if back is not None:
            back_button = QPushButton(self.tr("← Checklists"))
            back_button.clicked.connect(back)
            top.addWidget(back_button)
        title = QLabel(self.template.title.get(language))
        title.setObjectName("heading")
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        top.addWidget(title, 1)
        version = QLabel(self.tr("version {version}").format(version=self.template.version))
        version.setStyleSheet("color: #555;")
        top.addWidget(version)
        if self.state.newer_version and self.writable:
            upgrade = QPushButton(self.tr("Move to version {version}…").format(
                version=self.state.newer_version))
            upgrade.setObjectName("upgrade")
            upgrade.clicked.connect(self.move_to_newer)
            top.addWidget(upgrade)
        layout.addLayout(top)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(True)
        progress_row.addWidget(self.progress, 1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        progress_row.addWidget(self.summary)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("filter")
        for key, text in FILTERS.items():
            self.filter_box.addItem(label(text, "Checklist"), key)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        progress_row.addWidget(self.filter_box)
        layout.addLayout(progress_row)

        self.model = ChecklistModel(self.state, language, self)
        self.proxy = ChecklistFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("items")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.resizeSection(1, 120)
        self.tree.expandAll()
        self.tree.installEventFilter(_Keys(self))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        offer_history(self.tree, workspace, self._answer_at, language, self.reopen.emit)

        self.panel_area = QScrollArea()
        self.panel_area.setWidgetResizable(True)
        self.panel_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_area.setMinimumWidth(340)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.panel_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 440])
        layout.addWidget(splitter, 1)
        hint = QLabel(self.tr("Keys: Y yes · N no · P partly · A not applicable · E not "
                              "evaluated · 1–9 choice · Enter next item"))
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.filter_box.showPopup)
        self._update_progress()
        self._select_first()

    # ----- navigation ------------------------------------------------------------------
    def _item_index(self, item_id: str) -> QModelIndex:
        row = self.model.rows[item_id][0]
        return self.proxy.mapFromSource(row.index())

    def _visible_ids(self) -> list[str]:
        ids = []
        for section_row in range(self.proxy.rowCount()):
            section = self.proxy.index(section_row, 0)
            for row in range(self.proxy.rowCount(section)):
                ids.append(self.proxy.index(row, 0, section).data(ITEM_ROLE))
        return ids

    def _select_first(self) -> None:
        ids = self._visible_ids()
        unanswered = [i for i in ids if not self.state.answers.get(i, AnswerValue()).answered]
        if ids:
            self.select((unanswered or ids)[0])
        else:
            self._show_panel(None)

    def select(self, item_id: str) -> None:
        """Make `item_id` the current item (shown in the panel)."""
        index = self._item_index(item_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _answer_at(self, index: QModelIndex):
        """The answer record of an item row (for its change history), None if unanswered."""
        from recp_audit.model import Answer
        from recp_audit.model.checklist import answer_id

        item_id = index.data(ITEM_ROLE) if index.isValid() else None
        if not item_id or (item_id not in self.state.answers and item_id not in self.state.notes):
            return None
        return (Answer, answer_id(self.state.id, item_id),
                self.template.item(item_id).label.get(self.language))

    def next_item(self, after: str | None = None) -> None:
        """Move to the item after `after` (or the current one)."""
        ids = self._visible_ids()
        after = after or self.current
        if after in ids and ids.index(after) + 1 < len(ids):
            self.select(ids[ids.index(after) + 1])
        elif ids and after not in ids:
            self.select(ids[0])

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(ITEM_ROLE)
        if item_id == self.current:
            return
        self.flush()
        if not item_id:  # a section row: go to its first item
            if self.proxy.rowCount(current):
                self.tree.setCurrentIndex(self.proxy.index(0, 0, current))
            return
        self.current = item_id
        self._show_panel(item_id)

    def _filter_changed(self) -> None:
        self.flush()
        self.proxy.set_mode(self.filter_box.currentData())
        self.tree.expandAll()
        if self.current and self._item_index(self.current).isValid():
            self.select(self.current)
        else:
            self.current = None
            self._select_first()

    # ----- keyboard --------------------------------------------------------------------
    def key_pressed(self, event: QKeyEvent) -> bool:
        """Answer or move for a key pressed in the item list; True when handled."""
        if self.current is None:
            return False
        item = self.template.item(self.current)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if item.type == "number" and self.writable:
                self.number_edit.setFocus()
                self.number_edit.selectAll()
            elif item.type == "text" and self.writable:
                self.text_edit.setFocus()
            else:
                self.next_item()
            return True
        status = STATUS_KEYS.get(event.text().lower())
        if status and self.writable and (item.type == "status" or status in ("na", "ne")):
            self.answer(status=status)
            return True
        if event.text().isdigit() and item.type in ("single", "multiple") and self.writable:
            number = int(event.text()) - 1
            if 0 <= number < len(item.choices):
                value = item.choices[number].value
                if item.type == "single":
                    self.answer(choices=(value,))
                else:
                    self.answer(choices=self._toggled(item.id, value), advance=False)
                return True
        return False

    # ----- answering -------------------------------------------------------------------
    def answer(self, status: str | None = None, number: str | None = None,
               choices: tuple[str, ...] = (), text: str = "", advance: bool = True) -> bool:
        """Store an answer to the current item; go to the next item when `advance`."""
        from recp_audit.services import checklists

        item_id = self.current
        try:
            value = checklists.set_answer(self.workspace, self.state.id, item_id,
                                          status=status, number=number, choices=choices,
                                          text=text)
        except RecpError as exc:
            self._show_error(i18n.text(exc.message))
            return False
        self.state.answers[item_id] = value
        self._after_change(item_id)
        if advance:
            order = {item.id: number for number, item in enumerate(self.template.items)}
            visible = self._visible_ids()
            target = next((i for i in visible if order[i] > order[item_id]), None)
            if target:
                self.select(target)
            elif item_id in visible:
                self._show_panel(item_id)
        else:
            self._show_panel(item_id)
        return True

    def _after_change(self, item_id: str) -> None:
        before = set(self.model.visible)
        self.model.refresh(item_id)
        if self.model.visible != before or self.proxy.mode != "all":
            self.model.refresh()
            self.proxy.refilter()
            self.tree.expandAll()
        self._update_progress()
        self.changed.emit()

    def _update_progress(self) -> None:
        total = self.model.score.total
        self.progress.setMaximum(max(total.visible, 1))
        self.progress.setValue(total.answered)
        self.progress.setFormat(self.tr("%v of %m answered"))
        parts = []
        if total.percent is not None:
            parts.append(self.tr("score {score} %").format(score=f"{total.percent:.0f}"))
        parts.append(self.tr("{count} findings").format(count=total.findings))
        if total.not_applicable or total.not_evaluated:
            parts.append(self.tr("{na} not applicable, {ne} not evaluated").format(
                na=total.not_applicable, ne=total.not_evaluated))
        if total.missing_required:
            parts.append(self.tr("{count} required unanswered").format(
                count=total.missing_required))
        self.summary.setText(" · ".join(parts))

    def flush(self) -> None:
        """Store a note or text still being typed."""
        from recp_audit.services import checklists

        self.save_timer.stop()
        pending, self.pending = self.pending, {}
        if not pending or not self.writable:
            return
        item_id = pending.pop("item")
        try:
            if "note" in pending:
                checklists.set_note(self.workspace, self.state.id, item_id, pending["note"])
                self.state.notes[item_id] = pending["note"].strip()
            if "text" in pending:
                self.state.answers[item_id] = checklists.set_answer(
                    self.workspace, self.state.id, item_id, text=pending["text"])
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Checklist"), i18n.text(exc.message))
            return
        self._after_change(item_id)

    def _typed(self, field: str, value: str) -> None:
        if self.pending.get("item") not in (None, self.current):
            self.flush()
        self.pending["item"] = self.current
        self.pending[field] = value
        self.save_timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Store what is being typed when the user leaves the page."""
        self.flush()
        super().hideEvent(event)

    # ----- the item panel --------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _set_panel(self, panel: QWidget) -> None:
        # The old panel may be sending the signal that got us here (Enter in the number
        # field), so it is deleted later, not at once as QScrollArea.setWidget would.
        old = self.panel_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.panel_area.setWidget(panel)

    def _show_panel(self, item_id: str | None) -> None:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 8, 12, 8)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        if item_id is None:
            layout.addWidget(QLabel(self.tr("No items match the filter.")))
            layout.addStretch(1)
            self._set_panel(panel)
            return
        item = self.template.item(item_id)
        answer = self.state.answers.get(item_id, AnswerValue())
        section = next(s for s in self.template.sections if s.id == item.section)
        where = QLabel(section.title.get(self.language))
        where.setStyleSheet("color: #555;")
        layout.addWidget(where)
        question = QLabel(item.label.get(self.language) + (" *" if item.required else ""))
        question.setObjectName("question")
        question.setWordWrap(True)
        question.setStyleSheet("font-size: 12pt; font-weight: 600;")
        layout.addWidget(question)
        if item.guidance:
            guidance = QLabel(item.guidance.get(self.language))
            guidance.setWordWrap(True)
            guidance.setStyleSheet("color: #444; font-style: italic;")
            layout.addWidget(guidance)
        layout.addWidget(self._answer_editor(item, answer))
        layout.addWidget(self.error)
        if is_finding(item, answer):
            flag = QLabel(self.tr("⚑ This answer is a finding."))
            flag.setStyleSheet("color: #b3261e; font-weight: 600;")
            layout.addWidget(flag)
        if item.option:
            layout.addWidget(self._option_box(item, is_finding(item, answer)))
        layout.addWidget(QLabel(self.tr("Note:")))
        note = QPlainTextEdit(self.state.notes.get(item_id, ""))
        note.setObjectName("note")
        note.setFixedHeight(70)
        note.setTabChangesFocus(True)
        note.setReadOnly(not self.writable)
        note.textChanged.connect(lambda: self._typed("note", note.toPlainText()))
        layout.addWidget(note)
        layout.addWidget(self._photo_box(item_id))
        layout.addStretch(1)
        self._set_panel(panel)

    def _answer_editor(self, item, answer: AnswerValue) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 8)
        statuses = list(STATUS_LABELS) if item.type == "status" else ["na", "ne"]
        if item.type == "number":
            row = QHBoxLayout()
            typed = "" if answer.number is None else format_number(answer.number) + (
                f" {answer.unit}" if answer.unit and answer.unit != item.unit else "")
            self.number_edit = QLineEdit(typed)
            self.number_edit.setObjectName("number")
            self.number_edit.setPlaceholderText(self.tr("e.g. 6,5 or 650 kPa"))
            self.number_edit.setReadOnly(not self.writable)
            self.number_edit.returnPressed.connect(self._number_entered)
            row.addWidget(self.number_edit, 1)
            row.addWidget(QLabel(unit_label(item.unit, self.language)))
            layout.addLayout(row)
            if item.above is not None or item.below is not None:
                limits = []
                if item.above is not None:
                    limits.append(self.tr("above {value}").format(value=format_number(item.above)))
                if item.below is not None:
                    limits.append(self.tr("below {value}").format(value=format_number(item.below)))
                unit_text = f" {unit_label(item.unit, self.language)}".rstrip()
                hint = QLabel(self.tr("A value {limits}{unit} is a finding.").format(
                    limits=self.tr(" or ").join(limits), unit=unit_text))
                hint.setStyleSheet("color: #555;")
                layout.addWidget(hint)
        elif item.type in ("single", "multiple"):
            group = QButtonGroup(box)
            group.setExclusive(item.type == "single")
            for number, choice in enumerate(item.choices, start=1):
                caption = f"{number}. {choice.label.get(self.language)}"
                button = QRadioButton(caption) if item.type == "single" else QCheckBox(caption)
                button.setChecked(choice.value in answer.choices)
                button.setEnabled(self.writable)
                button.setObjectName(f"choice_{choice.value}")
                group.addButton(button)
                button.clicked.connect(lambda _=False, v=choice.value: self._choice_clicked(v))
                layout.addWidget(button)
        elif item.type == "text":
            self.text_edit = QPlainTextEdit(answer.text)
            self.text_edit.setObjectName("text")
            self.text_edit.setFixedHeight(80)
            self.text_edit.setTabChangesFocus(True)
            self.text_edit.setReadOnly(not self.writable)
            self.text_edit.textChanged.connect(
                lambda: self._typed("text", self.text_edit.toPlainText()))
            layout.addWidget(self.text_edit)
        buttons = QGridLayout()
        for position, status in enumerate(statuses):
            button = QPushButton(f"{label(STATUS_LABELS[status], 'Checklist')} "
                                 f"({STATUS_SHORTCUTS[status]})")
            button.setObjectName(f"status_{status}")
            button.setCheckable(True)
            button.setChecked(answer.status == status)
            button.setEnabled(self.writable)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if answer.status == status:
                button.setStyleSheet(f"background: {STATUS_COLOURS[status]}; color: white; "
                                     "font-weight: 600;")
            button.clicked.connect(lambda _=False, s=status: self._status_clicked(s))
            buttons.addWidget(button, position // 3, position % 3)
        layout.addLayout(buttons)
        return box

    def _status_clicked(self, status: str) -> None:
        current = self.state.answers.get(self.current, AnswerValue())
        if current.status == status:  # clicking the chosen answer again clears it
            self.answer(advance=False)
        else:
            self.answer(status=status)
        self.tree.setFocus()

    def _choice_clicked(self, value: str) -> None:
        item = self.template.item(self.current)
        choices = (value,) if item.type == "single" else self._toggled(item.id, value)
        self.answer(choices=choices, advance=False)

    def _toggled(self, item_id: str, value: str) -> tuple[str, ...]:
        """The choices of a multiple-choice item with `value` switched on or off."""
        chosen = self.state.answers.get(item_id, AnswerValue()).choices
        return tuple(c for c in chosen if c != value) if value in chosen else chosen + (value,)

    def _number_entered(self) -> None:
        if self.answer(number=self.number_edit.text()):
            self.tree.setFocus()
        else:
            self.number_edit.setFocus()
            self.number_edit.selectAll()

    def _option_box(self, item, finding: bool) -> QWidget:
        from recp_audit.services import checklists

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 6)
        option = item.option
        details = label(CP_CATEGORY_LABELS[option.category])
        if option.calculator:
            details += " · " + label(CALCULATORS[option.calculator].title, "Calc")
        text = QLabel(self.tr("Suggested option: {title} ({details})").format(
            title=option.title.get(self.language), details=details))
        text.setWordWrap(True)
        layout.addWidget(text)
        drafted = finding and checklists.option_of(self.workspace, self.state.id,
                                                   item.id) is not None
        if finding and self.writable:
            button = QPushButton(self.tr("Draft option created") if drafted
                                 else self.tr("Create draft option"))
            button.setObjectName("draft_option")
            button.setEnabled(not drafted)
            button.clicked.connect(lambda: self._draft_option(item.id, button))
            layout.addWidget(button)
        return box

    def _draft_option(self, item_id: str, button: QPushButton) -> None:
        from recp_audit.services import checklists

        try:
            checklists.draft_option(self.workspace, self.state.id, item_id, self.language)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Checklist"), i18n.text(exc.message))
            return
        button.setText(self.tr("Draft option created"))
        button.setEnabled(False)
        self.changed.emit()

    # ----- photos ----------------------------------------------------------------------
    def _photo_box(self, item_id: str) -> QWidget:
        from recp_audit.gui.photo_strip import PhotoStrip
        from recp_audit.model import answer_id
        from recp_audit.services import checklists

        checklist_id = self.state.id
        self.photo_strip = PhotoStrip(
            self.workspace, answer_id(checklist_id, item_id), self.writable,
            attach=lambda data, name: checklists.add_photo(self.workspace, checklist_id,
                                                           item_id, data, name))
        self.photo_strip.changed.connect(lambda: self._photos_changed(item_id))
        return self.photo_strip

    @property
    def photo_list(self) -> QListWidget:
        """The thumbnails of the current item."""
        return self.photo_strip.list

    def _photos_changed(self, item_id: str) -> None:
        self.state.photos[item_id] = self.photo_strip.list.count()
        self._after_change(item_id)

    def add_photos(self, paths: list[Path] | None = None) -> None:
        """Attach pictures to the current item (big ones are reduced first)."""
        reduced = self.photo_strip.add_photos(paths)
        if reduced:
            self._show_error("")
            self.error.setStyleSheet("color: #555;")
            self.error.setText(self.tr("Reduced to {side} pixels before storing: {files}")
                               .format(side=2560, files=", ".join(reduced)))
            self.error.show()

    # ----- template versions -----------------------------------------------------------
    def move_to_newer(self) -> None:
        """Re-pin the checklist to the newer template after asking."""
        from recp_audit.checklists.loader import load_library
        from recp_audit.services import checklists

        newer = load_library().templates[self.template.id]
        if QMessageBox.question(self, self.tr("Newer checklist version"), self.tr(
                "Version {new} of this checklist is available (this audit uses version {old}). "
                "Answers are kept for items that still exist; items that were removed are no "
                "longer shown. Move this audit to version {new}?").format(
                new=newer.version, old=self.template.version)) != \
                QMessageBox.StandardButton.Yes:
            return
        checklists.move_to_version(self.workspace, self.state.id, newer)
        self.changed.emit()
        self.reopen.emit()
