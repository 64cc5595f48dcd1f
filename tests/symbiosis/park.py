"""A test park built from documented real exchanges (Kalundborg, Denmark, and common
by-product trades), with distractors that must not pair up."""

from __future__ import annotations

import uuid

from recp_audit.symbiosis.matching import Offer, Party

KALUNDBORG = (55.68, 11.10)


def party(name: str, nace: str, north_km: float = 0.0, in_park: bool = True,
          located: bool = True) -> Party:
    """An enterprise `north_km` north of the park centre (no coordinates unless located)."""
    latitude, longitude = KALUNDBORG
    return Party(uuid.uuid5(uuid.NAMESPACE_DNS, name), name, nace,
                 latitude + north_km / 111.2 if located else None,
                 longitude if located else None, in_park)


def stream(owner: Party, direction: str, name: str, kind: str = "material", **values) -> Offer:
    """A stream of `owner` with a stable id."""
    return Offer(uuid.uuid5(owner.id, f"{direction}:{name}"), owner, direction, kind, name,
                 **values)


POWER = party("Asnaes power station", "35.11")
CEMENT = party("Aalborg Portland", "23.51", 12)
GYPROC = party("Gyproc plasterboard", "23.62", 2)
NOVO = party("Novo Nordisk", "21.20", 1)
FISH = party("Fish farm", "03.22", 3)
SAWMILL = party("Лесопилка Береза", "16.10", 5)
PELLETS = party("Pellet plant", "16.26", 8)
BREWERY = party("Пивоварня", "11.05", 4)
FARM = party("Dairy farm", "01.41", 15)
PAPER = party("Corrugated board maker", "17.21", 6)
SUPERMARKET = party("Supermarket depot", "47.11", 1)
PLASTICS = party("Plastic products", "22.22", 7)
BAKERY = party("Bakery", "10.71", 2)
CHEMICALS = party("Chemical works", "20.14", 3)

OFFERS = [
    stream(POWER, "output", "Coal fly ash", ewc="10 01 02", quantity=80000, unit="t",
           disposal_cost=20, notes="dry, from electrostatic precipitators"),
    stream(POWER, "output", "FGD gypsum", ewc="10 01 05", quantity=150000, unit="t",
           disposal_cost=15),
    stream(POWER, "output", "Process steam", kind="energy", quantity=200000, unit="MWh",
           temperature=250),
    stream(POWER, "output", "Warm cooling water", kind="energy", quantity=50000, unit="MWh",
           temperature=35),
    stream(CEMENT, "input", "Pozzolanic additive for clinker replacement", quantity=50000,
           unit="t", price=30),
    stream(GYPROC, "input", "Gypsum", quantity=120000, unit="t", price=12),
    stream(NOVO, "input", "Process steam for fermentation", kind="energy", quantity=120000,
           unit="MWh", temperature=180),
    stream(FISH, "input", "Warm water for fish ponds", kind="energy", quantity=20000,
           unit="MWh", temperature=30),
    stream(SAWMILL, "output", "Опилки древесные", ewc="03 01 05", quantity=3000, unit="t",
           disposal_cost=10),
    stream(PELLETS, "input", "Sawdust and wood chips", quantity=5000, unit="t", price=25),
    stream(BREWERY, "output", "Пивная дробина", ewc="02 07 02", quantity=2500, unit="t",
           months=(4, 5, 6, 7, 8, 9, 10)),
    stream(FARM, "input", "Animal feed", quantity=4000, unit="t", price=40),
    stream(SUPERMARKET, "output", "Cardboard packaging", ewc="15 01 01", quantity=600,
           unit="t"),
    stream(PAPER, "input", "Макулатура (картон)", quantity=10000, unit="t", price=60),
    stream(SUPERMARKET, "output", "Polyethylene stretch film", ewc="15 01 02", quantity=80,
           unit="t"),
    stream(PLASTICS, "input", "Полиэтилен вторичный", quantity=500, unit="t", price=300),
    stream(CHEMICALS, "output", "Spent solvent sludge", ewc="07 01 08*", hazardous=True,
           quantity=40, unit="t"),
    stream(BAKERY, "input", "Sludge-free flour", quantity=900, unit="t"),
    stream(BAKERY, "input", "Process steam", kind="energy", quantity=2000, unit="MWh",
           temperature=300),
]

EXPECTED = {
    ("Coal fly ash", "Pozzolanic additive for clinker replacement"),
    ("FGD gypsum", "Gypsum"),
    ("Process steam", "Process steam for fermentation"),
    ("Warm cooling water", "Warm water for fish ponds"),
    ("Опилки древесные", "Sawdust and wood chips"),
    ("Пивная дробина", "Animal feed"),
    ("Cardboard packaging", "Макулатура (картон)"),
    ("Polyethylene stretch film", "Полиэтилен вторичный"),
}
