"""Churn risk of a waiting viewer: P(leaves within 120 s still unanswered), with a reason.

A small logistic model over what the room knows now (never later): how long the viewer
has waited, how often they asked, whether they complained, what they asked (buying
questions are urgent), who they are (new vs follower/member/buyer) and stream trouble.
Coefficients come from ``benchmarks/calibrate_risk.py`` fitted on simulated sessions
(``copilot.core.tracking.simulate``) and live in ``risk_coefficients.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from copilot.core.records import MessageRecord, ViewerRecord
from copilot.core.tracking.churn import ViewerNotes
from copilot.core.tracking.risk_coefficients import COEFFICIENTS, INTERCEPT

URGENT = frozenset({"link", "price", "stock", "discount"})
LOYAL = frozenset({"follower", "member", "purchased"})
FEATURES = ("log_wait", "repeats", "complained", "urgent", "new", "loyal", "trouble")
_TAG_WORDS = {"purchased": "past buyer", "member": "member", "follower": "follower"}
_URGENT_WORDS = {
    "link": "the link",
    "price": "the price",
    "stock": "stock",
    "discount": "a discount",
}


@dataclass(slots=True)
class RiskInput:
    wait_s: float
    repeats: int
    complained: bool
    urgent: str | None
    new: bool
    loyal: bool
    trouble: bool
    stay_s: float
    value_tags: tuple[str, ...] = ()  # shown to the host, not part of the probability


def features(x: RiskInput) -> list[float]:
    return [
        math.log1p(max(x.wait_s, 0.0) / 30.0),
        float(min(x.repeats, 5)),
        float(x.complained),
        float(x.urgent is not None),
        float(x.new and not x.loyal),
        float(x.loyal),
        float(x.trouble),
    ]


def probability(x: RiskInput) -> float:
    z = INTERCEPT + sum(COEFFICIENTS[n] * v for n, v in zip(FEATURES, features(x), strict=True))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def reason(x: RiskInput) -> str:
    """Short, human: "waiting 75 s, asked twice, asked for the link"."""
    parts = [f"waiting {int(x.wait_s)} s"]
    if x.repeats == 1:
        parts.append("asked twice")
    elif x.repeats > 1:
        parts.append(f"asked {x.repeats + 1} times")
    if x.complained:
        parts.append("complained about being ignored")
    if x.urgent:
        parts.append(f"asked for {_URGENT_WORDS[x.urgent]}")
    if x.trouble:
        parts.append("stream trouble")
    if x.new and not x.loyal:
        parts.append("new viewer")
    tags = ", ".join(_TAG_WORDS[t] for t in x.value_tags)
    return ", ".join(parts) + (f" [{tags}]" if tags else "")


def risk_input(
    now: float,
    waiting: list[MessageRecord],
    viewer: ViewerRecord | None,
    notes: ViewerNotes | None,
    trouble: bool,
) -> RiskInput:
    """Features of one viewer at ``now`` from their waiting questions (oldest first)."""
    oldest = min(r.t for r in waiting)
    urgent = next((r.intent for r in waiting if r.intent in URGENT), None)
    tags = viewer.tags if viewer is not None else set()
    joined = viewer.joined_at if viewer is not None and viewer.joined_at is not None else oldest
    return RiskInput(
        wait_s=now - oldest,
        repeats=max(len(waiting) - 1, 0),
        complained=bool(notes and notes.complained_service),
        urgent=urgent,
        new="new" in tags,
        loyal=bool(tags & LOYAL),
        trouble=trouble or bool(notes and notes.complained_stream_at is not None),
        stay_s=now - joined,
        value_tags=tuple(t for t in ("purchased", "member", "follower") if t in tags),
    )
