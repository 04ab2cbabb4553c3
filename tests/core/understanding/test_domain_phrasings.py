"""Questions from shops far from clothing and home goods (gadgets, food, beauty, pets,
books, furniture, jewellery), zh + en, statements among them. Written to find where the
lexicons were blind; the vocabulary and the product-property rule were then added for
them, so this is a regression guard (the honest figure for unseen rooms is the holdout
test beside it). ``pytest -s`` prints the accuracy."""

from pathlib import Path

from copilot.core.catalog import load_catalog
from copilot.core.events import Chat
from copilot.core.pipeline import Pipeline
from copilot.core.understanding import UnderstandingStage
from copilot.core.understanding.rules import asks_about_a_thing
from tests.core.understanding.phrasings import assert_accuracy

FIX = Path(__file__).parent.parent.parent / "fixtures"


def test_intent_accuracy_on_other_kinds_of_shop():
    assert_accuracy("phrasings_domains.tsv", "gadgets_catalog.json", "e1", at_least_lines=190)


def test_a_yes_no_question_about_a_thing_is_about_the_product_not_the_host():
    for text in ("is it hardcover", "does the sofa recline", "是精装的吗", "能折叠吗"):
        assert asks_about_a_thing(text, not text.isascii()), text
    for text in ("do you have a discord", "are you from texas", "主播是东北的吗",
                 "你是哪里人", "what time is it", "明天几点播"):  # fmt: skip
        assert not asks_about_a_thing(text, not text.isascii()), text


def test_an_unknown_property_question_is_a_spec_question_but_a_personal_one_is_not():
    catalog = load_catalog(str(FIX / "gadgets_catalog.json"))
    p = Pipeline(catalog, [UnderstandingStage()])
    want = {"does it fold flat": "spec", "可以折叠吗": "spec", "are you married": "other_question"}
    for i, (text, intent) in enumerate(want.items()):
        assert p.feed(Chat(1, id=f"m{i}", viewer_id="v", text=text)).intent == intent, text
