"""The model's structured answer: {"reply": str, "facts": [str]}, validated before use.

Anything else (prose, truncated JSON, wrong types, an empty reply) is rejected and the
embedded suggestion stands.
"""

from __future__ import annotations

import json

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

MAX_REPLY_CHARS = 400


class ModelReply(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    reply: str = Field(min_length=1, max_length=MAX_REPLY_CHARS)
    facts: list[str] = Field(default_factory=list, max_length=12)

    @field_validator("facts")
    @classmethod
    def _short_paths(cls, v: list[str]) -> list[str]:
        return [p for p in v if 0 < len(p) < 120]


def parse_reply(text: str) -> ModelReply | None:
    """The validated reply, or None when the model's output is not what was asked for."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        return ModelReply.model_validate(data)
    except ValidationError:
        return None


def partial_reply(buffer: str) -> str:
    """The part of the "reply" string streamed so far (for showing tokens as they come)."""
    key = buffer.find('"reply"')
    if key < 0:
        return ""
    start = buffer.find('"', buffer.find(":", key + 7) + 1)
    if start < 0:
        return ""
    out, i = [], start + 1
    while i < len(buffer):
        c = buffer[i]
        if c == '"':
            break
        if c == "\\" and i + 1 < len(buffer):
            esc = buffer[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}.get(esc, ""))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)
