"""Symbiosis matching speed on generated parks of 500, 1,000 and 2,000 enterprises with
10 streams each (half offered, half needed).

Prints the time to compute all candidates for each park (target <= 3 s at 2,000), the
growth exponent between the smallest and the largest park (1 is linear, 2 is
quadratic; the target is clearly below 2), and each time as a ratio to the time of
building the offers themselves in the same run (a baseline that grows linearly).

Streams are drawn from real EWC codes and NACE classes, names from a vocabulary of
materials and qualifiers in Russian and English, quantities, months and temperatures
at random, enterprises within 25 km of the park centre (a tenth without coordinates).

Run:  python benchmarks/symbiosis.py [--sizes 500 1000 2000] [--seed 1]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MATERIALS = ["опилки", "стружка", "кора", "щепа", "зола", "гипс", "картон", "бумага",
             "макулатура", "полиэтилен", "плёнка", "бетон", "дробина", "сыворотка", "осадок",
             "лом", "стекло", "стеклобой", "sawdust", "shavings", "bark", "chips", "ash",
             "gypsum", "cardboard", "paper", "polyethylene", "film", "concrete", "grains",
             "whey", "sludge", "scrap", "glass", "cullet", "slag", "шлак", "резина", "rubber",
             "текстиль", "textile", "кожа", "leather", "масло", "oil", "растворитель",
             "solvent", "краска", "paint", "кислота", "acid", "щёлочь", "alkali", "песок",
             "sand", "глина", "clay", "известь", "lime", "солома", "straw", "навоз", "manure",
             "жом", "pulp", "меласса", "molasses", "пух", "feathers", "кости", "bones"]
QUALIFIERS = ["сухой", "влажный", "мелкий", "крупный", "чистый", "смешанный", "древесный",
              "стальной", "алюминиевый", "медный", "пищевой", "технический", "dry", "wet",
              "fine", "coarse", "clean", "mixed", "wood", "steel", "aluminium", "copper",
              "food", "technical", "грade", "бракованный", "rejected", "offcut", "обрезки",
              "пыль", "dust", "гранулы", "pellets", "брикеты", "briquettes", "порошок",
              "powder", "лента", "strip", "лист", "sheet", "тара", "packaging", "поддоны",
              "pallets", "мешки", "bags", "бочки", "drums"]
HEAT = ["пар", "steam", "горячая вода", "hot water", "тепло", "heat", "конденсат",
        "condensate", "дымовые газы", "flue gas"]


def generate(enterprises: int, seed: int) -> list:
    """The offers of a generated park."""
    from recp_audit.codes import ewc, nace
    from recp_audit.symbiosis.matching import Offer, Party

    rng = random.Random(seed)
    codes = [entry for entry in ewc.codes().values()]
    classes = [code for code, activity in nace.activities().items() if activity.level == 4]
    offers = []
    for n in range(enterprises):
        located = rng.random() > 0.1
        angle, radius = rng.uniform(0, 2 * math.pi), 25 * math.sqrt(rng.random())
        party = Party(uuid.UUID(int=rng.getrandbits(128)), f"Enterprise {n}",
                      rng.choice(classes),
                      54.2 + radius * math.sin(angle) / 111.2 if located else None,
                      28.5 + radius * math.cos(angle) / 65.0 if located else None)
        for s in range(10):
            direction = "output" if s % 2 == 0 else "input"
            if rng.random() < 0.15:
                kind, words, unit = "energy", [rng.choice(HEAT)], "MWh"
                code = None
            else:
                kind, unit = "material", "t"
                words = [rng.choice(MATERIALS)] + rng.sample(QUALIFIERS, rng.randint(0, 2))
                code = rng.choice(codes) if rng.random() < 0.6 else None
            months = () if rng.random() < 0.7 else tuple(
                sorted(rng.sample(range(1, 13), rng.randint(3, 9))))
            offers.append(Offer(
                uuid.UUID(int=rng.getrandbits(128)), party, direction, kind,
                " ".join(words) + f" {rng.randint(1, 99)}", "",
                code.code if code else "", bool(code and code.hazardous),
                round(rng.uniform(1, 5000), 1), unit, months,
                rng.uniform(40, 250) if kind == "energy" else None,
                rng.uniform(0, 50) if direction == "output" else None,
                rng.uniform(0, 200) if direction == "input" else None))
    return offers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    from recp_audit.services.symbiosis import settings
    from recp_audit.symbiosis.matching import find_candidates

    factors = settings()
    find_candidates(generate(50, args.seed), factors)  # imports, caches, stemmer warm-up
    times = {}
    print(f"{'enterprises':>11} {'streams':>8} {'candidates':>10} {'match, s':>9} "
          f"{'generate, s':>11} {'ratio':>6}")
    for size in args.sizes:
        started = time.perf_counter()
        offers = generate(size, args.seed)
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        found = find_candidates(offers, factors)
        times[size] = time.perf_counter() - started
        print(f"{size:>11} {len(offers):>8} {len(found):>10} {times[size]:>9.2f} "
              f"{baseline:>11.2f} {times[size] / baseline:>6.1f}")
    small, large = min(times), max(times)
    if large > small:
        exponent = math.log(times[large] / times[small]) / math.log(large / small)
        print(f"growth exponent {small} -> {large}: {exponent:.2f} (1 linear, 2 quadratic)")
    print(f"target: <= 3 s at {large}: {'met' if times[large] <= 3 else 'NOT met'}")


if __name__ == "__main__":
    main()
