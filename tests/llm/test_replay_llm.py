"""``copilot replay --llm`` asks the configured server and keeps the embedded answer
when the server is down (a real subprocess against the protocol-faithful fake server)."""

import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path

from tests.llm.fake_openai_server import FakeOpenAIServer, json_reply

FIX = Path(__file__).parent.parent / "fixtures"


def replay(tmp_path, *extra):
    out = tmp_path / "r.json"
    env = {"COPILOT_CONFIG_DIR": str(tmp_path / "cfg"), "PATH": "/usr/bin:/bin"}
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "copilot",
            "replay",
            str(FIX / "tiny_session.jsonl"),
            "--catalog",
            str(FIX / "tiny_catalog.json"),
            "--report",
            str(out),
            "--llm",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert p.returncode == 0, p.stderr
    return {m["id"]: m for m in json.loads(out.read_text(encoding="utf-8"))["messages"]}


def test_llm_reply_is_used_when_the_server_answers(tmp_path):
    server = FakeOpenAIServer(lambda req: json_reply("宝宝，坚果直播间89元～", ["n1.live_price"]))
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def serve():
        asyncio.set_event_loop(loop)
        loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()

    th = threading.Thread(target=serve, daemon=True)
    th.start()
    ready.wait(10)
    try:
        msgs = replay(tmp_path, "--llm-url", server.base_url, "--llm-timeout", "10")
    finally:
        loop.call_soon_threadsafe(loop.stop)
        th.join(10)
    assert server.requests, "the server was never asked"
    texts = [s["text"] for s in msgs["m2"]["suggestions"]]
    assert "宝宝，坚果直播间89元～" in texts


def test_server_down_keeps_the_embedded_suggestions(tmp_path):
    msgs = replay(tmp_path, "--llm-url", "http://127.0.0.1:9/v1", "--llm-timeout", "2")
    sugs = msgs["m2"]["suggestions"]
    assert sugs and "89" in sugs[0]["text"]
