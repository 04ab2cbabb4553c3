"""Churn risk of a waiting viewer: P(leaves within 120 s still unanswered), with a reason.

A small logistic model over what the room knows now (never later): how long the viewer
has waited, how often they asked, whether they complained, what they asked (buying
questions are urgent, ``other_question`` is weak evidence), who they are (new vs
follower/member/buyer), stream trouble, whether they were answered before or have been
chatting happily since asking, whether they ask about the product being presented (the
host is likely to speak to it), how long they have been silent since last asking (a wait
nobody repeats long after any patience would run out is seldom live), and how much of
the room's recent questions the host answers.
The signs of the weights are fixed by assumption (``SIGNS``); the fit only sizes them.
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
WEAK = frozenset({"other_question"})  # the weakest evidence that someone waits to buy
STALE_AFTER_S = 120.0  # silence after asking beyond this hints the wait is no longer live
LOYAL = frozenset({"follower", "member", "purchased"})
FEATURES = (
    "log_wait",
    "repeats",
    "complained",
    "urgent",
    "weak_only",
    "weak_wait",
    "new",
    "loyal",
    "trouble",
    "served",
    "content",
    "presented",
    "stale",
    "room_answered",
)
# signs the fit must respect (a behavioural assumption, not a fitted accident)
SIGNS = {
    "log_wait": 1,
    "repeats": 1,
    "complained": 1,
    "urgent": 1,
    "weak_only": -1,
    "weak_wait": -1,
    "new": 1,
    "loyal": -1,
    "trouble": 1,
    "served": -1,
    "content": -1,
    "presented": -1,
    "stale": -1,
    "room_answered": -1,
}
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
    weak_only: bool = False  # every waiting question is an ``other_question``
    served: bool = False  # the host has already answered another question of theirs
    content: bool = False  # praised or bought since asking
    room_answered: float = 0.5  # share of the room's recent questions answered so far
    presented: bool = False  # asks about the product the host is presenting now
    quiet_s: float = 0.0  # since they last asked or complained


def features(x: RiskInput) -> list[float]:
    """Waiting counts for real (catalog) questions; an ``other_question`` nobody repeats or
    complains about grows *less* likely to be a real wait as time passes (``weak_wait``)."""
    wait = math.log1p(max(x.wait_s, 0.0) / 30.0)
    return [
        0.0 if x.weak_only else wait,
        float(min(x.repeats, 3)),
        float(x.complained),
        float(x.urgent is not None),
        float(x.weak_only),
        wait if x.weak_only else 0.0,
        float(x.new and not x.loyal),
        float(x.loyal),
        float(x.trouble),
        float(x.served),
        float(x.content),
        float(x.presented),
        math.log1p(max(x.quiet_s - STALE_AFTER_S, 0.0) / 30.0),
        min(max(x.room_answered, 0.0), 1.0),
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
    if x.served:
        parts.append("answered before")
    tags = ", ".join(_TAG_WORDS[t] for t in x.value_tags)
    return ", ".join(parts) + (f" [{tags}]" if tags else "")


def risk_input(
    now: float,
    waiting: list[MessageRecord],
    viewer: ViewerRecord | None,
    notes: ViewerNotes | None,
    trouble: bool,
    room_answered: float = 0.5,
    on_screen: str | None = None,
) -> RiskInput:
    """Features of one viewer at ``now`` from their waiting questions (oldest first)."""
    oldest = min(r.t for r in waiting)
    urgent = next((r.intent for r in waiting if r.intent in URGENT), None)
    content_at = notes.content_at if notes is not None else None
    prompted = max(r.t for r in waiting)
    if notes is not None and notes.complained_at is not None:
        prompted = max(prompted, notes.complained_at)
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
        weak_only=all(r.intent in WEAK for r in waiting),
        served=bool(notes and notes.answered),
        content=content_at is not None and content_at > oldest,
        room_answered=room_answered,
        presented=on_screen is not None and any(r.product_id == on_screen for r in waiting),
        quiet_s=now - prompted,
    )
