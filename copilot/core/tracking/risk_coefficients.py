"""Fitted risk-model coefficients (written by benchmarks/calibrate_risk.py; do not edit by hand)."""

INTERCEPT = 0.1283
COEFFICIENTS = {
    "log_wait": -0.4382,
    "repeats": 0.1929,
    "complained": 0.2933,
    "urgent": 0.5537,
    "new": 0.1811,
    "loyal": -0.5406,
    "trouble": 0.5193,
}
