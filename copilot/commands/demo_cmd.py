"""``copilot demo``: being built (owned by a helper; replaced before landing)."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    raise SystemExit("copilot demo: not built yet")
