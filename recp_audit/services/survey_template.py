"""The empty tenant survey a park administration sends out: one row per stream, headers
in English and Russian, a help sheet explaining every column, and lists to pick the
direction, kind and hazard flag from. The shipped copies in `resources/templates/`
are written by `write_template`."""

from __future__ import annotations

import csv
from pathlib import Path

from recp_audit.services.reports import write_safely

# (header, what to write in English, in Russian)
COLUMNS = (
    ("Enterprise / Предприятие", "Name of the enterprise; rows with the same name are one "
     "enterprise", "Название предприятия; строки с одинаковым названием — одно предприятие"),
    ("NACE/OKED / ОКЭД", "NACE Rev. 2 code (10.51) or national OKED/OKVED code (10510); "
     "further activities after a semicolon (35.30; 37.00)",
     "Код NACE (10.51) или ОКЭД/ОКВЭД (10510); другие виды деятельности через точку с "
     "запятой (35.30; 37.00)"),
    ("Latitude / Широта", "Decimal degrees, e.g. 53.912", "Десятичные градусы, напр. 53,912"),
    ("Longitude / Долгота", "Decimal degrees, e.g. 27.561", "Десятичные градусы, напр. 27,561"),
    ("Direction / Направление", "output (offered) or input (needed)",
     "предлагает (выход) или требуется (вход)"),
    ("Kind / Вид", "material, energy, water, gas, service or infrastructure",
     "материал, энергия, вода, газ, услуга или инфраструктура"),
    ("Name / Наименование", "What the stream is, in Russian or English (sawdust, steam 6 bar)",
     "Что это, по-русски или по-английски (опилки, пар 6 бар)"),
    ("EWC code / Код отхода EWC", "European Waste Catalogue code, e.g. 03 01 05",
     "Код Европейского каталога отходов, напр. 03 01 05"),
    ("National code / Национальный код", "Code in the national waste classifier",
     "Код по национальному классификатору отходов"),
    ("Hazardous / Опасный", "yes or no; empty: taken from the EWC code",
     "да или нет; пусто — по коду EWC"),
    ("State / Агрегатное состояние", "solid, liquid, sludge, gas, heat",
     "твёрдое, жидкое, шлам, газ, тепло"),
    ("Quantity per year / Количество в год", "Number per year", "Число в год"),
    ("Unit / Единица", "t, m3, MWh, Gcal, kg ...", "т, м3, МВт·ч, Гкал, кг ..."),
    ("Months / Месяцы", "When available or needed: 1-12, 4-10, апр-окт; empty: all year",
     "Когда есть или нужен: 1-12, 4-10, апр-окт; пусто — весь год"),
    ("Temperature, °C / Температура, °C", "For heat, steam and water",
     "Для тепла, пара и воды"),
    ("Pressure, bar / Давление, бар", "Gauge pressure for steam and gas",
     "Избыточное давление пара и газа"),
    ("Disposal route / Способ удаления", "Where it goes now (landfill, contractor ...)",
     "Куда идёт сейчас (полигон, подрядчик ...)"),
    ("Disposal cost / Стоимость удаления", "Cost now, per unit", "Затраты сейчас, за единицу"),
    ("Price / Цена", "Price expected or paid, per unit", "Ожидаемая или уплачиваемая цена, "
     "за единицу"),
    ("Currency / Валюта", "BYN, RUB, EUR, USD ...", "BYN, RUB, EUR, USD ..."),
    ("Notes / Примечания", "Quality, composition, packaging, contact",
     "Качество, состав, упаковка, контакт"),
)
LISTS = {"Direction / Направление": "output,input,предлагает,требуется",
         "Kind / Вид": "material,energy,water,gas,service,infrastructure",
         "Hazardous / Опасный": "yes,no,да,нет"}


def headers() -> list[str]:
    """The header row of the template."""
    return [header for header, _, _ in COLUMNS]


def write_template(path: Path) -> Path:
    """Write the empty survey as XLSX (with a help sheet) or as CSV (UTF-8 with BOM)."""
    if path.suffix.lower() == ".csv":
        def write_csv(target: Path) -> None:
            with target.open("w", encoding="utf-8-sig", newline="") as handle:
                csv.writer(handle).writerow(headers())
        return write_safely(path, write_csv)
    return write_safely(path, _write_workbook)


def _write_workbook(target: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(headers())
    survey.freeze_panes = "A2"
    for index, (header, _, _) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        cell = survey.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        survey.column_dimensions[letter].width = 30 if index in (1, 7, 17, 21) else 16
        if header in LISTS:
            rule = DataValidation(type="list", formula1=f'"{LISTS[header]}"', allow_blank=True)
            rule.add(f"{letter}2:{letter}5000")
            survey.add_data_validation(rule)
    survey.row_dimensions[1].height = 32
    survey.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}1"
    guide = book.create_sheet("help")
    guide.append(["Column / Столбец", "What to write", "Что писать"])
    for row in COLUMNS:
        guide.append(list(row))
    guide.append([])
    guide.append(["", "One row per stream. Delete nothing from the header row; columns may "
                      "be in any order.",
                  "Одна строка на поток. Заголовки не удалять; порядок столбцов любой."])
    for letter, width in zip("ABC", (36, 70, 70)):
        guide.column_dimensions[letter].width = width
    for cell in guide[1]:
        cell.font = Font(bold=True)
    book.save(target)
