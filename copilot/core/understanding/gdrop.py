"""English words typed with their final g dropped, as speech has it ("how much shippin on
the bar", "y'all ignorin me, 3rd time askin", "evenin y'all", "fixin to grab 2 sets"):
Southern US, AAVE and casual British typing. Only the lexicon's own -ing words are restored
(it is them that carry intent), so the trigger set is exactly their g-less forms; "-in"
words of their own (protein, cabin, within) are never one of them, since no lexicon word
is "proteing". Lexicon words shorter than six letters are left alone ("thin" is no "thing").
"""

from __future__ import annotations

from copilot.core.understanding.lexicon_en import EN_LEXICON
from copilot.core.understanding.matcher import parse_lexicon
from copilot.core.understanding.rewrite import phrase_sub

_ING = sorted(
    {
        word
        for phrase, _v in parse_lexicon(EN_LEXICON, ",")
        for word in phrase.split()
        if word.endswith("ing") and len(word) >= 6 and word.isalpha()
    }
)
# the words one of which a text must hold for this step to change it (varieties.py)
TRIGGERS = frozenset(word[:-1] for word in _ING)
_REWRITE = phrase_sub([(word[:-1], word) for word in _ING], whole_words=True)


def to_english(text: str) -> str:
    """``text`` (lower case) with the lexicon's -ing words given back their g."""
    return _REWRITE(text)
