"""Text normalisation the assertions use (NFKC + casefold), same as the engine's."""

from copilot.core.suggest.matching import norm

__all__ = ["norm"]
