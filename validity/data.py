"""Load the validity set: items (tests/validity/items.jsonl) with their comment and article text, and labels.

Dragnet items store only references; their text is read from ../shared/dev/dragnet_train.jsonl at run time and
checked against the stored SHA-1.  wcxb articles are read from ../shared/dev/wcxb-dev, seed articles from the
repository's seeds/.  :func:`available` says whether ../shared/dev is there.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from functools import lru_cache
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VALIDITY = ROOT / "tests" / "validity"
ITEMS = VALIDITY / "items.jsonl"
LABELS = VALIDITY / "labels.tsv"
LABELS_PASS2 = VALIDITY / "labels_pass2.tsv"

#: The concepts of tests/validity/GUIDE.md, in order.
CONCEPTS = (
    "question", "exclamation", "caps_emphasis", "scare_quotes", "laughter_ridicule", "sarcasm", "insult",
    "profanity", "conspiracy", "us_vs_them", "call_to_action", "nazi_comparison", "whataboutism", "hedge",
    "booster", "quotes_article", "engages_claim", "off_topic",
)
SKIP = "skip"


def available() -> bool:
    return (SHARED / "dev" / "dragnet_train.jsonl").is_file() and (SHARED / "dev" / "wcxb-dev").is_dir()


@lru_cache(maxsize=1)
def _dragnet() -> dict[str, dict]:
    with open(SHARED / "dev" / "dragnet_train.jsonl", encoding="utf-8") as f:
        return {r["doc_id"]: r for r in map(json.loads, f)}


@lru_cache(maxsize=1)
def _wcxb() -> dict[str, dict]:
    with gzip.open(SHARED / "dev" / "wcxb-dev" / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as f:
        return {d["file_id"]: d for d in map(json.loads, f)}


def _seed_article(doc_id: str) -> tuple[str, str]:
    gold = {}
    with open(ROOT / "seeds" / "gold.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            gold[d["doc_id"]] = d
    lines = (ROOT / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    title, body = [], []
    for span in gold[doc_id]["spans"]:
        part = [ln.strip() for ln in lines[span["start"] - 1 : span["end"]]]
        if span["label"] == "title" and not title:
            title = part
        elif span["label"] == "body":
            body.extend(part)
    return " ".join(title).strip(), "\n".join(x for x in body if x)


def _article(item: dict) -> tuple[str, str]:
    if item["source"] == "dragnet":
        r = _dragnet()[item["doc_id"]]
        lines = [ln.strip() for ln in r["text"].split("\n")[: r["comment_start_line"]]]
        lines = [ln for ln in lines if ln]
        return lines[0], "\n".join(lines[1:])
    if item["source"] == "wcxb":
        d = _wcxb()[item["doc_id"]]
        return d["title"] or "", d["main_content"] or ""
    return _seed_article(item["doc_id"])


def _text(item: dict) -> str:
    if "text" in item:
        return item["text"]
    text = _dragnet()[item["doc_id"]]["text"][item["start"] : item["end"]]
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != item["sha1"]:
        raise ValueError(f"{item['item_id']}: the dragnet text at {item['doc_id']}[{item['start']}:{item['end']}] changed")
    return text


def load_items() -> pl.DataFrame:
    """One row per item: item_id, source, site, doc_id (article key), held_out, text, title, body."""
    rows = []
    with open(ITEMS, encoding="utf-8") as f:
        for item in map(json.loads, f):
            title, body = _article(item)
            rows.append({
                "item_id": item["item_id"], "source": item["source"], "site": item["site"],
                "doc_id": f"{item['source']}:{item['doc_id']}", "held_out": item["held_out"],
                "text": _text(item), "title": title, "body": body,
            })
    return pl.DataFrame(rows)


def read_labels(path: Path = LABELS) -> pl.DataFrame:
    """One row per labelled item: item_id, skip, and one Boolean column per concept."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        item_id, _, labels = line.partition("\t")
        names = {x.strip() for x in labels.split(",") if x.strip()}
        unknown = names - set(CONCEPTS) - {SKIP}
        if unknown:
            raise ValueError(f"{path.name}:{n}: unknown label(s) {sorted(unknown)}")
        rows.append({"item_id": item_id.strip(), SKIP: SKIP in names, **{c: c in names for c in CONCEPTS}})
    frame = pl.DataFrame(rows)
    if frame["item_id"].is_duplicated().any():
        raise ValueError(f"{path.name}: an item is labelled twice")
    return frame
