"""Answered tracking: settles waiting questions from host replies in chat and host speech.

Follows the spec's "When a question counts as answered": a ``host_chat`` replying to a
question (and the same viewer's repeats of it) or addressing its viewer on its topic, or
a speech segment stating the catalog fact the question asks for. One segment can settle
many questions; naming a viewer alone settles nothing.
"""

from __future__ import annotations

import re

from copilot.core.catalog import Catalog
from copilot.core.events import HostChat, Speech
from copilot.core.records import MessageRecord
from copilot.core.tracking.facts import FIELD_INTENTS, FactIndex, Statement
from copilot.core.tracking.waiting import WaitingQuestions

REPLY_ONLY = frozenset({"order_status", "other_question"})
_AT = re.compile(r"@")


class AnswerTracker:
    def __init__(self, catalog: Catalog, waiting: WaitingQuestions | None = None) -> None:
        self.facts = FactIndex(catalog)
        self.waiting = waiting if waiting is not None else WaitingQuestions()
        # display name → viewer id (present viewers, and departed ones whose questions are
        # still answerable: "spicycookie49 yes free shipping" answers a viewer who just left)
        self._names: dict[str, str] = {}
        self._name_lens: dict[int, int] = {}

    # ---------------------------------------------------------------- bookkeeping
    def note_name(self, viewer_id: str, name: str | None) -> None:
        if not name or len(name) > 64 or self._names.get(name) == viewer_id:
            return
        self._names[name] = viewer_id
        self._name_lens[len(name)] = self._name_lens.get(len(name), 0) + 1

    def forget_name(self, name: str | None, viewer_id: str) -> None:
        """Forget ``name`` if it still stands for ``viewer_id`` (another viewer may have
        taken it since)."""
        if name and self._names.get(name) == viewer_id:
            del self._names[name]
            n = self._name_lens[len(name)] - 1
            if n:
                self._name_lens[len(name)] = n
            else:
                del self._name_lens[len(name)]

    def on_message(self, rec: MessageRecord) -> None:
        self.waiting.remember(rec)
        if rec.is_question and rec.answered_at is None:
            self.waiting.add(rec)

    def _settle(
        self, recs: list[MessageRecord], t: float, by: str, ref: str
    ) -> list[MessageRecord]:
        done = []
        for r in recs:
            if r.mark_answered(t, by, ref):
                done.append(r)
            self.waiting.remove(r)
        return done

    # ---------------------------------------------------------------- host chat
    def addressed(self, ev: HostChat) -> str | None:
        """The viewer a host reply addresses: its ``viewer_id`` or an @name in its text."""
        if ev.viewer_id:
            return ev.viewer_id
        text = ev.text[:2000]
        for m in _AT.finditer(text):
            start = m.end()
            for n in sorted(self._name_lens, reverse=True):
                vid = self._names.get(text[start : start + n])
                if vid is not None:
                    return vid
        return None

    def on_host_chat(self, ev: HostChat, on_screen: str | None) -> list[MessageRecord]:
        target = self.waiting.find(ev.reply_to) if ev.reply_to else None
        if target is not None:
            same = [
                r
                for r in self.waiting.of_viewer(target.viewer_id)
                if r.intent == target.intent
                and (
                    r.product_id == target.product_id
                    # a repeated reply-only question: the product is often read into one copy
                    or (r.intent in REPLY_ONLY and None in (r.product_id, target.product_id))
                )
            ]
            done = self._settle([target, *same], ev.t, "chat", ev.id)
            rest = self.waiting.of_viewer(target.viewer_id)
            if rest:  # the reply may also state what the viewer's other questions ask
                done += self._stated(ev, rest, require=True)
            return done
        vid = self.addressed(ev)
        mine = self.waiting.of_viewer(vid) if vid else []
        if not mine:
            return []
        return self._stated(ev, mine, require=False)

    def _stated(
        self, ev: HostChat, mine: list[MessageRecord], require: bool
    ) -> list[MessageRecord]:
        """Settle the viewer's questions whose fact the reply states (or, when nothing is
        stated and ``require`` is false, their one question only a reply can answer)."""
        st = self.facts.analyse(ev.text)
        for f, pids in st.ambiguous:  # addressed: the viewer's own question tells the product
            for r in mine:
                if r.product_id in pids:
                    st.resolve(f, r.product_id)
        hit = [r for r in mine if st.answers(r.intent, r.product_id)]
        if not hit and not st and not require:
            # a plain reply to a viewer settles their question that only a reply can answer
            hit = [r for r in mine if r.intent in REPLY_ONLY][:1]
        return self._settle(hit, ev.t, "chat", ev.id)

    # ---------------------------------------------------------------- speech
    def on_speech(self, ev: Speech, ref: str, on_screen: str | None) -> list[MessageRecord]:
        text, named = ev.text, None
        if any(c.isdigit() for c in text):  # a name's digits must not be read as a value
            text, named = self._names_said(text)
        st = self.facts.analyse(text)
        if not st:
            return []
        if st.ambiguous:
            if named is None:
                named = self._names_said(text)[1]
            self._disambiguate(st, named, on_screen)
        recs: list[MessageRecord] = []
        for key in st.answered_keys():
            recs.extend(self.waiting.for_key(key))
        if st.returns:
            recs.extend(self.waiting.for_intent("after_sales"))
        seen: set[str] = set()
        uniq = [r for r in recs if not (r.id in seen or seen.add(r.id))]  # type: ignore[func-returns-value]
        uniq.sort(key=lambda r: r.t)
        return self._settle(uniq, ev.t, "speech", ref)

    def _names_said(self, text: str) -> tuple[str, list[str]]:
        """The viewers a segment names, and the segment without the names that hold digits:
        the 49 of "spicycookie49" is no price."""
        if len(text) > 2000:
            return text, []
        found = [
            (name, vid) for name, vid in self._names.items() if len(name) >= 2 and name in text
        ]
        # only names with digits are blanked: a name that is a word ("Link", "包邮") may
        # be the very word the host says
        for name, _vid in sorted(found, key=lambda nv: -len(nv[0])):  # "朵朵酱" before "朵朵"
            if any(c.isdigit() for c in name):
                text = text.replace(name, " ")
        return text, [vid for _name, vid in found]

    def _disambiguate(self, st: Statement, named: list[str], on_screen: str | None) -> None:
        """A value several products share: the product of a viewer the host names, else the
        product on screen, else the products someone is waiting to hear about, else all."""
        named_products: set[str] = set()
        for vid in named:
            named_products.update(r.product_id for r in self.waiting.of_viewer(vid) if r.product_id)
        for f, pids in st.ambiguous:
            keep = pids & named_products
            if not keep and on_screen in pids:
                keep = frozenset({on_screen})
            if not keep:
                intents = FIELD_INTENTS.get(f, ())
                keep = frozenset(
                    p for p in pids if any(self.waiting.by_key.get((i, p)) for i in intents)
                )
            for pid in keep or pids:
                st.resolve(f, pid)
