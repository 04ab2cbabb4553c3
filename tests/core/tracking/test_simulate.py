"""The viewer simulator behaves as its docstring claims: the host answers most questions a
minute or so after asking (rarely at once, rarely after minutes), repeating a question is
no proof of leaving, a complaint about being ignored precedes leaving by seconds."""

import statistics

from copilot.core.tracking.simulate import SimConfig, simulate


def rooms():
    for seed in (11, 12, 13):
        yield simulate(seed, SimConfig(minutes=15, joins_per_min=30))


def test_the_host_answers_most_questions_about_a_minute_after_asking():
    delays, asked = [], 0
    for _events, truth in rooms():
        for tv in truth.values():
            for a, b in tv["questions"]:
                asked += 1
                if b is not None:
                    delays.append(b - a)
    assert 0.6 < len(delays) / asked < 0.95
    assert 30 < statistics.median(delays) < 110
    assert sum(d < 5 for d in delays) < 0.05 * len(delays)
    assert sum(d > 300 for d in delays) < 0.05 * len(delays)


def test_repeats_come_from_viewers_who_stay_as_well_as_from_those_who_leave():
    stayed = left = 0
    for events, truth in rooms():
        counts: dict[str, int] = {}
        for e in events:
            if e["type"] == "chat" and e["sim_intent"] not in ("praise", "chatter"):
                counts[e["viewer_id"]] = counts.get(e["viewer_id"], 0) + 1
        for vid, n in counts.items():
            if n >= 2 and len(truth[vid]["questions"]) >= 2:
                if truth[vid]["reason"] == "unanswered":
                    left += 1
                else:
                    stayed += 1
    assert stayed > 10 and left > 10


def test_a_complaint_about_being_ignored_comes_seconds_before_leaving():
    gaps = []
    for events, truth in rooms():
        for e in events:
            if e["type"] == "chat" and e["sim_intent"] == "complaint_service":
                tv = truth[e["viewer_id"]]
                answered = [b for _a, b in tv["questions"] if b is not None and b >= e["t"]]
                if answered and min(answered) <= e["t"] + 15:
                    continue  # the host answered in those seconds: they may stay
                left = tv["left_at"]
                gaps.append(left - e["t"] if left is not None else 1e9)
    assert len(gaps) > 20 and sum(0 <= g <= 12 for g in gaps) >= 0.95 * len(gaps)


def test_by_default_every_question_is_a_real_one():
    for events, truth in rooms():
        asked = {(vid, round(a, 2)) for vid, tv in truth.items() for a, _b in tv["questions"]}
        for e in events:
            if e["type"] == "chat" and e["sim_intent"] in ("other_question", "order_status"):
                assert (e["viewer_id"], e["t"]) in asked
