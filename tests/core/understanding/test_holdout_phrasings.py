"""Our own phrasings written apart from the lexicons (another catalog, zh + en): the intent
accuracy on them is the honest guide to unseen rooms; ``pytest -s`` prints it."""

import csv
from pathlib import Path

from copilot.core.catalog import load_catalog
from copilot.core.events import Chat, ProductShown
from copilot.core.pipeline import Pipeline
from copilot.core.understanding import UnderstandingStage

FIX = Path(__file__).parent.parent.parent / "fixtures"


def test_intent_accuracy_on_phrasings_the_lexicons_were_not_written_from():
    catalog = load_catalog(str(FIX / "tiny_catalog.json"))
    with open(FIX / "phrasings_holdout.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    misses = []
    for i, row in enumerate(rows):
        p = Pipeline(catalog, [UnderstandingStage()])
        p.feed(ProductShown(0, product_id="n1"))
        rec = p.feed(Chat(1, id="m", viewer_id=f"v{i}", text=row["text"]))
        if rec.intent != row["intent"]:
            misses.append((row["text"], row["intent"], rec.intent))
    accuracy = 1 - len(misses) / len(rows)
    print(f"holdout intent accuracy {len(rows) - len(misses)}/{len(rows)} = {accuracy:.3f}")
    assert len(rows) >= 90
    assert accuracy >= 0.95, misses
