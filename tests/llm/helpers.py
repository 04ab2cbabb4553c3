"""Shared pieces for the LLM tests: the test shop, a query for it, and a running fake server."""

from __future__ import annotations

import asyncio
import contextlib

from copilot.core.pipeline import Pipeline
from copilot.core.suggest import SuggestionStage
from copilot.core.suggest.query import build_query
from copilot.llm.engine import LLMEngine
from copilot.llm.settings import LLMSettings
from tests.core.suggest.shop import catalog, record
from tests.llm.fake_openai_server import FakeOpenAIServer


def query_for(
    text="多少钱", intent="price", pid="t1", lang="zh", name="小满", mid="m1", viewer="v1"
):
    cat = catalog()
    pipe = Pipeline(cat, [SuggestionStage()])
    rec = record(text, intent, pid, lang=lang, name=name, mid=mid, viewer=viewer)
    return cat, rec, build_query(rec, pipe.ctx)


def settings_for(url: str, timeout_s: float = 3.0, max_tokens: int = 220) -> LLMSettings:
    return LLMSettings(base_url=url, model="fake-model", timeout_s=timeout_s, max_tokens=max_tokens)


@contextlib.asynccontextmanager
async def fake_server(responder):
    server = FakeOpenAIServer(responder)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def engine_for(server_url: str, timeout_s: float = 3.0, max_tokens: int = 220) -> LLMEngine:
    return LLMEngine(settings_for(server_url, timeout_s, max_tokens), catalog())


def run(coro):
    return asyncio.run(coro)
