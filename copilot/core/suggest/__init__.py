"""Suggested replies grounded in the catalog, with guardrails on every number.

``SuggestionStage`` runs the embedded engine on every question (timed into
``rec.suggest_ms``) and passes every suggestion through the guardrails. An optional
refiner (the LLM adapter outside core, see ``copilot.llm``) is handed each question
after the embedded answer is in place; its output goes through the same guardrails.
"""

from __future__ import annotations

import time
from typing import Protocol

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Context, Stage
from copilot.core.records import MessageRecord, Suggestion
from copilot.core.suggest.embedded import EmbeddedEngine
from copilot.core.suggest.guardrails import Guardrails
from copilot.core.suggest.query import Query, build_query

__all__ = ["SuggestionStage", "Refiner", "Query", "EmbeddedEngine", "Guardrails"]


class Refiner(Protocol):
    """Something that may improve a question's suggestions later (an LLM client).

    ``submit`` must return at once; it may call ``rec.suggestions`` setters later
    from the same event loop, after its own output passed ``guardrails``.
    """

    def submit(self, query: Query, rec: MessageRecord, guardrails: Guardrails) -> None: ...


class SuggestionStage(Stage):
    name = "suggest"

    def __init__(self, refiner: Refiner | None = None) -> None:
        self.refiner = refiner
        self._catalog: Catalog | None = None
        self._engine: EmbeddedEngine | None = None
        self._guard: Guardrails | None = None

    def _tools(self, catalog: Catalog) -> tuple[EmbeddedEngine, Guardrails]:
        if self._catalog is not catalog or self._engine is None or self._guard is None:
            self._catalog = catalog
            self._engine, self._guard = EmbeddedEngine(catalog), Guardrails(catalog)
        return self._engine, self._guard

    def guardrails(self, catalog: Catalog) -> Guardrails:
        return self._tools(catalog)[1]

    def on_chat(self, rec: MessageRecord, ctx: Context) -> None:
        if not rec.is_question:
            return
        engine, guard = self._tools(ctx.catalog)  # built once per catalog
        start = time.perf_counter()  # a measurement of the embedded engine, not a decision
        query = build_query(rec, ctx)
        if query.name and guard.name_problem(query.name):
            query.name = ""  # a name that promises, insults or talks prompts is not repeated
        try:
            raw = engine.suggest(query)
        except Exception:  # a catalog shape nobody foresaw must not stop the room
            raw = []
        rec.suggestions = guard.filter(raw, query.text, query.raw_name, rec.product_id, rec.id)[:3]
        rec.suggest_ms = (time.perf_counter() - start) * 1000.0
        if self.refiner is not None:
            self.refiner.submit(query, rec, guard)


def suggestion(text: str, facts: list[str] | None = None, engine: str = "embedded") -> Suggestion:
    """Convenience constructor used by adapters."""
    return Suggestion(text, list(facts or []), engine)
