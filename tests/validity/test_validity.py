"""The validity set: its files are consistent, and the evaluation runs on the committed labels (issue 12).

The dragnet texts live in the development data beside the repository (AGPL, never committed): the tests that need them skip without it."""

from __future__ import annotations

import json

import polars as pl
import pytest

from validity.data import CONCEPTS, ITEMS, LABELS, LABELS_PASS2, available, read_labels
from validity.evaluate import kappa, macro_f1, measure, columns, labelled, wilson

needs_dev = pytest.mark.skipif(not available(), reason="the development data (dragnet texts) is not there")


def test_items_and_labels_match():
    items = [json.loads(line) for line in ITEMS.read_text(encoding="utf-8").splitlines()]
    ids = [i["item_id"] for i in items]
    assert len(ids) == len(set(ids)) >= 400
    labels = read_labels(LABELS)
    assert sorted(labels["item_id"]) == sorted(ids)  # every item labelled once
    assert labels.filter(~pl.col("skip")).height >= 400
    second = read_labels(LABELS_PASS2)
    assert second.height >= 100 and set(second["item_id"]) <= set(ids)
    # dragnet (AGPL) items carry references only, never text
    for item in items:
        if item["source"] == "dragnet":
            assert "text" not in item and {"start", "end", "sha1"} <= set(item)
    assert len({i["site"] for i in items if i["held_out"]}) > 5
    assert len({i["site"] for i in items if not i["held_out"]}) > 5


def test_wilson_interval():
    assert wilson(0, 0) == (None, None)
    lo, hi = wilson(8, 10)
    assert (lo, hi) == (0.49, 0.943)
    assert wilson(10, 10)[1] == 1.0


def test_kappa_per_concept():
    k = kappa()
    assert k["concept"].to_list() == list(CONCEPTS)
    assert k.filter(pl.col("concept") == "question")["n"][0] >= 90


@needs_dev
def test_evaluation_runs_on_the_committed_labels():
    frame = columns(labelled(), offensive=False)
    results = measure(frame)
    held = results.filter(pl.col("split") == "held_out")
    assert set(held["concept"]) >= {"question", "exclamation", "caps_emphasis", "profanity", "us_vs_them", "engages_claim"}
    assert held["n"][0] + results.filter(pl.col("split") == "dev")["n"][0] == frame.height
    # the figures published in markers.toml and the README (held-out macro F1 over concepts with 10+ positives)
    assert macro_f1(results, "held_out") >= 0.70
    by = {r["concept"]: r for r in held.iter_rows(named=True)}
    assert by["question"]["f1"] >= 0.9 and by["hedge"]["f1"] >= 0.8 and by["booster"]["f1"] >= 0.8


def test_offensive_score_is_optional():
    from analysis import offensive

    texts = pl.Series(["fuck you DC", None, "Thanks for the recipe, it was lovely"])
    if not offensive.available():
        with pytest.raises(ImportError, match=r"\[offensive\]"):
            offensive.offensive_scores(texts)
        return
    scores = offensive.offensive_scores(texts).to_list()
    assert scores[1] is None
    assert scores[0] > 0.9 > 0.1 > scores[2]


@needs_dev
def test_engagement_model_is_rebuilt_exactly_and_beats_the_rule(tmp_path, capsys):
    # validity/train_engagement.py fits the engagement score on the development comments only; the shipped file is
    # what it writes, byte for byte, and on the held-out comments the score (at its threshold) finds engagement
    # better than the engages_claim rule (F1 0.54 against 0.45 when measured; 0.35 with the rule's earlier
    # threshold 0.2), and the rule itself stays above the floor of 0.40.
    from pathlib import Path

    from validity.train_engagement import main

    out = tmp_path / "engagement.json"
    assert main(["--out", str(out)]) == 0
    shipped = Path(__file__).resolve().parents[2] / "analysis" / "data" / "engagement.json"
    assert out.read_bytes() == shipped.read_bytes()
    results = measure(columns(labelled(), offensive=False))
    held = {r["concept"]: r for r in results.filter(pl.col("split") == "held_out").iter_rows(named=True)}
    assert held["engage_score"]["f1"] > held["engages_claim"]["f1"] + 0.05
    assert held["engages_claim"]["f1"] >= 0.40
