"""The body block check: blocks, their features, what it drops, its model file."""

from __future__ import annotations

import dataclasses
import json
import math

import numpy as np
import polars as pl
import pytest

from comments.body_blocks import (
    FEATURES, GAP_FEATURES, BlockCheck, Logistic, block_features, check_blocks, drop_stray_blocks, fill_gaps,
    from_json, gap_features, load_block_check, with_blocks, with_gaps,
)
from comments.labeller import load_labeller
from comments.lines import D
from comments.pipeline import segment

ARTICLE = [
    "The city council voted on Tuesday to approve a new budget for the parks department.",
    "The vote was seven to two, with the two dissenting members arguing for roads instead.",
    "Officials said the repairs would begin in the spring and last about six months.",
    "Park users will find some paths closed while the work goes on, the council said.",
]


def _page(rows: list[tuple[str, str]], doc: int = 0) -> pl.DataFrame:
    """A labelled lines table as ``segmenter.label`` leaves it: one (label, text) per
    non-blank line; the labeller's probabilities follow the label (body lines 0.9 body)."""
    p_body = {"body": 0.9, "caption": 0.2, "title": 0.1}
    return pl.DataFrame({
        D: [doc] * len(rows),
        "line_no": list(range(1, 2 * len(rows), 2)),  # (a blank line between lines)
        "label": [r[0] for r in rows],
        "t": [r[1] for r in rows], "raw": [r[1] for r in rows],
        "n_words": [len(r[1].split()) for r in rows],
        "prose": [r[1].endswith(".") for r in rows],
        "heading": [False] * len(rows), "marker": [False] * len(rows), "cue": [False] * len(rows),
        "ui": [r[1].endswith("_") for r in rows], "action": [False] * len(rows),
        "block": [False] * len(rows), "related": [False] * len(rows), "image": [False] * len(rows),
        "indent": [0] * len(rows), "ends_sent": [r[1].endswith(".") for r in rows],
        "header": pl.Series([None] * len(rows), dtype=pl.String),
        "lp_body": [math.log(p_body.get(r[0], 0.05)) for r in rows],
        "lp_other": [math.log(1 - p_body.get(r[0], 0.05) - 0.01) for r in rows],
        "lp_comment": [math.log(0.01)] * len(rows),
    })


COPY_PAGE = [
    ("boilerplate", "Home | News | Sport"),
    ("title", "Council Approves New Budget"),
    ("body", ARTICLE[0]), ("body", ARTICLE[1]),
    ("caption", "The park in spring. Photo: City Paper"),  # (inside the article: no break)
    ("body", ARTICLE[2]), ("body", ARTICLE[3]),
    ("boilerplate", "Share this article"),
    ("boilerplate", "Email _"),
    ("body", ARTICLE[0]), ("body", ARTICLE[1]),  # a copy of the article's start
    ("boilerplate", "Copyright 2017 The City Paper"),
]


def test_blocks_are_runs_of_body_lines_that_captions_do_not_break():
    f = with_blocks(_page(COPY_PAGE))
    assert f["_blk"].to_list() == [None, None, 1, 1, None, 1, 1, None, None, 2, 2, None]


def test_block_features_describe_size_place_and_copies():
    feats = {r["_blk"]: r for r in block_features(with_blocks(_page(COPY_PAGE))).iter_rows(named=True)}
    article, copy = feats[1], feats[2]
    assert set(FEATURES) <= set(feats[1])
    n_article = sum(len(t.split()) for t in ARTICLE)
    n_copy = len(ARTICLE[0].split()) + len(ARTICLE[1].split())
    assert article["log_words"] == pytest.approx(math.log1p(n_article))
    assert article["word_share"] == pytest.approx(n_article / (n_article + n_copy))
    assert article["word_share"] + copy["word_share"] == pytest.approx(1.0)
    assert (article["largest"], copy["largest"]) == (1.0, 0.0)
    assert (article["first"], article["last"], copy["first"], copy["last"]) == (1.0, 0.0, 0.0, 1.0)
    # every line of the second block repeats a line of the first; none of the first repeats
    assert (article["repeated"], copy["repeated"]) == (0.0, 1.0)
    # two lines stand between the blocks ("Share this article", the form field), one of them a form's
    assert copy["gap_before_lines"] == pytest.approx(math.log1p(2)) and copy["gap_ui"] == pytest.approx(math.log1p(1))
    assert article["gap_before_lines"] == pytest.approx(math.log1p(2))  # the menu and the title
    assert copy["after_largest"] == 1.0 and article["after_largest"] == 0.0
    assert copy["log_dist_largest"] == pytest.approx(math.log1p(3))  # 3 lines after the article's last
    assert article["body_before"] == 0 and article["body_after"] == pytest.approx(copy["word_share"])
    assert article["p_body"] == pytest.approx(0.9) and copy["below_title"] == 1.0


def _model(features=FEATURES, bias: float = 0.0, **weights) -> Logistic:
    """A logistic model with the given weights on unstandardised features, threshold 0.5."""
    n = len(features)
    w = np.array([weights.get(name, 0.0) for name in features])
    return Logistic(features, np.zeros(n), np.ones(n), w, bias, 0.5)


def test_a_rejected_block_becomes_boilerplate_and_the_largest_is_always_kept():
    page = _page(COPY_PAGE)
    # a check that rejects copies: the copy goes, the article stays
    out = drop_stray_blocks(page, _model(repeated=-10.0))
    assert out["label"].to_list() == page.with_columns(
        label=pl.when(pl.col("line_no").is_in([19, 21])).then(pl.lit("boilerplate")).otherwise(pl.col("label"))
    )["label"].to_list()
    # a check that rejects every block leaves the page its largest
    out = drop_stray_blocks(page, _model(bias=-10.0))
    assert out.filter(pl.col("label") == "body")["line_no"].to_list() == [5, 7, 11, 13]
    # captions and titles keep their labels
    assert out.filter(pl.col("label") != "boilerplate")["label"].to_list().count("caption") == 1
    # the check that keeps everything
    assert check_blocks(page, BlockCheck.off())["label"].to_list() == page["label"].to_list()
    # pages are judged on their own: another page's blocks do not count
    two = pl.concat([page, _page(COPY_PAGE[:8], doc=1)])
    out = drop_stray_blocks(two, _model(repeated=-10.0))
    assert out.filter(pl.col(D) == 1)["label"].to_list() == [r[0] for r in COPY_PAGE[:8]]


def test_probabilities_are_the_logistic_of_the_standardised_features():
    feats = block_features(with_blocks(_page(COPY_PAGE)))
    model = dataclasses.replace(_model(repeated=2.0, log_words=0.5, bias=-1.0), mean=np.full(len(FEATURES), 0.5),
                                std=np.full(len(FEATURES), 2.0))
    x = feats.select(FEATURES).to_numpy()
    z = (x - 0.5) / 2.0
    expected = 1 / (1 + np.exp(-(2.0 * z[:, FEATURES.index("repeated")] + 0.5 * z[:, FEATURES.index("log_words")] - 1.0)))
    assert model.probabilities(feats) == pytest.approx(expected)


LIST_PAGE = [
    ("boilerplate", "Home | News | Sport"),
    ("title", "Five Ways to Save on Repairs"),
    ("body", ARTICLE[0]), ("body", ARTICLE[1]),
    ("boilerplate", "* Compare three quotes"),  # a list inside the article the labeller missed
    ("boilerplate", "* Buy materials in the off season"),
    ("body", ARTICLE[2]),
    ("boilerplate", "Advertisement"),
    ("body", ARTICLE[3]),
    ("comment", "Jane says: great tips, thank you for writing this."),
    ("body", "A last paragraph that the labeller read as the article's, under a comment."),
    ("boilerplate", "Copyright 2017 The City Paper"),
]


def _list_page() -> pl.DataFrame:
    return _page(LIST_PAGE).with_columns(marker=pl.col("t").str.starts_with("* "))


def test_gaps_are_the_boilerplate_lines_between_body_blocks_without_a_comment():
    f = with_gaps(_list_page())
    gaps = dict(zip(f["line_no"], f["_gap"]))
    # the list and the "Advertisement" line are gaps; the menu (above the article), the
    # copyright (below it) and the gap holding a comment are not
    assert [n for n, g in gaps.items() if g is not None] == [9, 11, 15]
    assert gaps[9] == gaps[11] != gaps[15]
    feats = {r["line_no"]: r for r in gap_features(f).iter_rows(named=True)}
    assert set(feats) == {9, 11, 15} and set(GAP_FEATURES) <= set(feats[9])
    assert feats[9]["gap_lines"] == pytest.approx(math.log1p(2)) and feats[15]["gap_lines"] == pytest.approx(math.log1p(1))
    assert (feats[9]["marker"], feats[15]["marker"], feats[9]["short"], feats[15]["short"]) == (1.0, 0.0, 0.0, 1.0)
    assert feats[9]["gap_short"] == 0 and feats[15]["gap_short"] == 1 and feats[9]["below_largest"] == 0
    # the body runs around the list: the article's first two paragraphs above, one below
    assert feats[9]["above_words"] == pytest.approx(math.log1p(len(ARTICLE[0].split()) + len(ARTICLE[1].split())))
    assert feats[9]["below_words"] == pytest.approx(math.log1p(len(ARTICLE[2].split())))


def test_filled_gap_lines_become_body_and_nothing_else_moves():
    page = _list_page()
    out = fill_gaps(page, _model(GAP_FEATURES, bias=-5.0, marker=10.0))  # list items only
    changed = page.join(out.select(D, "line_no", new="label"), on=[D, "line_no"]).filter(pl.col("label") != pl.col("new"))
    assert changed["line_no"].to_list() == [9, 11] and set(changed["new"]) == {"body"}
    # a model that fills every gap still leaves the page's edges and the comment's gap alone
    out = fill_gaps(page, _model(GAP_FEATURES, bias=10.0))
    assert out.filter(pl.col("label") == "body")["line_no"].to_list() == [5, 7, 9, 11, 13, 15, 17, 21]
    assert fill_gaps(page, BlockCheck.off().gaps)["label"].to_list() == page["label"].to_list()
    # nor a gap holding a line shaped like a comment's header (a comment section the finder
    # did not split, between "body" comments)
    headed = page.with_columns(header=pl.when(pl.col("line_no") == 11).then(pl.lit("byline_date")))
    out = fill_gaps(headed, _model(GAP_FEATURES, bias=10.0))
    assert out.filter(pl.col("label") == "body")["line_no"].to_list() == [5, 7, 13, 15, 17, 21]
    # nor a "read also" link the segmenter found under a photo caption
    linked = page.with_columns(link_under_caption=pl.col("line_no") == 15)
    out = fill_gaps(linked, _model(GAP_FEATURES, bias=10.0))
    assert out.filter(pl.col("label") == "body")["line_no"].to_list() == [5, 7, 9, 11, 13, 17, 21]


def test_a_page_without_body_and_an_empty_table_pass_through():
    page = _page([("boilerplate", "Home | News"), ("title", "A headline here")])
    everything = BlockCheck(_model(bias=-10.0), _model(GAP_FEATURES, bias=10.0))
    assert check_blocks(page, everything)["label"].to_list() == ["boilerplate", "title"]
    empty = _page([]).clear()
    assert check_blocks(empty, everything).height == 0


def test_the_shipped_check_and_its_file_format():
    check = load_block_check()
    assert 0 < check.stray.threshold < 1 and 0 < check.gaps.threshold < 1
    assert check.stray.features == FEATURES and check.gaps.features == GAP_FEATURES
    assert "WCXB" in check.meta["trained_on"] and check.meta["script"] == "training/train_block_check.py"
    # a larger block of the same kind is likelier the article's, a copy of earlier lines less
    assert check.stray.weights[FEATURES.index("log_words")] > 0 > check.stray.weights[FEATURES.index("repeated")]
    again = from_json(json.loads(json.dumps(check.to_json())))
    assert np.allclose(again.stray.weights, check.stray.weights) and again.gaps.threshold == check.gaps.threshold
    bad = check.to_json()
    bad["gaps"] = bad["gaps"] | {"features": list(GAP_FEATURES[:-1])}
    with pytest.raises(ValueError, match="gaps features .* retrain it with training/train_block_check.py"):
        from_json(bad)
    with pytest.raises(ValueError, match="format"):
        from_json(check.to_json() | {"format": "other"})


def test_the_segmenter_uses_a_labellers_own_check():
    # (the shipped labeller reads this page as two body blocks: the article's four paragraphs
    # and, after the "Advertisement" line, one more paragraph; the paragraphs are long enough
    # that a retrained labeller reads them so too: ARTICLE's one-sentence paragraphs alone sit
    # near its body/boilerplate boundary, where retraining moves them either way)
    more = " It was the first budget the council has passed on time in three years, members noted."
    text = "\n\n".join([
        "Council Approves New Budget", *(a + more for a in ARTICLE), "Advertisement",
        "The council also voted to rename the east side park after a former mayor, who served for twelve "
        "years and died last spring. The vote was unanimous.",
        "The new name takes effect in June, when a plaque will be unveiled at the park gates, officials said.",
        "Copyright 2017",
    ])
    off = dataclasses.replace(load_labeller(), block_check=BlockCheck.off())
    drop_all = dataclasses.replace(load_labeller(), block_check=BlockCheck(_model(bias=-10.0), BlockCheck.off().gaps))
    body = lambda seg: seg.lines.filter(pl.col("label") == "body")["line_no"].to_list()  # noqa: E731
    assert body(segment(text, labeller=off)) == [3, 5, 7, 9, 13]
    assert body(segment(text, labeller=drop_all)) == [3, 5, 7, 9]  # the largest block stays
    from comments.explain import explain

    rules = dict(explain(text, labeller=drop_all).select("line_no", "rule").iter_rows())
    assert rules[13] == "boilerplate: a body block apart from the article (block check)"
    assert rules[3] != rules[13]


def _candidates(n_pages: int = 300, seed: int = 0) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Blocks of synthetic pages whose "repeated" feature tells a stray block (plus noise),
    and the pages' main-content word counts before any decision."""
    rng = np.random.default_rng(seed)
    rows, texts = [], []
    for p in range(n_pages):
        stray = rng.random(3) < 0.4
        words = rng.integers(20, 200, size=3).astype(float)
        x = rng.normal(size=(3, len(FEATURES)))
        x[:, FEATURES.index("repeated")] = np.where(stray, 1.0, 0.0) + rng.normal(scale=0.3, size=3)
        for i in range(3):
            rows.append({"doc_id": f"p{p}", "_blk": i + 1, "fold": p % 5, "page_type": "article",
                         "words": words[i], "gold_words": 0.0 if stray[i] else words[i], "y": not stray[i],
                         "weight": 1.0, **dict(zip(FEATURES, x[i]))})
        article = 500.0
        texts.append({"doc_id": f"p{p}", "fold": p % 5, "page_type": "article", "converter": "w3m",
                      "tp": article + words[~stray].sum(), "pred": article + words.sum(), "gold": article + words[~stray].sum()})
    return pl.DataFrame(rows), pl.DataFrame(texts)


def test_training_the_check_is_deterministic_and_learns_the_telling_feature():
    from training.train_block_check import GAPS, STRAY, _fit, best_threshold, f1_after

    c, texts = _candidates()
    a, b = _fit(STRAY, c), _fit(STRAY, c)
    assert np.array_equal(a.weights, b.weights)
    j = FEATURES.index("repeated")
    assert a.weights[j] < 0 and abs(a.weights[j]) > 3 * np.abs(np.delete(a.weights, j)).max()
    # dropping exactly the stray blocks gives every page F1 1; keeping them, less
    truth = ~c["y"].to_numpy()
    r = f1_after(STRAY, texts, c, truth)
    assert r["after"].to_list() == pytest.approx([1.0] * texts.height) and r["before"].mean() < 0.95
    # adding (the gaps' sign) moves the words the other way
    r = f1_after(GAPS, texts.with_columns(tp=pl.col("tp") - 10.0, pred=pl.col("pred") - 10.0),
                 c.with_columns(words=pl.lit(10.0), gold_words=pl.lit(10.0)), np.arange(c.height) == 0)
    assert r.filter(pl.col("doc_id") == "p0")["after"].item() > r.filter(pl.col("doc_id") == "p0")["before"].item()
    # the chosen threshold drops blocks the model is unsure of, rightly more than 7 times in 10
    thr = best_threshold(STRAY, c, texts)
    assert 0 < thr < 1
    dropped = _fit(STRAY, c, thr).probabilities(c) < thr
    assert dropped.sum() > 0.5 * truth.sum() and (truth[dropped]).mean() >= 0.7
