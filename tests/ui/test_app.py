"""The whole window: opens on a replay, shows the room, records, and shuts down cleanly."""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from copilot.cli import main as cli_main
from copilot.commands.demo_cmd import demo_files
from copilot.core.catalog import load_catalog
from copilot.recording import open_recording
from copilot.sources.replay import FileReplaySource
from copilot.ui.app import WindowOptions, run_window
from copilot.ui.main_window import MainWindow


class CountingSource(FileReplaySource):
    """The demo replay, counting what it yielded and whether it was closed."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.yielded = 0
        self.closed = False

    async def events(self):
        async for ev in super().events():
            self.yielded += 1
            yield ev

    async def aclose(self):
        self.closed = True
        await super().aclose()


def demo_source(speed):
    session, catalog = demo_files()
    return CountingSource(str(session), speed=speed), load_catalog(str(catalog))


def test_demo_window_replays_and_closes_cleanly(tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    src, catalog = demo_source(speed=60)
    record = tmp_path / "demo.db"
    code = run_window(src, catalog, str(record), "demo", WindowOptions(quit_after=2.0))
    gc.collect()
    assert code == 0
    assert src.closed and src.state == "stopped"
    assert src.yielded > 50
    bad = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not any("leftover task" in m or "destroyed but it is pending" in m for m in bad), bad
    with open_recording(record) as rec:
        assert rec.count() == src.yielded  # the recorder was flushed on the way out


def test_closing_the_window_ends_the_run(caplog):
    caplog.set_level(logging.WARNING)
    src, catalog = demo_source(speed=30)
    seen = {}

    def close_window():
        wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        win = next(w for w in wins if w.isVisible())
        seen["online"] = win.header.online.text()
        seen["product"] = win.header.product.text()
        seen["rows"] = win.chat.model.rowCount()
        win.close()

    QTimer.singleShot(2500, close_window)
    code = run_window(src, catalog, None, "demo", WindowOptions())
    assert code == 0
    assert src.closed
    assert seen["rows"] > 0
    assert seen["online"] not in ("", "—")
    assert seen["product"] and seen["product"] != "尚未上架商品"
    bad = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not any("leftover task" in m for m in bad), bad


def test_copilot_demo_command_takes_a_screenshot(tmp_path):
    shot = tmp_path / "demo.png"
    code = cli_main(["demo", "--speed", "60", "--quit-after", "1.5", "--screenshot", str(shot)])
    assert code == 0
    assert shot.stat().st_size > 10_000


def test_copilot_demo_rejects_a_screenshot_without_a_time_limit(capsys):
    assert cli_main(["demo", "--screenshot", "x.png"]) == 2
    assert "--quit-after" in capsys.readouterr().err


def test_the_window_speaks_english_when_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("COPILOT_CONFIG_DIR", str(tmp_path))  # no settings of the machine
    seen = {}

    def look():
        wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        win = next(w for w in wins if w.isVisible())
        seen["headers"] = [win.waiting.model.headerData(i, Qt.Orientation.Horizontal, 0)
                           for i in range(4)]  # fmt: skip
        seen["status"] = win.status.text()

    QTimer.singleShot(1200, look)
    code = cli_main(["demo", "--lang", "en", "--speed", "60", "--quit-after", "2"])
    assert code == 0
    assert seen["headers"] == ["Viewer", "Risk", "Why", "Question"]
    assert "demo replay" in seen["status"] and "chat" in seen["status"]
