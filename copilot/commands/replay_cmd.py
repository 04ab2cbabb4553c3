"""``copilot replay``: the whole pipeline headless on a session's own clock."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any, TextIO

from copilot.core.assemble import build_pipeline
from copilot.core.catalog import CatalogError, empty_catalog, load_catalog
from copilot.core.jsonl import LineTap, ReadStats, StrictError, read_events
from copilot.core.pipeline import Pipeline
from copilot.core.report import ReportCollector

PROGRESS_EVERY_S = 2.0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("events", help="session JSONL file (spec section 1)")
    p.add_argument("--catalog", help="catalog JSON (spec section 2)")
    p.add_argument("--report", help="write the replay report (spec section 3) here")
    p.add_argument("--record", metavar="SESSION.db", help="also record every event (SQLite)")
    p.add_argument("--strict", action="store_true", help="stop at the first malformed line")
    p.add_argument("--quiet", action="store_true", help="no progress or summary on stderr")
    p.add_argument(
        "--llm",
        action="store_true",
        help="refine suggestions with the OpenAI-compatible server of the settings"
        " (each question waits up to the timeout; the embedded answer stands otherwise)",
    )
    p.add_argument(
        "--llm-url", help="override the server's base URL, e.g. http://127.0.0.1:8080/v1"
    )
    p.add_argument("--llm-model", help="override the model name")
    p.add_argument("--llm-timeout", type=float, help="override the timeout in seconds")


def _attach_llm(args: argparse.Namespace, pipeline: Pipeline) -> Any:
    from copilot import settings as settings_mod
    from copilot.llm import configure_llm

    conf = settings_mod.load().llm
    for field, value in (("base_url", args.llm_url), ("model", args.llm_model)):
        if value:
            setattr(conf, field, value)
    if args.llm_timeout:
        conf.timeout_s = args.llm_timeout
    return configure_llm(pipeline, conf.engine_settings())


def run(args: argparse.Namespace) -> int:
    try:
        catalog = load_catalog(args.catalog) if args.catalog else empty_catalog()
    except CatalogError as e:
        print(f"copilot replay: {e}", file=sys.stderr)
        return 2
    pipeline = build_pipeline(catalog)
    refiner = None
    if args.llm:
        try:
            refiner = _attach_llm(args, pipeline)
        except (ImportError, ValueError) as e:
            print(
                f"copilot replay: --llm unavailable ({e}); install the 'llm' extra", file=sys.stderr
            )
            return 2
    collector = ReportCollector(pipeline) if args.report else None
    recorder = None
    if args.record:
        from copilot.recording import Recorder

        recorder = Recorder(args.record, catalog=catalog)
    stats = ReadStats()
    t0 = last = time.perf_counter()
    try:
        with open(args.events, "rb") as f:
            tap = LineTap(f)
            for ev in read_events(tap, stats, strict=args.strict):
                pipeline.feed(ev)
                if recorder is not None:  # the line as written: no second serialisation
                    recorder.append(ev, tap.last_text())
                if not args.quiet and pipeline.events % 50000 == 0:
                    now = time.perf_counter()
                    if now - last >= PROGRESS_EVERY_S:
                        last = now
                        print(
                            f"  … {pipeline.events:,} events, {pipeline.messages:,} messages,"
                            f" session t={pipeline.room.now:,.0f}s",
                            file=sys.stderr,
                        )
    except FileNotFoundError:
        print(f"copilot replay: {args.events}: no such file", file=sys.stderr)
        return 2
    except StrictError as e:
        print(f"copilot replay: {e}", file=sys.stderr)
        return 1
    pipeline.finish()
    if recorder is not None:
        recorder.close()
    if refiner is not None:
        refiner.close()
    if collector is not None:
        report = collector.build()
        report["input"] = {
            "lines": stats.lines,
            "events": stats.events,
            "malformed": stats.malformed,
            "unknown_types": stats.unknown_types,
            "problems": [{"line": n, "why": w} for n, w in stats.problems],
        }
        with open(args.report, "w", encoding="utf-8") as f:
            write_json(report, f)
    wall = time.perf_counter() - t0
    if not args.quiet:
        for n, why in stats.problems[:10]:
            print(f"  line {n}: {why}", file=sys.stderr)
        rate = pipeline.messages / wall if wall > 0 else 0.0
        print(
            f"replay: {pipeline.events:,} events, {pipeline.messages:,} messages,"
            f" {wall:.2f} s, {rate:,.0f} messages/s ({stats.summary()})",
            file=sys.stderr,
        )
    return 0


def write_json(report: dict[str, Any], f: TextIO) -> None:
    """``report`` as one JSON object, each top-level list written item by item.

    ``json.dump`` encodes in pure Python (only ``json.dumps`` uses the C encoder), which
    on a million-event session costs more than the replay itself; one ``dumps`` per list
    item is as fast as one ``dumps`` of the whole and never holds the whole text in memory.
    """
    f.write("{")
    for i, (key, value) in enumerate(report.items()):
        f.write(("," if i else "") + json.dumps(key) + ":")
        if isinstance(value, list):
            f.write("[")
            for j, item in enumerate(value):
                f.write(("," if j else "") + json.dumps(item, ensure_ascii=False))
            f.write("]")
        else:
            f.write(json.dumps(value, ensure_ascii=False))
    f.write("}")
