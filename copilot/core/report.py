"""The replay report (spec section 3), collected from pipeline updates."""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

from copilot.core.pipeline import (
    Incident,
    IncidentUpdate,
    MessageAdded,
    Pipeline,
    RiskSnapshot,
    Update,
    ViewerLeft,
)
from copilot.core.records import MessageRecord, ViewerRecord
from copilot.core.tracking.metrics import p90

RISK_TOP_N = 10


def _r(x: float | None, nd: int = 3) -> float | None:
    return None if x is None else round(x, nd)


class ReportCollector:
    """Subscribes to a pipeline and keeps what the report needs (all messages)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.messages: list[MessageRecord] = []
        self.risk_queue: list[dict[str, Any]] = []
        self.incidents: list[Incident] = []
        self._incident_ids: set[int] = set()
        self.departed: dict[str, ViewerRecord] = {}  # the room forgets old leavers
        pipeline.subscribe(self.on_update)

    def on_update(self, u: Update) -> None:
        if isinstance(u, MessageAdded):
            self.messages.append(u.rec)
        elif isinstance(u, ViewerLeft):
            self.departed[u.viewer.viewer_id] = u.viewer
        elif isinstance(u, RiskSnapshot):
            top = [
                {"viewer_id": e.viewer_id, "risk": round(e.risk, 4), "reason": e.reason}
                for e in u.top[:RISK_TOP_N]
            ]
            self.risk_queue.append({"t": u.t, "top": top})
        elif isinstance(u, IncidentUpdate) and id(u.incident) not in self._incident_ids:
            self._incident_ids.add(id(u.incident))
            self.incidents.append(u.incident)

    def _minutes(self) -> dict[str, Any]:
        """The tracking stage's room metrics per minute of the session (optional fields)."""
        metrics = getattr(self.pipeline.ctx.shared.get("tracking"), "metrics", None)
        if metrics is None:
            return {}
        rows = [
            {"minute": r.minute, "questions": r.questions, "answered": r.answered,
             "joins": r.joins, "churned": dict(sorted(r.churned.items()))}
            for r in metrics.minutes
        ]  # fmt: skip
        return {"waiting_at_end": metrics.waiting, "per_minute": rows}

    def message_row(self, m: MessageRecord) -> dict[str, Any]:
        return {
            "id": m.id,
            "viewer_id": m.viewer_id,
            "t": m.t,
            "is_question": m.is_question,
            "intent": m.intent,
            "product_id": m.product_id,
            "answered_at": m.answered_at,
            "answered_by": m.answered_by,
            "answer_ref": m.answer_ref,
            "suggestions": [s.to_dict() for s in m.suggestions],
            "suggest_ms": _r(m.suggest_ms),
        }

    def build(self) -> dict[str, Any]:
        room = self.pipeline.room
        viewers = []
        reasons: Counter[str] = Counter()
        everyone = {**self.departed, **room.viewers}
        for v in everyone.values():
            viewers.append(
                {
                    "viewer_id": v.viewer_id,
                    "left_at": v.left_at,
                    "churn_reason": v.churn_reason if v.left_at is not None else None,
                    "peak_risk": round(v.peak_risk, 4),
                    "risk_at_leave": _r(v.risk_at_leave, 4),
                }
            )
            if v.left_at is not None and v.churn_reason:
                reasons[v.churn_reason] += 1
        questions = [m for m in self.messages if m.is_question]
        answered = [m for m in questions if m.answered_at is not None]
        waits = [m.answered_at - m.t for m in answered if m.answered_at is not None]
        end = room.now
        summary = {
            "messages": len(self.messages),
            "questions": len(questions),
            "answered": len(answered),
            "answer_rate": round(len(answered) / len(questions), 4) if questions else 0.0,
            "median_response_s": round(statistics.median(waits), 3) if waits else 0.0,
            "p90_response_s": round(p90(waits), 3) if waits else 0.0,
            "viewers": len(everyone),
            "churned": sum(1 for v in everyone.values() if v.left_at is not None),
            "churn_by_reason": dict(sorted(reasons.items())),
            "orders": room.orders,
            "duration_s": end,
        }
        summary.update(self._minutes())
        return {
            "version": 1,
            "messages": [self.message_row(m) for m in self.messages],
            "viewers": viewers,
            "risk_queue": self.risk_queue,
            "qoe_incidents": [i.to_dict() for i in self.incidents],
            "summary": summary,
        }
