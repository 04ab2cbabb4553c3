"""``copilot import``: a session JSONL file into a new recording (.db) for the review.

Lenient like every reader (bad lines are reported with their numbers and skipped);
``--strict`` stops at the first one and leaves no file behind. Each valid line is
stored as written, so exporting the recording gives back the same JSON objects.
"""

from __future__ import annotations

import argparse
import os
import sys

from copilot.core.jsonl import LineTap, ReadStats, StrictError, read_events
from copilot.recording.recorder import Recorder

SHOW_PROBLEMS = 20
_BULK = {"batch_events": 20000, "flush_interval_s": 5.0}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("jsonl", help="session JSONL file (spec section 1)")
    p.add_argument("session", help="recording to create (.db)")
    p.add_argument("--strict", action="store_true", help="stop at the first malformed line")
    p.add_argument("--force", action="store_true", help="replace an existing recording")
    p.add_argument("--quiet", action="store_true", help="no summary on stderr")


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


def run(args: argparse.Namespace) -> int:
    if os.path.exists(args.session):
        if not args.force:
            print(f"copilot import: {args.session} exists (use --force)", file=sys.stderr)
            return 2
        _remove(args.session)
    if not os.path.isfile(args.jsonl):
        print(f"copilot import: {args.jsonl}: no such file", file=sys.stderr)
        return 2
    stats = ReadStats()
    with open(args.jsonl, "rb") as src, Recorder(args.session, **_BULK) as rec:
        rec.set_meta(imported_from=os.path.basename(args.jsonl))
        tap = LineTap(src)
        try:
            for ev in read_events(tap, stats, strict=args.strict):
                # The reader yields right after parsing the line the tap handed out last.
                rec.append(ev, tap.last_text())
        except StrictError as e:
            failed = str(e)
        else:
            failed = ""
    if failed:
        _remove(args.session)
        print(f"copilot import: {failed} (nothing written)", file=sys.stderr)
        return 1
    if not args.quiet:
        for no, why in stats.problems[:SHOW_PROBLEMS]:
            print(f"  line {no}: {why}", file=sys.stderr)
        more = len(stats.problems) - SHOW_PROBLEMS
        if more > 0:
            print(f"  … {more} more problems", file=sys.stderr)
        print(f"import: {args.session}: {stats.summary()}", file=sys.stderr)
    return 0
