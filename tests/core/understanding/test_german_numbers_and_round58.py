"""What round 58 of written shops taught: a German host says prices, counts and measures as
German number words ("neunundachtzig", "hundertvierzig stück", "null komma acht"), and
German chat asks the room's everyday questions in words the German step did not know; a
Cantonese room says "融晒点算" and "我张单两日都冇发"; an English room asks "how much box does
it need" (how much of it a job takes) and praises with "nothing better"."""

from __future__ import annotations

import pytest

from copilot.core.catalog import catalog_from_dict
from copilot.core.tracking.facts import FactIndex
from copilot.core.tracking.numbers import measures, normalize
from copilot.core.understanding import german, german_numbers


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("neunundachtzig", 89),
        ("hundertneunundvierzig", 149),
        ("einhundertzwanzig", 120),
        ("zweihundert", 200),
        ("vierundzwanzig", 24),
        ("einundzwanzig", 21),
        ("funfunddreissig", 35),  # "fünfunddreißig", accents read plain
        ("zwolf", 12),
        ("zweitausendvierhundert", 2400),
        ("null", 0),
        ("und", None),
        ("hundertfunfzigtausend", 150000),
    ],
)
def test_german_number_words(word: str, value: int | None) -> None:
    assert german_numbers.value(word) == value


def test_numbers_in_english_words() -> None:
    assert german_numbers.english(149) == "one hundred forty-nine"
    assert german_numbers.english(2400) == "two thousand four hundred"
    assert german_numbers.english(70) == "seventy"


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("heute nur neunundachtzig euro auf link vier", "today only 89 euro auf link 4"),
        ("minus null komma acht bar vakuum", "minus 0.8 bar vakuum"),
        ("normal hundert neunundzwanzig euro", "normal 129 euro"),
        ("die ist zwölf mal achtzehn zentimeter", "the is 12 by 18 cm"),
    ],
)
def test_german_speech_numbers_become_digits(said: str, read: str) -> None:
    assert normalize(said).replace("zentimeter", "cm") == read


def test_german_measures_and_decimal_commas() -> None:
    assert measures(normalize("geht innerhalb vierundzwanzig stunden raus")) == {(24.0, "h")}
    assert measures(normalize("hundertvierzig stück da")) == {(140.0, "piece")}
    assert (24.0, "month") in measures(normalize("zwei jahre garantie"))
    # a decimal comma before a unit or a currency, as Europe writes it (a list stays one)
    assert normalize("Gewicht 1,35 kg") == "gewicht 1.35 kg"
    assert normalize("Versand 4,95 €").endswith("4.95 €")
    assert normalize("sizes 36,37,38") == "sizes 36,37,38"
    assert normalize("1,490 g") == "1490 g"


def test_a_number_before_yiqi_and_yiyang_is_read() -> None:
    # "满九十九减十五一齐用" (Cantonese 一齐, together): 15, then together
    assert normalize("满九十九减十五一齐用") == "满99减15一起用"
    assert normalize("九十九一样") == "99一样"
    assert normalize("晚上二十一点开播") == "晚上21点开播"  # 21:00, no "one point"


@pytest.mark.parametrize("text", ["elf on the shelf", "null and void", "das is cool", "ein stern"])
def test_english_and_lone_german_looking_words_stay(text: str) -> None:
    assert german.to_english(text) == text


def _catalog():  # type: ignore[no-untyped-def]
    return catalog_from_dict(
        {
            "shop": {"name": "Küche", "currency": "EUR"},
            "products": [
                {
                    "id": "p1",
                    "link_no": 4,
                    "name": "Damast-Kochmesser",
                    "aliases": ["Messer"],
                    "price": 129.0,
                    "live_price": 89.0,
                    "stock": 140,
                    "shipping": {"carrier": "DHL", "ships_within_h": 24, "free": True},
                },
                {
                    "id": "p2",
                    "link_no": 7,
                    "name": "Edelstahl-Bratpfanne",
                    "aliases": ["Pfanne"],
                    "price": 79.9,
                    "live_price": 54.9,
                    "stock": 85,
                },
            ],
        }
    )


def test_a_german_host_states_prices_links_and_stock() -> None:
    index = FactIndex(_catalog())
    st = index.analyse(
        "normal kostet das teil hundert neunundzwanzig euro heute nur neunundachtzig euro link vier"
    )
    assert {"price", "live_price", "link_no"} <= st.facts.get("p1", set())
    st = index.analyse("statt neunundsiebzig neunzig heute vierundfünfzig neunzig auf link sieben")
    assert {"price", "live_price", "link_no"} <= st.facts.get("p2", set())
    st = index.analyse("wir haben insgesamt hundertvierzig stück vom messer")
    assert "stock" in st.facts.get("p1", set())


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        # German chat: the room's everyday questions and complaints
        ("PREIS??? sagt doch mal den preis", "price"),
        ("was hat das messer nochmal gekostet? bin zu spät", "price"),
        ("rabattcode für den topf?", "discount"),
        ("noch genug da? will erst gehalt abwarten 😅", "stock"),
        ("wann is es da wenn ich heut bestell", "shipping"),
        ("mit welchem paketdienst kommt die", "shipping"),
        ("wo bleibt mein paket, bestellt am montag", "order_status"),
        ("für 2 personen reicht 28 oder zu groß?", "size"),
        ("wie breit dürfen die beutel sein", "size"),
        ("geht der mit normalen gefrierbeuteln vom discounter?", "usage"),
        ("marinier modus, wie funktioniert der?", "usage"),
        ("was passiert wenn der beim versand bricht", "after_sales"),
        ("hab 2 genommen 🔪🔪", "purchase_signal"),
        ("pfanne mit deckel im warenkorb ✅", "purchase_signal"),
        ("bild hängt bei mir total", "complaint_stream"),
        ("ton ist weg???", "complaint_stream"),
        ("bitte lauter machen, hör kaum was", "complaint_stream"),
        ("ich hab meine frage 3x gestellt, ignoriert ihr mich??", "complaint_service"),
        ("servus aus wien 🇦🇹", "greeting"),
        ("schöne pfanne, sieht echt high quality aus 👌", "praise"),
        # Cantonese: all of it melted or broken, my order, the cheapest, good morning
        ("收到全部融晒点算", "after_sales"),
        ("寄到碎晒点算", "after_sales"),
        ("我张单两日都冇发", "order_status"),
        ("我上礼拜买嘅到而家都冇发货", "order_status"),
        ("今日最平系几多", "price"),
        ("主播早晨☀️", "greeting"),
        ("主播系边度人啊", "other_question"),
        ("凤爪点加热", "usage"),
        ("主播冇看到我问的吗", "complaint_service"),
        ("这个真实用👍", "praise"),
        # English: how much of it a job takes, praise, a code's validity, cover it
        ("how much box does it need", "size"),
        ("how much yarn do i need for a blanket", "size"),
        ("how much money do i need", "price"),  # guard: the money itself
        ("2 bags w the code what do i pay", "discount"),
        ("what do i pay for 2", "price"),
        ("still got the $10 code or expired", "discount"),
        ("my kit from last sat never showed, order 20312", "order_status"),
        ("if the regulator quits after a month y'all cover it?", "after_sales"),
        ("garlic one on fried catfish nothing better", "praise"),
        ("ça c'est bon on some eggs 😋", "praise"),
        ("best way to use the habanero one, marinade?", "usage"),
    ],
)
def test_round58_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent
