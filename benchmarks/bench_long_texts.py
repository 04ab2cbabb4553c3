"""How long the text readers take on long, repetitive, hostile texts: a guard against
patterns that backtrack (a chat message is not capped in length before it is read, and
host speech is not capped at all).

    python benchmarks/bench_long_texts.py [--chars 15000]

Each case repeats a phrase one of the variety steps or rules reacts to ("heavy mai",
"ba trăm hai mươi", "kam el se3r fi", "quatre-vingt-dix-neuf", "cento e vinte e", a run of
spaces …) up to the length given, and is
read three ways: chat understanding (the last 2,000 characters, as the chat cap
allows), host-speech normalisation and fact matching against the demo catalog. Prints
each case's milliseconds, the median of 3 runs, and the slowest case per reader. A
reader that backtracks shows as seconds, not milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from copilot.core.catalog import load_catalog  # noqa: E402
from copilot.core.tracking.facts import FactIndex  # noqa: E402
from copilot.core.tracking.numbers import normalize  # noqa: E402
from copilot.core.understanding.stage import UnderstandingStage  # noqa: E402

CATALOG = os.path.join(
    os.path.dirname(__file__), "..", "copilot", "resources", "demo", "catalog.json"
)
CHAT_CHARS = 2000
CASES = {
    "spaces": ("kak" + " " * 20000, "mai ka"),
    "thai": ("heavy mai ", ""),
    "particles": ("x ka ", "?"),
    "variant in size": ("blush in ", "8"),
    "claim": ("a ", "mine"),
    "digit words": ("one two ", ""),
    "spanish": ("cuanto hay en ", ""),
    "swahili": ("elfu mbili mia ", ""),
    "vietnamese numbers": ("ba trăm hai mươi ", "nghìn"),
    "vietnamese chat": ("con hang ko c ", ""),
    "arabizi": ("kam el se3r fi ", ""),
    "took": ("took 2 ", ""),
    "chinese order": ("昨天拍的", "什么时候发"),
    "carrier": ("g four s ", ""),
    # the seventh session's steps and rules
    "french numbers": ("quatre-vingt-dix-neuf ", "piasses"),
    "quebec particle": ("y'en reste tu ", "?"),
    "portuguese numbers": ("cento e vinte e ", "noventa"),
    "portuguese chat": ("tem no 1,5 ", "?"),
    "patois": ("wah di price pon dis ", ""),
    "hinglish": ("kitna dalna hai sakte ", "kya"),
    "dollars and cents": ("二十四块九毛九", ""),
    "short sizes": ("one sixty by ", "two thirty"),
    "asked before": ("i asked ", "and nothing"),
    "got a claim": ("got 2 ", ""),
    # the eighth session's
    "rough counts": ("还有四百来件", "左右"),
    "chinese feet": ("两尺二到", "两尺四"),
    "own measure": ("一米五八 ", "能坐吗"),
    "size in stock": ("3xl全黑", "有吗"),
    "uk sizes": ("uk 8 ", "pls"),
    "taglish may": ("may ", "po ba"),
    "glossary": ("孕妇哺乳期没拆漏 ", ""),
    "thousands": ("1,490 ", "g"),
}


def timed(fn: Callable[[str], object], text: str) -> float:
    """Median milliseconds of 3 runs, each on a text of its own (readers cache by text)."""
    runs = []
    for i in range(3):
        t = f"{text} #{i}"
        t0 = time.perf_counter()
        fn(t)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=15000)
    a = ap.parse_args()
    catalog = load_catalog(CATALOG)
    stage, facts = UnderstandingStage(), FactIndex(catalog)
    stage.analyse("warm up 你好", catalog)  # lazy imports (pinyin, the learnt model) first
    worst = {"chat": 0.0, "normalise": 0.0, "facts": 0.0}
    print(f"{'case':20s} {'chat ms':>8s} {'normalise ms':>13s} {'facts ms':>9s}")
    for name, (unit, tail) in CASES.items():
        text = (unit * (a.chars // len(unit) + 1))[: a.chars - len(tail)] + tail
        chat = timed(lambda t: stage.analyse(t[-CHAT_CHARS:], catalog), text)
        norm = timed(normalize, text)
        fact = timed(facts.analyse, text)
        for k, v in (("chat", chat), ("normalise", norm), ("facts", fact)):
            worst[k] = max(worst[k], v)
        print(f"{name:20s} {chat:8.1f} {norm:13.1f} {fact:9.1f}")
    print(
        f"slowest ({a.chars:,} characters; chat reads the last {CHAT_CHARS:,}): chat "
        f"{worst['chat']:.1f} ms, normalise {worst['normalise']:.1f} ms, "
        f"facts {worst['facts']:.1f} ms"
    )


if __name__ == "__main__":
    main()
