"""Accuracy gate on the project's own test pages (tests/pages/): scores may not drop below
pinned floors.  Floors only move up: raise them when the segmenter improves.

tune/     pages the segmenter was developed on;
heldout/  pages (and whole comment systems) never looked at while tuning: the honest
          estimate of accuracy on unseen sites.  See tests/pages/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comments import evaluate, load_gold, segment_files

PAGES = Path(__file__).resolve().parent / "pages"

FLOORS = {
    "tune": {"word_accuracy": 0.95, "body": 0.94, "boilerplate": 0.94, "comment": 0.98,
             "comment_boundary": 0.84, "title_accuracy": 0.88},
    "heldout": {"word_accuracy": 0.90, "body": 0.87, "boilerplate": 0.87, "comment": 0.95,
                "comment_boundary": 0.59, "title_accuracy": 0.82},
}


def scores(name: str) -> dict[str, float]:
    directory = PAGES / name
    seg = segment_files([directory])
    texts = {p.stem: p.read_text(encoding="utf-8") for p in directory.glob("*.txt")}
    result = evaluate(seg.spans, load_gold(directory / "gold.jsonl"), texts)
    f1 = dict(zip(result.labels["label"], result.labels["f1"]))
    return {
        "word_accuracy": result.summary["word_accuracy"],
        "title_accuracy": result.summary["title_accuracy"],
        "body": f1["body"],
        "boilerplate": f1["boilerplate"],
        "comment": f1["comment"],
        "comment_boundary": result.comments["f1"][0],
    }


@pytest.mark.parametrize("name", ["tune", "heldout"])
def test_scores_stay_above_floors(name):
    got = scores(name)
    below = {k: (round(got[k], 4), floor) for k, floor in FLOORS[name].items() if got[k] < floor}
    assert not below, f"{name}: below floor (score, floor): {below}"
