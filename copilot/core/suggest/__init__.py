"""Suggested replies grounded in the catalog, with guardrails on every number."""

from copilot.core.pipeline import Stage


class SuggestionStage(Stage):
    name = "suggest"
