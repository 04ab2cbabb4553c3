"""Connects the window to an OpenAI-compatible model when the settings enable one.

The model's reply streams into the suggestion panel for the message on show; when it
passes the guardrails it becomes the top suggestion, otherwise the embedded reply
stays. The host can dismiss a question, which cancels its request. A missing client
library or bad settings disable only this, with a message that says how to fix it.
"""

from __future__ import annotations

import logging
from typing import Any

from copilot.core.pipeline import Pipeline
from copilot.core.records import MessageRecord
from copilot.ui.suggestion_panel import SuggestionPanel
from copilot.ui.words import t, t_or

log = logging.getLogger("copilot.ui.llm")


class LlmLink:
    def __init__(self, panel: SuggestionPanel) -> None:
        self.panel = panel
        self.refiner: Any = None
        self.state = "off"  # off | on | unavailable
        self.detail = t("llm.off")

    def attach(self, pipeline: Pipeline) -> None:
        from copilot import settings as settings_mod

        try:
            conf = settings_mod.load().llm
        except settings_mod.SettingsError as e:
            self.state, self.detail = "unavailable", t("llm.bad_settings", why=e)
            log.warning("LLM disabled: %s", e)
            return
        if not conf.enabled:
            return
        try:
            from copilot.llm import configure_llm
        except ImportError as e:
            self.state = "unavailable"
            self.detail = t("llm.no_lib")
            log.warning("LLM disabled: %s", e)
            return
        self.refiner = configure_llm(
            pipeline,
            conf.engine_settings(),
            blocking=False,
            on_token=self.on_token,
            on_done=self.on_done,
        )
        self.state, self.detail = "on", t("llm.on", model=conf.model)
        self.panel.on_dismiss = self.dismiss

    def on_token(self, message_id: str, text_so_far: str) -> None:
        rec = self.panel.rec
        if rec is not None and rec.id == message_id:
            self.panel.show_stream(text_so_far)

    def on_done(self, rec: MessageRecord, result: Any) -> None:
        if self.panel.rec is rec:
            self.panel.refresh()
            self.panel.status.setText(t_or(f"llm.{result.status}", result.status))

    def dismiss(self, message_id: str) -> None:
        if self.refiner is not None:
            self.refiner.dismiss(message_id)

    async def aclose(self) -> None:
        if self.refiner is not None:
            await self.refiner.aclose()
            self.refiner = None
