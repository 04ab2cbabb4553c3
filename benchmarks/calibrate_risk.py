"""Fit the churn-risk model on simulated sessions and write risk_coefficients.py.

    python benchmarks/calibrate_risk.py [--sessions 48] [--write]

For every tick and every waiting viewer the tracking stage computes the model's features;
the label is the simulator's truth: the viewer leaves within 120 s with a real question
still unanswered. A logistic regression (Newton's method, light L2) is fitted with numpy,
with each weight's sign fixed by ``risk.SIGNS`` (a weight that would take the wrong sign is
held at zero and the rest refitted). Sessions mix quiet and busy rooms. It prints log-loss,
calibration, and the queue's precision at 3 and 10 against an oldest-first queue on
held-out sessions; ``--write`` writes the coefficients.
"""

from __future__ import annotations

import argparse
import pathlib
from collections import defaultdict

import numpy as np

from copilot.core.catalog import empty_catalog
from copilot.core.events import from_dict
from copilot.core.pipeline import Pipeline
from copilot.core.tracking import tracking_stages
from copilot.core.tracking.risk import FEATURES, SIGNS, RiskInput, features
from copilot.core.tracking.simulate import SimConfig, SimTruthStage, left_unanswered, simulate

OUT = pathlib.Path(__file__).resolve().parents[1] / "copilot/core/tracking/risk_coefficients.py"
ROOMS = (20.0, 40.0, 80.0, 120.0)  # joins per minute, cycled over the sessions

Rows = list[tuple[int, float, float, float]]  # (session, tick, wait, label) per row


def collect(seeds: range) -> tuple[np.ndarray, np.ndarray, Rows]:
    xs, ys, meta = [], [], []
    for seed in seeds:
        cfg = SimConfig(joins_per_min=ROOMS[seed % len(ROOMS)])
        events, truth = simulate(seed, cfg)
        cat = empty_catalog()
        stages = tracking_stages(cat)
        p = Pipeline(cat, [SimTruthStage(), *stages])  # type: ignore[list-item]
        rows: list[tuple[float, str, RiskInput]] = []
        stages[-1].observer = lambda now, vid, x, rows=rows: rows.append((now, vid, x))  # type: ignore[attr-defined]
        for d in events:
            p.feed(from_dict(d))
        p.finish()
        for now, vid, x in rows:
            y = float(left_unanswered(truth, vid, now))
            xs.append(features(x))
            ys.append(y)
            meta.append((seed, now, x.wait_s, y))
    return np.array(xs), np.array(ys), meta


def _newton(xb: np.ndarray, y: np.ndarray, free: np.ndarray, l2: float) -> np.ndarray:
    w = np.zeros(xb.shape[1])
    xf = xb[:, free]
    wf = np.zeros(xf.shape[1])
    reg = l2 * np.eye(len(wf))
    reg[0, 0] = 0.0  # the intercept is not shrunk
    for _ in range(60):
        p = 1 / (1 + np.exp(-xf @ wf))
        g = xf.T @ (p - y) + reg @ wf
        h = (xf * (p * (1 - p))[:, None]).T @ xf + reg + 1e-9 * np.eye(len(wf))
        step = np.linalg.solve(h, g)
        wf -= step
        if np.abs(step).max() < 1e-8:
            break
    w[free] = wf
    return w


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Sign-constrained logistic regression: returns [intercept, *weights]."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    signs = np.array([0] + [SIGNS[n] for n in FEATURES])
    free = np.ones(xb.shape[1], dtype=bool)
    while True:
        w = _newton(xb, y, free, l2)
        wrong = free & (signs * w < 0)
        if not wrong.any():
            return w
        free[np.argmax(np.where(wrong, -signs * w, -np.inf))] = False  # worst offender


def precision_at(meta: Rows, score: np.ndarray, k: int) -> tuple[float, float]:
    """Queue precision at k for the model's order and for oldest-first, per tick."""
    ticks: dict[tuple[int, float], list[tuple[float, float, float]]] = defaultdict(list)
    for (seed, now, wait, y), s in zip(meta, score, strict=True):
        ticks[(seed, now)].append((s, wait, y))
    hit_m = hit_f = n = 0.0
    for rows in ticks.values():
        top_m = sorted(rows, key=lambda r: -r[0])[:k]
        top_f = sorted(rows, key=lambda r: -r[1])[:k]
        hit_m += sum(r[2] for r in top_m)
        hit_f += sum(r[2] for r in top_f)
        n += len(top_m)
    return hit_m / n, hit_f / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=48)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    x, y, _ = collect(range(args.sessions))
    w = fit(x, y)
    xt, yt, meta = collect(range(1000, 1000 + max(8, args.sessions // 4)))
    pt = 1 / (1 + np.exp(-(np.hstack([np.ones((len(xt), 1)), xt]) @ w)))
    eps = 1e-9
    ll = -np.mean(yt * np.log(pt + eps) + (1 - yt) * np.log(1 - pt + eps))
    print(f"train rows {len(y)}, positives {y.mean():.3f}; held-out log-loss {ll:.4f}")
    print(f"held-out: mean predicted {pt.mean():.3f} vs observed {yt.mean():.3f}")
    for lo, hi in ((0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)):
        m = (pt >= lo) & (pt < hi)
        if m.any():
            print(f"  predicted {lo:.1f}-{hi:.1f}: {m.sum():6d} rows, observed {yt[m].mean():.3f}")
    for k in (3, 10):
        pm, pf = precision_at(meta, pt, k)
        print(f"held-out queue precision@{k}: model {pm:.3f}, oldest-first {pf:.3f}")
    print(f"intercept {w[0]: .4f}")
    for name, c in zip(FEATURES, w[1:], strict=True):
        print(f"{name:>14} {c: .4f}")
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
