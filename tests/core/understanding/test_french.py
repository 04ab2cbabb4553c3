"""French and Québec franglais read as the English the rules know, and French numbers as
the English number words the speech side reads."""

from __future__ import annotations

import pytest

from copilot.core.tracking.numbers import normalize
from copilot.core.understanding.french import to_english


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("c combien les bottes", "price"),
        ("le manteau c'est combien", "price"),
        ("y'en reste-tu en medium?", "stock"),
        ("cognac en 9 svp dispo?", "stock"),
        ("le lien svp", "link"),
        ("j'ai pris les noires en 8 ✅", "purchase_signal"),
        ("jporte du 8.5 dans mes runnings je prends quoi", "size"),
        ("est-ce que ça se lave à la machine", "usage"),
        ("c'est fait où", "spec"),
        ("la fourrure c'est tu de la vraie", "spec"),
        ("sont tu en spécial?", "discount"),
        ("ça fait 3 fois que je demande pour les bottes cognac en 9...", "complaint_service"),
        ("le son coupe", "complaint_stream"),
        ("pu de son", "complaint_stream"),
        ("bonsoir de Laval!!", "greeting"),
        ('g commandé hier c normal que ça dise encore "en traitement"?', "order_status"),
    ],
)
def test_quebec_messages_get_their_intents(room, typed: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert room.say(typed).intent == intent


def test_the_question_particle_tu_is_a_question_mark_but_the_subject_tu_stays():
    assert to_english("ca pique tu") == "is it itchy"  # (accents are stripped before)
    assert to_english("xl bourgogne reste tu") == "xl bourgogne left ?"
    assert "tu peux" in to_english("merci tu peux")


def test_prices_said_in_french_are_read_dollars_then_cents():
    said = (
        "elles sont à deux cent quarante-neuf quatre-vingt-dix-neuf"
        " ce soir cent quatre vingt neuf quatre vingt dix neuf"
    )
    assert "249 99" in normalize(said) and "189 99" in normalize(said)
    assert normalize("soixante et onze soixante-douze quatre vingt un") == "71 72 81"
    assert "48 hours" in normalize("on envoie dans les quarante huit heures")


@pytest.mark.parametrize(
    "text",
    [
        "pour over or espresso",
        "comment below",
        "is it en vogue",
        "is the duvet cover cotton? 7pm est",
    ],
)
def test_english_is_left_alone(text: str) -> None:
    assert to_english(text) == text
