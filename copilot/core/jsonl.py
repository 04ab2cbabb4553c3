"""Reading and writing session JSONL (spec section 1), lenient by default.

A reader never trusts its input: malformed lines and unknown types are counted with
their line numbers and skipped; ``strict=True`` stops at the first one instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from copilot.core.events import Event, EventError, UnknownType, from_dict

MAX_REPORTED_PROBLEMS = 50


class StrictError(ValueError):
    """Raised in strict mode at the first bad line."""


@dataclass
class ReadStats:
    """What a reader saw: good events, bad lines (with line numbers), unknown types."""

    lines: int = 0
    events: int = 0
    malformed: int = 0
    unknown_types: int = 0
    unknown_fields: int = 0
    out_of_order: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)

    def note(self, line_no: int, why: str) -> None:
        if len(self.problems) < MAX_REPORTED_PROBLEMS:
            self.problems.append((line_no, why))

    def summary(self) -> str:
        parts = [f"{self.events} events from {self.lines} lines"]
        if self.malformed:
            parts.append(f"{self.malformed} malformed")
        if self.unknown_types:
            parts.append(f"{self.unknown_types} of unknown type")
        if self.unknown_fields:
            parts.append(f"{self.unknown_fields} unknown fields kept")
        if self.out_of_order:
            parts.append(f"{self.out_of_order} out of time order")
        return ", ".join(parts)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# one decoder for every line: json.loads with an option builds a new one per call
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


class TooDeep(EventError):
    """JSON nested deeper than the decoder can follow."""


def loads_strict(text: str) -> Any:
    """``json.loads`` that refuses NaN/Infinity and reports every failure as EventError
    (``TooDeep`` for nesting): the one JSON decoder of files and live frames alike."""
    if text.startswith("\ufeff"):
        raise EventError("invalid JSON: starts with a byte-order mark")
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise TooDeep("JSON nested too deeply") from None
    except ValueError as e:
        raise EventError(f"invalid JSON: {str(e)[:80]}") from None


def parse_line(line: str | bytes) -> Event:
    """Decode one line into an event, raising EventError (or UnknownType)."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as e:
            raise EventError(f"invalid UTF-8 at byte {e.start}") from None
    return from_dict(loads_strict(line))


def read_events(
    lines: Iterable[str | bytes], stats: ReadStats | None = None, strict: bool = False
) -> Iterator[Event]:
    """Yield the valid events of a line stream, counting every problem in ``stats``."""
    st = stats if stats is not None else ReadStats()
    last_t = float("-inf")
    for no, line in enumerate(lines, 1):
        st.lines += 1
        if not line.strip():
            continue
        try:
            ev = parse_line(line)
        except UnknownType as e:
            st.unknown_types += 1
            st.note(no, str(e))
            if strict:
                raise StrictError(f"line {no}: {e}") from None
            continue
        except EventError as e:
            st.malformed += 1
            st.note(no, str(e))
            if strict:
                raise StrictError(f"line {no}: {e}") from None
            continue
        if ev.extra:
            st.unknown_fields += len(ev.extra)
        if ev.t < last_t:
            st.out_of_order += 1
            st.note(no, f"t={ev.t} goes back in time (previous {last_t})")
        else:
            last_t = ev.t
        st.events += 1
        yield ev


class LineTap:
    """Passes lines through to the reader and remembers the last one it handed out, so a
    recorder can store a valid line exactly as written instead of serialising it again."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self._lines = lines
        self.last = b""

    def __iter__(self) -> Iterator[bytes]:
        for line in self._lines:
            self.last = line
            yield line

    def last_text(self) -> str:
        return self.last.decode("utf-8").strip()


def read_file(path: str, stats: ReadStats | None = None, strict: bool = False) -> Iterator[Event]:
    """Events of a JSONL file (binary read, so invalid UTF-8 is one bad line, not a crash)."""
    with open(path, "rb") as f:
        yield from read_events(f, stats, strict)


def dumps(ev: Event) -> str:
    return json.dumps(ev.to_dict(), ensure_ascii=False, separators=(",", ":"))


def write_events(events: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for ev in events:
        out.write(dumps(ev))
        out.write("\n")
        n += 1
    return n
