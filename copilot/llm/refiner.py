"""Runs the LLM after the embedded answer and swaps in its reply when the guardrails pass.

``LLMRefiner`` is for the live app (one asyncio loop): one task per viewer, a newer
question from the same viewer or ``dismiss`` cancels the older request. ``BlockingRefiner``
is for ``copilot replay --llm``: each question waits for its answer (up to the timeout).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from copilot.core.records import MessageRecord, Suggestion
from copilot.core.suggest.guardrails import Guardrails
from copilot.core.suggest.query import Query
from copilot.llm.engine import LLMEngine, LLMResult

log = logging.getLogger("copilot.llm")

TokenSink = Callable[[str, str], None]  # (message id, reply text so far)
DoneSink = Callable[[MessageRecord, LLMResult], None]


def apply_result(rec: MessageRecord, query: Query, result: LLMResult, guard: Guardrails) -> bool:
    """Put the model's reply first if it passes the guardrails; True when it did."""
    if result.status != "ok" or result.suggestion is None:
        log.info("llm %s for %s: %s", result.status, rec.id, result.message)
        return False
    draft = rec.suggestions[0] if rec.suggestions else None
    v = guard.check(result.suggestion, query.text, query.raw_name, rec.product_id, rec.id)
    serious = [p for p in v.problems if p != "unknown_fact_path"]
    if v.suggestion is None or serious:
        # a model that tried to say something false is not trusted with the rest either
        result.status, result.message = "rejected", ",".join(v.problems)
        return False
    if draft is not None and not v.suggestion.facts and draft.facts:
        # a reply that states none of the facts the question needs does not replace one that does
        result.status, result.message = "rejected", "no catalog fact"
        return False
    rec.suggestions = [v.suggestion, *[s for s in rec.suggestions if s.text != v.suggestion.text]][
        :3
    ]
    return True


MAX_ACTIVE = 2  # requests talking to the server at once
MAX_QUEUED = 6  # questions waiting for a slot; beyond this the oldest keeps its embedded reply


class LLMRefiner:
    def __init__(
        self,
        engine: LLMEngine,
        on_token: TokenSink | None = None,
        on_done: DoneSink | None = None,
        max_active: int = MAX_ACTIVE,
        max_queued: int = MAX_QUEUED,
    ) -> None:
        self.engine = engine
        self.on_token = on_token
        self.on_done = on_done
        self.tasks: dict[str, asyncio.Task[None]] = {}  # viewer id -> running request
        self.by_message: dict[str, str] = {}
        self.max_queued = max_queued
        self._slots = asyncio.Semaphore(max_active)
        self._queued: list[asyncio.Task[None]] = []  # waiting for a slot, oldest first
        self.shed = 0  # questions left with their embedded reply because the room was busy

    def submit(self, query: Query, rec: MessageRecord, guardrails: Guardrails) -> None:
        old = self.tasks.pop(rec.viewer_id, None)
        if old is not None and not old.done():
            old.cancel()  # the viewer asked again: the older answer is no longer wanted
        task = asyncio.get_running_loop().create_task(self._slot(query, rec, guardrails))
        self.tasks[rec.viewer_id] = task
        self.by_message[rec.id] = rec.viewer_id
        self._queued = [t for t in self._queued if not t.done()]
        self._queued.append(task)
        while len(self._queued) > self.max_queued:
            self._queued.pop(0).cancel()  # a busy room: the newest questions get the model
            self.shed += 1

    async def _slot(self, query: Query, rec: MessageRecord, guard: Guardrails) -> None:
        try:
            async with self._slots:
                me = asyncio.current_task()
                if me in self._queued:
                    self._queued.remove(me)  # type: ignore[arg-type]
                await self._run(query, rec, guard)
        except asyncio.CancelledError:
            self.by_message.pop(rec.id, None)  # cancelled while waiting: nothing was asked

    def dismiss(self, message_id: str) -> bool:
        """The host dismissed a question: stop its request. True if one was running."""
        viewer = self.by_message.pop(message_id, None)
        task = self.tasks.get(viewer) if viewer else None
        if task is None or task.done():
            return False
        task.cancel()
        return True

    async def _run(self, query: Query, rec: MessageRecord, guard: Guardrails) -> None:
        draft = rec.suggestions[0] if rec.suggestions else None

        def token(text: str) -> None:
            if self.on_token is not None:
                self.on_token(rec.id, text)

        try:
            result = await self.engine.complete(query, draft, token)
        except asyncio.CancelledError:
            result = LLMResult("cancelled", message="a newer question or the host dismissed it")
        apply_result(rec, query, result, guard)
        if self.on_done is not None:
            self.on_done(rec, result)
        self.by_message.pop(rec.id, None)

    async def aclose(self) -> None:
        for t in list(self.tasks.values()):
            t.cancel()
        await asyncio.gather(*self.tasks.values(), return_exceptions=True)
        self.tasks.clear()
        await self.engine.aclose()


class BlockingRefiner:
    """Replay: wait for each answer on a private event loop, keep the embedded one on failure."""

    def __init__(self, engine: LLMEngine) -> None:
        self.engine = engine
        self.loop = asyncio.new_event_loop()
        self.results: dict[str, str] = {}

    def submit(self, query: Query, rec: MessageRecord, guardrails: Guardrails) -> None:
        draft: Suggestion | None = rec.suggestions[0] if rec.suggestions else None
        result = self.loop.run_until_complete(self.engine.complete(query, draft))
        apply_result(rec, query, result, guardrails)
        self.results[rec.id] = result.status

    def close(self) -> None:
        if not self.loop.is_closed():
            self.loop.run_until_complete(self.engine.aclose())
            self.loop.close()
