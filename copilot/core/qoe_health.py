"""Stream health: judges QoE samples against reference/qoe-thresholds.md and opens incidents.

One place decides what counts as a stream problem: encoder samples (network drops,
encoding/rendering lag, fps, congestion, reconnecting), player samples (stalls, A/V
offset, startup, latency) and bursts of viewers complaining about the stream in chat
(three distinct viewers within 20 s, counting only messages whose intent is a complaint);
such a burst is an incident to show, but counts as stream trouble (for churn reasons and
risk) only where no QoE samples measure the stream.
A "bad" sample opens an incident at once, a "warn" level only when it persists; an
incident closes after consecutive healthy samples. Each opening and each extension is
emitted as ``IncidentUpdate`` (the same ``Incident`` object, its ``end`` moving on).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from copilot.core.events import Event, Qoe
from copilot.core.pipeline import Context, Incident, IncidentUpdate, Stage
from copilot.core.records import MessageRecord

WARN, BAD = 1, 2
SEVERITY = {WARN: "warn", BAD: "bad"}
WARN_PERSIST = 3  # consecutive warn samples before an incident opens
HEALTHY_TO_CLOSE = 2  # consecutive healthy samples before an incident closes
AFTERMATH_S = 30.0  # viewers leaving this long after an incident still left because of it
COMPLAINT_WINDOW_S = 20.0
COMPLAINT_MIN = 3  # complaints within the window …
COMPLAINT_VIEWERS = 3  # … from at least this many distinct viewers
COMPLAINT_QUIET_S = 30.0
KEEP_CLOSED = 64
MEASURED_S = 10.0  # a QoE sample this recent means the stream is being measured


def _num(m: dict[str, Any], key: str) -> float | None:
    v = m.get(key)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v)


def _level(value: float | None, warn: float, bad: float) -> int:
    if value is None:
        return 0
    return BAD if value > bad else WARN if value > warn else 0


def judge(source: str, m: dict[str, Any], interval_s: float = 1.0) -> dict[str, int]:
    """Problems in one sample: kind → WARN or BAD (thresholds of qoe-thresholds.md)."""
    out: dict[str, int] = {}

    def worst(kind: str, level: int) -> None:
        if level > out.get(kind, 0):
            out[kind] = level

    if source == "encoder":
        worst("network", _level(_num(m, "dropped_frames_pct"), 1.0, 5.0))
        worst("network", _level(_num(m, "congestion"), 0.25, 0.5))
        if m.get("reconnecting") is True:
            worst("network", BAD)
        worst("encode_lag", _level(_num(m, "encode_lag_pct"), 1.0, 5.0))
        worst("render_lag", _level(_num(m, "render_lag_pct"), 1.0, 5.0))
        fps, target = _num(m, "fps"), _num(m, "target_fps")
        if fps is not None and target:
            r = fps / target
            worst("low_fps", BAD if r < 0.80 else WARN if r < 0.95 else 0)
    else:
        stall = _num(m, "stall_ms")
        if stall is not None and stall > 0:
            ratio = stall / max(interval_s * 1000.0, 1.0)
            worst("stall", BAD if ratio > 0.01 else WARN)  # rebuffer ratio 1 %: IMC 2012
        av = _num(m, "av_offset_ms")
        if av is not None:
            worst(
                "av_sync", BAD if (av > 90 or av < -185) else WARN if (av > 45 or av < -125) else 0
            )
        worst("startup", BAD if (_num(m, "startup_ms") or 0) > 5000 else 0)
        worst("latency", _level(_num(m, "latency_ms"), 3000.0, 5000.0))
    return {k: v for k, v in out.items() if v}


@dataclass(slots=True)
class _Track:
    incident: Incident | None = None
    pending: int = 0
    healthy: int = 0
    level: int = 0


class QoeHealth(Stage):
    """Pipeline stage owning the stream's incidents; ``trouble(t)`` tells the others."""

    name = "qoe"

    def __init__(self) -> None:
        self._tracks: dict[tuple[str, str], _Track] = {}
        self._last_t: dict[str, float] = {}
        self.closed: deque[Incident] = deque(maxlen=KEEP_CLOSED)
        self._complaints: deque[tuple[float, str]] = deque()
        self._complaint_inc: Incident | None = None
        self._last_complaint = 0.0

    # ----------------------------------------------------------------- queries
    def open_incidents(self) -> list[Incident]:
        out = [tr.incident for tr in self._tracks.values() if tr.incident is not None]
        if self._complaint_inc is not None:
            out.append(self._complaint_inc)
        return out

    def trouble(self, t: float, aftermath: float = AFTERMATH_S) -> Incident | None:
        """An incident open at ``t`` or ended less than ``aftermath`` seconds before it.
        A burst of complaints is over once chat has been quiet about the stream for
        ``COMPLAINT_QUIET_S``, whether or not a tick has closed it yet; a sampled problem
        ended halfway between its last bad sample and the first healthy one."""
        inc = self._complaint_inc
        quiet = inc is not None and t - self._last_complaint > COMPLAINT_QUIET_S
        # while QoE samples arrive they say whether the stream is in trouble; a burst of
        # complaints stands in for them only where the stream is not measured
        measured = any(t - last <= MEASURED_S for last in self._last_t.values())

        def counts(i: Incident) -> bool:
            return not (measured and i.kind == "complaints")

        opened = [i for i in self.open_incidents() if not (quiet and i is inc) and counts(i)]
        if opened:
            return opened[0]
        ended = [*self.closed, inc] if quiet and inc is not None else self.closed
        for done in reversed([i for i in ended if counts(i)]):
            # it ended between its last bad sample and the first healthy one: halfway
            end = done.end
            if end is not None and done.cleared_at is not None:
                end = (end + done.cleared_at) / 2.0
            if end is not None and done.start <= t and end >= t - aftermath:
                return done
        return None

    # ----------------------------------------------------------------- samples
    def on_event(self, ev: Event, ctx: Context) -> None:
        if isinstance(ev, Qoe):
            self.sample(ev, ctx)

    def sample(self, ev: Qoe, ctx: Context) -> None:
        source = ev.source if ev.source in ("encoder", "player") else "player"
        prev = self._last_t.get(source)
        interval = ev.t - prev if prev is not None and ev.t > prev else 1.0
        self._last_t[source] = ev.t
        problems = judge(source, ev.metrics, min(interval, 10.0))
        kinds = {k for (s, k) in self._tracks if s == source} | set(problems)
        for kind in kinds:
            tr = self._tracks.setdefault((source, kind), _Track())
            level = problems.get(kind, 0)
            if level:
                tr.healthy = 0
                if tr.incident is not None:
                    tr.incident.cleared_at = None
                tr.pending += 1
                if tr.incident is None and (level == BAD or tr.pending >= WARN_PERSIST):
                    tr.incident = Incident(ev.t, ev.t, kind, SEVERITY[level], detail=source)
                    tr.level = level
                elif tr.incident is not None:
                    tr.incident.end = ev.t
                    if level > tr.level:
                        tr.level, tr.incident.severity = level, SEVERITY[level]
                if tr.incident is not None:
                    ctx.emit(IncidentUpdate(tr.incident))
            else:
                tr.pending = 0
                if tr.incident is not None:
                    if not tr.healthy:
                        tr.incident.cleared_at = ev.t
                    tr.healthy += 1
                    if tr.healthy >= HEALTHY_TO_CLOSE:
                        self.closed.append(tr.incident)
                        tr.incident, tr.healthy, tr.level = None, 0, 0
                elif not tr.pending:
                    del self._tracks[(source, kind)]

    # ----------------------------------------------------------------- complaints
    def on_chat(self, rec: MessageRecord, ctx: Context) -> None:
        # only messages that are about the stream count: a stream word inside a question or
        # chatter ("卡了半天才抢到") is too weak to open an incident in a busy room
        if rec.intent == "complaint_stream":
            self.complaint(rec.t, rec.viewer_id, ctx)

    def complaint(self, t: float, viewer_id: str, ctx: Context) -> None:
        q = self._complaints
        q.append((t, viewer_id))
        while q and q[0][0] < t - COMPLAINT_WINDOW_S:
            q.popleft()
        self._last_complaint = t
        inc = self._complaint_inc
        if inc is not None:
            inc.end = t
            ctx.emit(IncidentUpdate(inc))
        elif len(q) >= COMPLAINT_MIN and len({v for _, v in q}) >= COMPLAINT_VIEWERS:
            self._complaint_inc = Incident(q[0][0], t, "complaints", "warn", detail="chat")
            ctx.emit(IncidentUpdate(self._complaint_inc))

    def on_tick(self, now: float, ctx: Context) -> None:
        inc = self._complaint_inc
        if inc is not None and now - self._last_complaint > COMPLAINT_QUIET_S:
            self.closed.append(inc)
            self._complaint_inc = None

    def on_finish(self, now: float, ctx: Context) -> None:
        for tr in self._tracks.values():
            if tr.incident is not None:
                self.closed.append(tr.incident)
                tr.incident = None
        self.on_tick(now + COMPLAINT_QUIET_S + 1, ctx)
