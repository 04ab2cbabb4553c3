"""The LLM engine against a protocol-faithful server: streaming, cancel, timeout, bad output."""

import asyncio
import socket

from copilot.core.records import Suggestion
from tests.llm.fake_openai_server import Script, json_reply
from tests.llm.helpers import engine_for, fake_server, query_for, run


def test_streams_tokens_and_returns_the_validated_reply():
    async def main():
        seen = []
        reply = json_reply("@小满 宝宝，龙井直播价¥188～", ["t1.live_price"])
        async with fake_server(lambda req: reply) as server:
            eng = engine_for(server.base_url)
            res = await eng.complete(query_for()[2], None, seen.append)
            await eng.aclose()
            return res, seen, server

    res, seen, server = run(main())
    assert res.status == "ok" and res.suggestion.text == "@小满 宝宝，龙井直播价¥188～"
    assert res.suggestion.facts == ["t1.live_price"] and res.suggestion.engine == "llm"
    assert len(seen) > 3 and seen[-1] == "@小满 宝宝，龙井直播价¥188～"
    assert "¥1" in "".join(seen[:-1]) or len(set(seen)) > 2  # grew token by token
    req = server.requests[0]
    assert req["stream"] is True and req["response_format"] == {"type": "json_object"}
    assert req["messages"][0]["role"] == "system" and "CATALOG" in req["messages"][0]["content"]


def test_cancel_mid_stream_closes_the_connection():
    async def main():
        slow = Script(list('{"reply": "slow answer that never ends"}'), delay_s=0.2)
        async with fake_server(lambda req: slow) as server:
            eng = engine_for(server.base_url, timeout_s=30)
            tokens = []
            task = asyncio.create_task(eng.complete(query_for()[2], None, tokens.append))
            while len(tokens) < 2:
                await asyncio.sleep(0.02)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
            await asyncio.wait_for(server.disconnected.wait(), 3)
            await eng.aclose()
            return server

    server = run(main())
    assert server.disconnects == 1 and server.completed == 0


def test_timeout_gives_up_and_closes_the_stream():
    async def main():
        slow = Script(list('{"reply": "too slow"}'), delay_s=0.3)
        async with fake_server(lambda req: slow) as server:
            eng = engine_for(server.base_url, timeout_s=0.5)
            res = await eng.complete(query_for()[2])
            await asyncio.wait_for(server.disconnected.wait(), 3)
            await eng.aclose()
            return res, server

    res, server = run(main())
    assert res.status == "timeout" and res.suggestion is None and "0.5 s" in res.message
    assert server.disconnects == 1


def test_malformed_json_is_rejected():
    for pieces in (
        ["Sure! The price is great."],
        ['{"reply": "cut off'],
        ['{"facts": []}'],
        ["[1,2]"],
    ):

        async def main(pieces=pieces):
            async with fake_server(lambda req: Script(pieces)) as server:
                eng = engine_for(server.base_url)
                res = await eng.complete(query_for()[2])
                await eng.aclose()
                return res

        res = run(main())
        assert res.status == "malformed" and res.suggestion is None, pieces


def test_http_error_is_not_retried():
    async def main():
        async with fake_server(lambda req: Script(status=500)) as server:
            eng = engine_for(server.base_url)
            res = await eng.complete(query_for()[2])
            await eng.aclose()
            return res, server

    res, server = run(main())
    assert res.status == "error" and "HTTP 500" in res.message and len(server.requests) == 1


def test_server_down_says_so_clearly():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens here now

    async def main():
        eng = engine_for(f"http://127.0.0.1:{port}/v1")
        res = await eng.complete(query_for()[2], Suggestion("draft", []))
        await eng.aclose()
        return res

    res = run(main())
    assert res.status == "error" and "cannot reach the LLM server" in res.message
