"""Scoring maths: weights, exclusions, choices, numbers with units, skip logic."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from recp_audit.checklists.loader import parse_yaml
from recp_audit.checklists.scoring import AnswerValue, combine, score_template, visible_items

from tests.checklists.test_template import GOOD

TEMPLATE = parse_yaml(GOOD, "good.yaml")


def A(**kwargs) -> AnswerValue:  # noqa: N802 - short helper
    return AnswerValue(**kwargs)


def test_weighted_score_with_exclusions():
    # leaks (weight 2) partial -> 1.0 of 2; pressure 6.5 bar (no finding) -> 1 of 1;
    # dryer refrigerated -> 1 of 1.  (1 + 1 + 1) / 4 = 75 %.
    answers = {"leaks": A(status="partial"), "pressure": A(number=6.5, unit="bar"),
               "dryer": A(choices=("fridge",))}
    result = score_template(TEMPLATE, answers)
    assert result.total.percent == pytest.approx(75.0)
    assert [item.id for item in result.findings] == ["leaks"]
    assert result.total.visible == 4 and result.total.answered == 3  # "why" shown by partial


def test_not_applicable_and_not_evaluated_are_left_out_and_counted():
    answers = {"leaks": A(status="na"), "pressure": A(status="ne"),
               "dryer": A(choices=("none",))}
    total = score_template(TEMPLATE, answers).total
    assert total.percent == 0.0 and total.weight == 1
    assert total.not_applicable == 1 and total.not_evaluated == 1
    assert total.answered == 3 and total.findings == 0


def test_number_finding_converts_units():
    above = score_template(TEMPLATE, {"pressure": A(number=750, unit="kPa")})
    assert [item.id for item in above.findings] == ["pressure"]
    assert above.total.percent == 0.0
    below = score_template(TEMPLATE, {"pressure": A(number=650, unit="kPa")})
    assert below.findings == [] and below.total.percent == 100.0


def test_nothing_answered_has_no_score():
    total = score_template(TEMPLATE, {}).total
    assert total.percent is None and total.unanswered == 3


def test_skip_logic_hides_and_shows():
    ids = lambda answers: [item.id for item in visible_items(TEMPLATE, answers)]  # noqa: E731
    assert "why" not in ids({})
    assert "why" not in ids({"leaks": A(status="yes")})
    assert "why" in ids({"leaks": A(status="no")})


def test_hidden_answers_do_not_count():
    answers = {"leaks": A(status="yes"), "why": A(text="forgot to delete")}
    total = score_template(TEMPLATE, answers).total
    assert total.visible == 3 and total.answered == 1


def test_combine_weights_groups_by_their_weight():
    first = score_template(TEMPLATE, {"leaks": A(status="yes")}).total   # 2 of 2
    second = score_template(TEMPLATE, {"leaks": A(status="no")}).total   # 0 of 2
    third = score_template(TEMPLATE, {"dryer": A(choices=("none",))}).total  # 0 of 1
    assert combine([first, second, third]).percent == pytest.approx(40.0)


@given(st.dictionaries(st.sampled_from(["leaks", "pressure", "dryer", "why"]),
                       st.sampled_from(["yes", "no", "partial", "na", "ne"]), max_size=4))
def test_score_stays_between_0_and_100(statuses):
    answers = {key: A(status=value) for key, value in statuses.items()}
    total = score_template(TEMPLATE, answers).total
    assert total.percent is None or 0.0 <= total.percent <= 100.0
    assert total.answered <= total.visible
