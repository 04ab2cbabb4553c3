"""``copilot export``: a recorded session (.db) back to session JSONL (spec section 1)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import IO

from copilot.recording.reader import Recording, RecordingError, open_recording


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("session", help="recorded session (.db)")
    p.add_argument("--jsonl", required=True, metavar="OUT", help="write JSONL here ('-': stdout)")
    p.add_argument("--quiet", action="store_true", help="no summary on stderr")


def _write(rec: Recording, out: IO[str]) -> int:
    n = 0
    for line in rec.lines():
        out.write(line)
        out.write("\n")
        n += 1
    return n


def run(args: argparse.Namespace) -> int:
    try:
        rec = open_recording(args.session)
    except RecordingError as e:
        print(f"copilot export: {e}", file=sys.stderr)
        return 2
    with rec, contextlib.ExitStack() as stack:
        if args.jsonl == "-":
            out: IO[str] = sys.stdout
        else:
            try:
                out = stack.enter_context(open(args.jsonl, "w", encoding="utf-8", newline="\n"))
            except OSError as e:
                print(
                    f"copilot export: cannot write {args.jsonl}: {e.strerror or e}", file=sys.stderr
                )
                return 2
        n = _write(rec, out)
    if not args.quiet:
        print(f"export: {n:,} events from {args.session} to {args.jsonl}", file=sys.stderr)
    return 0
