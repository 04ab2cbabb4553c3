"""Reads a phrasings table (lang, text, intent) and labels each line with a fresh pipeline."""

import csv
from pathlib import Path

from copilot.core.catalog import load_catalog
from copilot.core.events import Chat, ProductShown
from copilot.core.pipeline import Pipeline
from copilot.core.understanding import UnderstandingStage

FIX = Path(__file__).parent.parent.parent / "fixtures"


def misses(table: str, catalog_file: str, on_screen: str) -> tuple[int, list[tuple]]:
    """(lines, [(text, wanted, got) for each line labelled otherwise])."""
    catalog = load_catalog(str(FIX / catalog_file))
    with open(FIX / table, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = []
    for i, row in enumerate(rows):
        p = Pipeline(catalog, [UnderstandingStage()])
        p.feed(ProductShown(0, product_id=on_screen))
        rec = p.feed(Chat(1, id="m", viewer_id=f"v{i}", text=row["text"]))
        if rec.intent != row["intent"]:
            out.append((row["text"], row["intent"], rec.intent))
    return len(rows), out


def assert_accuracy(table: str, catalog_file: str, on_screen: str, at_least_lines: int) -> None:
    """At least 95 % of the table labelled as written (``pytest -s`` prints the figure)."""
    n, missed = misses(table, catalog_file, on_screen)
    accuracy = 1 - len(missed) / n
    print(f"{table}: intent accuracy {n - len(missed)}/{n} = {accuracy:.3f}")
    assert n >= at_least_lines
    assert accuracy >= 0.95, missed
