"""Host Copilot: a live-commerce co-pilot beside OBS."""

__version__ = "0.1.0"
