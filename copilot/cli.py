"""The ``copilot`` command line: each subcommand lives in ``copilot.commands.<name>``.

Subcommand modules are imported only when chosen, so ``copilot replay`` never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from copilot import __version__
from copilot.runtime import tune_gc

COMMANDS = {
    "demo": "open the window replaying the bundled demo session (no network, no accounts)",
    "run": "open the window on a live source (WebSocket ingest, file replay)",
    "replay": "run the pipeline headless on a session file and write the report",
    "export": "export a recorded session (.db) to JSONL",
    "import": "import a JSONL session into a recording (.db)",
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="copilot", description="Host Copilot for live-commerce rooms")
    p.add_argument("--version", action="version", version=f"copilot {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        sp = sub.add_parser(name, help=help_text, description=help_text)
        mod = importlib.import_module(f"copilot.commands.{name}_cmd")
        mod.add_arguments(sp)
        sp.set_defaults(_module=mod)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    tune_gc()
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        return int(args._module.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
