"""Where the LLM lives and how long to wait for it; the API key comes from the OS keyring or env.

The key is never stored in settings files, logs or recordings: ``api_key()`` looks it
up when a client is built, and ``repr`` of the settings never shows it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

ENV_KEY = "COPILOT_LLM_API_KEY"
KEYRING_SERVICE = "host-copilot"
KEYRING_USER = "llm-api-key"


@dataclass(frozen=True, slots=True)
class LLMSettings:
    base_url: str = "http://127.0.0.1:11434/v1"  # Ollama's default; any OpenAI-compatible URL
    model: str = "qwen2.5:3b-instruct"
    timeout_s: float = 6.0  # after this the embedded suggestion stands
    max_tokens: int = 220
    temperature: float = 0.3
    seed: int | None = 7
    json_mode: bool = True  # response_format={"type": "json_object"}


def api_key() -> str:
    """The key from the keyring if one is stored, else ``COPILOT_LLM_API_KEY``, else a
    placeholder (local servers such as Ollama or llama.cpp ignore it)."""
    try:
        import keyring  # optional dependency

        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception:  # no keyring package, or no usable backend on this machine
        stored = None
    return stored or os.environ.get(ENV_KEY) or "not-needed"


def store_api_key(key: str) -> None:
    """Save the key in the OS keyring (raises if no keyring backend is available)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key)
