"""The symbiosis quality benchmark: its evaluation parks are well formed (sources, rivals,
documented exchanges between existing streams, Russian surveys, no held-out park) and one
park runs through survey, import and matching end to end (targets are not asserted)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "symbiosis_quality.py"


@pytest.fixture(scope="module")
def quality():
    spec = importlib.util.spec_from_file_location("symbiosis_quality", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_every_park_is_well_formed(quality):
    parks = quality.load_parks()
    assert len(parks) >= 4
    assert {park["key"]: quality.problems(park) for park in parks} == \
        {park["key"]: [] for park in parks}
    assert sum(park["language"] == "ru" for park in parks) >= 2
    assert len({park["mix"] for park in parks}) == len(parks)
    for park in parks:  # held out for independent evaluation
        said = f"{park['name']} {park['country']}".lower()
        assert not any(word in said for word in ("kalundborg", "kwinana", "belarus",
                                                 "беларусь", "минск", "могил"))


def test_absurd_pairs_are_judged_by_what_the_streams_are(quality):
    turnings = {"kind": "material", "tags": ["metal"], "ewc": "12 01 01"}
    bark = {"kind": "material", "tags": ["wood"]}
    fuel = {"kind": "material", "tags": ["fuel"]}
    feed = {"kind": "material", "tags": ["feed"]}
    assert quality.absurd(turnings, fuel) and not quality.absurd(bark, fuel)
    assert quality.absurd({"kind": "material", "tags": ["organic"], "ewc": "07 01 08*"}, feed)
    warm = {"kind": "energy", "tags": ["hot_water"], "temperature": "40"}
    assert quality.absurd(warm, {"kind": "energy", "tags": ["heat"], "temperature": 60})
    assert not quality.absurd(warm, {"kind": "energy", "tags": ["heat"], "temperature": 30})


def test_a_park_runs_end_to_end(quality, tmp_path, capsys):
    park = min(quality.load_parks(), key=lambda p: sum(len(t["streams"])
                                                       for t in p["tenants"]))
    outcome = quality.evaluate(park, tmp_path)
    assert outcome.documented == len(park["exchanges"]) and outcome.candidates > 0
    assert 0 <= outcome.recall_at_top <= outcome.recall <= 1
    assert len(outcome.misses) == outcome.documented - outcome.in_top
    quality.report([outcome])
    assert "recall@5" in capsys.readouterr().out
