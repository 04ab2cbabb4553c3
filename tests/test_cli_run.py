"""``copilot run``: headless on a file and on a live WebSocket bridge, and the window hand-off."""

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from copilot.cli import main
from copilot.commands.run_cmd import parse_host_port
from copilot.recording import open_recording

FIX = Path(__file__).parent / "fixtures"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_headless_file_run_records_every_event(tmp_path, capsys):
    db = tmp_path / "s.db"
    args = ["run", "--file", str(FIX / "tiny_session.jsonl"), "--speed", "0", "--headless"]
    args += ["--catalog", str(FIX / "tiny_catalog.json"), "--record", str(db)]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "source ended" in err and "recording: 20 events" in err
    with open_recording(db) as r:
        assert r.count() == 20
        assert r.catalog() == json.loads((FIX / "tiny_catalog.json").read_text(encoding="utf-8"))
        assert r.meta["source"].startswith("replay:")
    lines = (FIX / "tiny_session.jsonl").read_text(encoding="utf-8").splitlines()
    with open_recording(db) as r:
        assert [json.loads(x) for x in r.lines()] == [json.loads(x) for x in lines if x.strip()]


def test_bad_arguments(tmp_path, capsys):
    assert main(["run", "--ws-listen", "nope", "--headless", "--no-record"]) == 2
    assert "HOST:PORT" in capsys.readouterr().err
    bad = tmp_path / "c.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["run", "--file", "x", "--catalog", str(bad), "--headless"]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["run", "--headless"])  # a source is required


def test_parse_host_port():
    assert parse_host_port("127.0.0.1:8765") == ("127.0.0.1", 8765)
    assert parse_host_port("[::1]:9") == ("::1", 9)
    assert parse_host_port(":80") == ("127.0.0.1", 80)
    for bad in ("8765", "h:", "h:99999", "h:x"):
        with pytest.raises(ValueError):
            parse_host_port(bad)


def test_window_mode_hands_the_source_to_the_ui(tmp_path, monkeypatch):
    import types

    calls = []
    fake = types.ModuleType("copilot.ui.app")
    fake.run_window = lambda source, catalog, record_path=None, title=None: (
        calls.append((source, catalog, record_path, title)) or 7
    )
    monkeypatch.setitem(sys.modules, "copilot.ui.app", fake)
    db = tmp_path / "w.db"
    rc = main(["run", "--ws-connect", "ws://127.0.0.1:9/x", "--record", str(db), "--title", "T"])
    assert rc == 7
    (source, catalog, path, title) = calls[0]
    assert source.name == "ws-connect:ws://127.0.0.1:9/x" and source.state == "connecting"
    assert catalog.products == [] and path == str(db) and title == "T"


def test_window_mode_without_a_ui_suggests_headless(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "copilot.ui.app", None)
    assert main(["run", "--ws-listen", "127.0.0.1:0", "--no-record"]) == 2
    assert "--headless" in capsys.readouterr().err


async def connect_when_up(url, **kw):
    async with asyncio.timeout(10):
        while True:
            try:
                return await connect(url, **kw)
            except OSError:
                await asyncio.sleep(0.05)


def test_headless_live_bridge_in_a_real_process(tmp_path):
    port, db = free_port(), tmp_path / "live.db"
    env = dict(os.environ, COPILOT_WS_TOKEN="tok")
    cmd = [sys.executable, "-m", "copilot", "run", "--ws-listen", f"127.0.0.1:{port}"]
    cmd += ["--headless", "--record", str(db), "--status-every", "0.2"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)

    async def bridge():
        url = f"ws://127.0.0.1:{port}"
        ws = await connect_when_up(url, additional_headers={"Authorization": "Bearer tok"})
        async with ws:
            await ws.send(json.dumps({"type": "session", "room_id": "live-1"}))
            for i in range(50):
                await ws.send(
                    json.dumps({"type": "chat", "id": f"m{i}", "viewer_id": "v", "text": "多少钱"})
                )
            await ws.send("not json")
            assert json.loads(await ws.recv())["count"] == 1
        with pytest.raises(InvalidStatus):
            async with connect(url + "?token=bad"):
                pass

    try:
        asyncio.run(bridge())
        time.sleep(0.5)  # a status line or two
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped by SIGINT" in err and "1 malformed" in err and "1 refused (token)" in err
    assert "pipeline 51 events, 50 messages" in err  # a status line
    with open_recording(db) as r:
        assert r.count() == 51 and r.meta["room"] == "live-1"
        ts = [json.loads(x)["t"] for x in r.lines()]
    assert ts == sorted(ts) and ts[0] >= 0


def test_a_source_that_breaks_ends_the_run_with_a_message(tmp_path, capsys):
    import copilot.commands.run_cmd as run_cmd

    class Broken:
        name, state, detail = "broken", "connected", "about to fail"

        async def events(self):
            from copilot.core.events import Online

            yield None  # not an event: the pipeline fails on it, the run goes on
            yield Online(1.0, count=3)
            raise RuntimeError("bridge exploded")

        async def aclose(self):
            self.state = "stopped"

    orig = run_cmd.make_source
    run_cmd.make_source = lambda args: Broken()
    try:
        rc = main(["run", "--ws-listen", ":0", "--headless", "--record", str(tmp_path / "b.db")])
    finally:
        run_cmd.make_source = orig
    assert rc == 1
    err = capsys.readouterr().err
    assert "bridge exploded" in err and "1 events failed in the pipeline" in err
    assert "pipeline: 1 events" in err and "recording: 1 events" in err
