"""Churn risk of a waiting viewer: P(leaves within 120 s still unanswered), with a reason.

A survival model with two kinds of askers (the simulator's own assumptions, see
``simulate.py``). *Impatient* askers (prior share π) give up after a Weibull patience
T ~ Weibull(k, λ), λ = λ0 × multipliers (buying questions and new viewers shorter; loyal,
engaged and already-answered viewers longer; stream trouble burns it faster). *Casual*
askers never give up. Everyone also leaves from fatigue at a constant hazard ρ. The host
gets to a question (share ``pick_up``, less when only a chat reply answers it) after a
gamma(3) delay, sooner for the product on screen, so an answer is likeliest a minute or
so after asking and rare after a few minutes. Hosts answer by voice in batches, so every
other viewer waiting on the same topic (intent and product) is one more chance of being
settled: a crowded topic is answered sooner than a lone one.

What the room has seen updates the type: having outlasted w seconds unanswered has
likelihood S(w) for the impatient and 1 for the casual, so a long silent wait makes the
casual type likelier; a repeat is likelier from an impatient asker (``repeat_lr``) and,
with probability ``repeat_tie`` (the rest repeat out of habit), falls at a share of their
patience in ``REPEAT_SPAN``, which brackets it: T ∈ [r / hi, r / lo]; a complaint about
being ignored comes seconds before giving up (T ∈ complaint + ``COMPLAIN_BEFORE_S``).

    P = q · P(T ≤ w + 120 | evidence) · U(δ)/U(w) + (1 − q · P(T ≤ w + 120 | ·)) · P_fatigue

with U(x) the chance of no answer x s after asking, δ when within the horizon they would
give up, and P_fatigue = (1 − e^(−ρ·120)) · U(w + 60)/U(w), all times the chance that the
question is real (an ``other_question`` may be misread chatter). Closed form: a handful of
exp/pow per viewer. The parameters are fitted by maximum likelihood on simulated sessions
(``benchmarks/calibrate_risk.py``) and live in ``risk_coefficients.py``. Value (past
buyer, member, follower) is a tag in the reason, never part of the probability.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from copilot.core.records import MessageRecord, ViewerRecord
from copilot.core.tracking.churn import ViewerNotes
from copilot.core.tracking.risk_coefficients import PARAMS

HORIZON_S = 120.0
HOT = frozenset({"link", "discount"})  # buying right now
WARM = frozenset({"price", "stock", "shipping"})  # deciding whether to buy
URGENT = frozenset({"link", "price", "stock", "discount"})  # named in the reason
WEAK = frozenset({"other_question"})  # the weakest evidence that someone waits to buy
REPLY_ONLY = frozenset({"other_question", "order_status"})  # only a chat reply answers
LOYAL = frozenset({"follower", "member", "purchased"})
REPEAT_SPAN = (0.35, 0.95)  # impatient askers repeat within this share of their patience
COMPLAIN_BEFORE_S = (3.0, 15.0)  # a complaint about being ignored precedes giving up
# saying they will buy elsewhere (spec: the ``competitor`` churn) announces leaving as surely,
# with less of a pause to see whether the host reacts
ELSEWHERE_BEFORE_S = (0.0, 30.0)
REPEAT_MIN_S = 5.0  # a second question sooner than this is one message, not a repeat
NO_LIMIT = 1e6  # "no upper bound" on patience (finite: keeps the arithmetic plain)
# the columns the model reads, in order (the calibration builds the same ones)
COLUMNS = (
    "wait", "lo", "hi", "repeats", "complained", "hot", "warm", "new", "loyal",
    "content", "served", "trouble", "weak", "presented", "reply_only", "room", "crowd",
)  # fmt: skip
CROWD_MAX = 3  # other askers on the same topic counted (more change little)
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
    elsewhere: bool = False  # said they will buy elsewhere since asking
    value_tags: tuple[str, ...] = ()  # shown to the host, not part of the probability
    hot: bool = False  # asks for the link or a discount
    warm: bool = False  # asks price, stock or shipping
    weak_only: bool = False  # every waiting question is an ``other_question``
    reply_only: bool = False  # only a chat reply can answer what they wait for
    served: bool = False  # the host has already answered another question of theirs
    content: bool = False  # praised or bought since asking
    room_answered: float = 0.5  # share of the room's recent questions answered so far
    presented: bool = False  # asks about the product the host is presenting now
    lo_s: float = 0.0  # patience bracket implied by repeats and a complaint (s since asking)
    hi_s: float = NO_LIMIT
    crowd: int = 0  # other viewers waiting on one of their topics (a spoken answer settles all)


def columns(x: RiskInput) -> tuple[float, ...]:
    """The model's inputs in ``COLUMNS`` order."""
    return (
        max(x.wait_s, 0.0),
        x.lo_s,
        x.hi_s,
        float(min(x.repeats, 3)),
        float(x.complained or x.elsewhere),
        float(x.hot),
        float(x.warm and not x.hot),
        float(x.new and not x.loyal),
        float(x.loyal),
        float(x.content),
        float(x.served),
        float(x.trouble),
        float(x.weak_only),
        float(x.presented),
        float(x.reply_only),
        min(max(x.room_answered, 0.0), 1.0),
        float(min(x.crowd, CROWD_MAX)),
    )


class _Scalar:
    exp = staticmethod(math.exp)
    maximum = staticmethod(max)
    minimum = staticmethod(min)


def model(c: Any, p: dict[str, float], xp: Any = _Scalar) -> Any:
    """The closed-form probability over columns ``c`` (a mapping of ``COLUMNS``); ``xp``
    supplies exp/maximum/minimum (math for one viewer, numpy for the calibration)."""
    exp, mx, mn = xp.exp, xp.maximum, xp.minimum
    w, k = c["wait"], p["shape"]
    scale = p["scale_s"] * (
        p["hot"] ** c["hot"] * p["warm"] ** c["warm"] * p["new"] ** c["new"]
        * p["loyal"] ** c["loyal"] * p["content"] ** c["content"]
        * p["served"] ** c["served"] / p["burn"] ** c["trouble"]
    )  # fmt: skip
    lo = mx(w, c["lo"])
    hi = mx(c["hi"], lo)
    end = mn(hi, w + HORIZON_S)
    s_lo = exp(-((lo / scale) ** k))
    s_hi = exp(-((hi / scale) ** k))
    s_end = exp(-((end / scale) ** k))
    # a repeat is tied to patience (the bracket) with probability ``repeat_tie``, else a habit
    # that says nothing about it; a complaint always is
    tie = mx(p["repeat_tie"] * mn(c["repeats"], 1.0), c["complained"])
    s_w = exp(-((w / scale) ** k))
    s_w_end = exp(-(((w + HORIZON_S) / scale) ** k))
    mass = tie * (s_lo - s_hi) + (1.0 - tie) * s_w  # P(evidence, T > w) for the impatient
    prior = p["impatient"]
    z_imp = prior * p["repeat_lr"] ** c["repeats"] * p["complaint_lr"] ** c["complained"] * mass
    q = z_imp / (z_imp + (1.0 - prior))
    # gives up within the horizon, if impatient
    leave = (tie * (s_lo - s_end) + (1.0 - tie) * (s_w - s_w_end)) / mx(mass, 1e-300)
    # the host gets to a question (share ``pick_up``, less when only a chat reply answers
    # it) after a gamma(3) delay, sooner for the product on screen and in a room where the
    # host keeps up; ``unanswered(x)`` = P(not answered x s after asking)
    mean = p["answer_mean_s"] / (
        p["presented"] ** c["presented"] * (c["room"] / 0.5) ** p["answer_room"]
    )
    pick = p["pick_up"] * p["reply_only"] ** c["reply_only"]
    # each other asker on the same topic is picked up alike, and when the host answers them
    # by voice (share ``batch``) everyone waiting on that topic is settled at once
    others = p["batch"] * p["pick_up"]
    crowd = c["crowd"]

    alone = isinstance(crowd, float) and crowd == 0.0  # one viewer, nobody else on the topic

    def unanswered(x: Any) -> Any:
        z = x * 3.0 / mean
        got = 1.0 - exp(-z) * (1.0 + z + z * z / 2.0)  # gamma(3) CDF
        own = 1.0 - pick * got
        return own if alone else own * (1.0 - others * got) ** crowd

    now = unanswered(w)
    delay = lo + (end - lo) / 2.0  # when, within the horizon, they would give up
    fatigue = p["fatigue_rate"] * p["fatigue_loyal"] ** c["loyal"]
    p_fatigue = (1.0 - exp(-fatigue * HORIZON_S)) * unanswered(w + HORIZON_S / 2.0) / now
    gives_up = q * leave
    real = 1.0 - p["misread"] * c["weak"]  # an ``other_question`` may be misread chatter
    still = unanswered(delay) / now
    return real * (gives_up * still + (1.0 - gives_up) * p_fatigue)


def probability(x: RiskInput) -> float:
    p = model(dict(zip(COLUMNS, columns(x), strict=True)), PARAMS)
    return min(max(float(p), 0.0), 1.0)


_ZH_TAGS = {"purchased": "老买家", "member": "会员", "follower": "粉丝"}
_ZH_URGENT = {"link": "要链接", "price": "问价格", "stock": "问库存", "discount": "问优惠"}


def reason(x: RiskInput, lang: str = "en") -> str:
    """Short, human: "waiting 75 s, asked twice, asked for the link" (``lang="zh"``:
    "等了75秒，问了2次，要链接")."""
    zh = lang == "zh"
    parts = [f"等了{int(x.wait_s)}秒" if zh else f"waiting {int(x.wait_s)} s"]
    if x.repeats:
        n = x.repeats + 1
        parts.append(f"问了{n}次" if zh else "asked twice" if n == 2 else f"asked {n} times")
    if x.elsewhere:
        parts.append("说去别家买" if zh else "said they'd buy elsewhere")
    if x.complained:
        parts.append("抱怨没人回" if zh else "complained about being ignored")
    if x.urgent:
        parts.append(_ZH_URGENT[x.urgent] if zh else f"asked for {_URGENT_WORDS[x.urgent]}")
    if x.trouble:
        parts.append("直播卡顿" if zh else "stream trouble")
    if x.new and not x.loyal:
        parts.append("新观众" if zh else "new viewer")
    if x.served:
        parts.append("之前回过" if zh else "answered before")
    words = _ZH_TAGS if zh else _TAG_WORDS
    tags = ("、" if zh else ", ").join(words[t] for t in x.value_tags)
    text = ("，" if zh else ", ").join(parts)
    return text + (f"［{tags}］" if zh else f" [{tags}]") if tags else text


def bracket(
    asked: list[float], complained_s: float | None, elsewhere_s: float | None = None
) -> tuple[float, float]:
    """Patience bracket (s since first asking) implied by repeats at ``asked[1:]`` (s since
    the first) or, once they complain or say they will buy elsewhere, by that alone:
    impatient askers repeat within ``REPEAT_SPAN`` of their patience, complain
    ``COMPLAIN_BEFORE_S`` and announce leaving ``ELSEWHERE_BEFORE_S`` before giving up."""
    if elsewhere_s is not None:  # the surest sign: they said they are going
        return elsewhere_s + ELSEWHERE_BEFORE_S[0], elsewhere_s + ELSEWHERE_BEFORE_S[1]
    if complained_s is not None:  # the nearer, surer sign: a repeat may have been habit
        return complained_s + COMPLAIN_BEFORE_S[0], complained_s + COMPLAIN_BEFORE_S[1]
    lo, hi = 0.0, NO_LIMIT
    a, b = REPEAT_SPAN
    for r in asked[1:]:
        if r >= REPEAT_MIN_S:
            lo, hi = max(lo, r / b), min(hi, r / a)
    return lo, hi


@dataclass(slots=True)
class Evidence:
    """What a viewer's waiting questions, notes and tags say, whatever the time (a tick
    reuses it while none of them changed, see ``evidence_key``)."""

    oldest: float
    repeats: int
    complained: bool
    elsewhere: bool
    urgent: str | None
    new: bool
    loyal: bool
    stream_complaint: bool
    value_tags: tuple[str, ...]
    hot: bool
    warm: bool
    weak_only: bool
    reply_only: bool
    served: bool
    content: bool
    products: frozenset[str | None]
    lo_s: float
    hi_s: float
    topics: frozenset[tuple[str, str | None]] = frozenset()  # those a spoken answer settles


def evidence_key(viewer: ViewerRecord | None, notes: ViewerNotes | None) -> tuple[object, ...]:
    """Everything ``evidence`` reads besides the waiting questions themselves."""
    tags = frozenset(viewer.tags) if viewer is not None else None
    if notes is None:
        return (tags,)
    n = notes
    return (
        tags, n.content_at, n.complained_at, n.complained_stream_at, n.answered, n.competitor_at
    )  # fmt: skip


def evidence(
    waiting: list[MessageRecord], viewer: ViewerRecord | None, notes: ViewerNotes | None
) -> Evidence:
    """The time-free part of ``risk_input``: one viewer's waiting questions (in the order
    they were asked), their notes and tags."""
    times = sorted([r.t for r in waiting])
    oldest = times[0]
    asked = [r.intent for r in waiting]
    intents = set(asked)
    urgent = None
    for i in asked:
        if i in URGENT:
            urgent = i
            break
    content_at = notes.content_at if notes is not None else None
    complained_at = notes.complained_at if notes is not None else None
    complained = complained_at is not None and complained_at >= oldest
    since_first = [t - oldest for t in times]
    repeats = len([r for r in since_first[1:] if r >= REPEAT_MIN_S])
    since = complained_at - oldest if complained_at is not None and complained else None
    competitor_at = notes.competitor_at if notes is not None else None
    said = competitor_at - oldest if competitor_at is not None else None
    elsewhere = said is not None and said >= 0
    lo, hi = bracket(since_first, since, said if elsewhere else None)
    tags = viewer.tags if viewer is not None else set()
    return Evidence(
        oldest=oldest,
        repeats=repeats,
        complained=complained,
        elsewhere=elsewhere,
        urgent=urgent,
        new="new" in tags,
        loyal=bool(tags & LOYAL),
        stream_complaint=bool(notes and notes.complained_stream_at is not None),
        value_tags=tuple([t for t in ("purchased", "member", "follower") if t in tags]),
        hot=bool(intents & HOT),
        warm=bool(intents & WARM),
        weak_only=intents <= WEAK,
        reply_only=intents <= REPLY_ONLY,
        served=bool(notes and notes.answered),
        content=content_at is not None and content_at > oldest,
        products=frozenset([r.product_id for r in waiting]),
        lo_s=lo,
        hi_s=hi,
        topics=frozenset([(r.intent, r.product_id) for r in waiting if r.intent not in REPLY_ONLY]),
    )


def risk_at(
    now: float,
    e: Evidence,
    trouble: bool,
    room_answered: float,
    on_screen: str | None,
    crowd: int = 0,
) -> RiskInput:
    """``risk_input`` from already gathered evidence."""
    return RiskInput(
        wait_s=now - e.oldest,
        repeats=e.repeats,
        complained=e.complained,
        elsewhere=e.elsewhere,
        urgent=e.urgent,
        new=e.new,
        loyal=e.loyal,
        trouble=trouble or e.stream_complaint,
        value_tags=e.value_tags,
        hot=e.hot,
        warm=e.warm,
        weak_only=e.weak_only,
        reply_only=e.reply_only,
        served=e.served,
        content=e.content,
        room_answered=room_answered,
        presented=on_screen is not None and on_screen in e.products,
        lo_s=e.lo_s,
        hi_s=e.hi_s,
        crowd=crowd,
    )


def risk_input(
    now: float,
    waiting: list[MessageRecord],
    viewer: ViewerRecord | None,
    notes: ViewerNotes | None,
    trouble: bool,
    room_answered: float = 0.5,
    on_screen: str | None = None,
) -> RiskInput:
    """Evidence about one viewer at ``now`` from their waiting questions."""
    return risk_at(now, evidence(waiting, viewer, notes), trouble, room_answered, on_screen)
