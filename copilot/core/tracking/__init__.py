"""Answered tracking, churn risk, churn reasons and room metrics."""

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Stage
from copilot.core.tracking.stage import TrackingStage


def tracking_stages(catalog: Catalog) -> list[Stage]:
    """The stages that run after understanding and suggestions."""
    return [TrackingStage(catalog)]
