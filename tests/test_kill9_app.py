"""kill -9 of the real app (``copilot run --headless``) while a bridge streams chat into
it: the recording opens, holds a gap-free prefix of what was sent, and misses at most
the last second before the kill."""

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time

from copilot.recording import open_recording
from tests.test_cli_run import connect_when_up, free_port

RATE = 400.0  # chat messages per second from the bridge


def test_sigkill_of_the_app_loses_at_most_one_second(tmp_path):
    port, db = free_port(), tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "copilot", "run", "--ws-listen", f"127.0.0.1:{port}"]
    cmd += ["--headless", "--record", str(db), "--status-every", "60"]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, env=dict(os.environ))
    sent_at: list[float] = []  # wall time each message left the bridge
    kill_after = random.uniform(1.5, 3.0)

    async def bridge():
        ws = await connect_when_up(f"ws://127.0.0.1:{port}")
        t0 = time.monotonic()
        i = 0
        try:
            while True:
                due = t0 + i / RATE
                if (now := time.monotonic()) < due:
                    await asyncio.sleep(due - now)
                if time.monotonic() - t0 >= kill_after:
                    return time.monotonic()
                await ws.send(
                    json.dumps(
                        {
                            "type": "chat",
                            "id": f"m{i}",
                            "viewer_id": f"v{i % 50}",
                            "text": f"第{i}条 多少钱",
                        },
                        ensure_ascii=False,
                    )
                )
                sent_at.append(time.monotonic())
                i += 1
        finally:
            proc.send_signal(signal.SIGKILL)
            await ws.close()

    try:
        killed_at = asyncio.run(bridge())
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert len(sent_at) > 300
    with open_recording(db) as r:
        ids = [json.loads(x)["id"] for x in r.lines()]
    assert ids == [f"m{i}" for i in range(len(ids))], "the file holds a gap-free prefix"
    assert ids, "nothing was recorded"
    lost_s = killed_at - sent_at[len(ids) - 1]
    print(f"kill -9 of the app: {lost_s:.3f} s lost, {len(ids)} of {len(sent_at)} recorded")
    assert lost_s <= 1.0, f"{lost_s:.3f} s of chat lost ({len(sent_at) - len(ids)} messages)"
