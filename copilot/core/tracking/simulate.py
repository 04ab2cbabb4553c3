"""A viewer-behaviour simulator: sessions with known truth, to calibrate and test churn risk.

Agent-based, on an event heap; every assumption is a parameter of ``SimConfig``:
- viewers arrive as a Poisson process (tags new/returning, follower, member, past buyer);
  a share are not the audience and leave within 10 s; the rest leave for fatigue at a
  constant hazard (longer stays for loyal and engaged viewers), whatever they wait for;
- a share of viewers browse a while (10–150 s) and ask; most askers (``impatient_share``)
  give up after a Weibull patience (shape > 1: the urge to leave grows with waiting) whose
  scale is shorter for buying questions (link and discount most, then price, stock and
  shipping) and for new viewers, longer for browsing questions (size, spec, usage,
  after-sales, off-catalog), loyal and engaged viewers and viewers the host has answered
  before; stream trouble burns patience twice as fast. The rest never give up;
- impatient askers may repeat the question at uniform fractions of their patience
  (``repeat_span``), and a third of them complain about being ignored seconds before giving
  up; any asker may also repeat out of habit, at a time that says nothing about patience;
- the host works through the chat: each question is picked up (most, fewer when only a
  chat reply answers it) after a gamma delay (sooner for the product on screen); the answer
  is spoken (every viewer waiting on that topic is settled at once) or a reply; hosts also
  answer viewers who have just left. An answered viewer is content and may ask again.
These shapes were checked against the aggregate behaviour of the public dev rooms (hazard
of leaving and of being answered by waiting time, repeat rates, time from a complaint to
leaving), never their texts, and the patience multipliers are set so that the rate of
leaving unanswered per minute waited, by what was asked and by who asked, is the dev
rooms' pooled rate (``benchmarks/room_behaviour.py --pool`` against ``--simulate``):
questions only a reply answers are browsing, not buying, and are picked up as often as
any other. ``benchmarks/calibrate_risk.py`` fits the risk model here.
``false_question`` (off by default) feeds misread chatter in as questions nobody waits on.
Chat events carry the truth in extra fields (``sim_intent``, ``sim_product``) that only
``SimTruthStage`` (tests, calibration) reads.
"""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass, field

from copilot.core.tracking.risk import HORIZON_S, HOT, REPLY_ONLY, WARM

# the questions askers draw (in draw order); which are urgent is the risk model's HOT/WARM
BUYING = ("link", "discount", "price", "stock", "shipping")
CALM = ("size", "spec", "usage", "after_sales")
_TEXT = {
    "link": "几号链接", "price": "多少钱", "stock": "还有货吗", "discount": "有券吗",
    "shipping": "发什么快递", "size": "什么码", "spec": "什么材质", "usage": "怎么洗",
    "after_sales": "能退吗", "order_status": "我的单发了吗", "other_question": "主播多高",
    "praise": "好看", "chatter": "哈哈", "complaint_service": "怎么不回我",
}  # fmt: skip


@dataclass
class SimConfig:
    minutes: float = 20.0
    joins_per_min: float = 30.0
    not_target: float = 0.3
    stay_mean_s: float = 330.0  # fatigue: mean stay of an ordinary viewer
    loyal_stay: float = 1.5
    engaged_share: float = 0.3  # viewers who keep chatting (praise) and stay longer
    question_share: float = 0.4
    ask_after_join_s: tuple[float, float] = (10.0, 150.0)  # browse a while, then ask
    buying_share: float = 0.45  # questions about buying (link, discount, price, stock, shipping)
    other_share: float = 0.12  # real questions outside the catalog (only a reply answers)
    false_question: float = 0.0  # chatter the understanding calls a question
    impatient_share: float = 0.95  # askers with a patience clock; the rest never give up
    patience_scale_s: float = 100.0
    patience_shape: float = 2.0
    hot_factor: float = 0.64  # link, discount
    warm_factor: float = 0.7  # price, stock, shipping
    calm_factor: float = 1.3  # size, spec, usage, after-sales, off-catalog: browsing, no hurry
    new_factor: float = 0.72
    loyal_factor: float = 1.24
    engaged_factor: float = 1.3
    served_factor: float = 1.4  # answered before: trusts the host to come back to them
    trouble_burn: float = 2.0
    repeat_span: tuple[float, float] = (0.35, 0.95)  # repeats fall in this share of patience
    repeat_prob: float = 0.35  # each of two chances to repeat, impatient askers
    habit_repeat_prob: float = 0.45  # any asker, at a time unrelated to patience
    habit_repeat_s: tuple[float, float] = (20.0, 90.0)
    complain_prob: float = 0.3
    complain_before_s: tuple[float, float] = (3.5, 11.0)
    ask_again_prob: float = 0.2
    # the host works through the chat: each question is picked up (a share, lower for
    # questions only a chat reply answers) after a delay that first grows likelier and then
    # fades (gamma; sooner for the product on screen, which the host is talking about); the
    # answer is spoken (settling everyone waiting on that topic) or a reply to that viewer.
    # A question still unanswered after a few minutes has been scrolled past for good.
    pick_up: float = 0.9
    pick_up_reply_only: float = 0.9
    answer_delay_s: tuple[float, float] = (70.0, 90.0)  # mean delay: on screen, otherwise
    answer_delay_shape: float = 3.0
    speech_share: tuple[float, float] = (0.55, 0.8)
    answer_departed_s: float = 60.0
    products: int = 4
    incidents_per_15min: float = 1.0
    incident_leave_prob: float = 0.15


@dataclass
class _Viewer:
    vid: str
    tags: list[str]
    joined: float
    leave_at: float
    engaged: bool
    present: bool = True
    left_at: float | None = None
    reason: str = "fatigue"
    waiting: dict[str, tuple[str, str, float]] = field(default_factory=dict)  # mid → q
    episode: int = 0  # bumps when a wait ends, invalidating its scheduled actions
    questions: dict[str, list] = field(default_factory=dict)  # mid → [asked, answered|None]
    impatient: bool = True  # the viewer's patience type
    served: bool = False  # the host has answered them before


class _Session:
    def __init__(self, seed: int, cfg: SimConfig) -> None:
        self.cfg, self.rng = cfg, random.Random(seed)
        self.end = cfg.minutes * 60.0
        self.ev: list[dict] = [
            {"t": 0.0, "type": "session", "room_id": f"sim-{seed}", "lang": "zh"}
        ]
        self.heap: list[tuple[float, int, str, object]] = []
        self.seq = self.mid = self.hid = 0
        self.viewers: dict[str, _Viewer] = {}
        self.on_screen = "p1"
        self.speech_share = self.rng.uniform(*cfg.speech_share)
        self.incidents = self._incidents()

    # ------------------------------------------------------------------ helpers
    def at(self, t: float, kind: str, arg: object = None) -> None:
        if t < self.end:
            self.seq += 1
            heapq.heappush(self.heap, (t, self.seq, kind, arg))

    def _incidents(self) -> list[tuple[float, float]]:
        out, rate = [], self.cfg.incidents_per_15min / 900.0
        t = self.rng.expovariate(rate)
        while t < self.end - 60:
            dur = self.rng.uniform(15, 40)
            out.append((t, t + dur))
            t += dur + self.rng.expovariate(rate)
        for k in range(int(self.end // 2)):
            ts = k * 2.0 + 1.0
            bad = self.in_incident(ts, out)
            sample = {"stall_ms": 800 if bad else 0, "fps": 18.0 if bad else 29.9}
            self.ev.append(
                {"t": ts, "type": "qoe", "source": "player", "av_offset_ms": 10, **sample}
            )
        return out

    @staticmethod
    def in_incident(t: float, incidents: list[tuple[float, float]]) -> bool:
        return any(a <= t <= b for a, b in incidents)

    def deadline(self, start: float, patience: float) -> float:
        """When ``patience`` seconds of waiting run out; trouble burns it faster."""
        t, left = start, patience
        for a, b in self.incidents:
            if b <= t:
                continue
            if a > t:
                if t + left <= a:
                    return t + left
                left -= a - t
                t = a
            burn = self.cfg.trouble_burn
            if t + left / burn <= b:
                return t + left / burn
            left -= (b - t) * burn
            t = b
        return t + left

    def chat(self, t: float, v: _Viewer, intent: str, product: str | None = None) -> str:
        self.mid += 1
        mid = f"m{self.mid}"
        e = {"t": round(t, 2), "type": "chat", "id": mid, "viewer_id": v.vid,
             "text": _TEXT[intent], "sim_intent": intent}  # fmt: skip
        if product:
            e["sim_product"] = product
        self.ev.append(e)
        return mid

    # ------------------------------------------------------------------ viewers
    def join(self, t: float) -> None:
        rng, cfg = self.rng, self.cfg
        vid = f"v{len(self.viewers) + 1}"
        tags = ["new" if rng.random() < 0.5 else "returning"]
        tags += [g for g, p in (("follower", 0.2), ("member", 0.08), ("purchased", 0.15))
                 if rng.random() < p]  # fmt: skip
        loyal = len(tags) > 1
        engaged = rng.random() < cfg.engaged_share
        impatient = rng.random() < cfg.impatient_share
        self.ev.append({"t": round(t, 2), "type": "join", "viewer_id": vid, "tags": tags,
                        "name": f"viewer{len(self.viewers) + 1}"})  # fmt: skip
        if rng.random() < cfg.not_target:
            v = _Viewer(vid, tags, t, t + rng.uniform(1, 9.5), False)
            v.reason = "not_target"
        else:
            mean = cfg.stay_mean_s * (cfg.loyal_stay if loyal else 1.0) * (1.3 if engaged else 1)
            v = _Viewer(vid, tags, t, t + rng.expovariate(1.0 / mean), engaged)
            v.impatient = impatient
            for a, b in self.incidents:
                if t < a < v.leave_at and rng.random() < cfg.incident_leave_prob:
                    v.leave_at, v.reason = rng.uniform(a + 2, b + 20), "experience"
                    break
            if rng.random() < cfg.question_share:
                self.at(t + rng.uniform(*cfg.ask_after_join_s), "ask", vid)
            self.at(t + rng.expovariate(1 / (40.0 if engaged else 150.0)), "talk", vid)
        self.viewers[vid] = v
        self.at(v.leave_at, "leave", vid)

    def ask(self, t: float, v: _Viewer) -> None:
        rng, cfg = self.rng, self.cfg
        r = rng.random()
        if r < cfg.other_share:
            intent = "other_question" if rng.random() < 0.7 else "order_status"
        else:
            intent = rng.choice(BUYING if rng.random() < cfg.buying_share else CALM)
        product = self.on_screen if rng.random() < 0.75 else f"p{rng.randint(1, cfg.products)}"
        mid = self.chat(t, v, intent, product)
        v.questions[mid] = [t, None]
        fresh = not v.waiting
        v.waiting[mid] = (intent, product, t)
        self.schedule_answer(t, v, mid, intent, product)
        if not fresh:
            return
        ep = v.episode
        if rng.random() < cfg.habit_repeat_prob:  # some repeat themselves whatever their patience
            self.at(t + rng.uniform(*cfg.habit_repeat_s), "repeat", (v.vid, ep, mid))
        if not v.impatient:  # asks in passing: never gives up or complains
            return
        give_up = self.deadline(t, self.patience(v, intent))
        lo, hi = cfg.repeat_span
        for _ in range(2):
            if rng.random() < cfg.repeat_prob:
                self.at(t + (give_up - t) * rng.uniform(lo, hi), "repeat", (v.vid, ep, mid))
        if rng.random() < cfg.complain_prob:
            before = rng.uniform(*cfg.complain_before_s)
            self.at(max(t + 2, give_up - before), "complain", (v.vid, ep))
        self.at(give_up, "give_up", (v.vid, ep))

    def patience(self, v: _Viewer, intent: str) -> float:
        """An impatient asker's patience: Weibull, its scale set by who asks what."""
        cfg = self.cfg
        scale = cfg.patience_scale_s
        scale *= (
            cfg.hot_factor if intent in HOT
            else cfg.warm_factor if intent in WARM
            else cfg.calm_factor
        )  # fmt: skip
        scale *= cfg.loyal_factor if len(v.tags) > 1 else cfg.new_factor if "new" in v.tags else 1
        scale *= cfg.engaged_factor if v.engaged else 1.0
        scale *= cfg.served_factor if v.served else 1.0
        return scale * (-math.log(1.0 - self.rng.random())) ** (1.0 / cfg.patience_shape)

    def answered(self, t: float, v: _Viewer, mids: list[str]) -> None:
        for m in mids:
            v.waiting.pop(m, None)
            v.questions[m][1] = t
        v.served = True
        if not v.waiting:
            v.episode += 1
            if v.present and self.rng.random() < 0.3:
                self.chat(t + self.rng.uniform(2, 10), v, "praise")
            if v.present and self.rng.random() < self.cfg.ask_again_prob:
                self.at(t + 20 + self.rng.expovariate(1 / 90.0), "ask", v.vid)

    # ------------------------------------------------------------------ host
    def schedule_answer(self, t: float, v: _Viewer, mid: str, intent: str, product: str) -> None:
        """When (if ever) the host gets to this question."""
        rng, cfg = self.rng, self.cfg
        share = cfg.pick_up_reply_only if intent in REPLY_ONLY else cfg.pick_up
        if rng.random() >= share:
            return
        mean = cfg.answer_delay_s[0 if product == self.on_screen else 1]
        k = cfg.answer_delay_shape
        self.at(t + rng.gammavariate(k, mean / k), "answer", (v.vid, mid))

    def reachable(self, t: float, v: _Viewer) -> bool:
        """Still in the room, or gone so recently that the host answers them anyway."""
        return v.present or t - (v.left_at or t) <= self.cfg.answer_departed_s

    def host(self, t: float, v: _Viewer, mid: str) -> None:
        """The host answers ``mid`` (still waiting; its asker present or just gone)."""
        if mid not in v.waiting or not self.reachable(t, v):
            return
        intent, product, _a = v.waiting[mid]
        if intent not in REPLY_ONLY and self.rng.random() < self.speech_share:
            for w in [w for w in self.viewers.values() if w.waiting]:
                same = [m for m, q in w.waiting.items() if q[:2] == (intent, product)]
                if same and self.reachable(t, w):
                    self.reply(t, w, same[0], (intent, product))
            return
        self.reply(t, v, mid, (intent, product))

    def reply(self, t: float, v: _Viewer, m: str, key: tuple[str, str]) -> None:
        self.hid += 1
        e = {"t": round(t, 2), "type": "host_chat", "id": f"h{self.hid}", "author": "host"}
        self.ev.append({**e, "text": "好的", "reply_to": m, "viewer_id": v.vid})
        same = [k for k, q in v.waiting.items() if q[:2] == tuple(key)]
        self.answered(t, v, same)

    # ------------------------------------------------------------------ run
    def leave(self, t: float, v: _Viewer, reason: str | None = None) -> None:
        if not v.present:
            return
        v.present, v.left_at = False, t
        if reason:
            v.reason = reason
        self.ev.append({"t": round(t, 2), "type": "leave", "viewer_id": v.vid})

    def run(self) -> tuple[list[dict], dict[str, dict]]:
        rng = self.rng
        t = 0.0
        while True:
            t += rng.expovariate(self.cfg.joins_per_min / 60.0)
            if t >= self.end:
                break
            self.at(t, "join")
        self.at(0.1, "product")
        while self.heap:
            t, _s, kind, arg = heapq.heappop(self.heap)
            self.step(t, kind, arg)
        self.ev.append({"t": self.end, "type": "end"})
        self.ev.sort(key=lambda e: e["t"])
        truth = {
            v.vid: {
                "left_at": round(v.left_at, 2) if v.left_at is not None else None,
                "reason": v.reason if v.left_at is not None else None,
                "questions": [(a, b) for a, b in v.questions.values()],
            }  # fmt: skip
            for v in self.viewers.values()
        }
        return self.ev, truth

    def step(self, t: float, kind: str, arg: object) -> None:
        rng, cfg = self.rng, self.cfg
        if kind == "join":
            self.join(t)
            return
        if kind == "answer":
            assert isinstance(arg, tuple)
            self.host(t, self.viewers[str(arg[0])], str(arg[1]))
            return
        if kind == "product":
            self.on_screen = f"p{rng.randint(1, cfg.products)}"
            self.ev.append({"t": round(t, 2), "type": "product", "product_id": self.on_screen})
            self.at(t + rng.uniform(120, 300), "product")
            return
        if isinstance(arg, tuple):
            v, ep = self.viewers[arg[0]], arg[1]
            if not v.present or ep != v.episode or not v.waiting:
                return
            if kind == "repeat" and arg[2] in v.waiting:
                intent, product, _a = v.waiting[arg[2]]
                m = self.chat(t, v, intent, product)
                v.waiting[m] = (intent, product, t)
                v.questions[m] = [t, None]
            elif kind == "complain":
                self.chat(t, v, "complaint_service")
            elif kind == "give_up" and t < v.leave_at:
                self.leave(t, v, "unanswered")
            return
        v = self.viewers[str(arg)]
        if not v.present:
            return
        if kind == "leave":
            self.leave(t, v, "unanswered" if v.waiting and v.reason == "fatigue" else None)
        elif kind == "ask":
            self.ask(t, v)
        elif kind == "talk":
            if rng.random() < cfg.false_question:
                self.chat(t, v, "other_question")  # misread chatter: nothing really waits
            else:
                self.chat(t, v, "praise" if v.engaged else "chatter")
            self.at(t + rng.expovariate(1 / (40.0 if v.engaged else 150.0)), "talk", v.vid)


def simulate(seed: int, cfg: SimConfig | None = None) -> tuple[list[dict], dict[str, dict]]:
    """One session: (events in spec format sorted by time, truth per viewer)."""
    return _Session(seed, cfg or SimConfig()).run()


def left_unanswered(truth: dict[str, dict], viewer_id: str, now: float) -> bool:
    """The calibration label: the viewer leaves within 120 s of ``now`` with a real
    question asked by then still unanswered (the dev scorer's definition)."""
    tv = truth.get(viewer_id)
    if not tv or tv["left_at"] is None:
        return False
    left = tv["left_at"]
    if not now <= left <= now + HORIZON_S:
        return False
    return any(a <= left and (b is None or b > left) for a, b in tv["questions"])


class SimTruthStage:
    """Copies the simulator's own labels onto records (tests and calibration only)."""

    name = "sim-truth"

    def on_chat(self, rec, ctx) -> None:  # type: ignore[no-untyped-def]
        from copilot.core.records import QUESTION_INTENTS

        intent = rec.chat.extra.get("sim_intent")
        if isinstance(intent, str):
            rec.intent = intent
            rec.is_question = intent in QUESTION_INTENTS
            rec.product_id = rec.chat.extra.get("sim_product")
            if intent == "complaint_service":
                rec.signals = frozenset({"complaint_service"})

    def on_event(self, ev, ctx) -> None:  # type: ignore[no-untyped-def]
        pass

    def on_tick(self, now, ctx) -> None:  # type: ignore[no-untyped-def]
        pass

    def on_finish(self, now, ctx) -> None:  # type: ignore[no-untyped-def]
        pass
