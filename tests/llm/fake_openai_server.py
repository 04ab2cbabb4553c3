"""A loopback OpenAI-compatible chat-completions server whose answers tests script.

Speaks HTTP/1.1 and the documented streaming format byte for byte: each chunk is
``data: {"id":…,"object":"chat.completion.chunk",…,"choices":[{"index":0,"delta":
{"content":"…"},"finish_reason":null}]}\\n\\n`` and the stream ends with
``data: [DONE]\\n\\n``. It records every request and notices when a client closes
the connection mid-stream (``disconnects``).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Script:
    """How to answer one request: pieces of content, a delay before each, or an HTTP error."""

    pieces: list[str] = field(default_factory=list)
    delay_s: float = 0.0
    status: int = 200


Responder = Callable[[dict[str, Any]], Script]


def json_reply(reply: str, facts: list[str] | None = None, piece_len: int = 6) -> Script:
    text = json.dumps({"reply": reply, "facts": facts or []}, ensure_ascii=False)
    return Script([text[i : i + piece_len] for i in range(0, len(text), piece_len)])


class FakeOpenAIServer:
    def __init__(self, responder: Responder) -> None:
        self.responder = responder
        self.requests: list[dict[str, Any]] = []
        self.disconnects = 0
        self.completed = 0
        self.disconnected = asyncio.Event()
        self.server: asyncio.base_events.Server | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await self._one_request(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def _one_request(self, reader, writer) -> bool:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {
            k.strip().lower(): v.strip()
            for k, v in (h.split(":", 1) for h in lines[1:] if ":" in h)
        }
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        if method != "POST" or not path.endswith("/chat/completions"):
            await self._send(
                writer, 404, {"error": {"message": "not found", "type": "invalid_request_error"}}
            )
            return True
        req = json.loads(body)
        self.requests.append(req)
        script = self.responder(req)
        if script.status != 200:
            err = {"error": {"message": "scripted failure", "type": "server_error", "code": None}}
            await self._send(writer, script.status, err)
            return True
        if not req.get("stream"):
            await self._send(writer, 200, _completion(req, "".join(script.pieces)))
            return True
        return await self._stream(reader, writer, req, script)

    async def _stream(self, reader, writer, req, script) -> bool:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        eof = asyncio.ensure_future(reader.read(1))  # b"" once the client hangs up
        cid, created = f"chatcmpl-{len(self.requests)}", int(time.time())
        try:
            frames = [_chunk(cid, created, req, {"role": "assistant", "content": ""}, None)]
            frames += [_chunk(cid, created, req, {"content": p}, None) for p in script.pieces]
            frames.append(_chunk(cid, created, req, {}, "stop"))
            for i, frame in enumerate(frames):
                if script.delay_s and i > 0:
                    done, _ = await asyncio.wait({eof}, timeout=script.delay_s)
                    if done:
                        self._gone()
                        return False
                await self._chunked(writer, b"data: " + frame + b"\n\n")
            await self._chunked(writer, b"data: [DONE]\n\n")
            writer.write(b"0\r\n\r\n")
            await writer.drain()
            self.completed += 1
            return True
        except ConnectionError:
            self._gone()
            return False
        finally:
            eof.cancel()

    def _gone(self) -> None:
        self.disconnects += 1
        self.disconnected.set()

    @staticmethod
    async def _chunked(writer, data: bytes) -> None:
        writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        await writer.drain()

    @staticmethod
    async def _send(writer, status: int, obj: dict[str, Any]) -> None:
        body = json.dumps(obj).encode()
        reason = {200: "OK", 404: "Not Found", 500: "Internal Server Error"}.get(status, "Error")
        writer.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()


def _chunk(cid: str, created: int, req: dict, delta: dict, finish: str | None) -> bytes:
    obj = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": req.get("model", "fake"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return json.dumps(obj, ensure_ascii=False).encode()


def _completion(req: dict, content: str) -> dict:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": req.get("model", "fake"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }
