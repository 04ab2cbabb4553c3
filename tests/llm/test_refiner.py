"""The LLM refiner in the pipeline: replaces the embedded answer only when it is safe to."""

import asyncio
import json

from copilot.core.events import Chat
from copilot.core.pipeline import Pipeline, Stage
from copilot.core.suggest import SuggestionStage
from copilot.llm import configure_llm
from tests.core.suggest.hostile import HOSTILE
from tests.core.suggest.matching_helpers import norm
from tests.core.suggest.shop import catalog
from tests.llm.fake_openai_server import Script, json_reply
from tests.llm.helpers import fake_server, run, settings_for


class Label(Stage):
    """Stands in for the understanding stage: every message is a price question about t1."""

    name = "understand"

    def on_chat(self, rec, ctx):
        rec.intent, rec.is_question, rec.product_id, rec.lang = "price", True, "t1", "zh"


def viewer_message(req):
    room = req["messages"][-1]["content"].split("\n", 1)[1]
    return json.loads(room)["viewer_message"]


def test_blocking_refiner_puts_a_good_reply_first():
    good = json_reply("家人们，龙井直播价¥188，原价¥268～", ["t1.live_price", "t1.price"])

    async def serve():
        async with fake_server(lambda req: good) as server:
            return await asyncio.to_thread(replay, server.base_url, ["多少钱"])

    recs = run(serve())
    assert recs[0].suggestions[0].engine == "llm" and "¥188" in recs[0].suggestions[0].text
    assert any(s.engine == "embedded" for s in recs[0].suggestions[1:])


def replay(url, texts, timeout_s=3.0):
    pipe = Pipeline(catalog(), [Label(), SuggestionStage()])
    refiner = configure_llm(pipe, settings_for(url, timeout_s))
    try:
        return [
            pipe.feed(Chat(float(i), id=f"m{i}", viewer_id=f"v{i}", text=t, name="小满"))
            for i, t in enumerate(texts)
        ]
    finally:
        refiner.close()


def test_fake_model_that_obeys_injections_is_caught_by_the_guardrails():
    answers = {m: (obedient, marker) for m, obedient, marker in HOSTILE}

    def obey(req):
        obedient, _ = answers[viewer_message(req)]
        return json_reply(obedient, ["t1.live_price"])

    async def serve():
        async with fake_server(obey) as server:
            return await asyncio.to_thread(replay, server.base_url, list(answers)), server

    recs, server = run(serve())
    assert len(server.requests) == len(HOSTILE)
    for rec in recs:
        _, marker = answers[rec.chat.text]
        assert rec.suggestions, rec.chat.text
        for s in rec.suggestions:
            assert norm(marker) not in norm(s.text), (rec.chat.text, s.text)
        assert rec.suggestions[0].engine == "embedded" or "¥188" in rec.suggestions[0].text


def test_timeout_and_malformed_keep_the_embedded_answer():
    for script in (Script(list('{"reply":"x"}'), delay_s=0.4), Script(["not json"])):

        async def serve(script=script):
            async with fake_server(lambda req: script) as server:
                return await asyncio.to_thread(replay, server.base_url, ["多少钱"], 0.3)

        rec = run(serve())[0]
        assert rec.suggestions[0].engine == "embedded" and "¥188" in rec.suggestions[0].text
        assert rec.suggest_ms is not None


def test_async_refiner_newer_question_cancels_the_older_and_dismiss_cancels():
    slow = Script(list('{"reply": "家人们，直播价¥188", "facts": ["t1.live_price"]}'), delay_s=0.05)
    tokens, done = [], []

    async def main():
        async with fake_server(lambda req: slow) as server:
            pipe = Pipeline(catalog(), [Label(), SuggestionStage()])
            refiner = configure_llm(
                pipe,
                settings_for(server.base_url, 10),
                blocking=False,
                on_token=lambda mid, text: tokens.append((mid, text)),
                on_done=lambda rec, res: done.append((rec.id, res.status)),
            )
            pipe.feed(Chat(1.0, id="a1", viewer_id="v1", text="多少钱"))
            await asyncio.sleep(0.2)
            pipe.feed(Chat(2.0, id="a2", viewer_id="v1", text="多少钱啊"))  # same viewer again
            pipe.feed(Chat(2.1, id="b1", viewer_id="v2", text="价格呢"))
            await asyncio.sleep(0.1)
            assert refiner.dismiss("b1")
            await asyncio.wait_for(asyncio.gather(*refiner.tasks.values()), 10)
            await asyncio.wait_for(server.disconnected.wait(), 3)
            await refiner.aclose()
            return server

    server = run(main())
    status = dict(done)
    assert status == {"a1": "cancelled", "a2": "ok", "b1": "cancelled"}
    assert server.disconnects >= 2 and server.completed == 1
    assert any(mid == "a2" and "¥188" in text for mid, text in tokens)


def test_a_busy_room_keeps_the_model_to_a_few_requests_and_sheds_the_oldest():
    slow = json_reply("家人们，龙井直播价¥188～", ["t1.live_price"])
    slow.delay_s = 0.05

    async def main():
        async with fake_server(lambda req: slow) as server:
            pipe = Pipeline(catalog(), [Label(), SuggestionStage()])
            done = []
            refiner = configure_llm(
                pipe, settings_for(server.base_url, 5.0), blocking=False,
                on_done=lambda rec, res: done.append((rec.id, res.status)),
            )  # fmt: skip
            refiner.max_queued = 3
            for i in range(10):
                pipe.feed(Chat(float(i), id=f"m{i}", viewer_id=f"v{i}", text="多少钱", name="小满"))
            await asyncio.gather(*refiner.tasks.values(), return_exceptions=True)
            await refiner.aclose()
            return done, refiner.shed, len(server.requests)

    done, shed, asked = run(main())
    assert shed == 7 and asked == 3
    assert sorted(m for m, _ in done) == ["m7", "m8", "m9"]
    assert all(status == "ok" for _, status in done)
