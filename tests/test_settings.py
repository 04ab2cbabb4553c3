"""Settings: defaults, TOML round trip, schema upgrades, clear errors."""

import pytest

from copilot import settings as S


def test_defaults_when_there_is_no_file(tmp_path):
    s = S.load(tmp_path / "none.toml")
    assert s.llm.enabled is False and s.chat.history == 5000


def test_round_trip(tmp_path):
    s = S.Settings()
    s.llm.base_url = 'http://127.0.0.1:8080/v1?q="x"'
    s.llm.enabled = True
    s.chat.history = 2000
    p = S.save(s, tmp_path / "s.toml")
    assert S.load(p) == s


def test_v1_file_is_upgraded(tmp_path):
    p = tmp_path / "s.toml"
    p.write_text('schema_version = 1\nllm_url = "http://10.0.0.1:1/v1"\n', encoding="utf-8")
    s = S.load(p)
    assert s.llm.base_url == "http://10.0.0.1:1/v1" and s.schema_version == S.SCHEMA_VERSION


def test_bad_values_name_the_file(tmp_path):
    p = tmp_path / "s.toml"
    p.write_text("[chat]\nhistory = -4\n", encoding="utf-8")
    with pytest.raises(S.SettingsError, match="s.toml"):
        S.load(p)
    p.write_text("[[[", encoding="utf-8")
    with pytest.raises(S.SettingsError):
        S.load(p)


def test_env_overrides_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("COPILOT_DATA_DIR", str(tmp_path))
    assert S.Settings().sessions_path() == tmp_path / "sessions"
