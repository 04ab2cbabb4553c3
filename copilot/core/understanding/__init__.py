"""Understanding each chat message: intent, question or not, product, signals."""

from copilot.core.pipeline import Stage


class UnderstandingStage(Stage):
    name = "understand"
