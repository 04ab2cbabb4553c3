"""Churn risk: each behavioural assumption moves the probability the way it claims."""

from dataclasses import replace

from copilot.core.tracking.risk import SIGNS, RiskInput, probability, reason
from copilot.core.tracking.risk_coefficients import COEFFICIENTS


def base() -> RiskInput:
    return RiskInput(
        wait_s=40, repeats=0, complained=False, urgent=None, new=False, loyal=False,
        trouble=False, stay_s=100,
    )  # fmt: skip


def test_fitted_weights_respect_the_assumed_signs():
    for name, sign in SIGNS.items():
        assert COEFFICIENTS[name] * sign >= 0, name


def test_risk_moves_the_way_each_assumption_says():
    p = probability(base())
    assert 0 < p < 1
    assert probability(replace(base(), complained=True)) > p
    assert probability(replace(base(), repeats=2)) > p
    assert probability(replace(base(), urgent="link")) > p
    assert probability(replace(base(), loyal=True)) < p
    assert probability(replace(base(), served=True)) < p
    assert probability(replace(base(), wait_s=400, quiet_s=400)) < p  # a stale wait
    assert probability(replace(base(), wait_s=90)) >= p


def test_value_is_a_tag_not_a_weight():
    buyer = replace(base(), value_tags=("purchased",))
    assert probability(buyer) == probability(base())
    assert reason(buyer).endswith("[past buyer]")
    text = reason(replace(base(), wait_s=75, repeats=1, urgent="link"))
    assert text == "waiting 75 s, asked twice, asked for the link"
