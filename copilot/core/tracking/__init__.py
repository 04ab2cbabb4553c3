"""Answered tracking, churn risk, churn reasons and room metrics."""

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Stage
from copilot.core.qoe_health import QoeHealth
from copilot.core.tracking.stage import TrackingStage


def tracking_stages(catalog: Catalog) -> list[Stage]:
    """The stages that run after understanding and suggestions: stream health first (a
    leave is judged against the incidents), then answered tracking, risk and churn."""
    qoe = QoeHealth()
    return [qoe, TrackingStage(catalog, qoe)]
