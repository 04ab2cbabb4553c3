"""Untrusted chat text becomes one safe, bounded line of plain text."""

from __future__ import annotations

from copilot.ui.display_text import MAX_CHARS, display_name, display_text


def test_controls_and_newlines_become_spaces_or_vanish():
    assert display_text("a\nb\tc\x00d\x1be\x7f") == "a b cde"


def test_bidi_overrides_and_isolates_are_removed():
    assert display_text("abc\u202edcba\u2066x\u2069\u200f") == "abcdcbax"


def test_lone_surrogates_are_replaced():
    out = display_text("ok\ud800ok\udfff")
    assert out == "ok\ufffdok\ufffd"
    out.encode("utf-8")  # encodable: Qt can take it


def test_long_text_is_cut_with_a_note():
    out = display_text("字" * 100_000)
    assert out.startswith("字" * MAX_CHARS)
    assert out.endswith(f"… (+{100_000 - MAX_CHARS:,})")


def test_combining_mark_floods_are_trimmed():
    out = display_text("a" + "\u0301" * 300)
    assert out == "a\u0301\u0301"


def test_invisible_tag_characters_are_removed():
    assert display_text("hi\U000e0041\U000e0042") == "hi"


def test_html_is_left_as_literal_text():
    assert display_text("<b>x</b><img src=y>") == "<b>x</b><img src=y>"


def test_names_are_short_and_never_empty():
    assert display_name(None) == "?"
    assert display_name("\u202e\u202e") == "?"
    assert len(display_name("名" * 100)) < 40
