"""LLM suggestions from any OpenAI-compatible server (network I/O, so outside core).

``configure_llm(stage_or_pipeline, settings)`` attaches a refiner to the pipeline's
suggestion stage; the embedded answer is always computed first and stands whenever
the model is slow, down, malformed or caught by the guardrails.
"""

from __future__ import annotations

from copilot.core.pipeline import Pipeline
from copilot.core.suggest import SuggestionStage
from copilot.llm.engine import LLMEngine, LLMResult
from copilot.llm.refiner import BlockingRefiner, DoneSink, LLMRefiner, TokenSink
from copilot.llm.settings import LLMSettings

__all__ = [
    "LLMEngine",
    "LLMResult",
    "LLMRefiner",
    "BlockingRefiner",
    "LLMSettings",
    "configure_llm",
]


def configure_llm(
    stage_or_pipeline: SuggestionStage | Pipeline,
    settings: LLMSettings,
    *,
    blocking: bool = True,
    on_token: TokenSink | None = None,
    on_done: DoneSink | None = None,
) -> LLMRefiner | BlockingRefiner:
    """Attach the LLM to the suggestion stage. ``blocking=True`` for replay (each question
    waits up to ``settings.timeout_s``); ``blocking=False`` for the app's asyncio loop."""
    stage = stage_or_pipeline
    if isinstance(stage_or_pipeline, Pipeline):
        stage = stage_or_pipeline.stage("suggest")
        catalog = stage_or_pipeline.catalog
    else:
        catalog = getattr(stage, "_catalog", None)
    if not isinstance(stage, SuggestionStage):
        raise ValueError("no suggestion stage to attach the LLM to")
    if catalog is None:
        raise ValueError("pass the pipeline (its catalog is needed for the prompt)")
    engine = LLMEngine(settings, catalog)
    refiner: LLMRefiner | BlockingRefiner
    refiner = BlockingRefiner(engine) if blocking else LLMRefiner(engine, on_token, on_done)
    stage.refiner = refiner
    return refiner
