"""How the understanding and the answered tracking carry over to shops no rule was written for.

``tests/fixtures/shops/<shop>/`` holds four hundred and eleven shops (the README's rounds
table names the later ones; the first hundred and thirty-two are baby goods, fresh food,
appliances, outdoor gear, coffee, toys, pets, skincare, bedding, fitness, phone
accessories, stationery, jewellery, tea, car accessories, makeup, sneakers, cookware,
liquor, kidswear, vacuums, candles, snacks, luggage, plants, watches, frozen dumplings,
gaming gear, hair care, fishing tackle, eyewear, handbags, protein powder, cameras,
seafood, guitars, furniture, cleaning goods, yoga wear, board games, bikes, bakery,
wine, lingerie, smart home, nuts, stationery, kitchen knives, perfume, power tools,
swimwear, condiments, yarn, drones, vitamins, curtains, barbecue, picture books, winter
accessories, fruit, tea ware, running gear, baby feeding, beauty devices, UK baking, dried
goods, cat supplies, K-beauty, menswear, craft beer, rice, travel gear, womenswear, espresso
gear, spicy snacks, educational toys, dog supplies, kitchen appliances, honey, women's
shoes, diapers, aquarium supplies, golf gear, art supplies, Chinese pastries, men's
skincare, mattresses, turntables and records, press-on nails, Malaysian fashion, hanfu,
projectors, herbal tea, quilting, pickleball, Hong Kong dried seafood (Cantonese), gold
jewellery, oral care, Taiwanese snacks (traditional characters), UK gardening, vintage
clothing, Indian ethnic wear (Hinglish), badminton, prayer beads, western boots, sun care,
Malaysian durian and snacks, e-bikes, Northeastern seafood (东北话), Australian surfwear,
Chongqing hotpot (Sichuanese), Philippine skincare (Taglish), Singapore phone gear, woodworking
tools, infant formula, pre-owned luxury, Nigerian wigs (Pidgin), Malaysian bird's nest, pet
supplements, plus-size fashion, jadeite, air conditioners, Indonesian batik (Bahasa), car
detailing, Irish knitwear, Korean-Chinese kimchi, children's shoes, hotel and spa vouchers,
South African braai gear, UK makeup, Thai fashion (Thai English), hockey gear; Chinese,
English and mixed rooms) written by people who had not seen this
code: a catalog, ~150 labelled viewer messages (intent, product, product on screen) and
~50 host utterances as speech recognition writes them, each with the catalog facts it
states. For each shop this prints:

- intent accuracy, question/non-question accuracy, and product accuracy over questions
  whose intent was right;
- for speech, precision and recall of the (intent, product) pairs a segment answers (the
  spec's intent-to-fact table), and how many segments are read exactly right.

Usage: ``python benchmarks/other_shops.py [-v] [SHOP_DIR ...]`` (``-v`` lists every miss).
The labels are one person's reading; a miss is a place to look, not always an error.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from copilot.core.catalog import load_catalog
from copilot.core.events import Chat, ProductShown
from copilot.core.pipeline import Pipeline
from copilot.core.records import QUESTION_INTENTS
from copilot.core.tracking.facts import FIELD_INTENTS, FactIndex
from copilot.core.understanding import UnderstandingStage

SHOPS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "shops"
RETURNS = ("returns", None)
_FIELD = {"shipping.carrier": "carrier", "shipping.ships_within_h": "ships_within_h",
          "shipping.free": "free"}  # fmt: skip


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def labelled_pairs(facts: str) -> set[tuple[str, str | None]]:
    """(intent, product) pairs that the labelled facts answer."""
    out: set[tuple[str, str | None]] = set()
    for fact in filter(None, (f.strip() for f in facts.split(","))):
        if fact.startswith("shop.policies."):
            if fact.endswith(".returns"):
                out.add(RETURNS)
            continue
        pid, path = fact.split(".", 1)
        head = path.split(".")[0]
        field = _FIELD.get(path) or ("spec" if head == "specs" else head)  # specs.x → spec
        for intent in FIELD_INTENTS.get(field, ()):
            out.add((intent, pid))
    return out


def messages(shop: Path, verbose: bool) -> tuple[int, int, int, int, int]:
    catalog = load_catalog(str(shop / "catalog.json"))
    table = rows(shop / "messages.tsv")
    right = form = prod_right = prod_n = 0
    for i, row in enumerate(table):
        p = Pipeline(catalog, [UnderstandingStage()])
        if row.get("on_screen"):
            p.feed(ProductShown(0, product_id=row["on_screen"]))
        rec = p.feed(Chat(1, id="m", viewer_id=f"v{i}", text=row["text"]))
        want, got = row["intent"], rec.intent
        right += got == want
        form += (got in QUESTION_INTENTS) == (want in QUESTION_INTENTS)
        if got == want and want in QUESTION_INTENTS:
            prod_n += 1
            ok = (rec.product_id or "") == (row.get("product_id") or "")
            prod_right += ok
            if verbose and not ok:
                print(f"  product  {row['text']!r}: {row.get('product_id')} → {rec.product_id}")
        if verbose and got != want:
            print(f"  intent   {row['text']!r}: {want} → {got}")
    return len(table), right, form, prod_right, prod_n


def speech(shop: Path, verbose: bool) -> tuple[int, int, int, int, int]:
    index = FactIndex(load_catalog(str(shop / "catalog.json")))
    table = rows(shop / "speech.tsv")
    tp = fp = fn = exact = 0
    for row in table:
        want = labelled_pairs(row.get("facts") or "")
        st = index.analyse(row["text"])
        screen = row.get("on_screen") or None
        for field, pids in st.ambiguous:  # as the tracker does: the product on screen first
            for pid in [screen] if screen in pids else sorted(pids):
                st.resolve(field, pid)
        got: set[tuple[str, str | None]] = set(st.answered_keys())
        if st.returns:
            got.add(RETURNS)
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        exact += want == got
        if verbose and want != got:
            print(f"  speech   {row['text']!r}: missing {sorted(want - got, key=str)}, "
                  f"extra {sorted(got - want, key=str)}")  # fmt: skip
    return len(table), tp, fp, fn, exact


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("shops", nargs="*", type=Path, help=f"shop folders (default: all of {SHOPS})")
    args = ap.parse_args(argv)
    shops = args.shops or sorted(p for p in SHOPS.iterdir() if p.is_dir())
    print(f"{'shop':10} {'intent':>13} {'q/non-q':>8} {'product':>9} "
          f"{'speech P':>9} {'speech R':>9} {'exact':>7}")  # fmt: skip
    total = [0] * 9  # n, right, form, pr, pn, sn, tp, fp, fn
    for shop in shops:
        n, right, form, pr, pn = messages(shop, args.verbose)
        sn, tp, fp, fn, exact = speech(shop, args.verbose)
        precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"{shop.name:10} {right:>4}/{n} {right / n:.3f} {form / n:8.3f} {pr:>4}/{pn:<4} "
              f"{precision:9.3f} {recall:9.3f} {exact:>3}/{sn}")  # fmt: skip
        total = [
            a + b for a, b in zip(total, (n, right, form, pr, pn, sn, tp, fp, fn), strict=True)
        ]
    n, right, _form, pr, pn, _sn, tp, fp, fn = total
    if len(shops) > 1 and n:
        print(f"pooled over {len(shops)} shops: intent {right / n:.3f} ({right}/{n}), product "
              f"{pr / max(pn, 1):.3f} ({pr}/{pn}), speech P {tp / max(tp + fp, 1):.3f} "
              f"R {tp / max(tp + fn, 1):.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
