"""``risk.model`` for one viewer on a tick, with its time-free factors computed once.

Every 5 s the tick scores every waiting viewer, and a busy room has a thousand of them:
that loop was most of the headless pipeline's time. ``risk.probability`` builds a
``RiskInput``, its columns and two dicts per viewer and looks every parameter up by name.
Here the factors that depend only on a viewer's evidence (their patience scale, the prior
odds after repeats and complaints, the repeat tie, the pick-up share …) are kept with the
evidence, so a tick computes only what moves with time, the stream and the crowd, and builds
a ``RiskInput`` only for the few the host sees.

It is the same formula, operation for operation, so it gives the same floats;
``tests/core/tracking/test_risk_tick.py`` checks that against ``risk.probability``.
"""

from __future__ import annotations

import math

from copilot.core.tracking.risk import CROWD_MAX, HORIZON_S, Evidence
from copilot.core.tracking.risk_coefficients import PARAMS

_exp = math.exp
_P = PARAMS
_OTHERS = _P["batch"] * _P["pick_up"]


class Room:
    """What is the same for every viewer on one tick: the answer delay for a question about
    the product on screen and for any other (it reads the room's answer share)."""

    __slots__ = ("mean_presented", "mean_other")

    def __init__(self, room_answered: float) -> None:
        room = min(max(room_answered, 0.0), 1.0)
        f = (room / 0.5) ** _P["answer_room"]
        self.mean_presented = _P["answer_mean_s"] / (_P["presented"] ** 1.0 * f)
        self.mean_other = _P["answer_mean_s"] / (_P["presented"] ** 0.0 * f)


class Prepared:
    """One viewer's evidence, as the factors of the model that do not move with time."""

    __slots__ = (
        "oldest", "lo0", "hi0", "prod", "tie", "z0", "pick", "p_fatigue", "real", "trouble",
        "products",
    )  # fmt: skip

    def __init__(self, e: Evidence) -> None:
        p = _P
        loyal = float(e.loyal)
        hot, warm = float(e.hot), float(e.warm and not e.hot)
        new = float(e.new and not e.loyal)
        repeats = float(min(e.repeats, 3))
        complained = float(e.complained or e.elsewhere)
        self.oldest = e.oldest
        self.lo0, self.hi0 = e.lo_s, e.hi_s
        # the patience scale without the stream's burn, multiplied in ``model``'s order
        self.prod = (
            p["hot"] ** hot * p["warm"] ** warm * p["new"] ** new * p["loyal"] ** loyal
            * p["content"] ** float(e.content) * p["served"] ** float(e.served)
        )  # fmt: skip
        self.tie = max(p["repeat_tie"] * min(repeats, 1.0), complained)
        self.z0 = p["impatient"] * p["repeat_lr"] ** repeats * p["complaint_lr"] ** complained
        self.pick = p["pick_up"] * p["reply_only"] ** float(e.reply_only)
        fatigue = p["fatigue_rate"] * p["fatigue_loyal"] ** loyal
        self.p_fatigue = 1.0 - _exp(-fatigue * HORIZON_S)
        self.real = 1.0 - p["misread"] * float(e.weak_only)
        self.trouble = e.stream_complaint
        self.products = e.products

    def risk(
        self, now: float, trouble: bool, room: Room, on_screen: str | None, crowd: int
    ) -> float:
        """P(leaves within the horizon still unanswered), as ``probability(risk_at(…))``."""
        p = _P
        w = now - self.oldest
        w = w if w > 0.0 else 0.0
        k = p["shape"]
        burn = 1.0 if (trouble or self.trouble) else 0.0
        scale = p["scale_s"] * (self.prod / p["burn"] ** burn)
        lo = max(w, self.lo0)
        hi = max(self.hi0, lo)
        end = min(hi, w + HORIZON_S)
        s_lo = _exp(-((lo / scale) ** k))
        s_hi = _exp(-((hi / scale) ** k))
        s_end = _exp(-((end / scale) ** k))
        tie = self.tie
        s_w = _exp(-((w / scale) ** k))
        s_w_end = _exp(-(((w + HORIZON_S) / scale) ** k))
        mass = tie * (s_lo - s_hi) + (1.0 - tie) * s_w
        z_imp = self.z0 * mass
        q = z_imp / (z_imp + (1.0 - p["impatient"]))
        leave = (tie * (s_lo - s_end) + (1.0 - tie) * (s_w - s_w_end)) / max(mass, 1e-300)
        presented = on_screen is not None and on_screen in self.products
        mean = room.mean_presented if presented else room.mean_other
        pick = self.pick
        c = float(min(crowd, CROWD_MAX))
        alone = c == 0.0

        def unanswered(x: float) -> float:
            z = x * 3.0 / mean
            got = 1.0 - _exp(-z) * (1.0 + z + z * z / 2.0)
            own = 1.0 - pick * got
            return own if alone else own * (1.0 - _OTHERS * got) ** c

        u_now = unanswered(w)
        delay = lo + (end - lo) / 2.0
        p_fatigue = self.p_fatigue * unanswered(w + HORIZON_S / 2.0) / u_now
        gives_up = q * leave
        still = unanswered(delay) / u_now
        r = self.real * (gives_up * still + (1.0 - gives_up) * p_fatigue)
        return min(max(r, 0.0), 1.0)
