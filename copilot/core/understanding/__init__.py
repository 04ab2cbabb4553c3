"""Understanding each chat message: intent, question or not, product, signals."""

from copilot.core.understanding.stage import UnderstandingStage

__all__ = ["UnderstandingStage"]
