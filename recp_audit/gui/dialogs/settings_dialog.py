"""File > Settings: language, role, name; the currency and grid factor of new audits; the
unit heat is shown in; the data folder and how many automatic backups are kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from recp_audit import paths
from recp_audit.choices import CURRENCIES
from recp_audit.gui import i18n
from recp_audit.gui.dialogs.unsaved import FormDialog
from recp_audit.gui.i18n import label
from recp_audit.messages import RecpError
from recp_audit.roles import ROLE_DESCRIPTIONS, ROLE_LABELS, Role, role_of
from recp_audit.settings import Settings
from recp_audit.display import HEAT_UNITS
from recp_audit.units import unit_label


class SettingsDialog(FormDialog):
    """Edits a copy of the choices; OK checks them (a message names what is wrong and the
    dialog stays open); `chosen()` gives them after OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        layout = QVBoxLayout(self)
        layout.addWidget(self._general(settings))
        layout.addWidget(self._new_audits(settings))
        layout.addWidget(self._files(settings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.adjustSize()

    def _general(self, settings: Settings) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(label(ROLE_LABELS[role], "Role"), role.value)
        self.role.setCurrentIndex(self.role.findData((role_of(settings.role)
                                                      or Role.EXPERT).value))
        self.role_about = QLabel()
        self.role_about.setWordWrap(True)
        self.role.currentIndexChanged.connect(self._describe_role)
        self._describe_role()
        self.author = QLineEdit(settings.author)
        self.author.setObjectName("author")
        self.author.setMaxLength(200)
        self.author.setPlaceholderText(self.tr("for example: A. Ivanova, RECP centre"))
        self.author.setToolTip(self.tr("Written beside every change you make, so that a lead "
                                       "merging several experts' files sees who changed what. "
                                       "Takes effect for the next workspace opened."))
        self.heat_unit = QComboBox()
        self.heat_unit.setObjectName("heat_unit")
        for unit in HEAT_UNITS:
            self.heat_unit.addItem(unit_label(unit, settings.language), unit)
        self.heat_unit.setCurrentIndex(max(0, self.heat_unit.findData(settings.heat_unit)))
        self.heat_unit.setToolTip(self.tr("The unit of heat and fuel amounts in results and "
                                          "reports (1 Gcal = 1.163 MWh = 4.1868 GJ). "
                                          "Electricity stays in MWh."))
        form = QFormLayout(box)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.role_about)
        form.addRow(self.tr("Your &name:"), self.author)
        form.addRow(self.tr("&Heat and fuel in:"), self.heat_unit)
        return box

    def _new_audits(self, settings: Settings) -> QGroupBox:
        box = QGroupBox(self.tr("New audits"))
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(settings.currency)
        self.currency.setToolTip(self.tr("The currency a new audit's costs and prices are in; "
                                         "each audit can still be changed in its form."))
        self.grid_factor = QLineEdit(settings.grid_factor)
        self.grid_factor.setObjectName("grid_factor")
        self.grid_factor.setPlaceholderText(self.tr("empty: the shipped 400 g/kWh (IFI 2021)"))
        self.grid_factor.setToolTip(self.tr(
            "CO2e per kWh of grid electricity that new audits start with, with its unit, "
            "e.g. 0.45 kg/kWh. Leave empty for the shipped factor. Existing audits keep "
            "theirs; change them with Emission factors… on the audit's Options page."))
        self.grid_source = QLineEdit(settings.grid_factor_source)
        self.grid_source.setObjectName("grid_source")
        self.grid_source.setPlaceholderText(self.tr("where the value comes from"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Currency:"), self.currency)
        form.addRow(self.tr("&Grid electricity factor:"), self.grid_factor)
        form.addRow(self.tr("&Source of the factor:"), self.grid_source)
        return box

    def _files(self, settings: Settings) -> QGroupBox:
        box = QGroupBox(self.tr("Files"))
        self.data_folder = QLineEdit(settings.data_folder)
        self.data_folder.setObjectName("data_folder")
        self.data_folder.setPlaceholderText(str(paths.user_data_dir()))
        self.data_folder.setToolTip(self.tr(
            "Where the default workspace, the demo and the backups are kept. Empty: the "
            "system's folder shown in grey. The workspace open now stays where it is."))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.data_folder, 1)
        row.addWidget(browse)
        self.backups = QSpinBox()
        self.backups.setObjectName("backups")
        self.backups.setRange(0, 1000)
        self.backups.setValue(settings.backups_kept)
        self.backups.setSpecialValueText(self.tr("none"))
        self.backups.setToolTip(self.tr(
            "Each time a workspace is opened a copy of it is put in the backups folder; this "
            "many of the newest copies are kept per workspace. 0 turns automatic backups off."))
        folder_label = QLabel(self.tr("&Data folder:"))
        folder_label.setBuddy(self.data_folder)
        form = QFormLayout(box)
        form.addRow(folder_label, row)
        form.addRow(self.tr("Automatic &backups kept:"), self.backups)
        return box

    def _describe_role(self) -> None:
        self.role_about.setText(label(ROLE_DESCRIPTIONS[Role(self.role.currentData())], "Role"))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Data folder"), self.data_folder.text() or str(paths.user_data_dir()))
        if folder:
            self.data_folder.setText(folder)

    def accept(self) -> None:
        """Close only when the grid factor and the data folder are usable."""
        from recp_audit.services.emission_factors import check_grid_default

        try:
            check_grid_default(self.grid_factor.text(), self.grid_source.text())
            if self.data_folder.text().strip():
                paths.check_data_dir(Path(self.data_folder.text().strip()))
        except RecpError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.text(exc.message))
            return
        super().accept()

    def chosen(self) -> dict[str, Any]:
        """Every setting as chosen, by the name of its Settings field."""
        return {"language": self.language.currentData(), "role": self.role.currentData(),
                "author": self.author.text().strip(), "heat_unit": self.heat_unit.currentData(),
                "currency": self.currency.currentText(),
                "grid_factor": self.grid_factor.text().strip(),
                "grid_factor_source": self.grid_source.text().strip(),
                "data_folder": self.data_folder.text().strip(),
                "backups_kept": self.backups.value()}
