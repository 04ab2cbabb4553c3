"""How far a queue learnt from labelled rooms gets on a room it has not seen.

    python benchmarks/risk_learnt.py --session DIR --session DIR [--session DIR ...]

For each room in turn, a logistic regression is fitted on the *other* rooms' labels
(leave-one-room-out) and ranks this room's waiting viewers every 5 s; the queue of 3 is
scored like the scorer does, against oldest-first. The features are the evidence our
risk model reads, taken from the labels (true intents and answers, so understanding is
perfect): log wait, repeats, a complaint since asking, what was asked (link/discount,
price/stock/shipping, only a chat reply answers it), new and loyal viewers, an earlier
answer, others waiting on the same topic, and time since joining. It also prints the
same model fitted in-sample (on the room it ranks), which is what reading a room's own
labels would buy.

This is a yardstick for the churn model, not a model to ship: it learns from the very
rooms the product is scored on. If a queue learnt from three labelled rooms cannot beat
oldest-first by more in the fourth than ours does, the missing lift is not in this
evidence. Reads timing and labels only, never texts.
"""

from __future__ import annotations

import argparse
import math
import pathlib
from collections import defaultdict

import numpy as np
from room_behaviour import PERIOD_S, Room, from_labels, leaves_unanswered

from copilot.core.tracking.risk import HOT, LOYAL, REPLY_ONLY, WARM

FEATURES = ("log wait", "repeats", "complained", "hot", "warm", "reply only", "new", "loyal",
            "answered before", "crowd", "minutes in room")  # fmt: skip


def snapshots(room: Room) -> list[tuple[float, list[list[float]], list[int], list[float]]]:
    """Every 5 s: the waiting viewers' features, whether each is a hit, and their wait."""
    out = []
    by_viewer = defaultdict(list)
    for q in room.questions:
        by_viewer[q.viewer].append(q)
    t = PERIOD_S
    while t <= room.end:
        waiting = {}
        askers: dict[tuple[object, object], int] = defaultdict(int)
        for v, qs in by_viewer.items():
            left = room.left.get(v)
            if left is not None and left <= t:
                continue
            w = [q for q in qs if q.t <= t and (q.answered is None or q.answered > t)]
            if w:
                waiting[v] = w
                for topic in {q.topic for q in w}:
                    askers[topic] += 1
        xs, ys, waits = [], [], []
        for v, w in waiting.items():
            first = min(q.t for q in w)
            intents = {q.topic[0] for q in w}
            tags = room.tags.get(v, set())
            complained = any(c == v and first <= ct <= t for c, ct in room.complaints)
            served = any(q.answered is not None and q.answered <= t for q in by_viewer[v])
            crowd = max(askers[q.topic] - 1 for q in w)
            xs.append([
                math.log1p(t - first), min(sum(q.repeat for q in w), 3), complained,
                bool(intents & HOT), bool(intents & WARM) and not intents & HOT,
                intents <= REPLY_ONLY, "new" in tags and not tags & LOYAL, bool(tags & LOYAL),
                served, min(crowd, 3), (t - room.joined.get(v, first)) / 60,
            ])  # fmt: skip
            ys.append(int(leaves_unanswered(room, v, t, by_viewer[v])))
            waits.append(t - first)
        out.append((t, xs, ys, waits))
        t += PERIOD_S
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method, standardised, a small ridge penalty."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    pen = np.eye(z.shape[1]) * l2
    pen[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        grad = z.T @ (p - y) + pen @ w
        hess = (z * (p * (1 - p))[:, None]).T @ z + pen
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return np.concatenate([[w[0] - (w[1:] * mu / sd).sum()], w[1:] / sd])


def precision_at_3(snaps: list, w: np.ndarray | None) -> float:
    """The scorer's precision of a queue of 3: by the fitted score (``w``: intercept, then
    weights), ties and ``None`` (oldest first) by waiting time."""
    hits = listed = 0
    for _, xs, ys, waits in snaps:
        if not xs:
            continue
        score = [0.0] * len(xs) if w is None else list(w[0] + np.asarray(xs, float) @ w[1:])
        order = sorted(range(len(xs)), key=lambda i: (-score[i], -waits[i]))[:3]
        hits += sum(ys[i] for i in order)
        listed += len(order)
    return hits / max(listed, 1)


def rows(snaps: list) -> tuple[np.ndarray, np.ndarray]:
    x = [r for _, xs, _, _ in snaps for r in xs]
    y = [h for _, _, ys, _ in snaps for h in ys]
    return np.array(x, dtype=float), np.array(y, dtype=float)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--session", action="append", required=True, type=pathlib.Path)
    args = ap.parse_args()
    if len(args.session) < 2:
        ap.error("give two or more --session rooms: each is ranked by a fit on the others")
    rooms = {str(p): snapshots(from_labels(p)) for p in args.session}
    for name, snaps in rooms.items():
        others = [s for n, ss in rooms.items() if n != name for s in ss]
        w_out = fit(*rows(others))
        w_in = fit(*rows(snaps))
        oldest = precision_at_3(snaps, None)
        learnt = precision_at_3(snaps, w_out)
        own = precision_at_3(snaps, w_in)
        print(f"{name}: oldest first {oldest:.3f}; learnt from the other rooms {learnt:.3f} "
              f"({learnt / oldest:.3f}x); fitted on this room itself {own:.3f} "
              f"({own / oldest:.3f}x)")  # fmt: skip
    print("weights of the last fit on the other rooms (per unit): " + ", ".join(
        f"{f} {v:+.3f}" for f, v in zip(FEATURES, w_out[1:], strict=True)))  # fmt: skip


if __name__ == "__main__":
    main()
