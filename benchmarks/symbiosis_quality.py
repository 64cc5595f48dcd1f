"""Symbiosis candidate quality on evaluation parks built from published case descriptions.

Each park in `symbiosis_parks/` (one JSON file, sources and rules in its README) is written
as a tenant survey workbook (the shipped template, filled as tenants fill it), imported
into a fresh workspace through the survey import and matched with the park's candidate
search. Printed per park and overall:

- recall: documented exchanges (supplier stream -> receiver stream) among the candidates;
- recall@5: documented exchanges within the receiver's top 5 candidates by score;
- absurd pairs: candidates in any receiver's top 5 that a facilitator would reject
  (ABSURD below: predicates over the two streams' tags, not a list of known pairs).

Targets (issue 24): recall >= 0.9, recall@5 >= 0.8, no absurd pair in any top 5. Every
miss is printed with the matcher's own "why not" so the tuner sees which gate or which
evidence is missing; rows the import dropped are named with its message.

Run:  python benchmarks/symbiosis_quality.py [--park ulsan] [--language ru] [--strict]
(exit 0 always, a benchmark; --strict exits 1 when a target is not met).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARKS = Path(__file__).resolve().parent / "symbiosis_parks"
TARGET_RECALL, TARGET_RECALL_AT_5, TOP = 0.9, 0.8, 5
DIRECTION_WORDS = {"ru": {"output": "предлагает", "input": "требуется"},
                   "en": {"output": "output", "input": "input"}}
KIND_WORDS = {"ru": {"material": "материал", "energy": "энергия", "water": "вода",
                     "gas": "газ", "service": "услуга", "infrastructure": "инфраструктура"}}
# Stream field -> the English half of its survey template header.
COLUMN = {"ewc": "EWC code", "national_code": "National code", "hazardous": "Hazardous",
          "state": "State", "quantity": "Quantity per year", "unit": "Unit",
          "months": "Months", "temperature": "Temperature, °C", "pressure": "Pressure, bar",
          "disposal": "Disposal route", "disposal_cost": "Disposal cost", "price": "Price",
          "currency": "Currency", "notes": "Notes"}
TAGS = {
    # what an offered stream is
    "metal", "ferrous", "aluminium", "plastic", "wood", "paper", "organic", "manure",
    "mineral", "sludge", "wastewater", "chemical", "hazardous", "steam", "hot_water",
    "electricity", "fuel_gas", "co2",
    # what a needed stream is for (ferrous and aluminium also name a furnace's metal)
    "fuel", "biomass_fuel", "reductant", "feed", "food", "fertiliser", "metal_feed",
    "fibre_feed", "cement_raw", "aggregate", "heat", "plastic_feed", "fermentation",
    "digestion", "water_treatment", "process_water", "chemical_feed", "co2_use", "power",
}
NOTHING: frozenset[str] = frozenset()
# (offered stream is any of, needed stream is for any of, why a facilitator rejects it,
#  offered tags that make it acceptable after all)
ABSURD = (
    ({"metal"}, {"fuel", "feed", "food", "fertiliser", "fibre_feed", "fermentation",
                 "digestion", "plastic_feed", "cement_raw"},
     "metal is no fuel, feed, fertiliser, fibre, plastic or clinker raw material", NOTHING),
    ({"plastic", "wood", "paper", "organic", "mineral", "sludge", "chemical"}, {"metal_feed"},
     "only metal scrap is charged into a furnace for metal", NOTHING),
    ({"ferrous"}, {"aluminium"}, "steel scrap is the wrong metal for an aluminium furnace",
     NOTHING),
    ({"aluminium"}, {"ferrous"}, "aluminium is the wrong metal for a steel furnace", NOTHING),
    ({"steam", "hot_water"}, {"power"}, "heat does not meet an electricity need", NOTHING),
    ({"hot_water"}, {"steam"}, "hot water raises no steam", NOTHING),
    ({"electricity"}, {"fuel", "co2_use"}, "electricity is neither a fuel nor CO2", NOTHING),
    ({"hazardous"}, {"food", "feed", "fertiliser", "fermentation", "digestion"},
     "hazardous waste never goes into food, feed, fertiliser, a fermentation or a digester",
     NOTHING),
    ({"mineral", "metal", "plastic", "chemical", "wastewater", "sludge", "manure"},
     {"food", "feed"}, "not a food or feed material", NOTHING),
    ({"co2"}, {"fuel"}, "CO2 does not burn", NOTHING),
    ({"fuel_gas"}, {"co2_use"}, "a fuel gas is not CO2", NOTHING),
    ({"mineral"}, {"fuel", "fibre_feed", "plastic_feed"},
     "ash, slag or lime neither burns nor makes fibre or plastic", NOTHING),
    ({"metal", "plastic", "chemical", "mineral", "hazardous", "wastewater"}, {"biomass_fuel"},
     "only biomass goes to a biomass boiler or a pellet press", NOTHING),
    ({"sludge", "mineral", "metal", "chemical", "wastewater"}, {"reductant"},
     "a blast-furnace reductant is carbon: plastics, coal or charcoal", NOTHING),
    ({"wood", "sludge", "mineral", "metal", "plastic", "chemical", "manure"}, {"fermentation"},
     "an alcohol fermentation takes sugar or starch", NOTHING),
    ({"wood", "mineral", "metal", "plastic"}, {"digestion"},
     "a digester takes wet biodegradable matter", NOTHING),
    ({"plastic"}, {"fibre_feed", "fertiliser"}, "plastic is no paper fibre and no fertiliser",
     NOTHING),
    ({"wood", "paper", "organic"}, {"plastic_feed"}, "biomass is no plastic raw material",
     NOTHING),
    ({"plastic", "wood", "paper"}, {"cement_raw"},
     "plastic, wood or paper is kiln fuel, not a clinker or cement constituent", NOTHING),
    ({"wastewater", "sludge"}, {"process_water"}, "untreated wastewater is no process water",
     NOTHING),
    ({"mineral", "metal", "wood", "plastic", "organic", "sludge", "paper"}, {"chemical_feed"},
     "not the chemical the process takes", frozenset({"chemical"})),
)


def load_parks(names: list[str] | None = None) -> list[dict]:
    """The evaluation parks (all, or those whose file stem is in `names`)."""
    paths = sorted(PARKS.glob("*.json"))
    return [json.loads(path.read_text("utf-8")) | {"key": path.stem} for path in paths
            if not names or path.stem in names]


def streams_of(park: dict) -> dict[str, tuple[dict, dict]]:
    """Each stream of the park by its id, with its tenant."""
    return {stream["id"]: (tenant, stream) for tenant in park["tenants"]
            for stream in tenant["streams"]}


def problems(park: dict) -> list[str]:
    """What is wrong with a park's data (empty when it is well formed)."""
    found: list[str] = []
    ids = [s["id"] for t in park["tenants"] for s in t["streams"]]
    found += [f"stream id {i} is used twice" for i in {i for i in ids if ids.count(i) > 1}]
    streams = streams_of(park)
    sources = {source["id"] for source in park.get("sources", ())}
    if not sources:
        found.append("no sources")
    for source in park.get("sources", ()):
        found += [f"source {source.get('id')} has no {key}" for key in
                  ("author", "title", "year", "url") if not source.get(key)]
    if not any(t.get("role") == "rival" for t in park["tenants"]):
        found.append("no rival tenants")
    if not park.get("exchanges"):
        found.append("no documented exchanges")
    for exchange in park.get("exchanges", ()):
        supplier, receiver = (streams.get(exchange[k]) for k in ("supplier", "receiver"))
        if supplier is None or supplier[1]["direction"] != "output":
            found.append(f"exchange supplier {exchange['supplier']} is no offered stream")
        if receiver is None or receiver[1]["direction"] != "input":
            found.append(f"exchange receiver {exchange['receiver']} is no needed stream")
        if not set(exchange.get("sources", ())) or not set(exchange["sources"]) <= sources:
            found.append(f"exchange {exchange['supplier']} -> {exchange['receiver']} cites "
                         f"no source of the park")
    if park.get("language") not in DIRECTION_WORDS:
        found.append(f"language {park.get('language')}")
    for _, stream in streams.values():
        if stream["direction"] not in ("output", "input"):
            found.append(f"{stream['id']}: direction {stream['direction']}")
        if stream["kind"] not in KIND_WORDS["ru"]:
            found.append(f"{stream['id']}: kind {stream['kind']}")
        if not stream.get("tags") or not set(stream["tags"]) <= TAGS:
            found.append(f"{stream['id']}: tags {stream.get('tags')} (known: {sorted(TAGS)})")
    return found


def absurd(supplier: dict, receiver: dict) -> str:
    """Why a facilitator would reject offering `supplier` to `receiver` ("" if not)."""
    offered, needed = set(supplier["tags"]), set(receiver["tags"])
    if supplier.get("hazardous") in ("да", "yes") or "*" in str(supplier.get("ewc", "")):
        offered.add("hazardous")
    for what, purpose, why, unless in ABSURD:
        if offered & what and needed & purpose and not offered & unless:
            return why
    hot, wanted = _number(supplier.get("temperature")), _number(receiver.get("temperature"))
    if supplier["kind"] == receiver["kind"] == "energy" and None not in (hot, wanted) \
            and hot < wanted:
        return f"heat at {hot:g} °C for a need of {wanted:g} °C"
    return ""


def _number(value) -> float | None:
    """A temperature as typed ("60 °С", "37,5", 90) as a number (None: not given)."""
    if value in (None, ""):
        return None
    text = str(value).replace(",", ".").replace("°С", "").replace("°C", "").strip()
    try:
        return float(text)
    except ValueError:
        return None


def write_survey(park: dict, path: Path) -> dict[int, str]:
    """The park's survey as the template filled by its tenants; the stream id of each row."""
    import openpyxl

    from recp_audit.services.survey_template import headers, write_template

    language = park["language"]
    write_template(path)
    book = openpyxl.load_workbook(path)
    sheet = book["survey"]
    position = {header.split(" / ")[0]: index for index, header in enumerate(headers())}
    rows: dict[int, str] = {}
    for tenant in park["tenants"]:
        place = tenant.get("coordinates") or (None, None)
        if language == "ru" and place[0] is not None:
            place = tuple(str(value).replace(".", ",") for value in place)
        for stream in tenant["streams"]:
            row = [None] * len(position)
            for header, value in (
                    ("Enterprise", tenant["name"]), ("NACE/OKED", tenant["oked"]),
                    ("Latitude", place[0]), ("Longitude", place[1]),
                    ("Direction", DIRECTION_WORDS[language][stream["direction"]]),
                    ("Kind", KIND_WORDS.get(language, {}).get(stream["kind"], stream["kind"])),
                    ("Name", stream["name"]),
                    *((COLUMN[key], stream.get(key)) for key in COLUMN)):
                row[position[header]] = value
            sheet.append(row)
            rows[sheet.max_row] = stream["id"]
    book.save(path)
    return rows


@dataclass
class Outcome:
    """What the matcher made of one park."""

    park: str
    language: str
    documented: int = 0
    found: int = 0
    in_top: int = 0
    dropped: dict[str, str] = field(default_factory=dict)  # stream id -> import error
    warnings: int = 0  # import findings that kept their row
    misses: list[str] = field(default_factory=list)
    absurd: list[str] = field(default_factory=list)
    candidates: int = 0

    @property
    def recall(self) -> float:
        """Documented exchanges among all candidates."""
        return self.found / self.documented if self.documented else 1.0

    @property
    def recall_at_top(self) -> float:
        """Documented exchanges within their receiver's top 5."""
        return self.in_top / self.documented if self.documented else 1.0


def evaluate(park: dict, folder: Path, language: str = "en") -> Outcome:
    """Write, import and match one park in a fresh workspace under `folder`."""
    from recp_audit.model import Park
    from recp_audit.services import records, survey_import, symbiosis
    from recp_audit.services.survey_import import enterprise_key
    from recp_audit.store.db import create_workspace

    outcome = Outcome(park["name"], park["language"])
    rows = write_survey(park, folder / f"{park['key']}.xlsx")
    workspace = create_workspace(folder / f"{park['key']}.sqlite", author="benchmark")
    try:
        park_id = records.create(workspace, Park, {"name": park["name"],
                                                   "country": park["country"]})
        plan = survey_import.check(workspace, folder / f"{park['key']}.xlsx", park_id)
        for problem in plan.errors:
            outcome.dropped.setdefault(rows.get(problem.row, f"row {problem.row}"),
                                       str(problem))
        outcome.warnings = len(plan.problems) - len(plan.errors)
        survey_import.apply(workspace, plan, skip_bad_rows=True)
        stored = {(enterprise_key(row.enterprise), str(row.direction), row.name.strip()): row.id
                  for row in symbiosis.streams(workspace, park_id)}
        data = streams_of(park)
        ids = {key: stored.get((enterprise_key(tenant["name"]), stream["direction"],
                                stream["name"].strip()))
               for key, (tenant, stream) in data.items()}
        by_id = {value: key for key, value in ids.items() if value is not None}
        candidates = symbiosis.match(workspace, park_id)
        outcome.candidates = len(candidates)
        ranked: dict[str, list[tuple[float, str, object]]] = {}
        for row in candidates:
            supplier, receiver = by_id.get(row.match.supplier.id), by_id.get(row.match.receiver.id)
            if supplier and receiver:
                ranked.setdefault(receiver, []).append((row.match.score, supplier, row.match))
        top = {receiver: [(s, m) for _, s, m in sorted(found, key=lambda p: -p[0])[:TOP]]
               for receiver, found in ranked.items()}
        everything = {(s, r) for r, found in ranked.items() for _, s, _ in found}
        for exchange in park["exchanges"]:
            supplier, receiver = exchange["supplier"], exchange["receiver"]
            outcome.documented += 1
            outcome.found += (supplier, receiver) in everything
            if supplier in [s for s, _ in top.get(receiver, ())]:
                outcome.in_top += 1
                continue
            pair = f"{data[supplier][1]['name']} -> {data[receiver][1]['name']}"
            missing = [k for k in (supplier, receiver) if ids[k] is None]
            if missing:
                why = "; ".join(f"{data[k][1]['name']} not imported: "
                                f"{outcome.dropped.get(k, 'not found after import')}"
                                for k in missing)
            else:
                why = symbiosis.why_not(workspace, park_id, ids[supplier], ids[receiver],
                                        language)
            outcome.misses.append(f"{pair}: {why}")
        for receiver, suppliers in top.items():
            for rank, (supplier, found) in enumerate(suppliers, start=1):
                why = absurd(data[supplier][1], data[receiver][1])
                if why:
                    outcome.absurd.append(f"{data[supplier][1]['name']} -> "
                                          f"{data[receiver][1]['name']} (rank {rank}): {why}"
                                          f" [matcher: {found.explanation(language)}]")
    finally:
        workspace.close()
    return outcome


def report(outcomes: list[Outcome]) -> bool:
    """Print the table, the targets and every miss and absurd pair; True if targets met."""
    print(f"{'park':<44} {'lang':>4} {'docs':>4} {'recall':>7} {'recall@5':>8} "
          f"{'absurd':>6} {'cands':>5} {'dropped':>7} {'warned':>6}")
    for o in outcomes:
        print(f"{o.park[:44]:<44} {o.language:>4} {o.documented:>4} {o.recall:>7.2f} "
              f"{o.recall_at_top:>8.2f} {len(o.absurd):>6} {o.candidates:>5} "
              f"{len(o.dropped):>7} {o.warnings:>6}")
    documented = sum(o.documented for o in outcomes)
    recall = sum(o.found for o in outcomes) / documented
    at_top = sum(o.in_top for o in outcomes) / documented
    absurd_pairs = sum(len(o.absurd) for o in outcomes)
    print(f"{'overall':<44} {'':>4} {documented:>4} {recall:>7.2f} {at_top:>8.2f} "
          f"{absurd_pairs:>6}")
    met = {f"recall >= {TARGET_RECALL}": recall >= TARGET_RECALL,
           f"recall@{TOP} >= {TARGET_RECALL_AT_5}": at_top >= TARGET_RECALL_AT_5,
           f"no absurd pair in any top {TOP}": absurd_pairs == 0}
    for target, ok in met.items():
        print(f"target {target}: {'met' if ok else 'NOT met'}")
    for o in outcomes:
        if o.misses or o.absurd or o.dropped:
            print(f"\n== {o.park}")
        for stream, message in o.dropped.items():
            print(f"  dropped by the import: {stream}: {message}")
        for miss in o.misses:
            print(f"  miss: {miss}")
        for pair in o.absurd:
            print(f"  absurd: {pair}")
    return all(met.values())


def main(argv: list[str] | None = None) -> int:
    """Evaluate the parks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--park", nargs="*", help="park file stems (default: all)")
    parser.add_argument("--language", default="en", choices=("en", "ru"),
                        help="language of the matcher's explanations of misses")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when a target is not met")
    options = parser.parse_args(argv)
    parks = load_parks(options.park)
    for park in parks:
        for problem in problems(park):
            print(f"{park['key']}: {problem}")
    with tempfile.TemporaryDirectory(prefix="recp-quality-") as folder:
        outcomes = [evaluate(park, Path(folder), options.language) for park in parks]
    met = report(outcomes)
    return 1 if options.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
