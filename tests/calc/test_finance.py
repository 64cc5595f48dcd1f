"""NPV and IRR against published worked examples, and a part last year checked by hand."""

from __future__ import annotations

import pytest

from recp_audit.calc import calculator
from recp_audit.calc.finance import irr, npv


def test_thumann_woodroof_insulation_examples():
    # Thumann & Woodroof, Energy Project Financing (Fairmont Press, 2009), appendix A,
    # p. 258, examples 35 and 36: 20 years at 10 %, (P|A,10%,20) = 8.5136
    assert npv(150, 32, 20, 0.10) == pytest.approx(122.44, abs=0.01)   # R-19 insulation
    assert npv(200, 20, 20, 0.10) == pytest.approx(-29.73, abs=0.01)   # R-30 over R-19


def test_thumann_woodroof_economizer_example():
    # ibid., p. 259, example 37: $20,000, saves $3,500 and costs $500 a year for 10 years
    # at 10 %: PW = -$1,566.20 with the factor rounded to 6.1446
    assert npv(20_000, 3_500 - 500, 10, 0.10) == pytest.approx(-1566.20, abs=0.2)


def test_masters_premium_air_conditioner_irr():
    # Masters, Renewable and Efficient Electric Power Systems (Wiley, 2004), p. 245:
    # $1000 extra saving $200 a year has an IRR "just over 15 %" over 10 years and
    # "between 19 % and 21 %" over 20 years (table 5.4)
    assert 0.15 < irr(1000, 200, 10) < 0.152
    assert 0.19 < irr(1000, 200, 20) < 0.21


def test_brealey_myers_office_building():
    # Brealey & Myers, Principles of Corporate Finance, 7th ed. (2003), ch. 2, section 2.1:
    # $350,000 now for $400,000 in a year at 7 %: NPV $23,832, a return of 14 %
    assert npv(350_000, 400_000, 1, 0.07) == pytest.approx(23_832, abs=1)
    assert irr(350_000, 400_000, 1) == pytest.approx(400 / 350 - 1, abs=1e-9)


def test_a_part_last_year_saves_pro_rata_at_its_end():
    # by hand, 1000 for 500 a year over 2.5 years at 10 %:
    # 500/1.1 + 500/1.21 + 250/1.1^2.5 = 454.545 + 413.223 + 196.996 = 1064.765
    assert npv(1000, 500, 2.5, 0.10) == pytest.approx(64.765, abs=1e-3)
    assert npv(1000, 500, 2, 0.10) < npv(1000, 500, 2.5, 0.10) < npv(1000, 500, 3, 0.10)
    # by hand: the sum is 1003.498 at 14 % and 996.269 at 14.5 %, so IRR ≈ 14.24 %
    rate = irr(1000, 500, 2.5)
    assert rate == pytest.approx(0.1424, abs=2e-4)
    assert npv(1000, 500, 2.5, rate) == pytest.approx(0, abs=1e-6)
    assert npv(1000, 500, 36 / 12, 0.10) == npv(1000, 500, 3, 0.10)


def test_the_calculator_counts_a_part_year_and_gives_irr_in_percent():
    results = calculator("finance").run({"investment": "1000 EUR", "annual_saving":
                                         "500 EUR/year", "lifetime": "30 month"}).results
    assert results["npv"].m_as("EUR") == pytest.approx(64.765, abs=1e-3)
    assert results["irr"].m_as("percent") == pytest.approx(14.24, abs=0.02)
    assert str(results["irr"].units) == "percent"
