"""The window speaks Chinese or English: every word has both, and the language comes from
``--lang``, the settings, or (``auto``) the system locale."""

from __future__ import annotations

import pytest

from copilot.core.tracking.metrics import RoomMetrics
from copilot.settings import Settings, save, window_language
from copilot.ui.labels import intent_label, metrics_line, state_label
from copilot.ui.words import TEXTS, language, set_language, t


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("zh")


def test_every_word_has_both_languages_and_the_same_slots():
    import string

    for key, (en, zh) in TEXTS.items():
        assert en is not None and zh is not None, key
        slots = [{f for _, f, _, _ in string.Formatter().parse(s) if f} for s in (en, zh)]
        assert slots[0] == slots[1], key


def test_labels_and_figures_in_english(english):
    assert intent_label("discount") == "deal" and intent_label("chatter") == ""
    assert state_label("reconnecting") == ("reconnecting", "warn")
    line = metrics_line({
        "questions": 40, "answered": 25, "answer_rate": 0.625, "median_response_s": 48.2,
        "p90_response_s": 95.0, "waiting": 12, "churned": {"unanswered": 14, "fatigue": 3},
    })  # fmt: skip
    assert line == (
        "answered 62% · median reply 48 s · P90 95 s · 12 waiting"
        " · left: unanswered 14 drifted off 3"
    )


def test_chinese_is_the_default_and_unknown_languages_fall_back_to_it():
    assert language() == "zh" and metrics_line(RoomMetrics().snapshot()) == "在等 0人"
    assert set_language("fr") == "zh"
    assert t("head.link", n=3) == "3号链接"


def test_the_language_comes_from_the_flag_then_the_settings_then_the_locale(tmp_path, monkeypatch):
    path = tmp_path / "settings.toml"
    assert window_language(None, path) == "zh"  # no settings file
    assert window_language("en", path) == "en"
    save(Settings(language="en"), path)
    assert window_language(None, path) == "en"
    save(Settings(language="auto"), path)
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert window_language(None, path) == "en"
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert window_language(None, path) == "zh"
    path.write_text('language = "klingon"\n', encoding="utf-8")  # broken: the window still opens
    assert window_language(None, path) == "zh"
