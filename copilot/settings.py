"""User settings: a pydantic model saved as TOML in the platform's config folder.

Secrets never live here: the LLM key comes from the OS keyring or an environment
variable (see ``copilot.llm``). ``SCHEMA_VERSION`` and ``UPGRADES`` move old files
forward one step at a time, the way Picard's config_upgrade does.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, Field, ValidationError

APP = "host-copilot"
SCHEMA_VERSION = 2


class LlmSettings(BaseModel):
    enabled: bool = False
    base_url: str = "http://127.0.0.1:11434/v1"
    model: str = "qwen2.5:3b-instruct"
    timeout_s: float = Field(default=6.0, gt=0, le=120)
    max_tokens: int = Field(default=220, ge=16, le=4096)
    temperature: float = Field(default=0.3, ge=0, le=2)
    seed: int = 7
    json_mode: bool = True

    def engine_settings(self) -> Any:
        """The ``copilot.llm.LLMSettings`` these stand for (the key is looked up apart)."""
        from copilot.llm.settings import LLMSettings

        return LLMSettings(**self.model_dump(exclude={"enabled"}))


class ChatSettings(BaseModel):
    history: int = Field(default=5000, ge=100, le=1_000_000)
    auto_send: bool = False


class Settings(BaseModel):
    schema_version: int = SCHEMA_VERSION
    language: Literal["zh", "en", "auto"] = "zh"  # the window's; "auto": the system's
    chat: ChatSettings = ChatSettings()
    llm: LlmSettings = LlmSettings()
    sessions_dir: str = ""

    def sessions_path(self) -> Path:
        return Path(self.sessions_dir) if self.sessions_dir else data_dir() / "sessions"


def _v1_to_v2(d: dict[str, Any]) -> dict[str, Any]:
    """v1 kept the LLM URL at top level as ``llm_url``."""
    url = d.pop("llm_url", None)
    if url:
        d.setdefault("llm", {})["base_url"] = url
    return d


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def config_dir() -> Path:
    return Path(os.environ.get("COPILOT_CONFIG_DIR") or platformdirs.user_config_dir(APP))


def data_dir() -> Path:
    return Path(os.environ.get("COPILOT_DATA_DIR") or platformdirs.user_data_dir(APP))


def settings_path() -> Path:
    return config_dir() / "settings.toml"


class SettingsError(ValueError):
    """The settings file exists but cannot be used; the message says where and why."""


def upgrade(d: dict[str, Any]) -> dict[str, Any]:
    v = int(d.get("schema_version", 1))
    while v < SCHEMA_VERSION:
        d = UPGRADES[v](d)
        v += 1
    d["schema_version"] = SCHEMA_VERSION
    return d


def load(path: Path | None = None) -> Settings:
    """Settings from ``path`` (default: the config folder); defaults when there is none."""
    p = path or settings_path()
    if not p.exists():
        return Settings()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
        return Settings.model_validate(upgrade(data))
    except (tomllib.TOMLDecodeError, ValidationError, KeyError, ValueError) as e:
        raise SettingsError(f"{p}: {e}") from None


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{s}"'


def dumps(s: Settings) -> str:
    """TOML text for flat tables of scalars (all our settings are)."""
    data = s.model_dump()
    top = [f"{k} = {_toml_value(v)}" for k, v in data.items() if not isinstance(v, dict)]
    out = ["\n".join(top)]
    for k, v in data.items():
        if isinstance(v, dict):
            out.append(f"[{k}]\n" + "\n".join(f"{kk} = {_toml_value(vv)}" for kk, vv in v.items()))
    return "\n\n".join(out) + "\n"


def window_language(override: str | None = None, path: Path | None = None) -> str:
    """The window's language: ``override`` (``--lang``), else the settings' ``language``
    ("auto" follows the system locale: Chinese for zh_*, else English). A broken settings
    file does not stop the window: it opens in Chinese and the LLM panel says why."""
    lang = override
    if not lang:
        try:
            lang = load(path).language
        except SettingsError:
            lang = "zh"
    if lang == "auto":
        env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
        lang = "zh" if (env or "").lower().startswith("zh") else "en"
    return lang if lang in ("zh", "en") else "zh"


def save(s: Settings, path: Path | None = None) -> Path:
    p = path or settings_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".tmp")
    tmp.write_text(dumps(s), encoding="utf-8")
    tmp.replace(p)
    return p
