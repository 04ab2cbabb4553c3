"""Fitted risk-model coefficients (written by benchmarks/calibrate_risk.py; do not edit by hand)."""

INTERCEPT = 0.4066
COEFFICIENTS = {
    "log_wait": 0.0000,
    "repeats": 1.0207,
    "complained": 2.0572,
    "urgent": 0.3700,
    "weak_only": -0.0176,
    "weak_wait": -0.4504,
    "new": 0.0631,
    "loyal": -0.4119,
    "trouble": 0.0488,
    "served": -0.3667,
    "content": -0.3564,
    "presented": 0.0000,
    "stale": -0.8464,
    "room_answered": -1.2819,
}
