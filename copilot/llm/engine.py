"""Talks to any OpenAI-compatible chat-completions server: streaming, cancel, timeout.

One request per question. Tokens stream to a callback; cancelling the task (a newer
question from the same viewer, the host dismissing it) or the timeout closes the HTTP
stream so the server stops generating. Automatic retries are off so the timeout holds.
Every outcome is an ``LLMResult``; nothing here raises into the caller except
cancellation.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from copilot.core.catalog import Catalog
from copilot.core.records import Suggestion
from copilot.core.suggest.query import Query
from copilot.llm.prompt import build_messages, catalog_json
from copilot.llm.reply import parse_reply, partial_reply
from copilot.llm.settings import LLMSettings, api_key

log = logging.getLogger("copilot.llm")

TokenCallback = Callable[[str], None]


@dataclass(slots=True)
class LLMResult:
    """What came of one request: ``status`` is ok, timeout, malformed, error or cancelled."""

    status: str
    suggestion: Suggestion | None = None
    message: str = ""
    raw: str = field(default="", repr=False)
    first_token_s: float | None = None
    total_s: float = 0.0


class LLMEngine:
    def __init__(self, settings: LLMSettings, catalog: Catalog, client: object | None = None):
        self.settings = settings
        self.catalog = catalog
        self._cat_json = catalog_json(catalog)
        self._client = client

    @property
    def client(self):  # built lazily so importing this module needs no network or package
        if self._client is None:
            from openai import AsyncOpenAI

            self._client = AsyncOpenAI(
                base_url=self.settings.base_url,
                api_key=api_key(),
                max_retries=0,
                timeout=self.settings.timeout_s,
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None and hasattr(self._client, "close"):
            await self._client.close()

    async def complete(
        self, query: Query, draft: Suggestion | None = None, on_token: TokenCallback | None = None
    ) -> LLMResult:
        """Ask the model; on any failure the result says why (the caller keeps ``draft``)."""
        start = time.perf_counter()
        buf: list[str] = []
        first: list[float] = []
        try:
            async with asyncio.timeout(self.settings.timeout_s):
                await self._stream(query, draft, buf, first, start, on_token)
        except TimeoutError:
            return self._result(
                "timeout", start, buf, first, f"no answer within {self.settings.timeout_s:g} s"
            )
        except asyncio.CancelledError:
            log.info("llm request cancelled for %s", query.message_id)
            raise
        except Exception as e:  # connection refused, HTTP errors, bad frames
            return self._result("error", start, buf, first, _describe(e, self.settings.base_url))
        raw = "".join(buf)
        reply = parse_reply(raw)
        if reply is None:
            return self._result(
                "malformed", start, buf, first, "the model did not return the JSON asked for"
            )
        res = self._result("ok", start, buf, first)
        res.suggestion = Suggestion(reply.reply, reply.facts, engine="llm")
        return res

    async def _stream(self, query, draft, buf, first, start, on_token) -> None:
        kwargs = dict(
            model=self.settings.model,
            messages=build_messages(query, self.catalog, draft, self._cat_json),
            stream=True,
            max_tokens=self.settings.max_tokens,
            temperature=self.settings.temperature,
        )
        if self.settings.seed is not None:
            kwargs["seed"] = self.settings.seed
        if self.settings.json_mode:
            kwargs["response_format"] = {"type": "json_object"}
        stream = await self.client.chat.completions.create(**kwargs)
        try:
            async for chunk in stream:
                for choice in getattr(chunk, "choices", None) or []:
                    piece = getattr(choice.delta, "content", None) if choice.delta else None
                    if piece:
                        if not first:
                            first.append(time.perf_counter() - start)
                        buf.append(piece)
                        if on_token is not None:
                            on_token(partial_reply("".join(buf)))
        finally:
            await stream.close()  # closes the HTTP response: the server stops generating

    @staticmethod
    def _result(status, start, buf, first, message="") -> LLMResult:
        return LLMResult(
            status,
            message=message,
            raw="".join(buf),
            first_token_s=first[0] if first else None,
            total_s=time.perf_counter() - start,
        )


def _describe(e: Exception, base_url: str) -> str:
    name = type(e).__name__
    if "Connection" in name:
        return f"cannot reach the LLM server at {base_url} (is it running?)"
    status = getattr(e, "status_code", None)
    if status is not None:
        return f"the LLM server answered HTTP {status}"
    return f"LLM request failed: {name}"
