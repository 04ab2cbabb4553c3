"""``copilot demo``: the window replaying the bundled demo session (no network, no accounts)."""

from __future__ import annotations

import argparse
import logging
import sys
from importlib import resources
from pathlib import Path

from copilot.core.catalog import CatalogError, load_catalog


def demo_files() -> tuple[Path, Path]:
    """The bundled session and catalog, found inside the installed package."""
    base = resources.files("copilot") / "resources" / "demo"
    return Path(str(base / "session.jsonl")), Path(str(base / "catalog.json"))


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--speed", type=float, default=1.0, help="replay speed (1 = real time; 20 = 20× faster)"
    )
    p.add_argument("--record", metavar="PATH", help="also record the session to this .db file")
    p.add_argument(
        "--lang", choices=("zh", "en"), help="the window's language (default: the settings')"
    )
    p.add_argument(
        "--screenshot", metavar="PATH", help="save a PNG of the window (with --quit-after)"
    )
    p.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="close the window after this many seconds",
    )


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.speed <= 0:
        print("copilot demo: --speed must be positive", file=sys.stderr)
        return 2
    if args.screenshot and args.quit_after is None:
        print("copilot demo: --screenshot needs --quit-after SECONDS", file=sys.stderr)
        return 2
    session_path, catalog_path = demo_files()
    try:
        catalog = load_catalog(str(catalog_path))
    except CatalogError as e:
        print(f"copilot demo: the bundled catalog is unusable: {e}", file=sys.stderr)
        return 2
    try:
        from copilot.ui.app import WindowOptions, run_window
    except ImportError as e:
        print(f"copilot demo: {e}", file=sys.stderr)
        return 2
    from copilot.settings import window_language
    from copilot.sources.replay import FileReplaySource
    from copilot.ui.words import set_language, t

    set_language(window_language(args.lang))
    source = FileReplaySource(str(session_path), speed=args.speed, name=t("demo.source"))
    options = WindowOptions(screenshot=args.screenshot, quit_after=args.quit_after)
    return run_window(source, catalog, args.record, "禾野良品 周五零食节专场（演示）", options)
