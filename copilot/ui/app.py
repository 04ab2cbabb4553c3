"""Starts the window on one asyncio loop (qasync) and shuts it down cleanly.

FeelUOwn-style start-up: build the application, the pipeline, the window, then wait
on a shutdown future that the window's close, ``aboutToQuit``, SIGINT and SIGTERM
all resolve; then stop the pump, close the source, flush the recorder, and make
sure no task is left pending.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from copilot.core.assemble import build_pipeline
from copilot.core.catalog import Catalog
from copilot.sources.base import Source
from copilot.ui.fonts import apply_ui_font
from copilot.ui.live_session import LiveSession
from copilot.ui.llm_link import LlmLink
from copilot.ui.qt_messages import qt_messages_to_logging
from copilot.ui.theme import apply_theme

log = logging.getLogger(__name__)
SIGNAL_POLL_MS = 200  # lets Python run its signal handlers while Qt waits in C++


@dataclass
class WindowOptions:
    """Extras for headless checks: a screenshot path and a wall-clock time limit."""

    screenshot: str | None = None
    quit_after: float | None = None
    chat_capacity: int = 5000


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Host Copilot")
    app.setOrganizationName("host-copilot")
    return app


def save_screenshot(session: LiveSession, path: str) -> bool:
    """Grab the window as it is painted now and save it as an image file."""
    session.refresh()
    QApplication.processEvents()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    ok = session.window.grab().save(path)
    if ok:
        log.info("screenshot saved to %s", path)
    else:
        log.error("could not save a screenshot to %s", path)
    return ok


async def run_session(
    source: Source,
    catalog: Catalog,
    record_path: str | None = None,
    title: str | None = None,
    options: WindowOptions | None = None,
) -> int:
    """The window's whole life on the running qasync loop; returns the exit code."""
    opts = options or WindowOptions()
    app = ensure_app()
    loop = asyncio.get_running_loop()
    shutdown: asyncio.Future[int] = loop.create_future()

    def request_exit(code: int = 0) -> None:
        if not shutdown.done():
            shutdown.set_result(code)

    pipeline = build_pipeline(catalog)
    recorder = None
    flusher: asyncio.Task[None] | None = None
    if record_path:
        from copilot.recording import Recorder

        recorder = Recorder(record_path, room=title or catalog.shop_name, catalog=catalog)
        pipeline.subscribe(recorder.on_update)
        flusher = recorder.start_flusher()
    session = LiveSession(source, catalog, pipeline, title or "", opts.chat_capacity)
    llm = LlmLink(session.window.suggestion)
    llm.attach(pipeline)
    if llm.state != "off":
        session.window.statusBar().showMessage(llm.detail, 15_000)
    session.window.closing.connect(lambda: request_exit(0))

    def on_about_to_quit() -> None:
        request_exit(0)

    app.aboutToQuit.connect(on_about_to_quit)
    restore = _install_signal_handlers(lambda: request_exit(130))
    poll = QTimer()
    poll.start(SIGNAL_POLL_MS)
    poll.timeout.connect(lambda: None)
    timers: list[asyncio.TimerHandle] = []
    if opts.quit_after is not None:

        def finish_headless() -> None:
            ok = True
            if opts.screenshot:
                ok = save_screenshot(session, opts.screenshot)
            request_exit(0 if ok else 1)

        timers.append(loop.call_later(max(0.0, opts.quit_after), finish_headless))
    elif opts.screenshot:
        log.warning("--screenshot needs --quit-after: no screenshot will be taken")
    session.window.show()
    session.start()
    try:
        code = await shutdown
    finally:
        for h in timers:
            h.cancel()
        poll.stop()
        restore()
        app.aboutToQuit.disconnect(on_about_to_quit)
        await session.aclose()
        await llm.aclose()
        if recorder is not None:
            recorder.close()
            if flusher is not None:
                flusher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await flusher
            log.info("recorded %d events to %s", recorder.recorded, record_path)
        session.window.hide()
        session.window.deleteLater()
        session.deleteLater()
    return code


def _install_signal_handlers(on_signal: object) -> object:
    """Route SIGINT/SIGTERM to ``on_signal``; return a function that restores the old ones."""
    old = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            old[sig] = signal.signal(sig, lambda *_a: on_signal())  # type: ignore[operator]
        except (ValueError, OSError):  # not the main thread
            pass

    def restore() -> None:
        for sig, handler in old.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(sig, handler)

    return restore


def run_window(
    source: Source,
    catalog: Catalog,
    record_path: str | None = None,
    title: str | None = None,
    options: WindowOptions | None = None,
) -> int:
    """Open the host window on ``source`` and block until it is closed; the exit code."""
    app = ensure_app()
    app.setQuitOnLastWindowClosed(False)  # the shutdown future decides when we stop
    apply_theme(app)
    apply_ui_font(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    task = loop.create_task(run_session(source, catalog, record_path, title, options))
    with qt_messages_to_logging():
        return _run(loop, task)


def _run(loop: qasync.QEventLoop, task: asyncio.Task[int]) -> int:
    try:
        try:
            return loop.run_until_complete(task)
        except RuntimeError:
            if task.done():
                raise
            # Qt's loop was quit from outside (aboutToQuit resolved the shutdown future):
            # run again so the session can close its source and recorder.
            return loop.run_until_complete(task)
    finally:
        _drain(loop)
        asyncio.set_event_loop(None)
        loop.close()


def _drain(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel and await whatever tasks remain, so none is destroyed while pending."""
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for t in pending:
        t.cancel()
    if pending:
        log.warning("cancelling %d leftover task(s) at exit", len(pending))
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
