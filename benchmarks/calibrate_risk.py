"""Fit the churn-risk model on simulated sessions and write risk_coefficients.py.

    python benchmarks/calibrate_risk.py [--sessions 40] [--write]

For every tick and every waiting viewer the tracking stage computes the model's features;
the label is the simulator's truth: the viewer leaves within 120 s with a question still
unanswered. A logistic regression (Newton's method, light L2) is fitted with numpy and its
coefficients printed (and written with --write), with log-loss and ranking quality.
"""

from __future__ import annotations

import argparse
import pathlib

import numpy as np

from copilot.core.catalog import empty_catalog
from copilot.core.events import from_dict
from copilot.core.pipeline import Pipeline
from copilot.core.tracking import tracking_stages
from copilot.core.tracking.risk import FEATURES, RiskInput, features
from copilot.core.tracking.simulate import SimConfig, SimTruthStage, simulate

HORIZON_S = 120.0
OUT = pathlib.Path(__file__).resolve().parents[1] / "copilot/core/tracking/risk_coefficients.py"


def collect(seeds: range, cfg: SimConfig) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for seed in seeds:
        events, truth = simulate(seed, cfg)
        cat = empty_catalog()
        stages = tracking_stages(cat)
        p = Pipeline(cat, [SimTruthStage(), *stages])  # type: ignore[list-item]
        rows: list[tuple[float, str, list[float]]] = []

        def observe(now: float, vid: str, x: RiskInput, rows: list = rows) -> None:
            rows.append((now, vid, features(x)))

        stages[-1].observer = observe  # type: ignore[attr-defined]
        for d in events:
            p.feed(from_dict(d))
        p.finish()
        for now, vid, f in rows:
            tv = truth.get(vid)
            hit = bool(
                tv and tv["reason"] == "unanswered" and now < tv["left_at"] <= now + HORIZON_S
            )
            xs.append(f)
            ys.append(float(hit))
    return np.array(xs), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 50) -> np.ndarray:
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        g = xb.T @ (p - y) + l2 * w
        h = (xb * (p * (1 - p))[:, None]).T @ xb + l2 * np.eye(len(w))
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=40)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    cfg = SimConfig()
    x, y = collect(range(args.sessions), cfg)
    w = fit(x, y)
    xt, yt = collect(range(1000, 1000 + max(4, args.sessions // 4)), cfg)
    pt = 1 / (1 + np.exp(-(np.hstack([np.ones((len(xt), 1)), xt]) @ w)))
    eps = 1e-9
    ll = -np.mean(yt * np.log(pt + eps) + (1 - yt) * np.log(1 - pt + eps))
    order = np.argsort(-pt)
    top = yt[order[: max(1, len(yt) // 10)]].mean()
    print(f"train rows {len(y)}, positives {y.mean():.3f}; held-out log-loss {ll:.4f}")
    print(
        f"held-out: mean predicted {pt.mean():.3f} vs observed {yt.mean():.3f};"
        f" top-decile hit {top:.3f}"
    )
    print(f"intercept {w[0]: .4f}")
    for name, c in zip(FEATURES, w[1:], strict=True):
        print(f"{name:>12} {c: .4f}")
    if args.write:
        body = ",\n".join(f'    "{n}": {c:.4f}' for n, c in zip(FEATURES, w[1:], strict=True))
        OUT.write_text(
            '"""Fitted risk-model coefficients (written by benchmarks/calibrate_risk.py;'
            ' do not edit by hand)."""\n\n'
            f"INTERCEPT = {w[0]:.4f}\nCOEFFICIENTS = {{\n{body},\n}}\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
