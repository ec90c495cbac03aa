"""The learned line labeller: its arithmetic, its model file, and what it explains."""

from __future__ import annotations

import json

import numpy as np
import polars as pl
import pytest

from comments import segment
from comments.cli import main
from comments.explain import explain, feature_groups
from comments.labeller import (
    LINE_FEATURES,
    LabellerError,
    Pages,
    context_matrix,
    forward,
    from_json,
    load_labeller,
    model_inputs,
)

ARTICLE = """\
Home | News | Sport | Weather

Council Approves New Budget for City Parks

By Jane Reporter | March 3, 2017

The city council voted on Tuesday to approve a new budget for the parks department, adding money for repairs.
The vote was seven to two, with the two dissenting members arguing the money should go to roads instead.

Officials said the repairs would begin in the spring and last about six months, according to the plan.

Share this article
"""


def test_window_means_stay_inside_each_document():
    values = np.arange(10, dtype=np.float64)[:, None]
    pages = Pages(np.array([4, 6]))  # rows 0-3 and 4-9
    (k1, whole) = pages.windows(values, [1, None])
    # row 3 ends the first document: its window is rows 2-3, not 2-4
    assert k1[:, 0].tolist() == [0.5, 1.0, 2.0, 2.5, 4.5, 5.0, 6.0, 7.0, 8.0, 8.5]
    assert whole[:, 0].tolist() == [1.5] * 4 + [6.5] * 6
    assert pages.total(values[:, 0]).tolist() == [6.0] * 4 + [39.0] * 6


def test_context_features_do_not_cross_documents():
    rng = np.random.default_rng(0)
    base = rng.random((7, len(LINE_FEATURES))).astype(np.float32)
    pw = rng.random(7)
    together = context_matrix(base, pw, np.array([3, 4]))
    apart = np.concatenate([context_matrix(base[:3], pw[:3], np.array([3])),
                            context_matrix(base[3:], pw[3:], np.array([4]))])
    assert together.shape == (7, len(model_inputs()))
    np.testing.assert_allclose(together, apart, rtol=1e-6)


def test_network_scores_each_document_alone():
    model = load_labeller()
    rng = np.random.default_rng(1)
    x = context_matrix(rng.random((9, len(LINE_FEATURES))).astype(np.float32), rng.random(9), np.array([5, 4]))
    both = forward(model, x, np.array([5, 4]))
    first = forward(model, x[:5], np.array([5]))
    np.testing.assert_allclose(both[:5], first, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(np.exp(both).sum(1), 1.0, rtol=1e-6)


def test_model_file_round_trips():
    model = load_labeller()
    again = from_json(json.loads(json.dumps(model.to_json())))
    x = np.random.default_rng(2).random((6, len(model_inputs()))).astype(np.float32)
    np.testing.assert_allclose(forward(model, x, np.array([6])), forward(again, x, np.array([6])), atol=1e-5)
    assert model.meta["script"] == "training/train_labeller.py"
    assert "WCXB" in model.meta["trained_on"]


def test_model_file_for_other_features_is_refused(tmp_path):
    data = load_labeller().to_json()
    data["inputs"] = data["inputs"][:-1] + ["something_new"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data))
    with pytest.raises(LabellerError, match="retrain it"):
        load_labeller(path)
    assert main(["segment", "--labeller", str(path), "-q", str(path)]) == 2


def test_learned_labels_on_a_small_page():
    lab = {r["line_no"]: r["label"] for r in segment(ARTICLE).lines.iter_rows(named=True) if r["label"]}
    assert lab[3] == "title"
    assert lab[1] == "boilerplate"  # the menu
    assert lab[5] == "boilerplate"  # the byline (an article_meta cue)
    assert [lab[i] for i in (7, 8, 10)] == ["body"] * 3
    assert lab[12] == "boilerplate"  # "Share this article"


def test_explain_gives_every_line_its_label_and_reasons():
    table = explain(ARTICLE)
    seg = segment(ARTICLE)
    labels = seg.lines.filter(pl.col("label").is_not_null()).select("line_no", "label")
    assert table.select("line_no", "label").equals(labels)
    title = table.filter(pl.col("label") == "title").row(0, named=True)
    assert title["rule"] == "title: the ranker's pick of the most title-like lines"
    byline = table.filter(pl.col("line_no") == 5).row(0, named=True)
    assert "prefix" in byline["cues"]
    assert all(len(w.split(", ")) == 3 for w in table["weighed_most"])
    body = table.filter(pl.col("label") == "body")
    assert (body["p_body"] > 0.5).all()


def test_feature_groups_cover_every_input_once():
    groups = feature_groups()
    covered = sorted(j for cols in groups.values() for j in cols)
    assert covered == list(range(len(model_inputs())))
    assert {"prose", "position", "lex", "cue"} <= set(groups)


def test_cli_explain(capsys):
    assert main(["segment", "seeds/", "--explain", "000_5a822adfc088c116", "--format", "csv"]) == 0
    table = pl.read_csv(capsys.readouterr().out.encode())
    assert table.filter(pl.col("line_no") == 1)["rule"].item() == "title: the ranker's pick of the most title-like lines"
    assert table.filter(pl.col("label") == "comment")["rule"].unique().to_list() == ["comment finder (list)"]
    assert main(["segment", "seeds/", "--explain", "no-such-doc"]) == 2
    assert "no document with doc_id" in capsys.readouterr().err
