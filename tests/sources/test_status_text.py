"""Every connection line exists in English and Chinese with the same slots, and a nested
line (the reason inside "retry in 4 s") renders in the reader's language."""

import string

from copilot.sources.frames import FrameStats
from copilot.sources.status_text import TEXTS, line


def slots(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_carry_the_same_values():
    for key, (en, zh) in TEXTS.items():
        assert slots(en) == slots(zh), key
        assert bool(en) == bool(zh), key


def test_a_reason_inside_a_line_follows_the_language():
    retry = line("retry", why=line("refused_token", code=401), delay="4.0")
    assert retry.render() == "refused by the bridge (HTTP 401: check the token); retry in 4.0 s"
    assert retry.render("zh") == "桥接端拒绝连接（HTTP 401：请检查令牌）；4.0 秒后重试"


def test_frame_counts_in_both_languages():
    st = FrameStats(frames=5, events=4, malformed=1, duplicates=2)
    assert st.summary() == "4 events from 5 frames, 1 malformed, 2 duplicates dropped"
    assert st.summary("zh") == "5 帧 4 个事件，格式错误 1，重复已丢弃 2"
