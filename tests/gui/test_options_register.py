"""The options register and dialog show what each saving is worth: "not priced" savings,
partial money, groups of options on one equipment with and without interaction, and the
group fields of an option."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from recp_audit.model import Audit, Enterprise
from recp_audit.services import options, records


def plain(text: str) -> str:
    """`text` with non-breaking spaces as plain ones."""
    return text.replace("\u00a0", " ")


@pytest.fixture
def audit(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "Precast"})
    return records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "RECP",
                                             "currency": "BYN"})


def test_the_register_marks_unpriced_savings_and_partial_money(qtbot, workspace, audit):
    from recp_audit.gui.pages.options import COLUMNS, OptionsArea

    made = options.create_option(workspace, audit, {"title": "Condensate", "status": "accepted",
                                                    "investment": 26_000})
    options.set_calculation(workspace, made, "condensate-return", {
        "condensate_flow": "2 t/h", "hours": "5200 h", "condensate_temperature": "78 °C",
        "water_price": "0.9 BYN/m3"})
    area = OptionsArea(workspace, audit, "RECP", "BYN", "en")
    qtbot.addWidget(area)
    keys = [key for key, _ in COLUMNS]
    cell = lambda key: plain(area.proxy.data(area.proxy.index(0, keys.index(key))))  # noqa: E731
    assert cell("unpriced") == "natural gas"
    assert cell("money").startswith("≥ 9 360") and cell("payback").startswith("≤ 2.8")
    tip = plain(area.proxy.data(area.proxy.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert "Natural gas 967 MWh — not priced" in tip
    assert "Not priced: natural gas" in area.warnings.text()
    assert not area.table.isColumnHidden(keys.index("unpriced"))


def test_the_register_shows_the_dairy_compressor_group_and_the_dialog_its_fields(
        qtbot, demo, monkeypatch):
    from recp_audit.gui.dialogs.option_dialog import OptionDialog
    from recp_audit.gui.pages.options import COLUMNS, OptionsArea
    from recp_audit.reports.format import number

    with demo.session() as session:
        dairy = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    area = OptionsArea(demo, dairy, "RECP", "BYN", "en")
    qtbot.addWidget(area)
    infos = options.options(demo, dairy)
    group = options.groups(infos)[0]
    assert f"Компрессор К-2: 3 options applied in sequence on an annual use of 407 MWh " \
           f"(electricity): {plain(number(group.money(), 'en'))} BYN a year together" \
           in plain(area.groups.text())
    total = options.totals(infos, "BYN")
    assert number(total.money, "en") in area.summary.text()  # the interacting total
    assert area.table.isColumnHidden(COLUMNS.index(("unpriced", "Not\npriced")))  # all priced
    pressure = next(info for info in infos if info.calculator == "compressor-pressure")
    dialog = OptionDialog(demo, dairy, pressure.id, "BYN", "en")
    qtbot.addWidget(dialog)
    assert dialog.group.currentText() == "Компрессор К-2" and dialog.group_order.value() == 2
    share = number(pressure.remaining * 100, "en")  # 67 %: the leaks leave two thirds
    assert f"{share} % of the equipment's use is left to it" in dialog.findChild(
        QLabel, "group_note").text()
    assert "at the calculation's price 0.29 BYN/kWh" in plain(dialog.findChild(
        QLabel, "savings").text())
    made = options.create_option(demo, dairy, {"title": "Cooler for K-2"})
    dialog = OptionDialog(demo, dairy, made, "BYN", "en")
    qtbot.addWidget(dialog)
    dialog.group.setCurrentText("Компрессор К-2")
    dialog.group_order.setValue(4)
    dialog.save()
    info = next(info for info in options.options(demo, dairy) if info.id == made)
    assert (info.group, info.group_order) == ("Компрессор К-2", 4)
    warned = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda *args: warned.append(args[2]))
    dialog = OptionDialog(demo, dairy, made, "BYN", "en")
    qtbot.addWidget(dialog)
    dialog.group_base.setText("a lot")
    dialog.save()
    assert "is not an amount with its unit" in warned[0]
