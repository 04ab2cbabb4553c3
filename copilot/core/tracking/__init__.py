"""Answered tracking, churn risk, churn reasons and room metrics."""

from copilot.core.catalog import Catalog
from copilot.core.pipeline import Stage


def tracking_stages(catalog: Catalog) -> list[Stage]:
    return []
