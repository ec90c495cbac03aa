"""The title ranker: its features, its choice, its model file and its training."""

from __future__ import annotations

import dataclasses

import numpy as np
import polars as pl
import pytest

from comments import lines as lines_mod
from comments.cues import load_cues
from comments.labeller import load_labeller
from comments.lines import D
from comments.segmenter import checked_threads
from comments.title_ranker import FEATURES, TitleRanker, candidate_features, from_json, load_title_ranker, pick

PAGE = """\
Home | News | Sport | Weather

Council Approves New Budget for City Parks

By Jane Reporter | March 3, 2017

The city council voted on Tuesday to approve a new budget for the parks department, adding money for repairs.
The vote was seven to two, with the two dissenting members arguing the money should go to roads instead.

Repairs Begin in the Spring

Officials said the repairs would begin in the spring and last about six months, according to the budget plan.
Park users will find some paths closed while the work goes on, the council said in a statement on Tuesday.

Share this article
"""
HEADLINE, SUBHEADING = 3, 10


def _scored(text: str) -> pl.DataFrame:
    docs = pl.DataFrame({D: [0], "text": [text]})
    logical, _ = lines_mod.unwrap(lines_mod.split_lines(docs))
    cues = load_cues()
    return checked_threads(lines_mod.features(logical, cues), cues, load_labeller(), None)


def test_candidates_tell_the_headline_from_a_sub_heading():
    cand = {r["line_no"]: r for r in candidate_features(_scored(PAGE)).iter_rows(named=True)}
    head, sub = cand[HEADLINE], cand[SUBHEADING]
    # no article above the headline, two sentences' worth above the sub-heading
    assert head["log_body_above"] == 0 and head["body_above_share"] == 0
    assert sub["log_body_above"] > np.log1p(30) and 0.3 < sub["body_above_share"] < 0.7
    # the byline and its date stand under the headline only
    assert head["by_below"] == 1 and head["date_below"] == 1
    assert sub["by_below"] == 0 and sub["date_below"] == 0
    # "council", "approves"?, "budget", "city", "parks": the article uses most of the headline's words
    assert head["article_words"] >= 0.6
    assert head["before_body"] == 1 and sub["before_body"] == 0
    assert set(FEATURES) <= set(candidate_features(_scored(PAGE)).columns)


def _ranker(**weights) -> TitleRanker:
    w = np.array([weights.get(name, 0.0) for name in FEATURES])
    return TitleRanker(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), w)


def test_pick_follows_the_weights_and_the_threshold():
    f = _scored(PAGE)
    # the menu above it has no article above either, but none of the article's words (and the
    # article's first paragraph, a candidate when the labeller gives it some title odds, is prose)
    assert pick(f, _ranker(log_body_above=-1.0, article_words=1.0, prose=-1.0),
                title_min=-100)["line_no"].to_list() == [HEADLINE]
    # a ranker that wanted the most article above would take a line further down
    assert pick(f, _ranker(log_body_above=1.0), title_min=-100)["line_no"].item() > SUBHEADING
    # no line clears the labeller's threshold: no title at all
    assert pick(f, _ranker(log_body_above=-1.0), title_min=100).height == 0


def test_the_page_gets_its_headline():
    from comments import segment

    lab = {r["line_no"]: r["label"] for r in segment(PAGE).lines.iter_rows(named=True) if r["label"]}
    assert lab[HEADLINE] == "title" and lab[SUBHEADING] != "title"


def test_model_file_round_trips_and_refuses_other_features():
    shipped = load_title_ranker()
    again = from_json(shipped.to_json())
    assert np.array_equal(again.weights, shipped.weights) and again.k == shipped.k
    other = shipped.to_json() | {"features": list(FEATURES[:-1])}
    with pytest.raises(ValueError, match="retrain"):
        from_json(other)


def test_training_is_deterministic_and_learns_the_telling_feature():
    from training.train_title_ranker import fit

    rng = np.random.default_rng(0)
    pages, per = 200, 5
    x = rng.normal(size=(pages * per, len(FEATURES)))
    page = np.repeat(np.arange(pages), per)
    j = FEATURES.index("article_words")
    y = np.zeros(pages * per)
    y[np.arange(pages) * per + x[:, j].reshape(pages, per).argmax(1)] = 1  # the headline has the most article words
    a, b = fit(x, y, page), fit(x, y, page)
    assert np.array_equal(a.weights, b.weights)
    assert int(np.argmax(a.weights)) == j and a.weights[j] > 3 * np.abs(np.delete(a.weights, j)).max()
    # the learned ranker picks the right candidate on pages it has not seen
    x2 = rng.normal(size=(pages * per, len(FEATURES)))
    s = (((x2 - a.mean) / a.std) @ a.weights).reshape(pages, per)
    assert (s.argmax(1) == x2[:, j].reshape(pages, per).argmax(1)).mean() > 0.8


def test_a_labeller_carries_its_own_ranker():
    from comments.pipeline import segment_frame

    docs = pl.DataFrame({"doc_id": ["a"], "text": [PAGE]})
    model = dataclasses.replace(load_labeller(), title_ranker=_ranker(log_body_above=1.0))
    lines = segment_frame(docs, labeller=model).lines
    titles = lines.filter(pl.col("label") == "title")["line_no"].to_list()
    assert titles and HEADLINE not in titles


def test_the_page_url_names_the_headlines_words():
    f = _scored(PAGE)
    urls = pl.DataFrame({D: [0], "url": ["https://news.example.com/2017/03/council-approves-new-budget-for-parks"]})
    cand = {r["line_no"]: r for r in candidate_features(f, urls=urls).iter_rows(named=True)}
    # six of the seven words of "Council Approves New Budget for City Parks" ("city" is not
    # in the path)
    assert cand[HEADLINE]["url_words"] == pytest.approx(6 / 7) and cand[HEADLINE]["has_url"] == 1
    assert cand[SUBHEADING]["url_words"] == 0 and cand[SUBHEADING]["has_url"] == 1
    bare = {r["line_no"]: r for r in candidate_features(f).iter_rows(named=True)}
    assert bare[HEADLINE]["url_words"] == 0 and bare[HEADLINE]["has_url"] == 0
