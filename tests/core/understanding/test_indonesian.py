"""Indonesian and Malay chat and host speech read as the English the rules know."""

from __future__ import annotations

import pytest

from copilot.core.understanding.indonesian import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("sepatu ini brp kak", "price"),
        ("ready ukuran 40?", "stock"),
        ("ongkir ke surabaya brp", "shipping"),
        ("berat 65 tinggi 160 ukuran apa kak", "size"),
        ("bahannya panas gak", "spec"),
        ("cara cucinya gmn biar awet", "usage"),
        ("kalo kekecilan bisa tuker kak?", "after_sales"),
        ("udah co 2 yg hitam", "purchase_signal"),
        ("kok ga dijawab sih", "complaint_service"),
        ("videonya burem", "complaint_stream"),
        # "-nya" on any word, colloquial spellings, "di-" verbs, roll call, shop slang
        ("harganya brp kak yg hitam", "price"),
        ("ongkirnya gratis gak kak ke medan", "shipping"),
        ("pesenan aku blm dikirim2 dari senin", "order_status"),
        ("paket aku nyasar kak", "order_status"),
        ("udah checkout 2 warna navy", "purchase_signal"),
        ("hadir kak dari bandung", "greeting"),
        ("perlu disetrika ga kak", "usage"),
        ("aku dicuekin terus nih", "complaint_service"),
        ("gambarnya buram kak", "complaint_stream"),
        ("beli 2 dapet bonus apa kak", "discount"),
        ("tinggi aku 160 pake S apa M", "size"),
        ("LD nya brp kak yg XL", "size"),
        ("kapan live lagi kak", "other_question"),
        ("no link brp kak yg hitam", "link"),
        ("masih 15rb an ga kak", "price"),
        ("gerah ga kak kalo siang", "spec"),
        # skin and ingredients, a number asked of a spec, bundles, orders not yet sent
        ("toner ini buat kulit berminyak aman ga kak", "usage"),
        ("kandungannya apa aja kak", "spec"),
        ("spf nya brp kak sunscreen ini", "spec"),
        ("pakenya sblm atau sesudah toner", "usage"),
        ("toner + serum jadi brp kak", "discount"),
        ("kak aku pesen kmrn kok blm dikirim", "order_status"),
        ("udah ku co 2 kak", "purchase_signal"),
        ("kak nanya dari tadi ga direspon", "complaint_service"),
        ("botolnya pecah pas nyampe kak", "after_sales"),
    ],
)
def test_bahasa_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


@pytest.mark.parametrize(
    "text", ["how much is it", "ada stock?", "the bahamas trip", "a ready meal"]
)
def test_english_and_malay_rules_words_are_left_alone(text: str) -> None:
    # ("ready" is rewritten only where a Bahasa word shows the room; "ada stock" is a rule's)
    assert to_english(text) == text


def test_indonesian_numbers_in_host_speech_read_as_digits() -> None:
    from copilot.core.tracking.numbers import normalize

    assert normalize("harga normal tiga ratus empat puluh sembilan ribu") == "price normal 349000"
    assert normalize("hari ini cuma 1 juta 250 ribu") == "today cuma 1250000"
    assert normalize("keranjang nomor tujuh") == "link number 7"
    assert normalize("one million two hundred thousand") == "1200000"
    # "kali" between two numbers is the x of a measure; once or "this time" stays
    assert (
        normalize("ukurannya seratus delapan puluh kali tujuh puluh lima senti")
        == "size 180 x 75 cm"
    )
    assert "kali" in normalize("sekali lagi kali ini")
