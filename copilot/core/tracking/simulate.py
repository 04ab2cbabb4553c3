"""A viewer-behaviour simulator: sessions with known truth, to calibrate and test churn risk.

The model (each assumption a parameter of ``SimConfig``):
- viewers arrive as a Poisson process; tags: new/returning, some followers, members, buyers;
- a share are not the audience and leave within 10 s having done nothing;
- the rest stay for an exponential time (longer for followers/members/buyers: fatigue);
- questioners ask after a short while; while unanswered their patience runs out with a
  Weibull hazard (shape > 1: the longer the wait, the likelier the leave), shorter for
  urgent buying questions (link, price, stock, discount) and new viewers, longer for loyal
  ones, halved during stream trouble; they repeat themselves and sometimes complain;
- the host answers a share of questions after a log-normal delay (a chat reply);
- the stream has a few incidents, during which some viewers leave and complain.
Chat events carry the truth in extra fields (``sim_intent``, ``sim_product``), read only
by the calibration script and tests through a labelling stage.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

URGENT = ("link", "price", "stock", "discount")
CALM = ("shipping", "size", "spec", "usage", "after_sales")
_TEXT = {
    "link": "几号链接", "price": "多少钱", "stock": "还有货吗", "discount": "有券吗",
    "shipping": "发什么快递", "size": "什么码", "spec": "什么材质", "usage": "怎么洗",
    "after_sales": "能退吗",
}  # fmt: skip


@dataclass
class SimConfig:
    minutes: float = 20.0
    joins_per_min: float = 30.0
    not_target: float = 0.3
    stay_mean_s: float = 420.0
    question_share: float = 0.45
    urgent_share: float = 0.5
    patience_scale_s: float = 150.0
    patience_shape: float = 3.0
    urgent_factor: float = 0.45
    new_factor: float = 0.75
    loyal_factor: float = 1.8
    repeat_mean_s: float = 30.0
    complain_after_repeats: int = 2
    complain_prob: float = 0.4
    answer_share: float = 0.5
    answer_median_s: float = 45.0
    incidents_per_15min: float = 1.0
    incident_leave_prob: float = 0.15


def _tags(rng: random.Random) -> list[str]:
    tags = ["new" if rng.random() < 0.5 else "returning"]
    for tag, p in (("follower", 0.2), ("member", 0.08), ("purchased", 0.15)):
        if rng.random() < p:
            tags.append(tag)
    return tags


def simulate(seed: int, cfg: SimConfig | None = None) -> tuple[list[dict], dict[str, dict]]:
    """One session: (events in spec format sorted by time, truth per viewer)."""
    cfg = cfg or SimConfig()
    rng = random.Random(seed)
    end = cfg.minutes * 60.0
    ev: list[dict] = [{"t": 0.0, "type": "session", "room_id": f"sim-{seed}", "lang": "zh"}]
    ev.append({"t": 0.1, "type": "product", "product_id": "p1"})
    # stream incidents
    incidents = []
    t = rng.expovariate(cfg.incidents_per_15min / 900.0)
    while t < end - 60:
        dur = rng.uniform(15, 40)
        incidents.append((t, t + dur))
        t += dur + rng.expovariate(cfg.incidents_per_15min / 900.0)
    for k in range(int(end // 2)):
        ts = k * 2.0 + 1.0
        bad = any(a <= ts <= b for a, b in incidents)
        ev.append({"t": ts, "type": "qoe", "source": "player", "stall_ms": 800 if bad else 0,
                   "av_offset_ms": 10, "fps": 18.0 if bad else 29.9})  # fmt: skip

    def trouble(ts: float) -> tuple[float, float] | None:
        return next(((a, b) for a, b in incidents if a <= ts <= b + 30), None)

    truth: dict[str, dict] = {}
    mid = hid = 0
    t = 0.0
    n = 0
    while True:
        t += rng.expovariate(cfg.joins_per_min / 60.0)
        if t >= end:
            break
        n += 1
        vid = f"v{n}"
        tags = _tags(rng)
        loyal = bool({"follower", "member", "purchased"} & set(tags))
        ev.append(
            {"t": round(t, 2), "type": "join", "viewer_id": vid, "name": f"viewer{n}", "tags": tags}
        )
        if rng.random() < cfg.not_target:
            truth[vid] = {"left_at": round(t + rng.uniform(1, 9.5), 2), "reason": "not_target"}
            ev.append({"t": truth[vid]["left_at"], "type": "leave", "viewer_id": vid})
            continue
        leave = t + rng.expovariate(1.0 / (cfg.stay_mean_s * (1.5 if loyal else 1.0)))
        reason = "fatigue"
        for a, b in incidents:
            if t < a < leave and rng.random() < cfg.incident_leave_prob:
                leave, reason = rng.uniform(a + 2, b + 20), "experience"
                break
        if rng.random() < cfg.question_share:
            ask = t + rng.expovariate(1 / 30.0) + 3
            if ask < leave:
                urgent = rng.random() < cfg.urgent_share
                intent = rng.choice(URGENT if urgent else CALM)
                scale = cfg.patience_scale_s
                scale *= cfg.urgent_factor if urgent else 1.0
                scale *= cfg.loyal_factor if loyal else (cfg.new_factor if "new" in tags else 1.0)
                patience = scale * (-math.log(1 - rng.random())) ** (1 / cfg.patience_shape)
                if trouble(ask + patience / 2):
                    patience *= 0.5
                answered = None
                if rng.random() < cfg.answer_share:
                    answered = ask + rng.lognormvariate(math.log(cfg.answer_median_s), 0.6)
                # repeats and complaints while waiting
                times = [ask]
                r = ask
                complained = False
                gave_up = ask + patience
                while True:
                    r += rng.expovariate(1.0 / cfg.repeat_mean_s) + 5
                    stop = min(leave, gave_up, answered if answered is not None else math.inf)
                    if r >= stop:
                        break
                    times.append(r)
                    if (
                        not complained
                        and len(times) > cfg.complain_after_repeats
                        and rng.random() < cfg.complain_prob
                    ):
                        complained = True
                        mid += 1
                        ev.append(
                            {
                                "t": round(r + 1, 2),
                                "type": "chat",
                                "id": f"m{mid}",
                                "viewer_id": vid,
                                "text": "怎么不回我",
                                "sim_intent": "complaint_service",
                            }
                        )
                        gave_up = r + 1 + (gave_up - r) * 0.7
                first = None
                for q in times:
                    mid += 1
                    first = first or f"m{mid}"
                    ev.append(
                        {
                            "t": round(q, 2),
                            "type": "chat",
                            "id": f"m{mid}",
                            "viewer_id": vid,
                            "text": _TEXT[intent],
                            "sim_intent": intent,
                            "sim_product": "p1",
                        }
                    )
                if answered is not None and answered < min(leave, gave_up):
                    hid += 1
                    ev.append(
                        {
                            "t": round(answered, 2),
                            "type": "host_chat",
                            "id": f"h{hid}",
                            "author": "host",
                            "text": "好的",
                            "reply_to": first,
                            "viewer_id": vid,
                        }
                    )
                elif gave_up < leave:
                    leave, reason = gave_up, "unanswered"
                elif answered is None or answered >= leave:
                    reason = "unanswered" if reason == "fatigue" else reason
        if leave < end:
            truth[vid] = {"left_at": round(leave, 2), "reason": reason}
            ev.append({"t": truth[vid]["left_at"], "type": "leave", "viewer_id": vid})
    ev.append({"t": end, "type": "end"})
    ev.sort(key=lambda e: e["t"])
    return ev, truth


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

    def on_event(self, ev, ctx) -> None:  # type: ignore[no-untyped-def]
        pass

    def on_tick(self, now, ctx) -> None:  # type: ignore[no-untyped-def]
        pass

    def on_finish(self, now, ctx) -> None:  # type: ignore[no-untyped-def]
        pass
