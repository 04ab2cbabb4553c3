"""Helpers for the WebSocket source tests: bounded waits and event collection."""

import asyncio


async def take(it, n, timeout=3.0):
    out = []
    async with asyncio.timeout(timeout):
        while len(out) < n:
            out.append(await anext(it))
    return out


async def wait_for(cond, timeout=3.0):
    async with asyncio.timeout(timeout):
        while not cond():
            await asyncio.sleep(0.01)
