"""The bundled seeds: segmentation equals the hand-made gold on every measure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from comments import evaluate, load_gold, segment_files

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def seg():
    return segment_files([SEEDS])


def test_seed_segmentation_equals_gold_exactly(seg):
    gold = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text().splitlines()]
    predicted = list(seg.records())
    assert [p["doc_id"] for p in predicted] == [g["doc_id"] for g in gold]
    for p, g in zip(predicted, gold):
        assert p == g, p["doc_id"]


def test_every_evaluation_measure_is_one(seg):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    result = evaluate(seg.spans, load_gold(SEEDS / "gold.jsonl"), texts)
    assert result.labels["f1"].to_list() == [1.0] * result.labels.height
    assert result.labels["precision"].to_list() == [1.0] * result.labels.height
    row = result.comments.row(0, named=True)
    assert (row["precision"], row["recall"], row["f1"]) == (1.0, 1.0, 1.0)
    assert row["depth_accuracy"] == 1.0 and row["parent_accuracy"] == 1.0
    assert result.summary["title_accuracy"] == 1.0


def test_seed_sites_come_from_metadata(seg):
    assert seg.documents["site"].to_list() == [
        "veteranstoday.com", "yournewswire.com", "sputniknews.com", "theduran.com", "sputniknews.com",
    ]


def test_seed_comment_table(seg):
    c = seg.comments
    assert c.group_by("doc_id").len().sort("doc_id")["len"].to_list() == [5, 4]
    first = c.filter(c["doc_id"] == "001_d24af7c00431189a").row(0, named=True)
    # a bullet under nothing: a reply (depth 1) whose parent is not in the text
    assert (first["depth"], first["parent_id"]) == (1, None)
    assert first["text"].startswith("I know right?")
    assert "While we’re just throwing bans out there" in first["text"]
    # the list marker is not part of the text
    assert c.filter(c["doc_id"] == "000_5a822adfc088c116")["text"][0].startswith("Gang of virtual 68.")


def test_a_seed_comment_section_on_its_own():
    # the seed's numbered comments alone, from the first one on (no article, no page above
    # them): still five comments, the lines and the closing "Comments are closed." of the gold
    from comments import segment

    gold = next(json.loads(line) for line in (SEEDS / "gold.jsonl").read_text().splitlines()
                if json.loads(line)["doc_id"] == "000_5a822adfc088c116")
    spans = [s for s in gold["spans"] if s["label"] == "comment"]
    first = spans[0]["start"]
    text = "\n".join((SEEDS / "000_5a822adfc088c116.txt").read_text(encoding="utf-8").split("\n")[first - 1:])
    rows = segment(text).comments.to_dicts()
    assert [(r["start_line"], r["end_line"]) for r in rows] == [
        (s["start"] - first + 1, s["end"] - first + 1) for s in spans]
    assert len(rows) == 5


@pytest.mark.parametrize("doc_id", ["003_4a722741b25eccd4", "004_064e299d1ab2197b"])
def test_a_seed_without_its_blank_lines_is_read_alike(doc_id):
    # a scraper that writes one block element per line leaves no blank line: each line is then
    # a paragraph of its own, and the page reads as it does with its blank lines
    from comments import segment

    lines = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8").split("\n")
    kept = [n for n, line in enumerate(lines, 1) if line.strip()]
    whole = dict(segment("\n".join(lines)).lines.select("line_no", "label").iter_rows())
    packed = dict(segment("\n".join(lines[n - 1] for n in kept)).lines.select("line_no", "label").iter_rows())
    assert [packed[i] for i in range(1, len(kept) + 1)] == [whole[n] for n in kept]
    assert "body" in packed.values()
