"""Fitted risk-model coefficients (written by benchmarks/calibrate_risk.py; do not edit by hand)."""

INTERCEPT = -2.0
COEFFICIENTS = {
    "log_wait": 1.0,
    "repeats": 0.4,
    "complained": 0.8,
    "urgent": 0.3,
    "new": 0.3,
    "loyal": -0.6,
    "trouble": 0.7,
    "log_stay": 0.0,
}
