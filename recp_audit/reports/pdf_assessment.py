"""The assessment report as PDF (reportlab): title page, contents, company profile,
methodology, baseline with charts, RECP indicators, checklist scores and findings,
measurements with instruments and calibration, options ranked, action plan, photos,
and appendices with the raw tables and the emission factors used.

DejaVu Sans, shipped in `resources/fonts/` with its licence, is embedded so that
Cyrillic renders on any machine. Charts are reportlab vector drawings. Every page
after the title has a running header and "page N of M".
"""

from __future__ import annotations

import io
import re
import uuid
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, Image, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.paths import resource_path
from recp_audit.progress import Progress
from recp_audit.reports.catalog import translate
from recp_audit.reports.format import hyphenated, number, significant
from recp_audit.store.db import Workspace

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#dce6f0")
WARN = colors.HexColor("#b00020")
PAGE_WIDTH = A4[0] - 36 * mm
MAX_PHOTOS = 12
PARAGRAPH_TEXT = 1000  # characters of one paragraph at most: 3,000 letters took 40 s
CELL_TEXT = 4000  # characters of a table cell at most, before its width is known
CELL_LINES = 50  # lines of a table cell at most (a page holds about 70)
PHOTO_PIXELS = 1200  # the longer side of a photo in the report: 80 mm at 380 dpi
CELL_PADDING = 12  # reportlab's default left plus right padding of a table cell, points
MAX_COLUMN_SHARE = 0.4  # no single long word widens a column past this share of its table
HYPHENATED_WORD = 15 * mm  # a longer word of a table is hyphenated, not given the room
CHART_LABEL_SIZE, CHART_LABEL_LINES = 6.5, 2  # points; lines of a bar's label at most

# Texts of the PDF report, marked for Qt Linguist (translated by `_r`).
TEXTS = (
    QT_TRANSLATE_NOOP("PdfReport", "RECP assessment report"),
    QT_TRANSLATE_NOOP("PdfReport", "Resource Efficient and Cleaner Production (UNIDO/UNEP method)"),
    QT_TRANSLATE_NOOP("PdfReport", "Baseline period"),
    QT_TRANSLATE_NOOP("PdfReport", "Team"),
    QT_TRANSLATE_NOOP("PdfReport", "Report made"),
    QT_TRANSLATE_NOOP("PdfReport", "Contents"),
    QT_TRANSLATE_NOOP("PdfReport", "Company profile"),
    QT_TRANSLATE_NOOP("PdfReport", "Methodology"),
    QT_TRANSLATE_NOOP("PdfReport", "Baseline"),
    QT_TRANSLATE_NOOP("PdfReport", "RECP indicators"),
    QT_TRANSLATE_NOOP("PdfReport", "Checklists: scores and findings"),
    QT_TRANSLATE_NOOP("PdfReport", "Measurements"),
    QT_TRANSLATE_NOOP("PdfReport", "Improvement options"),
    QT_TRANSLATE_NOOP("PdfReport", "Action plan"),
    QT_TRANSLATE_NOOP("PdfReport", "Photos"),
    QT_TRANSLATE_NOOP("PdfReport", "Appendix A. Baseline data"),
    QT_TRANSLATE_NOOP("PdfReport", "Appendix B. Emission factors used"),
    QT_TRANSLATE_NOOP("PdfReport", "Appendix C. Spot readings"),
    QT_TRANSLATE_NOOP("PdfReport", "Page {page} of {pages}"),
    QT_TRANSLATE_NOOP("PdfReport", "Not recorded yet."),
    QT_TRANSLATE_NOOP("PdfReport", "Resource"),
    QT_TRANSLATE_NOOP("PdfReport", "Per year"),
    QT_TRANSLATE_NOOP("PdfReport", "Unit"),
    QT_TRANSLATE_NOOP("PdfReport", "Cost"),
    QT_TRANSLATE_NOOP("PdfReport", "Months with data"),
    QT_TRANSLATE_NOOP("PdfReport", "Monthly use"),
    QT_TRANSLATE_NOOP("PdfReport", "Shares of the baseline costs, %"),
    QT_TRANSLATE_NOOP("PdfReport", "Indicator"),
    QT_TRANSLATE_NOOP("PdfReport", "Baseline year"),
    QT_TRANSLATE_NOOP("PdfReport", "After selected options"),
    QT_TRANSLATE_NOOP("PdfReport", "Change"),
    QT_TRANSLATE_NOOP("PdfReport", "Checklist"),
    QT_TRANSLATE_NOOP("PdfReport", "Score"),
    QT_TRANSLATE_NOOP("PdfReport", "Answered"),
    QT_TRANSLATE_NOOP("PdfReport", "Findings"),
    QT_TRANSLATE_NOOP("PdfReport", "Finding"),
    QT_TRANSLATE_NOOP("PdfReport", "Note"),
    QT_TRANSLATE_NOOP("PdfReport", "Instruments"),
    QT_TRANSLATE_NOOP("PdfReport", "Instrument"),
    QT_TRANSLATE_NOOP("PdfReport", "Serial"),
    QT_TRANSLATE_NOOP("PdfReport", "Calibration due"),
    QT_TRANSLATE_NOOP("PdfReport", "OVERDUE"),
    QT_TRANSLATE_NOOP("PdfReport", "Point"),
    QT_TRANSLATE_NOOP("PdfReport", "Quantity"),
    QT_TRANSLATE_NOOP("PdfReport", "Mean ± accuracy"),
    QT_TRANSLATE_NOOP("PdfReport", "Readings"),
    QT_TRANSLATE_NOOP("PdfReport", "Logged series"),
    QT_TRANSLATE_NOOP("PdfReport", "Channel"),
    QT_TRANSLATE_NOOP("PdfReport", "Mean"),
    QT_TRANSLATE_NOOP("PdfReport", "Peak"),
    QT_TRANSLATE_NOOP("PdfReport", "Total"),
    QT_TRANSLATE_NOOP("PdfReport", "Values measured with an instrument past its calibration due "
                                   "date are marked OVERDUE; they are kept, but should be "
                                   "confirmed."),
    QT_TRANSLATE_NOOP("PdfReport", "Option"),
    QT_TRANSLATE_NOOP("PdfReport", "Category"),
    QT_TRANSLATE_NOOP("PdfReport", "Savings per year"),
    QT_TRANSLATE_NOOP("PdfReport", "Money per year"),
    QT_TRANSLATE_NOOP("PdfReport", "Investment"),
    QT_TRANSLATE_NOOP("PdfReport", "Payback, years"),
    QT_TRANSLATE_NOOP("PdfReport", "CO2e, t/yr"),
    QT_TRANSLATE_NOOP("PdfReport", "Status"),
    QT_TRANSLATE_NOOP("PdfReport", "Responsible"),
    QT_TRANSLATE_NOOP("PdfReport", "Deadline"),
    QT_TRANSLATE_NOOP("PdfReport", "Selected options together: {money} {currency} a year for an "
                                   "investment of {investment} {currency} (simple payback "
                                   "{payback} years), {co2e} t CO2e avoided a year."),
    QT_TRANSLATE_NOOP("PdfReport", "Saving per year by option, {currency}"),
    QT_TRANSLATE_NOOP("PdfReport", "Options on the same equipment"),
    QT_TRANSLATE_NOOP("PdfReport", "Options on one piece of equipment or energy flow act in "
                                   "sequence: each saves its share of what the options before "
                                   "it leave. The totals above count them so."),
    QT_TRANSLATE_NOOP("PdfReport", "Savings and their prices"),
    QT_TRANSLATE_NOOP("PdfReport", "Money marked ≥ leaves out savings that are not priced: "
                                   "the money is a lower bound, the payback an upper one."),
    QT_TRANSLATE_NOOP("PdfReport", "How each saving was calculated"),
    QT_TRANSLATE_NOOP("PdfReport", "Inputs"),
    QT_TRANSLATE_NOOP("PdfReport", "Measured values"),
    QT_TRANSLATE_NOOP("PdfReport", "Photo {name} cannot be shown (its data is damaged)."),
    QT_TRANSLATE_NOOP("PdfReport", "Factor"),
    QT_TRANSLATE_NOOP("PdfReport", "Value"),
    QT_TRANSLATE_NOOP("PdfReport", "Source"),
    QT_TRANSLATE_NOOP("PdfReport", "No output recorded: the indicators need production in the "
                                   "baseline."),
)


def _r(source: str, language: str) -> str:
    return translate("PdfReport", source, language)


def register_fonts() -> None:
    """Register the embedded Unicode font family (once)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@dataclass
class Styles:
    """The paragraph styles of the report."""

    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    warn: ParagraphStyle

    language: str

    @classmethod
    def make(cls, language: str) -> Styles:
        """The styles of a report in `language`; table cells break words at the soft
        hyphens `_table` puts in (reportlab's own hyphenation leaves a word that is alone
        on a line unbroken, or cuts it without a hyphen)."""
        body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5,
                              spaceAfter=4)
        cell = ParagraphStyle("cell", parent=body, fontSize=7.8, leading=9.6, spaceAfter=0,
                              embeddedHyphenation=1)
        return cls(
            body, ParagraphStyle("small", parent=body, fontSize=8, leading=10,
                                 textColor=colors.HexColor("#555555")),
            cell, ParagraphStyle("cellright", parent=cell, alignment=TA_RIGHT),
            ParagraphStyle("cellbold", parent=cell, fontName=BOLD, fontSize=7.2, leading=8.8),
            ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=15, leading=19,
                           textColor=ACCENT, spaceBefore=4, spaceAfter=8, keepWithNext=1),
            ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=15,
                           textColor=ACCENT, spaceBefore=8, spaceAfter=4, keepWithNext=1),
            ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=24, leading=30,
                           alignment=TA_CENTER, textColor=ACCENT, spaceAfter=16),
            ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16,
                           alignment=TA_CENTER, spaceAfter=8),
            ParagraphStyle("warn", parent=body, textColor=WARN), language)


def _escape(text) -> str:
    """Text for a Paragraph: markup characters escaped, control characters stored earlier
    dropped (a NUL stops reportlab), a break allowed in a very long word, and at most
    `PARAGRAPH_TEXT` characters (reportlab's time grows faster than the text's length)."""
    if text is None:
        return ""
    text = _LONG_WORD.sub("\\g<0>\u200b", _CONTROL.sub("", _shortened(str(text),
                                                                     PARAGRAPH_TEXT)))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# a break after every 40 characters of one word: reportlab splits a longer word letter by
# letter, which takes minutes for a 20,000-character name stored by an older version
_LONG_WORD = re.compile(r"[^\s\u00ad]{40}(?=[^\s\u00ad])")


class _Document(BaseDocTemplate):
    """Two page templates (title, body) and contents entries from the headings."""

    def __init__(self, target, header: str, styles: Styles, pagesize=A4, **kwargs):
        super().__init__(target, pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm,
                         topMargin=20 * mm, bottomMargin=18 * mm, **kwargs)
        self.header, self.styles = header, styles
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("title", [frame]),
                               PageTemplate("body", [frame], onPage=self._decorate)])

    def _decorate(self, canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        width, height = self.pagesize
        canvas.drawString(self.leftMargin, height - 12 * mm,
                          fit_text(self.header, width - self.leftMargin - self.rightMargin, 7.5))
        canvas.setStrokeColor(LIGHT)
        canvas.line(self.leftMargin, height - 13.5 * mm, width - self.rightMargin,
                    height - 13.5 * mm)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            text = flowable.getPlainText()
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level)
            self.notify("TOCEntry", (level, text, self.page, key))


def fit_text(text: str, width: float, size: float, font: str = FONT) -> str:
    """`text` shortened with "…" to fit `width` points at `size` in `font`."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _numbered_canvas(language: str, first_page: bool = False):
    """A canvas class that writes "page N of M" once the page count is known (not on the
    first page unless `first_page`: that is the title page)."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1 or first_page:
                    self.setFont(FONT, 7.5)
                    self.setFillColor(colors.HexColor("#555555"))
                    self.drawRightString(self._pagesize[0] - 18 * mm, 10 * mm, _r(
                        "Page {page} of {pages}", language).format(page=self._pageNumber,
                                                                  pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _shortened(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis (a table cell cannot run onto
    the next page, so a longer one would stop the whole report)."""
    return text if len(text) <= limit else text[:max(limit - 1, 1)] + "…"


def _table(rows: list[list], widths: list[float], styles: Styles, header_rows: int = 1,
           numeric_from: int | None = None) -> Table:
    """A table whose cells wrap (Paragraphs, words broken at their syllables with a hyphen),
    header shaded, numbers right-aligned."""
    rows = [[_shortened(v, CELL_TEXT) if isinstance(v, str) else v for v in row]
            for row in rows]
    widths = fitted_widths(rows, widths, styles, header_rows, numeric_from)
    fits = [int(CELL_LINES * width / (0.6 * styles.cell.fontSize)) for width in widths]
    cells = []
    for r, row in enumerate(rows):
        cells.append([value if not isinstance(value, (str, int, float)) or value is None
                      else Paragraph(_escape(hyphenated(_shortened(str(value), fits[c]),
                                                        styles.language)),
                                     styles.cell_bold if r < header_rows else
                                     styles.cell_right if numeric_from is not None
                                     and c >= numeric_from else styles.cell)
                      for c, value in enumerate(row)])
    table = Table(cells, colWidths=widths, repeatRows=header_rows)
    commands = [("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0b8c0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def fitted_widths(rows: list[list], widths: list[float], styles: Styles, header_rows: int = 1,
                  numeric_from: int | None = None) -> list[float]:
    """`widths` changed so that no number is broken, nor a word up to HYPHENATED_WORD long
    (longer ones are hyphenated), the room taken from the columns with some to spare.
    Numbers are grouped with no-break spaces, so one counts whole; the space reportlab's
    line fitting counts after a word is included."""
    needs = []
    for column in range(len(widths)):
        longest = 0.0
        for r, row in enumerate(rows):
            value = row[column]
            if isinstance(value, Paragraph):
                longest = max(longest, value.minWidth())
            elif isinstance(value, (str, int, float)):
                style = styles.cell_bold if r < header_rows else styles.cell
                widest = max(pdfmetrics.stringWidth(f"{word} ", style.fontName, style.fontSize)
                             for word in str(value).split(" "))
                is_number = r >= header_rows and numeric_from is not None \
                    and column >= numeric_from
                longest = max(longest, widest if is_number else min(widest, HYPHENATED_WORD))
        needs.append(min(longest + CELL_PADDING, MAX_COLUMN_SHARE * sum(widths)))
    short = sum(max(0.0, need - width) for need, width in zip(needs, widths))
    spare = sum(max(0.0, width - need) for need, width in zip(needs, widths))
    if not short:
        return widths
    taken = min(1.0, short / spare) if spare else 0.0
    given = min(1.0, spare / short)
    return [width + (need - width) * given if need > width else width - (width - need) * taken
            for need, width in zip(needs, widths)]


def fitted_label(text: str, width: float, lines: int = CHART_LABEL_LINES) -> str:
    """`text` as at most `lines` lines of a chart label no wider than `width` points, broken
    between words; a text longer than that ends in "…" after the last word that fits."""
    wrapped = simpleSplit(text, FONT, CHART_LABEL_SIZE, width)
    if len(wrapped) > lines:
        last = wrapped[lines - 1].split(" ")
        while len(last) > 1 and pdfmetrics.stringWidth(" ".join(last) + " …", FONT,
                                                       CHART_LABEL_SIZE) > width:
            last.pop()
        wrapped = [*wrapped[:lines - 1], " ".join(last) + " …"]
    return "\n".join(wrapped)


def _bar_chart(labels: list[str], values: list[float], title: str, width: float,
               horizontal: bool = False, height: float = 60 * mm) -> Drawing:
    """A bar chart; the labels of a horizontal one are fitted to the room left of its bars."""
    drawing = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 58 * mm if horizontal else 14 * mm
    if horizontal:
        labels = [fitted_label(label, left - 4 * mm) for label in labels]
    chart.x, chart.y = left, 10 * mm
    chart.width, chart.height = width - left - 6 * mm, height - 20 * mm
    chart.data = [values or [0]]
    chart.bars[0].fillColor = ACCENT
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = CHART_LABEL_SIZE
    chart.categoryAxis.labels.leading = CHART_LABEL_SIZE * 1.15
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: f"{value:,.0f}".replace(",", " ")
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
    drawing.add(chart)
    drawing.add(String(width / 2, height - 6 * mm, title, fontName=BOLD, fontSize=8,
                       textAnchor="middle"))
    return drawing


def build_assessment_pdf(workspace: Workspace, audit_id: uuid.UUID, target, language: str,
                         progress: Progress | None = None) -> int:
    """Write the assessment report of the audit to `target` (path or file); the page count."""
    progress = progress or Progress()
    register_fonts()
    styles = Styles.make(language)
    content = _Content.load(workspace, audit_id, language)
    progress(0.3)
    story = _story(content, styles, language)
    progress(0.5)
    header = _shortened(f"{content.enterprise} · {content.title}", 300)  # fitted per page
    document = _Document(target, header, styles, title=f"{content.title} — {content.enterprise}",
                         author="recp-audit")
    document.multiBuild(story, canvasmaker=_numbered_canvas(language))
    progress(1.0)
    return document.page


@dataclass
class _Content:
    """Everything the report shows, gathered once."""

    enterprise: str
    title: str
    period: str
    team: str
    currency: str
    tables: dict
    table_rows: dict
    options: list
    totals: object
    groups: list
    indicators: object
    monthly: object
    checklists: list
    results: object
    instruments: list
    points: list
    photos: list

    @classmethod
    def load(cls, workspace: Workspace, audit_id: uuid.UUID, language: str) -> _Content:
        from recp_audit.model import Audit, Enterprise
        from recp_audit.reports.tables import audit_tables
        from recp_audit.services import checklists, measurements, records, series
        from recp_audit.services.baseline import monthly
        from recp_audit.services.indicators import indicators
        from recp_audit.services.options import audit_totals, groups, options

        audit = records.values_of(workspace, Audit, audit_id)
        enterprise = records.values_of(workspace, Enterprise, audit["enterprise_id"])
        tables = {table.key: table for table in audit_tables(workspace, audit_id, language)}
        profile = dict((row[0], row[1]) for row in tables["profile"].rows)
        infos = options(workspace, audit_id)
        start, end = audit.get("period_start"), audit.get("period_end")
        period = f"{start:%d.%m.%Y} – {end:%d.%m.%Y}" if start and end else "—"
        team_label = translate("Report", "Team", language)
        points = []
        for point in measurements.points_of(workspace, audit_id):
            points.append((point, measurements.summarise(
                measurements.readings_of(workspace, point.id)),
                series.series_of(workspace, point.id)))
        states = checklists.of_audit(workspace, audit_id)
        return cls(enterprise["name"], audit["title"], period, profile.get(team_label, ""),
                   audit.get("currency") or "", tables, profile, infos,
                   audit_totals(workspace, audit_id, infos, audit.get("currency") or ""),
                   groups(infos), indicators(workspace, audit_id),
                   monthly(workspace, audit_id), states,
                   checklists.results(workspace, audit_id),
                   measurements.instruments(workspace), points,
                   _photos(workspace, states, points))


def _photos(workspace: Workspace, states, points) -> list[tuple[str, str, bytes | None]]:
    """(caption, file name, bytes or None when unreadable) of the audit's photos."""
    from recp_audit.services import checklists, photos

    found = []
    for state in states:
        for item_id, count in state.photos.items():
            if not count:
                continue
            item = next((i for i in state.template.items if i.id == item_id), None)
            for info in checklists.item_photos(workspace, state.id, item_id):
                found.append((info.caption or (item.label.en if item else ""), info.file_name,
                              info.sha256))
    for point, _, _ in points:
        for info in photos.photos_of(workspace, point.id):
            found.append((info.caption or point.name, info.file_name, info.sha256))
    result = []
    for caption, name, sha in found[:MAX_PHOTOS]:
        try:
            data = photos.photo_bytes(workspace, sha)
        except Exception:  # noqa: BLE001 - a missing blob is shown as a placeholder
            data = None
        result.append((caption, name, data))
    return result


def _story(content: _Content, styles: Styles, language: str) -> list:
    story: list = []
    _title_page(story, content, styles, language)
    story += [NextPageTemplate("body"), PageBreak()]
    contents = TableOfContents()
    contents.levelStyles = [ParagraphStyle("toc1", fontName=FONT, fontSize=10, leading=14),
                            ParagraphStyle("toc2", fontName=FONT, fontSize=8.5, leading=11,
                                           leftIndent=12)]
    heading = ParagraphStyle("contents", parent=styles.h1)  # not itself in the contents
    story += [Paragraph(_r("Contents", language), heading), contents, PageBreak()]
    for section in (_profile, _methodology, _baseline, _indicators, _checklists,
                    _measurements, _options, _action_plan, _photo_pages, _appendices):
        section(story, content, styles, language)
    return story


def _title_page(story, content, styles, language) -> None:
    import datetime as dt

    story += [Spacer(1, 45 * mm), Paragraph(_r("RECP assessment report", language),
                                            styles.title),
              Paragraph(_r("Resource Efficient and Cleaner Production (UNIDO/UNEP method)",
                           language), styles.subtitle), Spacer(1, 14 * mm),
              Paragraph(_escape(content.enterprise), ParagraphStyle(
                  "ent", parent=styles.subtitle, fontName=BOLD, fontSize=15, leading=19)),
              Paragraph(_escape(content.title), styles.subtitle), Spacer(1, 16 * mm)]
    rows = [[_r("Baseline period", language), content.period],
            [_r("Team", language), content.team or "—"],
            [_r("Report made", language), dt.date.today().strftime("%d.%m.%Y")]]
    story.append(_table(rows, [50 * mm, PAGE_WIDTH - 50 * mm], styles, header_rows=0))


def _profile(story, content, styles, language) -> None:
    story.append(Paragraph(_r("Company profile", language), styles.h1))
    rows = [[name, "" if value is None else _plain(value, language)]
            for name, value in content.table_rows.items() if value not in (None, "")]
    story.append(_table(rows, [50 * mm, PAGE_WIDTH - 50 * mm], styles, header_rows=0))


def _plain(value, language: str) -> str:
    import datetime as dt

    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return significant(value, language)
    return str(value)


def _methodology(story, content, styles, language) -> None:
    story.append(Paragraph(_r("Methodology", language), styles.h1))
    for paragraph in METHODOLOGY:
        story.append(Paragraph(_escape(translate("PdfMethod", paragraph, language)),
                               styles.body))


METHODOLOGY = (
    QT_TRANSLATE_NOOP("PdfMethod", "The assessment follows the UNIDO/UNEP Resource Efficient and "
                      "Cleaner Production (RECP) method: a walk-through of the site with "
                      "checklists for energy, water, materials and emissions and waste, "
                      "measurements with calibrated portable instruments, a baseline of monthly "
                      "resource use, costs and production, and improvement options quantified "
                      "for their savings, investment and payback."),
    QT_TRANSLATE_NOOP("PdfMethod", "Savings are calculated with engineering formulas whose "
                      "references are listed with each option; inputs carry their units and, "
                      "where measured, the accuracy of the instrument, which gives the range of "
                      "a saving. Money is valued with the enterprise's tariffs, CO2e with the "
                      "emission factors listed in appendix B (IPCC 2006, IPCC AR5 GWP-100 and "
                      "the grid factor stated there)."),
    QT_TRANSLATE_NOOP("PdfMethod", "The RECP indicators are those of the UNEP/UNIDO enterprise "
                      "primer: energy, water and material productivity (output per unit of "
                      "input) and waste, wastewater and carbon intensity (release per unit of "
                      "output), for the baseline year and after the options selected "
                      "(proposed, accepted or implemented). Months without data are gaps, "
                      "scaled to a year, never zeros."),
)


def _baseline(story, content, styles, language) -> None:
    from recp_audit.choices import RESOURCE_KIND_LABELS, ResourceKind
    from recp_audit.services.baseline import cost_shares
    from recp_audit.units import unit_label

    story.append(Paragraph(_r("Baseline", language), styles.h1))
    table = content.monthly
    if not table.rows:
        story.append(Paragraph(_r("Not recorded yet.", language), styles.warn))
        return
    rows = [[_r("Resource", language), _r("Per year", language), _r("Unit", language),
             f"{_r('Cost', language)}, {table.currency}", _r("Months with data", language)]]
    for row in table.rows:
        name = translate("Enum", RESOURCE_KIND_LABELS[row.kind], language)
        months = row.months_present()
        total = row.total()
        yearly = total * 12 / months if total is not None and months else None
        rows.append([f"{name}: {row.item}" if row.item else name,
                     number(yearly, language), unit_label(row.unit, language),
                     number(row.total_cost(), language), f"{months} / {len(table.months)}"])
    story.append(_table(rows, [70 * mm, 28 * mm, 18 * mm, 30 * mm, 28 * mm], styles,
                        numeric_from=1))
    story.append(Spacer(1, 4 * mm))
    labels = [f"{m:%m}" for m in table.months]
    for kind in (ResourceKind.ELECTRICITY, ResourceKind.NATURAL_GAS, ResourceKind.WATER_INTAKE):
        for row in table.rows_of(kind)[:1]:
            values = [v or 0 for v in row.quantities]
            title = f"{_r('Monthly use', language)}: " \
                    f"{translate('Enum', RESOURCE_KIND_LABELS[kind], language)}, " \
                    f"{unit_label(row.unit, language)}"
            story.append(KeepTogether([_bar_chart(labels, values, title, PAGE_WIDTH,
                                                  height=52 * mm)]))
    shares = cost_shares(table)[:8]
    if shares:
        names = [(translate("Enum", RESOURCE_KIND_LABELS[r.kind], language)
                  + (f": {r.item}" if r.item else "")) for r, _, _ in shares]
        story.append(KeepTogether([_bar_chart(
            list(reversed(names)), [round(s * 100, 1) for _, _, s in reversed(shares)],
            _r("Shares of the baseline costs, %", language), PAGE_WIDTH, horizontal=True,
            height=70 * mm)]))


def _indicators(story, content, styles, language) -> None:
    from recp_audit.units import unit_label

    story.append(Paragraph(_r("RECP indicators", language), styles.h1))
    found = content.indicators
    if found.no_output:
        story.append(Paragraph(_r("No output recorded: the indicators need production in the "
                                  "baseline.", language), styles.warn))
        return
    rows = [[_r("Indicator", language), _r("Baseline year", language),
             _r("After selected options", language), _r("Change", language)]]
    for row in found.rows:
        before, after = row.before, row.after
        unit = unit_label(row.unit, language)
        change = None
        if before is not None and after is not None and before.magnitude:
            change = (after.m_as(before.units) / before.magnitude - 1) * 100
        rows.append([translate("Indicators", row.label, language),
                     f"{significant(float(before.magnitude), language)} {unit}"
                     if before is not None else "—",
                     f"{significant(float(after.m_as(before.units)), language)} {unit}"
                     if after is not None and before is not None else "—",
                     "—" if change is None else f"{number(change, language, 1)} %"])
    story.append(_table(rows, [72 * mm, 35 * mm, 40 * mm, 27 * mm], styles, numeric_from=1))


def _checklists(story, content, styles, language) -> None:
    from recp_audit.checklists.scoring import STATUS_LABELS

    story.append(Paragraph(_r("Checklists: scores and findings", language), styles.h1))
    results = content.results
    if not results.checklists:
        story.append(Paragraph(_r("Not recorded yet.", language), styles.warn))
        return
    rows = [[_r("Checklist", language), _r("Score", language), _r("Answered", language),
             _r("Findings", language)]]
    for state in results.checklists:
        score = results.scores[state.id].total
        percent = score.percent
        rows.append([state.template.title.get(language),
                     "—" if percent is None else f"{number(percent, language)} %",
                     f"{score.answered} / {score.visible}", str(score.findings)])
    story.append(_table(rows, [86 * mm, 24 * mm, 30 * mm, 34 * mm], styles, numeric_from=1))
    if results.findings:
        story.append(Paragraph(_r("Findings", language), styles.h2))
        rows = [[_r("Checklist", language), _r("Finding", language), _r("Note", language)]]
        for finding in results.findings:
            answer = translate("Checklist", STATUS_LABELS[finding.answer.status], language) \
                if finding.answer.status in STATUS_LABELS else ""
            rows.append([finding.template.title.get(language),
                         f"{finding.item.label.get(language)}" + (f" — {answer}" if answer else ""),
                         finding.note])
        story.append(_table(rows, [38 * mm, 90 * mm, PAGE_WIDTH - 128 * mm], styles))


def _measurements(story, content, styles, language) -> None:
    from recp_audit.measure.quantities import quantity
    from recp_audit.units import unit_label

    story.append(Paragraph(_r("Measurements", language), styles.h1))
    story.append(Paragraph(_r("Values measured with an instrument past its calibration due date "
                              "are marked OVERDUE; they are kept, but should be confirmed.",
                              language), styles.small))
    rows = [[_r("Instrument", language), _r("Serial", language),
             _r("Calibration due", language)]]
    for tool in content.instruments:
        due_date = tool.instrument.calibration_due
        due = due_date.strftime("%d.%m.%Y") if due_date else "—"
        flag = f" — {_r('OVERDUE', language)}" if tool.state == "overdue" else ""
        rows.append([tool.label, tool.instrument.serial, due + flag])
    story.append(Paragraph(_r("Instruments", language), styles.h2))
    story.append(_table(rows, [95 * mm, 35 * mm, PAGE_WIDTH - 130 * mm], styles))
    if not content.points:
        story.append(Paragraph(_r("Not recorded yet.", language), styles.warn))
        return
    rows = [[_r("Point", language), _r("Quantity", language), _r("Mean ± accuracy", language),
             "n"]]
    for point, summaries, _ in content.points:
        for summary in summaries:
            flag = f" {_r('OVERDUE', language)}" if summary.calibration_overdue else ""
            rows.append([point.name, translate("Quantity", quantity(summary.quantity).label,
                                               language),
                         f"{significant(summary.mean, language)} "
                         f"{unit_label(summary.unit, language)}{flag}", str(summary.count)])
    story.append(Paragraph(_r("Readings", language), styles.h2))
    story.append(_table(rows, [70 * mm, 45 * mm, 48 * mm, 11 * mm], styles, numeric_from=2))
    rows = [[_r("Point", language), _r("Channel", language), _r("Mean", language),
             _r("Peak", language), _r("Total", language)]]
    for point, _, found in content.points:
        for info in found:
            flag = f" ({_r('OVERDUE', language)})" if info.calibration_overdue else ""
            for channel in info.channels:
                stats = channel.stats
                unit = unit_label(channel.unit, language)
                total = stats.get("total")
                rows.append([f"{point.name}: {info.name}{flag}", channel.name,
                             f"{significant(stats.get('mean'), language)} {unit}",
                             f"{significant(stats.get('peak'), language)} {unit}",
                             "—" if total is None else
                             f"{significant(total, language)} "
                             f"{unit_label(stats.get('total_unit', ''), language)}"])
    if len(rows) > 1:
        story.append(Paragraph(_r("Logged series", language), styles.h2))
        story.append(_table(rows, [68 * mm, 22 * mm, 28 * mm, 28 * mm, 28 * mm], styles,
                            numeric_from=2))


def _ranked(content):
    return sorted(content.options, key=lambda info: -(float(info.money.magnitude)
                                                       if info.money is not None else -1))


def _options(story, content, styles, language) -> None:
    from recp_audit.choices import CP_CATEGORY_LABELS
    from recp_audit.reports.savings import (amount_text, excess_text, group_text, money_texts,
                                            resource, unpriced_text)

    story.append(Paragraph(_r("Improvement options", language), styles.h1))
    if not content.options:
        story.append(Paragraph(_r("Not recorded yet.", language), styles.warn))
        return
    total = content.totals
    story.append(Paragraph(_escape(_r(
        "Selected options together: {money} {currency} a year for an investment of "
        "{investment} {currency} (simple payback {payback} years), {co2e} t CO2e avoided a "
        "year.", language).format(
        money="≥\u00a0" * bool(total.unpriced) + number(total.money, language),
        currency=content.currency, investment=number(total.investment, language),
        payback="≤\u00a0" * bool(total.unpriced and total.payback)
        + number(total.payback, language, 1),
        co2e=number(total.co2e.m_as("t"), language, 1))), styles.body))
    for line in [unpriced_text(total.unpriced, language)] + [
            excess_text(kind, saved, use, language) for kind, saved, use in total.excess]:
        if line:
            story.append(Paragraph(_escape(line), styles.warn))
    rows = [[_r("Option", language), _r("Category", language), _r("Savings per year", language),
             f"{_r('Money per year', language)}, {content.currency}",
             f"{_r('Investment', language)}, {content.currency}",
             _r("Payback, years", language), _r("CO2e, t/yr", language)]]
    for info in _ranked(content):
        saved = "; ".join(f"{resource(kind, language)} {amount_text(amount, kind, language)}"
                          for kind, amount in info.savings.items())
        if info.unpriced:
            saved += f" ({unpriced_text(info.unpriced, language).lower()})"
        mark = "≥\u00a0" if info.partial else ""
        money = f"{mark}{number(float(info.money.magnitude), language)}" \
            if info.money is not None else "—"
        if info.money_range:
            money = Paragraph(f"{money}<br/><font size=6.5>{number(info.money_range[0], language)}"
                              f"–{number(info.money_range[1], language)}</font>",
                              styles.cell_right)
        payback = number(info.payback, language, 2 if (info.payback or 1) < 1 else 1)
        rows.append([info.title, translate("Enum", CP_CATEGORY_LABELS[info.category], language),
                     saved or "—", money, number(info.investment, language),
                     f"≤\u00a0{payback}" if info.partial and info.payback else payback,
                     number(info.co2e.m_as("t"), language, 1) if info.co2e is not None
                     else "—"])
    story.append(_table(rows, [40 * mm, 27 * mm, 30 * mm, 22 * mm, 20 * mm, 19 * mm, 16 * mm],
                        styles, numeric_from=3))
    if any(info.partial for info in content.options):
        story.append(Paragraph(_r("Money marked ≥ leaves out savings that are not priced: the "
                                  "money is a lower bound, the payback an upper one.", language),
                               styles.small))
    if content.groups:
        story.append(Paragraph(_r("Options on the same equipment", language), styles.h2))
        story.append(Paragraph(_r(
            "Options on one piece of equipment or energy flow act in sequence: each saves its "
            "share of what the options before it leave. The totals above count them so.",
            language), styles.body))
        for group in content.groups:
            members = "; ".join(
                f"{index}. {_escape(info.title)}" + (
                    f" — {number(float(info.money.magnitude) * left, language)} "
                    f"{content.currency} ({number(left * 100, language)} %)"
                    if info.money is not None else "")
                for index, (info, left) in enumerate(zip(group.members, group.remaining),
                                                     start=1))
            story.append(Paragraph(f"<b>{_escape(group_text(group, content.currency, language))}"
                                   f"</b><br/>{members}", styles.small))
    chosen = [info for info in _ranked(content) if info.money is not None][:10]
    if chosen:
        story.append(Spacer(1, 4 * mm))
        story.append(KeepTogether([_bar_chart(
            [info.title for info in reversed(chosen)],
            [round(float(info.money.magnitude)) for info in reversed(chosen)],
            _r("Saving per year by option, {currency}", language).format(
                currency=content.currency), PAGE_WIDTH, horizontal=True, height=80 * mm)]))
    calculated = [info for info in content.options if info.items or info.money is not None]
    if calculated:
        from recp_audit.calc import CALCULATORS
        from recp_audit.reports.calc_inputs import stated_inputs, stated_sources

        story.append(Paragraph(_r("How each saving was calculated", language), styles.h2))
        for info in calculated:
            calc = CALCULATORS.get(info.calculator)
            text = f"<b>{_escape(info.title)}</b>"
            if calc is not None:
                inputs = "; ".join(stated_inputs(calc, info.inputs, info.uncertainties,
                                                 language))
                sources = "; ".join(stated_sources(calc, info.sources, language))
                text += (f" — {_escape(translate('Calc', calc.title, language))}"
                         f" ({_escape(calc.reference)}).<br/>{_r('Inputs', language)}: "
                         f"{_escape(inputs)}."
                         + (f"<br/><i>{_r('Measured values', language)}: {_escape(sources)}.</i>"
                            if sources else ""))
            prices = "; ".join(money_texts(info, language))
            text += f"<br/>{_r('Savings and their prices', language)}: {_escape(prices)}."
            story.append(Paragraph(text, styles.small))


def _action_plan(story, content, styles, language) -> None:
    from recp_audit.choices import OPTION_STATUS_LABELS

    story.append(Paragraph(_r("Action plan", language), styles.h1))
    chosen = [info for info in _ranked(content) if info.selected]
    if not chosen:
        story.append(Paragraph(_r("Not recorded yet.", language), styles.warn))
        return
    rows = [[_r("Option", language), _r("Status", language), _r("Responsible", language),
             _r("Deadline", language), f"{_r('Investment', language)}, {content.currency}"]]
    for info in chosen:
        rows.append([info.title, translate("Enum", OPTION_STATUS_LABELS[info.status], language),
                     info.responsible or "—",
                     info.deadline.strftime("%d.%m.%Y") if info.deadline else "—",
                     number(info.investment, language)])
    story.append(_table(rows, [70 * mm, 24 * mm, 40 * mm, 20 * mm, 20 * mm], styles,
                        numeric_from=4))


def _photo_pages(story, content, styles, language) -> None:
    if not content.photos:
        return
    story.append(Paragraph(_r("Photos", language), styles.h1))
    cells, row = [], []
    for caption, name, data in content.photos:
        block = [_photo(data, name, styles, language), Paragraph(_escape(caption), styles.small)]
        row.append(block)
        if len(row) == 2:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""])
    table = Table(cells, colWidths=[PAGE_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)


def _photo(data: bytes | None, name: str, styles, language):
    """The picture at most 80 x 60 mm, decoded in full here (a stored photo that is cut
    short or a decompression bomb becomes a note, never a failed report)."""
    from recp_audit.services.photos import decoded

    image = None if data is None else decoded(data)
    if image is None:
        return Paragraph(_escape(_r("Photo {name} cannot be shown (its data is damaged).",
                                    language).format(name=name)), styles.warn)
    image.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=85)
    out.seek(0)
    width, height = image.size
    scale = min(80 * mm / width, 60 * mm / height)
    return Image(out, width * scale, height * scale)


def _appendices(story, content, styles, language) -> None:
    story.append(PageBreak())
    story.append(Paragraph(_r("Appendix A. Baseline data", language), styles.h1))
    baseline = content.tables["baseline"]
    if baseline.rows:
        rows = [[baseline.headers[i] for i in (0, 1, 2, 3, 4, 5)]]
        for row in baseline.rows:
            rows.append([row[0], row[1], row[2].strftime("%m.%Y"),
                         significant(row[3], language), row[4],
                         number(row[5], language) if row[5] is not None else "—"])
        story.append(_table(rows, [42 * mm, 48 * mm, 18 * mm, 24 * mm, 16 * mm, 26 * mm],
                            styles, numeric_from=3))
    else:
        story.append(Paragraph(_r("Not recorded yet.", language), styles.warn))
    story.append(Paragraph(_r("Appendix B. Emission factors used", language), styles.h1))
    factors = content.tables["factors"]
    rows = [[_r("Factor", language), _r("Value", language), _r("Source", language)]]
    for row in factors.rows:
        rows.append([f"{row[0]} ({row[1]})", row[2],
                     f"{row[3]}" + (f", {row[4]}" if row[4] else "")
                     + (f" — {row[5]}" if row[5] else "")])
    story.append(_table(rows, [45 * mm, 28 * mm, PAGE_WIDTH - 73 * mm], styles))
    readings = content.tables["readings"]
    if readings.rows:
        story.append(Paragraph(_r("Appendix C. Spot readings", language), styles.h1))
        rows = [[readings.headers[i] for i in (0, 1, 2, 4, 5, 6, 7)]]
        for row in readings.rows:
            rows.append([row[0], row[1], f"{significant(row[2], language)} {row[3]}",
                         "" if row[4] is None else significant(row[4], language),
                         row[5].strftime("%d.%m.%Y %H:%M"), row[6], row[7]])
        story.append(_table(rows, [36 * mm, 28 * mm, 20 * mm, 12 * mm, 22 * mm, 30 * mm,
                                   26 * mm], styles))
