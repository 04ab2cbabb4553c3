"""The window with a model configured: requests go out, replies come back through the
guardrails, the dismiss button is offered, and closing leaves no request running."""

from __future__ import annotations

import asyncio
import logging
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from copilot import settings as S
from copilot.ui.app import WindowOptions, run_window
from copilot.ui.main_window import MainWindow
from tests.llm.fake_openai_server import FakeOpenAIServer, json_reply
from tests.ui.test_app import demo_source


def serve_in_thread(server):
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def run():
        asyncio.set_event_loop(loop)
        loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    th = threading.Thread(target=run, daemon=True)
    th.start()
    ready.wait(10)

    def stop():
        loop.call_soon_threadsafe(loop.stop)
        th.join(10)

    return stop


def test_window_uses_the_configured_model_and_closes_cleanly(tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.WARNING)
    reply = json_reply("宝宝，这款今天直播间有优惠，看下小黄车哦～", [])
    server = FakeOpenAIServer(lambda req: reply)
    stop = serve_in_thread(server)
    monkeypatch.setenv("COPILOT_CONFIG_DIR", str(tmp_path))
    conf = S.Settings()
    conf.llm.enabled, conf.llm.base_url, conf.llm.timeout_s = True, server.base_url, 5.0
    S.save(conf)
    seen = {}

    def look():
        win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["dismiss"] = not win.suggestion.dismiss.isHidden()

    QTimer.singleShot(3000, look)
    try:
        src, catalog = demo_source(speed=60)
        code = run_window(src, catalog, None, "demo", WindowOptions(quit_after=4.0))
    finally:
        stop()
    assert code == 0
    assert server.requests, "no question reached the model"
    assert seen.get("dismiss") is True
    bad = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not any("leftover task" in m or "destroyed but it is pending" in m for m in bad), bad


def test_a_broken_settings_file_keeps_the_embedded_engine(tmp_path, monkeypatch):
    monkeypatch.setenv("COPILOT_CONFIG_DIR", str(tmp_path))
    (tmp_path / "settings.toml").write_text("[llm]\nenabled = maybe\n", encoding="utf-8")
    seen = {}

    def look():
        win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["status"] = win.statusBar().currentMessage()
        seen["rows"] = win.chat.model.rowCount()

    QTimer.singleShot(1500, look)
    src, catalog = demo_source(speed=60)
    assert run_window(src, catalog, None, "demo", WindowOptions(quit_after=2.0)) == 0
    assert "设置文件有误" in seen["status"]  # the host is told why, and how it degrades
    assert seen["rows"] > 0  # the rest of the window works
