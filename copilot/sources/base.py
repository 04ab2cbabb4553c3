"""What every event source (file replay, WebSocket bridge, Twitch, …) offers the app."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

from copilot.core.events import Event


class Source(Protocol):
    """An async stream of session events plus a human-readable connection state.

    ``state`` is one of ``connecting``, ``connected``, ``reconnecting``, ``stopped``,
    ``failed``; ``detail`` says more ("retry in 4 s", "3 malformed frames") in English,
    ``detail_in("zh")`` the same in Chinese for the window.
    """

    name: str
    state: str

    @property
    def detail(self) -> str: ...

    def detail_in(self, lang: str) -> str: ...

    def events(self) -> AsyncIterator[Event]: ...

    async def aclose(self) -> None: ...
