"""Intent of one normalised message: weighted phrase evidence plus the question form.

Evidence comes from the Chinese and English lexicons and the structural rules; the
decision weighs it against whether the message is phrased as a question, so 好看 is
praise but 哪个好看 asks something, and 包邮 in a statement is not a shipping question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.core.records import QUESTION_INTENTS
from copilot.core.understanding.lexicon_en import EN_LEXICON
from copilot.core.understanding.lexicon_zh import ZH_LEXICON
from copilot.core.understanding.matcher import (
    CharMatcher,
    TokenMatcher,
    parse_lexicon,
    refuse_repeats,
)
from copilot.core.understanding.rules import (
    asks_about_a_thing,
    asks_what_it_can_do,
    is_question_like,
    rule_hits,
    terse_request,
)

_ZH_ENTRIES = parse_lexicon(ZH_LEXICON, None)
# Latin-only Chinese-chat slang (yyds, 666, ppt) is matched as whole words, not substrings.
_ZH: CharMatcher[tuple[str, float]] = CharMatcher(e for e in _ZH_ENTRIES if not e[0].isascii())
_EN: TokenMatcher[tuple[str, float]] = TokenMatcher(
    refuse_repeats(parse_lexicon(EN_LEXICON, ",") + [e for e in _ZH_ENTRIES if e[0].isascii()])
)

STRONG = 3.0
TOPIC = 2.0  # a topic word ("battery life"): asks when typed alone
TERSE_WORDS = 4
# emoji viewers praise with (🔥🔥🔥, 😍, 💚): a topic hint, so "🔥 how much" still asks the price
_PRAISE_EMOJI = re.compile("[\U0001f525\U0001f60d\U0001f970\U0001f618\U0001f4af\U0001f44d"
                           "\U0001f44f\u2764\U0001f495\U0001f496\U0001f497\U0001f49a\U0001f499"
                           "\U0001f49c\U0001f929\u2728\U0001f64c]")  # fmt: skip
EMOJI_WEIGHT = 2.0
# English words of the lexicon (4+ letters), to mend fast typing: "mcuh", "shiping", "linkk"
_EN_VOCAB = frozenset(
    w for phrase, _v in parse_lexicon(EN_LEXICON, ",") for w in phrase.split() if len(w) >= 4
)
_REAL_WORDS = frozenset({"form"})  # real words a slip away from a lexicon word ("from")
_MENDED: dict[str, str] = {}
_MENDED_MAX = 50_000


def _mend(word: str) -> str:
    """``word`` with one typing slip undone (two letters swapped, a doubled letter typed once
    or a letter typed twice) when exactly that makes a lexicon word; else ``word``."""
    got = _MENDED.get(word)
    if got is not None:
        return got
    out = word
    if len(word) >= 4 and word.isalpha() and word not in _EN_VOCAB and word not in _REAL_WORDS:
        cands = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
        cands += [word[:i] + word[i] + word[i:] for i in range(len(word))]  # shiping
        cands += [word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]]
        hits = {c for c in cands if c in _EN_VOCAB}
        if len(hits) == 1:
            out = hits.pop()
    if len(_MENDED) < _MENDED_MAX:
        _MENDED[word] = out
    return out


# When scores tie, the earlier label wins (most specific, most useful to the host first).
_PRIORITY = (
    "complaint_service",
    "complaint_stream",
    "order_status",
    "after_sales",
    "link",
    "stock",
    "size",
    "discount",
    "shipping",
    "usage",
    "spec",
    "price",
    "other_question",
    "purchase_signal",
    "praise",
    "greeting",
    "chatter",
)
_RANK = {k: i for i, k in enumerate(_PRIORITY)}
_COMPLAINTS = frozenset({"complaint_service", "complaint_stream"})
_SOCIAL = frozenset({"praise", "greeting", "purchase_signal", "chatter"})
# what still stands when a message also talks to other viewers ("video frozen for anyone else";
# and when it only calls them y'all, "hi from georgia y'all": a greeting to the whole room)
_PEER_PROOF = QUESTION_INTENTS | _COMPLAINTS
_PEER_GREETING = _PEER_PROOF | {"greeting"}


@dataclass(slots=True)
class Evidence:
    scores: dict[str, float]
    question: bool
    peer: bool = False  # talks to other viewers (楼上…, anyone else…), not to the host
    thing: bool = False  # a yes/no question about a thing, not the host (rules.py)
    able: bool = False  # … about what it can be used for, on or by (rules.py)
    terse: bool = False  # a few English words with no question form ("battery life")
    room_call: bool = False  # talks to other viewers only by calling them all ("y'all")


def gather(text: str, toks: list[str], has_cjk: bool) -> Evidence:
    scores: dict[str, float] = {}
    if has_cjk:
        for _, _, vals in _ZH.scan(text):
            for intent, w in vals:
                scores[intent] = scores.get(intent, 0.0) + w
    if toks:
        hits = _EN.scan(toks)
        if not hits and not has_cjk:  # nothing found: maybe a typing slip hid it ("how mcuh")
            mended = [_mend(t) for t in toks]
            if mended != toks:
                hits = _EN.scan(mended)
        for _, _, vals in hits:
            for intent, w in vals:
                scores[intent] = scores.get(intent, 0.0) + w
    if not scores and not text.isascii():  # emoji speak only when no words do ("🔥🔥🔥")
        if _PRAISE_EMOJI.search(text):
            scores["praise"] = EMOJI_WEIGHT
        if "\U0001f44b" in text:  # 👋
            scores["greeting"] = EMOJI_WEIGHT
    for intent, w in rule_hits(text, has_cjk):
        scores[intent] = scores.get(intent, 0.0) + w
    scores.pop("none", None)
    room = scores.pop("room", 0.0) > 0.0  # "y'all": the whole room called
    peer = scores.pop("peer", 0.0) > 0.0
    q = is_question_like(text, has_cjk)
    terse = False
    if not q and not has_cjk and not scores.keys() & _SOCIAL:
        if terse_request(toks):
            q = True  # "knife price", "link 7 price"
        elif len([t for t in toks if t[0].isalnum()]) <= TERSE_WORDS:
            # a bare topic typed into a shop's chat asks about it: "battery life",
            # "dimensions", "spring bars included" (the catalog may know the words)
            terse = True
            q = bool(scores) and max(scores.values()) >= TOPIC and scores.keys() <= QUESTION_INTENTS
    # a yes/no question about a thing, with at most a faint hint of something else ("支持5G
    # wifi吗": wifi alone is no stream complaint)
    thing = q and _faint(scores) and asks_about_a_thing(text, has_cjk)
    able = thing and asks_what_it_can_do(text, has_cjk)
    return Evidence(scores, q, peer or room, thing, able, terse, room and not peer)


def _faint(scores: dict[str, float]) -> bool:
    """No evidence, or only a faint hint of something that is not a question."""
    return not scores or (max(scores.values()) < TOPIC and not scores.keys() & QUESTION_INTENTS)


def decide(ev: Evidence, competitor: bool = False) -> str:
    """One label of the spec's intent table."""
    scores, q = ev.scores, ev.question
    proof = _PEER_GREETING if ev.room_call and not q else _PEER_PROOF
    if ev.peer and not any(s >= STRONG for k, s in scores.items() if k in proof):
        return "chatter"
    if not scores or ev.thing and _faint(scores):
        # nothing names the topic: a question about a thing asks about the product
        if not q:
            return "chatter"
        return ("usage" if ev.able else "spec") if ev.thing else "other_question"
    if competitor and not q and scores.get("complaint_service", 0.0) < STRONG:
        return "chatter"  # "cheaper on amazon, bye"; but "buying elsewhere since no one answers"
    adj: dict[str, float] = {}
    for intent, s in scores.items():
        if intent in _SOCIAL and q or intent in QUESTION_INTENTS and not q and s < STRONG:
            s *= 0.5
        adj[intent] = s

    def key(k: str) -> tuple[float, int]:
        # Ties: a question wins when the message asks, a social label when it does not.
        tie = _RANK[k] if q or k not in QUESTION_INTENTS else _RANK[k] + 100
        if q and k in _COMPLAINTS and adj[k] < STRONG:
            tie += 50  # a faint complaint word in a question ("拍video用哪档") loses ties
        return (-adj[k], tie)

    best = min(adj, key=key) if len(adj) > 1 else next(iter(adj))
    s = adj[best]
    if best in QUESTION_INTENTS:
        if q or s >= STRONG:
            return best
        social = [k for k in adj if k not in QUESTION_INTENTS]
        return min(social, key=key) if social else "chatter"
    if q and best in _SOCIAL and s < STRONG:
        return "other_question"
    return best
