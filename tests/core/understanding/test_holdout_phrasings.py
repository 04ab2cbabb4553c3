"""Our own phrasings written apart from the lexicons (another catalog, zh + en): the intent
accuracy on them is the honest guide to unseen rooms; ``pytest -s`` prints it."""

from tests.core.understanding.phrasings import assert_accuracy


def test_intent_accuracy_on_phrasings_the_lexicons_were_not_written_from():
    assert_accuracy("phrasings_holdout.tsv", "tiny_catalog.json", on_screen="n1", at_least_lines=90)
