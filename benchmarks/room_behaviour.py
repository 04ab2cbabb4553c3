"""How viewers in a room behave around their questions, for labelled sessions or simulated ones.

    python benchmarks/room_behaviour.py --session DIR [--session DIR ...]
    python benchmarks/room_behaviour.py --simulate 6 [--joins 20]
    python benchmarks/room_behaviour.py --session DIR --report REPORT.json
    python benchmarks/room_behaviour.py --pool --session DIR --session DIR ...

A session DIR holds ``session.jsonl`` and ``labels.json`` (the evaluation format); the
simulated rooms come from ``copilot/core/tracking/simulate.py``. Both are reduced to the
same timeline (questions with answer times, joins and leaves, complaints) and measured
alike, so the simulator the risk model is fitted on can be checked against rooms it was
not built from. It reads timing and labels only, never texts. Prints:

- repeats per first question, and the hazard (per 15 s of waiting) of leaving with the
  question unanswered and of being answered;
- seconds from a complaint about being ignored to leaving;
- the share of askers who had repeated by the time their wait ended (in leaving or in an
  answer), by how long it lasted;
- the hit rate (leaves within 120 s with a question unanswered, the scorer's rule) of a
  waiting viewer by waiting time and with or without a repeat, and, by how many others
  wait on the same topic, that hit rate and the share answered within 60 s;
- the headroom of a 3-viewer queue every 5 s: oldest-first, perfect hindsight, an
  oldest-first queue that knows which questions get answered within 30 s, a queue that
  knows the rooms' own leave rates by question class and viewer group (true intents,
  measured in-sample: a ceiling for evidence like ours), and any 3 waiting viewers (what
  a random pick lists on average);
- the rate of leaving unanswered per minute waited, by what was asked and by who asked
  (new, loyal, other viewers): the simulator's patience multipliers, checked;
- with ``--report`` (a ``copilot replay`` report of that session), our queue against
  oldest-first, the hit rates of the viewers only one of the two lists, and how far the
  ratio moves with luck (5-minute blocks resampled).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from copilot.core.records import QUESTION_INTENTS
from copilot.core.tracking.risk import HORIZON_S
from copilot.core.tracking.simulate import SimConfig, simulate

BIN_S = 15.0
# question classes as the simulator's patience multipliers group them
_CLASS = {"link": "link/discount", "discount": "link/discount", "price": "price/stock/shipping",
          "stock": "price/stock/shipping", "shipping": "price/stock/shipping",
          "size": "browsing", "spec": "browsing", "usage": "browsing", "after_sales": "browsing",
          "other_question": "reply-only", "order_status": "reply-only"}  # fmt: skip
BINS = 12  # the last bin holds every longer wait
PERIOD_S = 5.0


@dataclass
class Question:
    t: float
    viewer: str
    topic: tuple[object, object]  # (intent, product)
    answered: float | None
    repeat: bool = False  # the viewer still waited on an earlier one of the same topic


@dataclass
class Room:
    questions: list[Question] = field(default_factory=list)
    joined: dict[str, float] = field(default_factory=dict)
    left: dict[str, float | None] = field(default_factory=dict)
    complaints: list[tuple[str, float]] = field(default_factory=list)
    tags: dict[str, set[str]] = field(default_factory=dict)  # viewer → join tags
    end: float = 0.0

    def mark_repeats(self) -> None:
        by_viewer: dict[str, list[Question]] = defaultdict(list)
        for q in sorted(self.questions, key=lambda q: q.t):
            q.repeat = any(
                p.topic == q.topic and (p.answered is None or p.answered > q.t)
                for p in by_viewer[q.viewer]
            )
            by_viewer[q.viewer].append(q)


def from_labels(folder: pathlib.Path) -> Room:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    room = Room()
    for v, g in labels["viewers"].items():
        room.joined[v], room.left[v] = g["joined_at"], g["left_at"]
    for g in labels["messages"].values():
        if g["is_question"]:
            topic = (g["intent"], g["product_id"])
            room.questions.append(Question(g["t"], g["viewer_id"], topic, g["answered_at"]))
        elif g["intent"] == "complaint_service":
            room.complaints.append((g["viewer_id"], g["t"]))
    with open(folder / "session.jsonl", encoding="utf-8") as f:
        events = [json.loads(line) for line in f if line.strip()]
    room.end = max(e["t"] for e in events)
    room.tags = {e["viewer_id"]: set(e.get("tags") or ()) for e in events if e["type"] == "join"}
    room.mark_repeats()
    return room


def from_simulator(seed: int, joins: float) -> Room:
    events, truth = simulate(seed, SimConfig(joins_per_min=joins))
    room = Room(end=events[-1]["t"])
    answers = {(v, round(a, 2)): b for v, tv in truth.items() for a, b in tv["questions"]}
    for e in events:
        if e["type"] == "join":
            room.joined[e["viewer_id"]] = e["t"]
            room.tags[e["viewer_id"]] = set(e.get("tags") or ())
            room.left[e["viewer_id"]] = truth[e["viewer_id"]]["left_at"]
        elif e["type"] == "chat" and e["sim_intent"] == "complaint_service":
            room.complaints.append((e["viewer_id"], e["t"]))
        elif (
            e["type"] == "chat"
            and e["sim_intent"] in QUESTION_INTENTS  # a remark may share a question's time
            and (key := (e["viewer_id"], e["t"])) in answers
        ):
            topic = (e["sim_intent"], e.get("sim_product"))
            room.questions.append(Question(e["t"], e["viewer_id"], topic, answers[key]))
    room.mark_repeats()
    return room


def leaves_unanswered(room: Room, v: str, t: float, asked: list[Question] | None = None) -> bool:
    """The scorer's hit: ``v`` leaves within the horizon after ``t`` with a question of theirs
    (``asked``: theirs, when the caller has them to hand) unanswered."""
    left = room.left.get(v)
    if left is None or not t <= left <= t + HORIZON_S:
        return False
    qs = asked if asked is not None else [q for q in room.questions if q.viewer == v]
    return any(q.t <= left and (q.answered is None or q.answered > left) for q in qs)


def queue_of(report: pathlib.Path) -> dict[float, list[str]]:
    """A replay report's risk queue: tick → viewer ids, riskiest first."""
    rep = json.loads(report.read_text(encoding="utf-8"))
    return {round(float(s["t"]), 3): [e["viewer_id"] for e in s["top"]] for s in rep["risk_queue"]}


class Tally:
    """The figures, summed over rooms."""

    def __init__(self, ours: dict[float, list[str]] | None = None) -> None:
        self.ours = ours  # a replay report's queue: tick → viewer ids, riskiest first
        # 5-minute block → [our hits, our listed, oldest-first hits, oldest-first listed]
        self.blocks: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        self.repeats: Counter[int] = Counter()
        self.leave: list[list[int]] = [[0, 0] for _ in range(BINS + 1)]
        self.answer: list[list[int]] = [[0, 0] for _ in range(BINS + 1)]
        self.complaint_gaps: list[float] = []
        self.by_wait: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        self.by_repeat: dict[bool, list[int]] = defaultdict(lambda: [0, 0])
        # others waiting on the same topic → [snapshots, hits, answered within 60 s]
        self.by_crowd: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.queue: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        # (how the wait ended, its 30 s bin) → [had repeated by then, questions]
        self.repeated: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
        # question class or viewer group → [left unanswered, seconds waited] over 240 s
        self.by_group: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        # [hits, listed] of viewers only our queue lists, and only oldest-first lists
        self.swaps: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, room: Room) -> None:
        firsts = [q for q in room.questions if not q.repeat]
        for q in firsts:
            self.repeats[sum(1 for r in room.questions if r.repeat and r.viewer == q.viewer
                             and r.topic == q.topic and q.t < r.t)] += 1  # fmt: skip
            self._hazards(q, room.left.get(q.viewer), room.end)
            self._by_group(q, room)
            self._repeated_by_outcome(q, room)
        for v, t in room.complaints:
            left = room.left.get(v)
            if left is not None and left >= t:
                self.complaint_gaps.append(left - t)
        self._snapshots(room)

    def _hazards(self, q: Question, left: float | None, end: float) -> None:
        gone = left is not None and (q.answered is None or q.answered > left)
        stop = min(x for x in (left, q.answered, end) if x is not None)
        answered_stop = q.answered if q.answered is not None else end
        for cells, until, happened in (
            (self.leave, stop, gone and stop == left),
            (self.answer, answered_stop, q.answered is not None),
        ):
            w = 0.0
            while w < until - q.t:
                cell = cells[min(int(w // BIN_S), BINS)]
                cell[1] += 1
                cell[0] += happened and until - q.t - w < BIN_S
                w += BIN_S

    def _by_group(self, q: Question, room: Room) -> None:
        """Leaving unanswered per second waited (first 240 s) by what was asked and who asked:
        the simulator's patience multipliers, checked against a room's timing."""
        left = room.left.get(q.viewer)
        stop = min(x for x in (left, q.answered, q.t + 240.0) if x is not None)
        gone = left is not None and left == stop and (q.answered is None or q.answered > left)
        tags = room.tags.get(q.viewer, set())
        who = "loyal" if tags & {"follower", "member", "purchased"} else (
            "new" if "new" in tags else "plain")  # fmt: skip
        for group in (_CLASS.get(str(q.topic[0]), "other"), who):
            cell = self.by_group[group]
            cell[0] += gone
            cell[1] += max(stop - q.t, 0.0)

    def _repeated_by_outcome(self, q: Question, room: Room) -> None:
        """Whether the asker had repeated by the time the wait ended, for waits that ended
        in leaving unanswered and in an answer: if repeats came from impatience alone, the
        answered would repeat less than the leavers who waited as long."""
        left = room.left.get(q.viewer)
        if left is not None and (q.answered is None or q.answered > left):
            outcome, end = "left", left
        elif q.answered is not None:
            outcome, end = "answered", q.answered
        else:
            return
        if end - q.t >= 120.0:
            return
        cell = self.repeated[(outcome, int((end - q.t) // 30))]
        cell[0] += any(r.repeat and r.viewer == q.viewer and r.topic == q.topic
                       and q.t < r.t < end for r in room.questions)  # fmt: skip
        cell[1] += 1

    def _rate_score(self, room: Room, v: str, qs: list[Question], t: float, wait: float) -> float:
        """A ceiling for evidence like ours: rank by the leave rates per minute waited that
        these very rooms show by question class and viewer group (measured in-sample, with
        the true intents), times repeats, a complaint and a hazard that grows with waiting."""
        rate = {g: a / w for g, (a, w) in self.by_group.items() if w}
        classes = [_CLASS.get(str(q.topic[0]), "other") for q in qs]
        score = max(rate.get(c, 0.0) for c in classes)
        tags = room.tags.get(v, set())
        who = "loyal" if tags & {"follower", "member", "purchased"} else (
            "new" if "new" in tags else "plain")  # fmt: skip
        score *= rate.get(who, 1.0) / max(rate.get("plain", 1.0), 1e-9)
        score *= 1.0 + 0.5 * min(sum(q.repeat for q in qs), 2)
        first = min(q.t for q in qs)
        score *= 20.0 if any(c == v and first <= ct <= t for c, ct in room.complaints) else 1.0
        return score * (1.0 + wait / 60.0)

    def _crowd(self, v: str, qs: list[Question], askers: dict, h: bool, t: float) -> None:
        """By how many others wait on the viewer's (oldest) question's topic: whether it is
        answered within 60 s and whether they leave unanswered (the risk model's crowd)."""
        first = min(qs, key=lambda q: q.t)
        reply_only = _CLASS.get(str(first.topic[0])) == "reply-only"
        key = "reply-only" if reply_only else str(min(len(askers[first.topic]) - 1, 3))
        cell = self.by_crowd[key]
        cell[0] += 1
        cell[1] += h
        cell[2] += first.answered is not None and first.answered <= t + 60

    def _snapshots(self, room: Room) -> None:
        def hit(v: str, t: float) -> bool:
            return leaves_unanswered(room, v, t)

        t = PERIOD_S
        while t <= room.end:
            waiting: dict[str, list[Question]] = defaultdict(list)
            for q in room.questions:
                left = room.left.get(q.viewer)
                present = left is None or left > t
                if present and q.t <= t and (q.answered is None or q.answered > t):
                    waiting[q.viewer].append(q)
            rows = []
            askers: dict[tuple[object, object], set[str]] = defaultdict(set)
            for v, qs in waiting.items():
                for q in qs:
                    askers[q.topic].add(v)
            for v, qs in waiting.items():
                h = hit(v, t)
                self._crowd(v, qs, askers, h, t)
                wait = t - min(q.t for q in qs)
                soon = all(q.answered is not None and q.answered <= t + 30 for q in qs)
                rows.append((wait, h, soon, self._rate_score(room, v, qs, t, wait)))
                for cell in (
                    self.by_wait[min(int(wait // 30) * 30, 240)],
                    self.by_repeat[any(q.repeat for q in qs)],
                ):
                    cell[0] += h
                    cell[1] += 1
            for name, key in (
                ("oldest first", lambda r: -r[0]),
                ("perfect hindsight", lambda r: (not r[1], -r[0])),
                ("knows answers due within 30 s", lambda r: (r[2], -r[0])),
                ("knows the rooms' leave rates by group", lambda r: (-r[3], -r[0])),
            ):
                top = sorted(rows, key=key)[:3]
                self.queue[name][0] += sum(r[1] for r in top)
                self.queue[name][1] += len(top)
            if rows:  # any 3 of them, on average: every row is listed with chance 3/n
                k, cell = min(3, len(rows)), self.queue["any 3 (expected)"]
                cell[0] += sum(r[1] for r in rows) * k / len(rows)
                cell[1] += k
            if self.ours is not None:
                mine = self.ours.get(round(t, 3), [])[:3]
                oldest = sorted(rows, key=lambda r: -r[0])[:3]
                cell = self.blocks[int(t // 300)]
                cell[0] += sum(hit(v, t) for v in mine)
                cell[1] += len(mine)
                cell[2] += sum(r[1] for r in oldest)
                cell[3] += len(oldest)
                first = sorted(waiting, key=lambda v: min(q.t for q in waiting[v]))[:3]
                for name, only in (("ours", set(mine) - set(first)),
                                   ("oldest", set(first) - set(mine))):  # fmt: skip
                    self.swaps[name][0] += sum(hit(v, t) for v in only)
                    self.swaps[name][1] += len(only)
            t += PERIOD_S

    def print(self, title: str) -> None:
        print(f"== {title}")
        firsts = sum(self.repeats.values())
        shares = [self.repeats[0], self.repeats[1], firsts - self.repeats[0] - self.repeats[1]]
        print(f"first questions {firsts}; repeated 0/1/2+ times: "
              + " / ".join(f"{n / firsts:.2f}" for n in shares))  # fmt: skip
        for name, cells in (("leaving unanswered", self.leave), ("being answered", self.answer)):
            rates = " ".join(f"{a / b:.3f}" if b else "-" for a, b in cells)
            print(f"hazard of {name} per {BIN_S:.0f} s of waiting: {rates}")
        gaps = self.complaint_gaps
        if len(gaps) > 2:
            qs = statistics.quantiles(gaps, n=10)
            print(f"complaint -> leaving, s: p10 {qs[0]:.1f}, median {statistics.median(gaps):.1f}"
                  f", p90 {qs[-1]:.1f}, max {max(gaps):.1f} ({len(gaps)} complaints)")  # fmt: skip
        waits = ", ".join(f"{k}s {a / b:.2f}" for k, (a, b) in sorted(self.by_wait.items()))
        print(f"hit rate of a waiting viewer by wait: {waits}")
        no, yes = self.by_repeat[False], self.by_repeat[True]
        print(f"hit rate without / with a repeat: {no[0] / max(no[1], 1):.2f} / "
              f"{yes[0] / max(yes[1], 1):.2f}")  # fmt: skip
        crowd = ", ".join(f"{k} {h / n:.2f}/{a / n:.2f}" for k, (n, h, a) in sorted(
            self.by_crowd.items()) if n)  # fmt: skip
        print(f"others waiting on the same topic: hit rate / answered within 60 s: {crowd}")
        for outcome in ("left", "answered"):
            cells = [self.repeated[(outcome, b)] for b in range(4)]
            shares = " ".join(f"{a / n:.2f}" if n else "-" for a, n in cells)
            print(f"had repeated, waits that ended {outcome} after 0-30/30-60/60-90/90-120 s: "
                  f"{shares}")  # fmt: skip
        hits, listed = self.queue["oldest first"]
        for name, (a, b) in self.queue.items():
            ratio = (a / b) / (hits / listed)
            print(f"queue of 3, {name}: {a / b:.3f} ({ratio:.2f}x oldest first)")
        rates = ", ".join(f"{g} {a / w * 60:.3f}" for g, (a, w) in sorted(self.by_group.items())
                          if w)  # fmt: skip
        print(f"leaving unanswered per minute waited (first 240 s), by group: {rates}")
        if self.ours is not None:
            self._print_ours()

    def _print_ours(self) -> None:
        """Our queue against oldest first, and how much that ratio moves with luck: a
        bootstrap over 5-minute blocks of the session (which viewers happened to come)."""

        def ratio(cells: list[list[int]]) -> float:
            a, b, c, d = (sum(x[i] for x in cells) for i in range(4))
            return (a / b) / (c / d) if b and c and d else float("nan")

        cells = list(self.blocks.values())
        rng = random.Random(0)
        draws = sorted(ratio([rng.choice(cells) for _ in cells]) for _ in range(2000))
        draws = [r for r in draws if r == r]
        mean = statistics.fmean(draws)
        sd = statistics.pstdev(draws)
        lo, hi = draws[len(draws) // 20], draws[-len(draws) // 20]
        (oh, ol), (fh, fl) = self.swaps["ours"], self.swaps["oldest"]
        print(f"listed by one queue only: ours {oh}/{ol} hit ({oh / max(ol, 1):.3f}), oldest "
              f"first {fh}/{fl} ({fh / max(fl, 1):.3f})")  # fmt: skip
        print(f"our queue of 3 (report): {ratio(cells):.3f}x oldest first; over 5-minute "
              f"blocks resampled: mean {mean:.3f}, sd {sd:.3f}, 90% between {lo:.3f} and "
              f"{hi:.3f}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--session", action="append", default=[], type=pathlib.Path)
    ap.add_argument("--report", action="append", default=[], type=pathlib.Path,
                    help="our replay report of the --session at the same position")  # fmt: skip
    ap.add_argument("--pool", action="store_true", help="sum the --session rooms into one")
    ap.add_argument("--simulate", type=int, default=0, help="simulated rooms")
    ap.add_argument("--joins", type=float, default=20.0, help="joins per minute (simulated)")
    args = ap.parse_args()
    if not args.session and not args.simulate:
        ap.error("give --session DIR or --simulate N")
    if args.report and len(args.report) != len(args.session):
        ap.error("give one --report per --session, in the same order")
    if args.pool:
        if args.report:
            ap.error("--pool sums sessions; give --report without it")
        tally = Tally()
        for folder in args.session:
            tally.add(from_labels(folder))
        tally.print(f"{len(args.session)} sessions pooled")
    for i, folder in enumerate([] if args.pool else args.session):
        tally = Tally(queue_of(args.report[i]) if args.report else None)
        tally.add(from_labels(folder))
        tally.print(str(folder))
    if args.simulate:
        tally = Tally()
        for seed in range(args.simulate):
            tally.add(from_simulator(100 + seed, args.joins))
        tally.print(f"{args.simulate} simulated rooms, {args.joins:.0f} joins/min")


if __name__ == "__main__":
    main()
