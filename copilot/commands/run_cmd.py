"""``copilot run``: the app on a live source (WebSocket bridge or file), window or headless."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from copilot.core.assemble import build_pipeline
from copilot.core.catalog import Catalog, CatalogError, empty_catalog, load_catalog
from copilot.core.clock import MonotonicClock

TOKEN_ENV = "COPILOT_WS_TOKEN"


def add_arguments(p: argparse.ArgumentParser) -> None:
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument(
        "--ws-listen", metavar="HOST:PORT", help="accept events from bridges (one JSON per frame)"
    )
    src.add_argument("--ws-connect", metavar="URL", help="connect to a bridge's ws:// URL")
    src.add_argument("--file", metavar="EVENTS.jsonl", help="play a session file")
    p.add_argument("--speed", type=float, default=1.0, help="--file speed (0: as fast as possible)")
    p.add_argument("--token", help=f"WebSocket token (default: ${TOKEN_ENV})")
    p.add_argument("--catalog", help="catalog JSON (spec section 2)")
    rec = p.add_mutually_exclusive_group()
    rec.add_argument("--record", metavar="PATH.db", help="recording file (default: a new one)")
    rec.add_argument("--no-record", action="store_true", help="do not record the session")
    p.add_argument("--headless", action="store_true", help="no window: print status lines")
    p.add_argument("--status-every", type=float, default=5.0, help="headless status period (s)")
    p.add_argument("--title", help="window title")
    p.add_argument(
        "--lang", choices=("zh", "en"), help="the window's language (default: the settings')"
    )


def parse_host_port(text: str) -> tuple[str, int]:
    """``127.0.0.1:8765``, ``[::1]:8765``, or ``:8765`` (meaning 127.0.0.1)."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"expected HOST:PORT, got {text!r}")
    host = host.strip("[]") or "127.0.0.1"
    return host, int(port)


def make_source(args: argparse.Namespace) -> Any:
    token = args.token or os.environ.get(TOKEN_ENV) or None
    if args.ws_listen:
        from copilot.sources.ws_listen import WsListenSource

        host, port = parse_host_port(args.ws_listen)
        if token is None and host not in ("127.0.0.1", "localhost", "::1"):
            print(
                f"copilot run: warning: listening on {host} without a token;"
                f" anyone who can reach it can inject events (set --token or ${TOKEN_ENV})",
                file=sys.stderr,
            )
        return WsListenSource(host, port, clock=MonotonicClock(), token=token)
    if args.ws_connect:
        from copilot.sources.ws_connect import WsConnectSource

        return WsConnectSource(args.ws_connect, clock=MonotonicClock(), token=token)
    from copilot.sources.replay import FileReplaySource

    return FileReplaySource(args.file, speed=args.speed)


def record_path(args: argparse.Namespace) -> Path | None:
    if args.no_record:
        return None
    if args.record:
        return Path(args.record)
    from copilot.recording.paths import new_session_path

    return new_session_path()


def _headless(source: Any, catalog: Catalog, path: Path | None, args: argparse.Namespace) -> int:
    from copilot.commands.headless_run import HeadlessRun
    from copilot.recording.recorder import Recorder

    recorder = Recorder(path, catalog=catalog) if path is not None else None
    if recorder is not None:
        recorder.set_meta(source=source.name)
        if args.title:
            recorder.set_meta(title=args.title)
    run = HeadlessRun(source, build_pipeline(catalog), recorder, args.status_every)
    print(f"run: {source.name}" + (f", recording to {path}" if path else ""), file=sys.stderr)
    return asyncio.run(run.run())


def run(args: argparse.Namespace) -> int:
    try:
        catalog = load_catalog(args.catalog) if args.catalog else empty_catalog()
    except CatalogError as e:
        print(f"copilot run: {e}", file=sys.stderr)
        return 2
    try:
        source = make_source(args)
    except ValueError as e:
        print(f"copilot run: {e}", file=sys.stderr)
        return 2
    path = record_path(args)
    if args.headless:
        return _headless(source, catalog, path, args)
    try:
        from copilot.settings import window_language
        from copilot.ui.app import run_window
        from copilot.ui.words import set_language

        set_language(window_language(args.lang))
    except ImportError as e:
        print(
            f"copilot run: the window cannot start ({e}).\n"
            "  Run without a window instead: add --headless",
            file=sys.stderr,
        )
        return 2
    return int(
        run_window(source, catalog, record_path=str(path) if path else None, title=args.title) or 0
    )
