"""Fit the churn-risk survival model on simulated sessions and write risk_coefficients.py.

    python benchmarks/calibrate_risk.py [--sessions 40] [--write]

For every tick and every waiting viewer the tracking stage computes the model's evidence
(``risk.columns``); the outcome is the simulator's truth: the viewer leaves within 120 s
with a question still unanswered. The model's parameters (patience-type share, Weibull
shape and scale, patience multipliers, evidence likelihood ratios, answer and fatigue
hazards) are fitted by maximum likelihood of those outcomes (a composite likelihood over
ticks) with BFGS on numeric gradients. Each parameter lives on a scale that fixes the
direction the behavioural assumption claims (a buying question shortens patience, a loyal
viewer's is longer, ...); the fit only sizes it. Sessions mix quiet and busy rooms. It
prints log-loss, calibration, hit rate by waiting time and the queue's precision at 3 and
10 against an oldest-first queue on held-out sessions; ``--write`` writes the parameters.
"""

from __future__ import annotations

import argparse
import math
import pathlib
from collections import defaultdict

import numpy as np

from copilot.core.catalog import empty_catalog
from copilot.core.events import from_dict
from copilot.core.pipeline import Pipeline
from copilot.core.tracking import tracking_stages
from copilot.core.tracking.risk import COLUMNS, RiskInput, columns, model
from copilot.core.tracking.risk_coefficients import PARAMS
from copilot.core.tracking.simulate import SimConfig, SimTruthStage, left_unanswered, simulate

OUT = pathlib.Path(__file__).resolve().parents[1] / "copilot/core/tracking/risk_coefficients.py"
ROOMS = (20.0, 40.0, 80.0, 120.0)  # joins per minute, cycled over the sessions
Rows = list[tuple[int, float, float, float]]  # (session, tick, wait, label) per row
Fifo = dict[tuple[int, float], list[float]]  # (session, tick) → labels, oldest wait first


def _sig(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


# parameter → (to natural scale, back to the free scale): the scale fixes the direction
_ABOVE1 = (lambda z: 1.0 + math.exp(z), lambda v: math.log(max(v - 1.0, 1e-6)))
_BELOW1 = (_sig, lambda v: _logit(min(max(v, 1e-6), 1 - 1e-6)))
_POS = (math.exp, lambda v: math.log(max(v, 1e-9)))
SCALES = {
    "impatient": _BELOW1,
    "shape": _ABOVE1,  # the urge to leave grows with waiting
    "scale_s": _POS,
    "hot": _BELOW1,  # link/discount: shorter patience
    "warm": _BELOW1,  # price/stock/shipping: shorter patience
    "new": _BELOW1,
    "loyal": _ABOVE1,
    "content": _ABOVE1,
    "served": _ABOVE1,
    "burn": _ABOVE1,  # stream trouble burns patience faster
    "misread": _BELOW1,
    "repeat_lr": _ABOVE1,
    "repeat_tie": _BELOW1,  # a repeat is likelier from the impatient
    "complaint_lr": _ABOVE1,
    "answer_mean_s": _POS,
    "pick_up": _BELOW1,
    "answer_room": _POS,
    "presented": _ABOVE1,  # the product on screen is answered sooner
    "reply_only": _BELOW1,  # only a chat reply answers these
    "batch": _BELOW1,  # share of answers spoken, settling every asker on the topic
    "fatigue_rate": _POS,
    "fatigue_loyal": _BELOW1,
}
NAMES = tuple(SCALES)


def natural(z: np.ndarray) -> dict[str, float]:
    return {n: SCALES[n][0](float(v)) for n, v in zip(NAMES, z, strict=True)}


def free(p: dict[str, float]) -> np.ndarray:
    return np.array([SCALES[n][1](p[n]) for n in NAMES])


def fifo_truth(seed: int, truth: dict[str, dict], ticks: set[float], fifo: Fifo) -> None:
    """The scorer's oldest-first queue, from the truth: viewers still present with a real
    question unanswered at the tick, oldest question first."""
    asked = sorted(
        (a, vid, math.inf if b is None else b, tv["left_at"] or math.inf)
        for vid, tv in truth.items()
        for a, b in tv["questions"]
    )
    for now in sorted(ticks):
        order: dict[str, None] = {}
        for a, vid, b, left in asked:
            if a > now:
                break
            if b > now and left > now:
                order.setdefault(vid)
        fifo[(seed, now)] = [float(left_unanswered(truth, v, now)) for v in order]


def collect(
    seeds: range, fifo: Fifo | None = None
) -> tuple[dict[str, np.ndarray], np.ndarray, Rows]:
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
            xs.append(columns(x))
            ys.append(y)
            meta.append((seed, now, x.wait_s, y))
        if fifo is not None:
            fifo_truth(seed, truth, {now for now, _v, _x in rows}, fifo)
    arr = np.array(xs)
    return {n: arr[:, i] for i, n in enumerate(COLUMNS)}, np.array(ys), meta


def predict(c: dict[str, np.ndarray], p: dict[str, float]) -> np.ndarray:
    with np.errstate(over="ignore", under="ignore", divide="ignore", invalid="ignore"):
        return np.clip(np.nan_to_num(model(c, p, np), nan=0.0), 1e-6, 1 - 1e-6)


def nll(z: np.ndarray, c: dict[str, np.ndarray], y: np.ndarray) -> float:
    pr = predict(c, natural(z))
    return float(-np.mean(y * np.log(pr) + (1 - y) * np.log(1 - pr)))


def _grad(z: np.ndarray, c: dict[str, np.ndarray], y: np.ndarray, h: float = 1e-4) -> np.ndarray:
    g = np.zeros_like(z)
    for i in range(len(z)):
        e = np.zeros_like(z)
        e[i] = h
        g[i] = (nll(z + e, c, y) - nll(z - e, c, y)) / (2 * h)
    return g


def fit(c: dict[str, np.ndarray], y: np.ndarray, start: dict[str, float], iters: int = 200):
    """BFGS with a backtracking line search on the mean negative log-likelihood."""
    z = free(start)
    f, g = nll(z, c, y), _grad(z, c, y)
    hinv = np.eye(len(z))
    for _ in range(iters):
        d = -hinv @ g
        if g @ d >= 0:
            hinv, d = np.eye(len(z)), -g
        step = 1.0
        while step > 1e-8:
            zn = np.clip(z + step * d, -12, 12)
            fn = nll(zn, c, y)
            if fn <= f + 1e-4 * step * (g @ d):
                break
            step /= 2
        else:
            break
        gn = _grad(zn, c, y)
        s, yk = zn - z, gn - g
        if s @ yk > 1e-12:
            rho = 1.0 / (s @ yk)
            eye = np.eye(len(z))
            hinv = (eye - rho * np.outer(s, yk)) @ hinv @ (eye - rho * np.outer(yk, s))
            hinv += rho * np.outer(s, s)
        converged = f - fn < 1e-9
        z, f, g = zn, fn, gn
        if converged:
            break
    return natural(z), f


def precision_at(meta: Rows, score: np.ndarray, fifo: Fifo, k: int) -> tuple[float, float]:
    """Queue precision at k for the model's order and for the truth's oldest-first queue."""
    ticks: dict[tuple[int, float], list[tuple[float, float, float]]] = defaultdict(list)
    for (seed, now, wait, y), s in zip(meta, score, strict=True):
        ticks[(seed, now)].append((s, wait, y))
    hit_m = n_m = hit_f = n_f = 0.0
    for rows in ticks.values():
        top_m = sorted(rows, key=lambda r: (-r[0], -r[1]))[:k]
        hit_m += sum(r[2] for r in top_m)
        n_m += len(top_m)
    for labels in fifo.values():
        hit_f += sum(labels[:k])
        n_f += len(labels[:k])
    return hit_m / max(n_m, 1), hit_f / max(n_f, 1)


def report(
    c: dict[str, np.ndarray], y: np.ndarray, meta: Rows, fifo: Fifo, p: dict[str, float]
) -> None:
    pt = predict(c, p)
    ll = -np.mean(y * np.log(pt) + (1 - y) * np.log(1 - pt))
    print(
        f"held-out rows {len(y)}: log-loss {ll:.4f}, predicted {pt.mean():.3f}, seen {y.mean():.3f}"
    )
    for lo, hi in ((0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)):
        m = (pt >= lo) & (pt < hi)
        if m.any():
            print(f"  predicted {lo:.1f}-{hi:.1f}: {m.sum():6d} rows, observed {y[m].mean():.3f}")
    wait = c["wait"]
    cells = []
    for lo, hi in ((0, 20), (20, 60), (60, 100), (100, 160), (160, 240), (240, 1e9)):
        m = (wait >= lo) & (wait < hi)
        if m.any():
            cells.append(f"{lo:.0f}-{min(hi, 999):.0f}s {y[m].mean():.2f}/{pt[m].mean():.2f}")
    print("  hit rate by wait (seen/predicted): " + ", ".join(cells))
    for k in (3, 10):
        pm, pf = precision_at(meta, pt, fifo, k)
        print(f"  queue precision@{k}: model {pm:.3f}, oldest-first {pf:.3f} ({pm / pf:.2f}x)")
    by_room(meta, pt, fifo)


def by_room(meta: Rows, score: np.ndarray, fifo: Fifo) -> None:
    """Precision@3 against oldest-first per room size: pooled, and the range over sessions
    (quiet rooms have few viewers waiting, so the top 3 is most of the queue)."""
    for joins in ROOMS:
        seeds = sorted({m[0] for m in meta if ROOMS[m[0] % len(ROOMS)] == joins})
        ratios: list[float] = []
        rows: list[int] = []
        ticks: Fifo = {}
        for seed in seeds:
            idx = [i for i, m in enumerate(meta) if m[0] == seed]
            part = {k: v for k, v in fifo.items() if k[0] == seed}
            pm, pf = precision_at([meta[i] for i in idx], score[idx], part, 3)
            ratios.append(pm / pf if pf else float("nan"))
            rows.extend(idx)
            ticks.update(part)
        pm, pf = precision_at([meta[i] for i in rows], score[rows], ticks, 3)
        print(
            f"  {joins:.0f} joins/min, {len(seeds)} sessions: precision@3 {pm:.3f} vs "
            f"oldest-first {pf:.3f} ({pm / pf:.2f}x; per session {min(ratios):.2f}x"
            f"–{max(ratios):.2f}x, {sum(r >= 1.08 for r in ratios)} at 1.08x or more)"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=40)
    ap.add_argument("--held-out", type=int, default=0, help="sessions (default sessions/4)")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    c, y, _ = collect(range(args.sessions))
    print(f"train rows {len(y)}, positives {y.mean():.3f}")
    params, f = fit(c, y, PARAMS)
    print(f"train log-loss {f:.4f}")
    for n in NAMES:
        print(f"{n:>14} {params[n]:.4g}")
    fifo: Fifo = {}
    held = args.held_out or max(8, args.sessions // 4)
    ct, yt, meta = collect(range(1000, 1000 + held), fifo)
    report(ct, yt, meta, fifo, params)
    if args.write:
        body = "".join(f'    "{n}": {float(f"{params[n]:.4g}")!r},\n' for n in NAMES)
        OUT.write_text(
            '"""Fitted churn-risk parameters (written by benchmarks/calibrate_risk.py;'
            ' do not edit by hand)."""\n\n'
            f"PARAMS = {{\n{body}}}\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
