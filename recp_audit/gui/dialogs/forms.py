"""The forms for people, parks, enterprises, audits, instruments and measurement points,
wired to `services.records`."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from recp_audit.gui.dialogs.record import Field, RecordDialog
from recp_audit.gui.dialogs.team import TeamEditor
from recp_audit.gui.i18n import label
from recp_audit.choices import (AUDIT_KIND_LABELS, AUDIT_STATUS_LABELS, CURRENCIES,
                                INSTRUMENT_KIND_LABELS, PERSON_ROLE_LABELS,
                                RESOURCE_AREA_LABELS, AuditKind, AuditStatus, InstrumentKind,
                                ResourceArea)
from recp_audit.measure.quantities import QUANTITIES
from recp_audit.model import Audit, Enterprise, Instrument, MeasurementPoint, Park, Person
from recp_audit.logs import logger
from recp_audit.messages import RecpError
from recp_audit.services import navigation, records
from recp_audit.services.emission_factors import set_factor
from recp_audit.roles import Role, role_of
from recp_audit.settings import Settings
from recp_audit.store.db import Workspace



def person_fields() -> list[Field]:
    """Fields of a person."""
    return [
        Field("name", QCoreApplication.translate("Forms", "Full name")),
        Field("organisation", QCoreApplication.translate("Forms", "Organisation")),
        Field("role", QCoreApplication.translate("Forms", "Role"), "choice",
              [(label(text), role) for role, text in PERSON_ROLE_LABELS.items()],
              hint=QCoreApplication.translate("Forms", "What the person does in audits: expert, audit lead, club member or enterprise staff")),
        Field("email", QCoreApplication.translate("Forms", "E-mail")),
    ]


def park_fields() -> list[Field]:
    """Fields of a park."""
    return [
        Field("name", QCoreApplication.translate("Forms", "Name")),
        Field("country", QCoreApplication.translate("Forms", "Country")),
        Field("region", QCoreApplication.translate("Forms", "Region")),
        Field("latitude", QCoreApplication.translate("Forms", "Latitude"), "number", placeholder="54.2279",
              hint=QCoreApplication.translate("Forms", "Decimal degrees north, e.g. 54.2279; with the longitude it gives distances between enterprises")),
        Field("longitude", QCoreApplication.translate("Forms", "Longitude"), "number", placeholder="28.4917"),
        Field("notes", QCoreApplication.translate("Forms", "Notes"), "multiline"),
    ]


def enterprise_fields(workspace: Workspace) -> list[Field]:
    """Fields of an enterprise (the park list comes from the workspace)."""
    parks = [(park.name, park.id) for park in navigation.load_tree(workspace) if park.id]
    return [
        Field("name", QCoreApplication.translate("Forms", "Name")),
        Field("park_id", QCoreApplication.translate("Forms", "Park"), "choice", [(QCoreApplication.translate("Forms", "(not in a park)"), None), *parks]),
        Field("nace_code", QCoreApplication.translate("Forms", "NACE Rev. 2.1 code"), placeholder="10.51",
              hint=QCoreApplication.translate("Forms", "The main activity as a NACE Rev. 2.1 class, e.g. 10.51 for dairies")),
        Field("other_nace_codes", QCoreApplication.translate("Forms", "Other activities (NACE)"),
              placeholder="35.30; 37.00",
              hint=QCoreApplication.translate("Forms", "Further NACE Rev. 2.1 classes the enterprise works in, separated by semicolons (a utility: heat 35.30 and wastewater 37.00)")),
        Field("national_code", QCoreApplication.translate("Forms", "OKED / OKVED code"), placeholder="10510",
              hint=QCoreApplication.translate("Forms", "The Belarusian OKED or Russian OKVED code of the main activity; shown with its NACE class")),
        Field("address", QCoreApplication.translate("Forms", "Address")),
        Field("latitude", QCoreApplication.translate("Forms", "Latitude"), "number", placeholder="54.2315"),
        Field("longitude", QCoreApplication.translate("Forms", "Longitude"), "number", placeholder="28.4702"),
        Field("employees", QCoreApplication.translate("Forms", "Employees"), "number",
              hint=QCoreApplication.translate("Forms", "Staff on the payroll, for the indicators per employee")),
        Field("shifts", QCoreApplication.translate("Forms", "Shifts per day"), "number", placeholder="1-4"),
        Field("main_products", QCoreApplication.translate("Forms", "Main products"), "multiline"),
        Field("annual_output", QCoreApplication.translate("Forms", "Annual output"), "number",
              hint=QCoreApplication.translate("Forms", "Production in the baseline year, the basis of consumption per unit of product")),
        Field("annual_output_unit", QCoreApplication.translate("Forms", "Unit of output"), placeholder="t, m3, pcs",
              hint=QCoreApplication.translate("Forms", "The unit of the output: t, m3, pcs, thousand cans …")),
        Field("private", QCoreApplication.translate("Forms", "Private"), "check",
              placeholder=QCoreApplication.translate(
                  "Forms", "Keep on this computer: never published to a team server")),
    ]


def audit_fields() -> list[Field]:
    """Fields of an audit."""
    return [
        Field("title", QCoreApplication.translate("Forms", "Title")),
        Field("kind", QCoreApplication.translate("Forms", "Kind"), "choice",
              [(label(text), kind) for kind, text in AUDIT_KIND_LABELS.items()],
              hint=QCoreApplication.translate("Forms", "An expert assessment on site, or a self-diagnosis by the enterprise's own staff")),
        Field("status", QCoreApplication.translate("Forms", "Status"), "choice",
              [(label(text), status) for status, text in AUDIT_STATUS_LABELS.items()]),
        Field("period_start", QCoreApplication.translate("Forms", "Baseline from"), "date",
              hint=QCoreApplication.translate("Forms", "First day of the period the baseline consumption covers, usually 1 January of last year")),
        Field("period_end", QCoreApplication.translate("Forms", "Baseline to"), "date",
              hint=QCoreApplication.translate("Forms", "Last day of the baseline period")),
        Field("report_language", QCoreApplication.translate("Forms", "Report language"), "choice",
              [("Русский", "ru"), ("English", "en")],
              hint=QCoreApplication.translate("Forms", "The language of this audit's PDF report and workbook")),
        Field("currency", QCoreApplication.translate("Forms", "Currency"), "choice", [(code, code) for code in CURRENCIES],
              hint=QCoreApplication.translate("Forms", "All costs, prices and savings of this audit are in this currency")),
    ]


def _edit(parent: QWidget | None, workspace: Workspace, model: type, title: str,
          fields: list[Field], record_id: uuid.UUID | None, defaults: dict[str, Any],
          extra: QWidget | None = None, after_save=None,
          prepare: Callable[[RecordDialog], None] | None = None) -> uuid.UUID | None:
    values = records.values_of(workspace, model, record_id) if record_id else defaults
    saved: dict[str, uuid.UUID] = {}

    def submit(typed: dict[str, Any]) -> None:
        if record_id:
            records.update(workspace, model, record_id, typed)
            saved["id"] = record_id
        else:
            saved["id"] = records.create(workspace, model, {**defaults, **typed})
        if after_save:
            after_save(saved["id"])

    dialog = RecordDialog(title, fields, values, submit, parent, extra)
    if prepare:
        prepare(dialog)
    return saved.get("id") if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_person(parent: QWidget | None, workspace: Workspace,
                person_id: uuid.UUID | None = None) -> uuid.UUID | None:
    """Create or edit a person; returns the id when saved."""
    title = QCoreApplication.translate("Forms", "Edit person") if person_id else QCoreApplication.translate("Forms", "New person")
    return _edit(parent, workspace, Person, title, person_fields(), person_id, {})


def edit_park(parent: QWidget | None, workspace: Workspace,
              park_id: uuid.UUID | None = None) -> uuid.UUID | None:
    """Create or edit a park; returns the id when saved."""
    title = QCoreApplication.translate("Forms", "Edit park") if park_id else QCoreApplication.translate("Forms", "New park")
    return _edit(parent, workspace, Park, title, park_fields(), park_id,
                 {"country": QCoreApplication.translate("Forms", "Belarus")})


def edit_enterprise(parent: QWidget | None, workspace: Workspace,
                    enterprise_id: uuid.UUID | None = None,
                    park_id: uuid.UUID | None = None) -> uuid.UUID | None:
    """Create or edit an enterprise; returns the id when saved."""
    title = QCoreApplication.translate("Forms", "Edit enterprise") if enterprise_id else QCoreApplication.translate("Forms", "New enterprise")
    return _edit(parent, workspace, Enterprise, title, enterprise_fields(workspace),
                 enterprise_id, {"park_id": park_id})


def edit_audit(parent: QWidget | None, workspace: Workspace, audit_id: uuid.UUID | None = None,
               enterprise_id: uuid.UUID | None = None,
               settings: Settings | None = None) -> uuid.UUID | None:
    """Create or edit an audit and its team; returns the id when saved. A new audit starts
    with the user's settings: currency, report language and grid electricity factor, and is
    a self-diagnosis for a club member."""
    title = QCoreApplication.translate("Forms", "Edit audit") if audit_id else QCoreApplication.translate("Forms", "New audit")
    settings = settings or Settings()
    last_year = dt.date.today().year - 1
    kind = AuditKind.SELF_DIAGNOSIS if role_of(settings.role) is Role.CLUB else AuditKind.EXPERT
    defaults = {"enterprise_id": enterprise_id, "kind": kind,
                "status": AuditStatus.PLANNED, "report_language": settings.language,
                "currency": settings.currency,
                "period_start": dt.date(last_year, 1, 1), "period_end": dt.date(last_year, 12, 31)}
    team = TeamEditor(records.people(workspace),
                      records.team(workspace, audit_id) if audit_id else {})

    def after_save(saved_id: uuid.UUID) -> None:
        records.set_team(workspace, saved_id, team.members())
        if not audit_id and settings.grid_factor:
            try:
                set_factor(workspace, saved_id, "grid", "BY", "co2e", settings.grid_factor,
                           settings.grid_factor_source)
            except RecpError as exc:  # a hand-edited settings file: the shipped factor stays
                logger.warning("grid factor of the settings not used: %s", exc)

    def calendars_at_the_period(dialog: RecordDialog) -> None:
        start, end = dialog.widgets["period_start"], dialog.widgets["period_end"]
        start.set_around(dt.date(last_year, 1, 1))
        end.set_around(start.date() or dt.date(last_year, 12, 31))
        start.date_changed.connect(lambda: end.set_around(start.date()))

    return _edit(parent, workspace, Audit, title, audit_fields(), audit_id,
                 defaults if not audit_id else {}, extra=team, after_save=after_save,
                 prepare=calendars_at_the_period)


def instrument_fields() -> list[Field]:
    """Fields of an instrument of the register."""
    return [
        Field("kind", QCoreApplication.translate("Forms", "Kind"), "choice",
              [(label(text), kind) for kind, text in INSTRUMENT_KIND_LABELS.items()]),
        Field("make", QCoreApplication.translate("Forms", "Make"), placeholder="Fluke, Testo"),
        Field("model", QCoreApplication.translate("Forms", "Model"), placeholder="1738, 330-2"),
        Field("serial", QCoreApplication.translate("Forms", "Serial number"),
              hint=QCoreApplication.translate("Forms", "As on the instrument's plate and its calibration certificate")),
        Field("accuracy_percent", QCoreApplication.translate(
            "Forms", "Accuracy, % of reading"), "number",
              hint=QCoreApplication.translate("Forms", "From the data sheet, e.g. 1.5 for ±1.5 % of the reading; gives each reading's uncertainty")),
        Field("accuracy_absolute", QCoreApplication.translate(
            "Forms", "Accuracy, absolute"), "number",
              hint=QCoreApplication.translate("Forms", "A fixed part of the accuracy, e.g. 0.5 for ±0.5 °C; added to the percentage")),
        Field("accuracy_unit", QCoreApplication.translate("Forms", "Unit of absolute accuracy"),
              placeholder="°C, kW, ppm"),
        Field("calibrated_on", QCoreApplication.translate("Forms", "Calibrated on"), "date"),
        Field("calibration_due", QCoreApplication.translate("Forms", "Calibration due"), "date",
              hint=QCoreApplication.translate("Forms", "After this date readings are still accepted but flagged as taken with an overdue instrument")),
        Field("notes", QCoreApplication.translate("Forms", "Notes"), "multiline"),
    ]


class QuantityPicker(QListWidget):
    """Tick the quantities an instrument measures."""

    def __init__(self, chosen: list[str]):
        super().__init__()
        self.setFixedHeight(150)
        for key, quantity in QUANTITIES.items():
            entry = QListWidgetItem(label(quantity.label, "Quantity"))
            entry.setData(Qt.ItemDataRole.UserRole, key)
            entry.setCheckState(Qt.CheckState.Checked if key in chosen
                                else Qt.CheckState.Unchecked)
            self.addItem(entry)

    def chosen(self) -> list[str]:
        """The ticked quantity ids."""
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]


def edit_instrument(parent: QWidget | None, workspace: Workspace,
                    instrument_id: uuid.UUID | None = None) -> uuid.UUID | None:
    """Create or edit an instrument of the register; returns the id when saved."""
    title = QCoreApplication.translate("Forms", "Edit instrument") if instrument_id \
        else QCoreApplication.translate("Forms", "New instrument")
    chosen = records.values_of(workspace, Instrument, instrument_id)["quantities"] \
        if instrument_id else []
    picker = QuantityPicker(chosen)
    return _edit(parent, workspace, Instrument, title, instrument_fields(), instrument_id,
                 {"kind": InstrumentKind.POWER_ANALYSER}, extra=picker,
                 after_save=lambda saved_id: records.update(
                     workspace, Instrument, saved_id, {"quantities": picker.chosen()}))


def edit_point(parent: QWidget | None, workspace: Workspace, point_id: uuid.UUID | None = None,
               audit_id: uuid.UUID | None = None) -> uuid.UUID | None:
    """Create or edit a measurement point; returns the id when saved."""
    title = QCoreApplication.translate("Forms", "Edit measurement point") if point_id \
        else QCoreApplication.translate("Forms", "New measurement point")
    fields = [
        Field("name", QCoreApplication.translate("Forms", "Equipment or place measured"),
              placeholder=QCoreApplication.translate("Forms", "Compressor K-2 feeder")),
        Field("area", QCoreApplication.translate("Forms", "Area"), "choice",
              [(label(text), area) for area, text in RESOURCE_AREA_LABELS.items()]),
        Field("notes", QCoreApplication.translate("Forms", "Notes"), "multiline"),
    ]
    return _edit(parent, workspace, MeasurementPoint, title, fields, point_id,
                 {"audit_id": audit_id, "area": ResourceArea.ENERGY})
