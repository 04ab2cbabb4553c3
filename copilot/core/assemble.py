"""Builds the standard pipeline: the same stages for the window, live runs and replay."""

from __future__ import annotations

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Pipeline, Stage
from copilot.core.suggest import SuggestionStage
from copilot.core.tracking import tracking_stages
from copilot.core.understanding import UnderstandingStage


def default_stages(catalog: Catalog) -> list[Stage]:
    """Stages in the order they must run: understand → suggest → answered/risk/churn/QoE."""
    return [UnderstandingStage(), SuggestionStage(), *tracking_stages(catalog)]


def build_pipeline(catalog: Catalog, history: int = 5000) -> Pipeline:
    return Pipeline(catalog, default_stages(catalog), history=history)
