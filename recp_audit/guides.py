"""A short guide per page (Help > Guide to this page, F1): what the page is for and how
to fill it, in the user's words. Qt-free; the texts are translated in context "Guide"."""

from __future__ import annotations

from dataclasses import dataclass

from recp_audit.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Guide:
    """One page's guide: its title, what it is for, the steps to fill it."""

    title: str
    purpose: str
    steps: tuple[str, ...]


GUIDES = {
    "welcome": Guide(
        QT_TRANSLATE_NOOP("Guide", "Start page"),
        QT_TRANSLATE_NOOP("Guide", "Everything is kept in one workspace file on this computer; "
                                   "nothing needs the internet. The tree on the left holds "
                                   "parks, enterprises and their audits."),
        (QT_TRANSLATE_NOOP("Guide", "Add a park (optional) and an enterprise with the buttons "
                                    "or the Records menu."),
         QT_TRANSLATE_NOOP("Guide", "Select the enterprise and create an audit: an expert "
                                    "assessment or a self-diagnosis."),
         QT_TRANSLATE_NOOP("Guide", "Open the audit's sections in the tree from top to bottom: "
                                    "they follow the order of an RECP assessment."),
         QT_TRANSLATE_NOOP("Guide", "File > Open demo workspace shows a finished example."))),
    "park": Guide(
        QT_TRANSLATE_NOOP("Guide", "Industrial park"),
        QT_TRANSLATE_NOOP("Guide", "A park groups the enterprises of one site, so that their "
                                   "by-products and waste can be matched to each other's "
                                   "needs (industrial symbiosis)."),
        (QT_TRANSLATE_NOOP("Guide", "Edit the name, region and coordinates with Records > "
                                    "Edit selected (F2)."),
         QT_TRANSLATE_NOOP("Guide", "Add the park's enterprises; each one's streams feed the "
                                    "park's Industrial symbiosis page."),)),
    "enterprise": Guide(
        QT_TRANSLATE_NOOP("Guide", "Enterprise"),
        QT_TRANSLATE_NOOP("Guide", "The company audited: its activity code, size and output. "
                                   "The annual output is the basis of the specific "
                                   "consumption (per tonne, per piece)."),
        (QT_TRANSLATE_NOOP("Guide", "Fill the NACE code (e.g. 10.51) or the national OKED / "
                                    "OKVED code, the staff, shifts and annual output with its "
                                    "unit."),
         QT_TRANSLATE_NOOP("Guide", "Tick Private to keep a self-diagnosis on this computer: "
                                    "it is never published to a team server."),
         QT_TRANSLATE_NOOP("Guide", "Create its audit with Records > New audit."))),
    "overview": Guide(
        QT_TRANSLATE_NOOP("Guide", "Audit overview"),
        QT_TRANSLATE_NOOP("Guide", "The audit's kind, status, baseline period, team, report "
                                   "language and currency."),
        (QT_TRANSLATE_NOOP("Guide", "Edit them with Records > Edit selected (F2); the baseline "
                                    "period is normally the last full year."),
         QT_TRANSLATE_NOOP("Guide", "Costs of the audit are all in its currency."),
         QT_TRANSLATE_NOOP("Guide", "Then go through the sections under the audit in the "
                                    "tree."))),
    "checklists": Guide(
        QT_TRANSLATE_NOOP("Guide", "Checklists"),
        QT_TRANSLATE_NOOP("Guide", "Questions walked through on site, one checklist per area "
                                   "(electricity, compressed air, water, waste...). Answers "
                                   "that show a problem become findings and suggest "
                                   "improvement options."),
        (QT_TRANSLATE_NOOP("Guide", "Add checklists… picks the areas that apply to this "
                                    "enterprise."),
         QT_TRANSLATE_NOOP("Guide", "Open a checklist (double-click or Enter) and answer item "
                                    "by item; a question that does not apply is answered Not "
                                    "applicable."),
         QT_TRANSLATE_NOOP("Guide", "Add a note or a photo where it helps the report."),
         QT_TRANSLATE_NOOP("Guide", "Results shows the score per area and every finding."))),
    "baseline": Guide(
        QT_TRANSLATE_NOOP("Guide", "Baseline"),
        QT_TRANSLATE_NOOP("Guide", "Monthly consumption and cost of each resource over the "
                                   "baseline period, and the monthly output: the starting "
                                   "point against which savings are counted."),
        (QT_TRANSLATE_NOOP("Guide", "Add entry… types one month; Import table… reads the "
                                    "enterprise's spreadsheet of meter readings or bills."),
         QT_TRANSLATE_NOOP("Guide", "Double-click a month to correct it; an empty month is a "
                                    "gap, not a zero."),
         QT_TRANSLATE_NOOP("Guide", "Tariffs… gives the prices that turn saved amounts into "
                                    "money."),
         QT_TRANSLATE_NOOP("Guide", "The charts show the months, the cost shares and the "
                                    "consumption per unit of output."))),
    "measurements": Guide(
        QT_TRANSLATE_NOOP("Guide", "Measurements"),
        QT_TRANSLATE_NOOP("Guide", "What the instruments showed: spot readings and logged "
                                   "series per measured place (a compressor feeder, a boiler "
                                   "flue)."),
        (QT_TRANSLATE_NOOP("Guide", "Instruments… keeps the register with accuracy and "
                                    "calibration dates; a reading taken with an overdue "
                                    "instrument is flagged wherever it is used."),
         QT_TRANSLATE_NOOP("Guide", "Add point… names the place measured."),
         QT_TRANSLATE_NOOP("Guide", "Add readings with their unit, or import a logger file "
                                    "(CSV, XLSX): pick the time column and each channel's "
                                    "unit in the preview."),
         QT_TRANSLATE_NOOP("Guide", "Open a series for its plot, statistics, duration curve "
                                    "and daily profile; tick Statistics for a selected time "
                                    "range and drag the band on the plot."))),
    "options": Guide(
        QT_TRANSLATE_NOOP("Guide", "Improvement options"),
        QT_TRANSLATE_NOOP("Guide", "The register of cleaner production options with their "
                                   "savings, investment, payback and CO2e, and the dashboard "
                                   "of what is selected."),
        (QT_TRANSLATE_NOOP("Guide", "New option… starts from a calculator (air leaks, motors, "
                                    "insulation, condensate...) or from savings typed by "
                                    "hand."),
         QT_TRANSLATE_NOOP("Guide", "Inputs take a unit (7 bar, 650 kPa) and may come from a "
                                    "measurement; ± gives the result's range."),
         QT_TRANSLATE_NOOP("Guide", "Set the status: proposed, accepted, implemented or "
                                    "rejected."),
         QT_TRANSLATE_NOOP("Guide", "Emission factors… shows the factors used, with their "
                                    "sources, and lets you change one with its source."))),
    "streams": Guide(
        QT_TRANSLATE_NOOP("Guide", "Streams"),
        QT_TRANSLATE_NOOP("Guide", "What the enterprise puts out (waste, by-products, waste "
                                   "heat, wastewater) and what it takes in, with amounts, "
                                   "months and quality: the input of industrial symbiosis."),
        (QT_TRANSLATE_NOOP("Guide", "Add stream… with its EWC waste code when it is waste."),
         QT_TRANSLATE_NOOP("Guide", "Draft from this audit… proposes the baseline's waste and "
                                    "the surplus heat of heat-recovery options; keep the ones "
                                    "that are right."),)),
    "reports": Guide(
        QT_TRANSLATE_NOOP("Guide", "Reports"),
        QT_TRANSLATE_NOOP("Guide", "The audit's PDF report (assessment or self-diagnosis), "
                                   "its Excel workbook and single tables as CSV."),
        (QT_TRANSLATE_NOOP("Guide", "Pick the report and its language, look at the preview, "
                                    "then Create… and choose where to save."),
         QT_TRANSLATE_NOOP("Guide", "A cancelled or failed export never leaves a half-written "
                                    "file."))),
    "coverage": Guide(
        QT_TRANSLATE_NOOP("Guide", "Team coverage"),
        QT_TRANSLATE_NOOP("Guide", "After merging the experts' files: who answered which "
                                   "checklist sections and measured which points, and where "
                                   "two experts disagree."),
        (QT_TRANSLATE_NOOP("Guide", "Look for sections nobody covered before leaving the "
                                    "site."),
         QT_TRANSLATE_NOOP("Guide", "Settle disagreements with the experts; conflicting "
                                    "changes to the same value are on the Merge conflicts "
                                    "page."))),
    "symbiosis": Guide(
        QT_TRANSLATE_NOOP("Guide", "Industrial symbiosis"),
        QT_TRANSLATE_NOOP("Guide", "Candidate exchanges between the park's enterprises: one's "
                                   "waste, by-product or waste heat matched to another's "
                                   "need, with amounts, distance and CO2e."),
        (QT_TRANSLATE_NOOP("Guide", "Collect streams: on each enterprise's audit, or with "
                                    "Import survey… from the filled survey template."),
         QT_TRANSLATE_NOOP("Guide", "Run matching; candidates are ranked, with the reasons "
                                    "for each match."),
         QT_TRANSLATE_NOOP("Guide", "Export candidates… writes the list for the park's "
                                    "meeting."))),
    "conflicts": Guide(
        QT_TRANSLATE_NOOP("Guide", "Merge conflicts"),
        QT_TRANSLATE_NOOP("Guide", "Values that two experts (or the server and this file) "
                                   "changed differently since they last agreed. Nothing is "
                                   "lost: both values are kept until you choose."),
        (QT_TRANSLATE_NOOP("Guide", "For each conflict, compare the values, who changed them "
                                    "and when."),
         QT_TRANSLATE_NOOP("Guide", "Pick one value or type the right one, then Resolve."),)),
}


def guide_key(kind: str | None, area: str | None) -> str:
    """The guide of a tree row: its area for an audit's section, else its kind."""
    if kind == "area" and area in GUIDES:
        return area
    if kind == "audit":
        return "overview"
    return kind if kind in GUIDES else "welcome"
