"""Answered tracking end to end on shops no rule was written for: their labelled chat and
host speech woven into a session, run through the whole pipeline, scored like score.py.

    python benchmarks/shop_sessions.py [-v] [SHOP_DIR ...]

``benchmarks/other_shops.py`` scores the two halves apart (what a message asks, what an
utterance states). Here they meet, as in a room: each shop's messages and utterances are
laid on one clock in the order written, grouped by the product on screen (a ``product``
event when it changes; a message every 3 s, an utterance after every few messages about
the same product), one viewer per message. The truth is the labels': a question is
answered by the first later utterance whose labelled facts answer its labelled intent for
its labelled product (the spec's table; the shop's return policy answers any after-sales
question). The pipeline sees only the texts. Printed per shop and pooled: answered
precision and recall and answer_ref accuracy, with the definitions of score.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
from pathlib import Path

from copilot.core.assemble import build_pipeline
from copilot.core.catalog import load_catalog
from copilot.core.events import Chat, Event, Join, ProductShown, Speech
from copilot.core.records import QUESTION_INTENTS

_SPEC = importlib.util.spec_from_file_location(
    "other_shops", Path(__file__).resolve().parent / "other_shops.py"
)
assert _SPEC is not None and _SPEC.loader is not None
other_shops = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(other_shops)

MESSAGE_GAP_S = 3.0
MESSAGES_PER_UTTERANCE = 3  # an utterance after every few messages about the product


def weave(shop: Path) -> tuple[list[Event], dict[str, tuple[str, str | None]], list[set]]:
    """The session's events; each chat id's labelled (intent, product); each utterance's
    labelled (intent, product) pairs, in speech order."""
    messages = other_shops.rows(shop / "messages.tsv")
    utterances = other_shops.rows(shop / "speech.tsv")
    by_screen: dict[str, list[dict[str, str]]] = {}
    for u in utterances:
        by_screen.setdefault(u.get("on_screen") or "", []).append(u)
    events: list[Event] = []
    labels: dict[str, tuple[str, str | None]] = {}
    said: list[set] = []
    t, screen, run = 0.0, None, 0

    def speak(u: dict[str, str]) -> None:
        nonlocal t
        t += 1.0
        events.append(Speech(t, start=t - 1.0, end=t, text=u["text"]))
        said.append(other_shops.labelled_pairs(u.get("facts") or ""))

    for i, m in enumerate(messages):
        here = m.get("on_screen") or ""
        if here != screen:
            for u in by_screen.pop(screen or "", []) if screen is not None else []:
                speak(u)  # what is left to say about the product leaving the screen
            screen, run = here, 0
            t += 1.0
            events.append(ProductShown(t, product_id=here))
        t += MESSAGE_GAP_S
        vid, mid = f"v{i}", f"m{i}"
        events.append(Join(t - 1.0, viewer_id=vid, name=f"viewer{i}"))
        events.append(Chat(t, id=mid, viewer_id=vid, name=f"viewer{i}", text=m["text"]))
        labels[mid] = (m["intent"], m.get("product_id") or None)
        run += 1
        if run % MESSAGES_PER_UTTERANCE == 0 and by_screen.get(here):
            speak(by_screen[here].pop(0))
    for left in by_screen.values():
        for u in left:
            speak(u)
    return events, labels, said


def truth(labels: dict, said: list[set], events: list[Event]) -> dict[str, str | None]:
    """Each labelled question's answer_ref: the first later utterance that answers it."""
    when = {e.id: e.t for e in events if isinstance(e, Chat)}
    speech_t = [e.t for e in events if isinstance(e, Speech)]
    out: dict[str, str | None] = {}
    for mid, (intent, product) in labels.items():
        if intent not in QUESTION_INTENTS:
            continue
        out[mid] = None
        for n, (t, pairs) in enumerate(zip(speech_t, said, strict=True)):
            if t <= when[mid]:
                continue
            returns = intent == "after_sales" and other_shops.RETURNS in pairs
            if (intent, product) in pairs and product is not None or returns:
                out[mid] = f"s{n}"
                break
    return out


def score(shop: Path, verbose: bool) -> tuple[int, int, int, int, int]:
    """(answered by us, of those really answered, really answered, same answer_ref, and of
    the questions where we and the truth disagree, those whose intent or product we read
    differently from the label)."""
    events, labels, said = weave(shop)
    gold = truth(labels, said, events)
    p = build_pipeline(load_catalog(str(shop / "catalog.json")))
    recs = {}
    for e in events:
        rec = p.feed(e)
        if isinstance(e, Chat):
            recs[e.id] = rec
    p.finish()
    texts = [e.text for e in events if isinstance(e, Speech)]
    pred = tp = gold_n = ref_ok = misread = 0
    for mid, ref in gold.items():
        rec = recs[mid]
        ours = rec.answer_ref if rec.answered_at is not None else None
        pred += ours is not None
        tp += ours is not None and ref is not None
        gold_n += ref is not None
        ref_ok += ref is not None and ours == ref
        read = (rec.intent, rec.product_id or None)
        misread += ours != ref and read != labels[mid]
        if verbose and ours != ref:
            said_text = texts[int(ours[1:])] if ours and ours.startswith("s") else ours
            how = "" if read == labels[mid] else f" (read as {read})"
            true_text = texts[int(ref[1:])] if ref and ref.startswith("s") else ref
            print(f"  {rec.chat.text!r} {labels[mid]}{how} → ours {ours} {said_text!r}, "
                  f"truth {ref} {true_text!r}")  # fmt: skip
    return pred, tp, gold_n, ref_ok, misread


def _line(name: str, pred: int, tp: int, gold: int, ref_ok: int, misread: int) -> None:
    print(f"{name:10} {tp / max(pred, 1):11.3f} {tp / max(gold, 1):11.3f} "
          f"{ref_ok / max(gold, 1):11.3f}   ({gold} answered; {misread} disagreements begin "
          "with a question read otherwise than labelled)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    ap.add_argument("shops", nargs="*", type=Path, help="shop folders (default: all fixtures)")
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)  # the guardrails' notes on dropped suggestions
    shops = args.shops or sorted(p for p in other_shops.SHOPS.iterdir() if p.is_dir())
    print(f"{'shop':10} {'answered P':>11} {'answered R':>11} {'answer_ref':>11}")
    total = [0, 0, 0, 0, 0]
    for shop in shops:
        got = score(shop, args.verbose)
        total = [a + b for a, b in zip(total, got, strict=True)]
        _line(shop.name, *got)
    _line("pooled", *total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
