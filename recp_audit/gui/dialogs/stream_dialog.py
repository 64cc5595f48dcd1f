"""The form of a symbiosis stream: what it is, its EWC code found by code or words (the
hazard flag follows the code unless set), quantity, months, heat data and prices."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QLineEdit, QWidget

from recp_audit.choices import (CURRENCIES, STREAM_DIRECTION_LABELS, STREAM_KIND_LABELS,
                                StreamDirection, StreamKind)
from recp_audit.gui.dialogs.record import Field, RecordDialog, select_data
from recp_audit.gui.i18n import label
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.model import Stream
from recp_audit.services import records, symbiosis
from recp_audit.store.db import Workspace


def months_text(months: list[int] | tuple[int, ...]) -> str:
    """Months as typed back into the form: `4-10`, `1,3,5`, `10-4` (empty: all year)."""
    chosen = sorted(set(months))
    if not chosen:
        return ""
    runs: list[list[int]] = []
    for month in chosen:
        if runs and month == runs[-1][-1] + 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    if len(runs) > 1 and runs[0][0] == 1 and runs[-1][-1] == 12:
        runs = [runs[-1] + runs[0]] + runs[1:-1]  # a season across the new year
    return ", ".join(f"{run[0]}-{run[-1]}" if len(run) > 2 else
                     ", ".join(str(m) for m in run) for run in runs)


# (key, label, kind, placeholder) of the form's plain fields, after direction and kind
PLAIN_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("StreamDialog", "Name"), "text",
     QT_TRANSLATE_NOOP("StreamDialog", "Sawdust, dry / Опилки сухие")),
    ("ewc_code", QT_TRANSLATE_NOOP("StreamDialog", "EWC code"), "text",
     QT_TRANSLATE_NOOP("StreamDialog", "type a code or words: 03 01 05, sawdust")),
    ("national_code", QT_TRANSLATE_NOOP("StreamDialog", "National waste code"), "text", ""),
    ("hazardous", QT_TRANSLATE_NOOP("StreamDialog", "Hazardous"), "choice", ""),
    ("state", QT_TRANSLATE_NOOP("StreamDialog", "Physical state"), "text",
     QT_TRANSLATE_NOOP("StreamDialog", "solid, liquid, sludge, gas")),
    ("quantity", QT_TRANSLATE_NOOP("StreamDialog", "Quantity per year"), "number", ""),
    ("unit", QT_TRANSLATE_NOOP("StreamDialog", "Unit"), "text", "t, m3, MWh"),
    ("months", QT_TRANSLATE_NOOP("StreamDialog", "Months available or needed"), "text",
     QT_TRANSLATE_NOOP("StreamDialog", "empty: all year; 4-10 or апр-окт")),
    ("temperature", QT_TRANSLATE_NOOP("StreamDialog", "Temperature, °C"), "number", ""),
    ("pressure", QT_TRANSLATE_NOOP("StreamDialog", "Pressure, bar (gauge)"), "number", ""),
    ("quality", QT_TRANSLATE_NOOP("StreamDialog", "Quality, composition, notes"), "multiline", ""),
    ("disposal_route", QT_TRANSLATE_NOOP("StreamDialog", "Current disposal route"), "text", ""),
    ("disposal_cost", QT_TRANSLATE_NOOP("StreamDialog", "Disposal cost per unit"), "number", ""),
    ("price", QT_TRANSLATE_NOOP("StreamDialog", "Price expected per unit"), "number", ""),
)
HAZARD_CHOICES = ((QT_TRANSLATE_NOOP("StreamDialog", "as the EWC code says"), None),
                  (QT_TRANSLATE_NOOP("StreamDialog", "yes"), True),
                  (QT_TRANSLATE_NOOP("StreamDialog", "no"), False))


def _t(source: str) -> str:
    return label(source, "StreamDialog") if source else ""


def stream_fields(enterprises: list[tuple[str, uuid.UUID]] | None) -> list[Field]:
    """The fields; an enterprise choice first when the stream's owner is to be picked."""
    fields = [Field("enterprise_id", QCoreApplication.translate("StreamDialog", "Enterprise"),
                    "choice", enterprises)] if enterprises else []
    fields += [
        Field("direction", QCoreApplication.translate("StreamDialog", "Direction"), "choice",
              [(label(text), key) for key, text in STREAM_DIRECTION_LABELS.items()]),
        Field("kind", QCoreApplication.translate("StreamDialog", "Kind"), "choice",
              [(label(text), key) for key, text in STREAM_KIND_LABELS.items()])]
    for key, caption, kind, placeholder in PLAIN_FIELDS:
        choices = [(_t(text), value) for text, value in HAZARD_CHOICES] \
            if key == "hazardous" else []
        fields.append(Field(key, _t(caption), kind, choices, _t(placeholder)))
    return fields + [Field("currency", QCoreApplication.translate("StreamDialog", "Currency"),
                           "choice", [(code, code) for code in CURRENCIES])]


def _attach_ewc_search(dialog: RecordDialog) -> None:
    """Complete the EWC field from the shipped list by code or by words."""
    from recp_audit.codes import ewc

    field: QLineEdit = dialog.widgets["ewc_code"]
    hazardous: QComboBox = dialog.widgets["hazardous"]
    entries = list(ewc.codes().values())
    completer = QCompleter(QStringListModel(
        [f"{entry.code}  {entry.description}" for entry in entries], dialog), dialog)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(12)
    field.setCompleter(completer)

    def chosen(text: str) -> None:
        entry = ewc.lookup(text.split("  ")[0])
        if entry is not None:
            field.setText(entry.code)
            field.setToolTip(f"{entry.code} {entry.description}\n{entry.subchapter_name}")
            if hazardous.currentData() is not None and hazardous.currentData() != entry.hazardous:
                select_data(hazardous, None)

    completer.activated.connect(chosen)


def edit_stream(parent: QWidget | None, workspace: Workspace, stream_id: uuid.UUID | None = None,
                enterprise_id: uuid.UUID | None = None,
                enterprises: list[tuple[str, uuid.UUID]] | None = None,
                values: dict[str, Any] | None = None) -> uuid.UUID | None:
    """Create or edit a stream (of `enterprise_id`, or of one chosen among `enterprises`);
    `values` prefills a new one. Returns the id when saved."""
    if stream_id is not None:
        shown = records.values_of(workspace, Stream, stream_id)
        enterprises = None
    else:
        shown = {"direction": StreamDirection.OUTPUT, "kind": StreamKind.MATERIAL,
                 "currency": "BYN", "hazardous": None, "enterprise_id": enterprise_id,
                 **(values or {})}
    shown["months"] = months_text(shown.get("months") or [])
    title = QCoreApplication.translate("StreamDialog", "Edit stream") if stream_id \
        else QCoreApplication.translate("StreamDialog", "New stream")
    saved: dict[str, uuid.UUID] = {}

    def submit(typed: dict[str, Any]) -> None:
        owner = typed.pop("enterprise_id", None) or shown.get("enterprise_id")
        saved["id"] = symbiosis.save_stream(workspace, {**typed, "enterprise_id": owner},
                                            stream_id)

    dialog = RecordDialog(title, stream_fields(enterprises), shown, submit, parent)
    dialog.setMinimumWidth(620)
    _attach_ewc_search(dialog)
    return saved.get("id") if dialog.exec() == QDialog.DialogCode.Accepted else None
