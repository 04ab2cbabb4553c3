"""A bounded ring buffer that reports what it evicts (Chatterino's LimitedQueue idea)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Ring(Generic[T]):
    """Keeps the newest ``capacity`` items; ``evicted`` counts everything pushed out."""

    __slots__ = ("_items", "capacity", "evicted")

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._items: deque[T] = deque(maxlen=capacity)
        self.evicted = 0

    def push(self, item: T) -> T | None:
        """Append ``item``; return the item evicted to make room, if any."""
        out = self._items[0] if len(self._items) == self.capacity else None
        if out is not None:
            self.evicted += 1
        self._items.append(item)
        return out

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def latest(self, n: int) -> list[T]:
        if n <= 0:
            return []
        items = self._items
        return list(items)[-n:] if n < len(items) else list(items)
