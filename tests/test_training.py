"""The training tools: gold alignment onto lines, and the WCXB scores."""

from __future__ import annotations

import polars as pl
import pytest

from training.align import align
from training.metrics import score_texts

PAGE = """\
Home  News  Sport
Parks Budget Approved After Long
Debate
By Jane Reporter
The council voted on Tuesday to approve the budget for the parks, adding
money for repairs to the swings.
Related: Other story about home news
* * *
Jane says: the swings at Elm Park have been broken for two years.
"""
MAIN = "The council voted on Tuesday to approve the budget for the parks, adding money for repairs to the swings."


def test_alignment_labels_title_body_comment_and_other():
    a = align(PAGE, "Parks Budget Approved After Long Debate", MAIN,
              comments="Jane says: the swings at Elm Park have been broken for two years.")
    assert a.labels == ["other", "title", "title", "other", "body", "body", "other", None, "comment", None]
    assert (a.main_words, a.main_matched, a.title_found) == (19, 19, True)


def test_alignment_ignores_chance_overlaps():
    # "home" and "news" occur in the main content, but not as a run of 3+ words
    a = align("Home News\nThe report on home news was read.\n", None, "Local home and news radio. The report on home news was read.")
    assert a.labels[0] == "other" and a.labels[1] == "body"


def test_scores_bag_of_words_lines_and_title():
    lines = pl.DataFrame({
        "doc_id": ["a"] * 4,
        "text": ["Parks Budget Approved", "the council voted yes", "the vote was close", "Share this"],
        "label": ["title", "body", "boilerplate", "body"],
        "gold": ["title", "body", "body", "other"],
    })
    docs = pl.DataFrame({"doc_id": ["a"], "page_type": ["article"], "converter": ["w3m"],
                         "title": ["Parks Budget Approved"], "main": ["the council voted yes the vote was close"]})
    s = score_texts(lines, docs).row(0, named=True)
    # predicted body: 4 + 2 words, 4 of them in the gold's 8
    assert (s["precision"], s["recall"]) == pytest.approx((4 / 6, 4 / 8))
    assert s["line_f1"] == pytest.approx(2 * (4 / 6) * (4 / 8) / (4 / 6 + 4 / 8))
    assert s["title_ok"] is True


def test_title_is_the_headline_above_the_article_not_a_menu_item_or_subheading():
    page = (
        "* Apple Watch\n* iPhone\n\nApple Watch\n\n"
        "The watch tracks your heart rate and your sleep every night of the week.\n"
        "Apple Watch for kids\n"
        "Children can use the watch to call their parents from school and home.\n"
    )
    main = ("The watch tracks your heart rate and your sleep every night of the week. Apple Watch for kids "
            "Children can use the watch to call their parents from school and home.")
    a = align(page, "Apple Watch", main)
    assert a.labels[:5] == ["other", "other", None, "title", None]
    assert a.labels[6] == "body"  # the sub-heading holds the title's words but is the article's


def test_link_targets_are_not_words():
    a = align("See the [full report](https://example.com/a/b/c/d/e/f/g/h) on the council vote today.\n", None,
              "See the full report on the council vote today.")
    assert a.labels[0] == "body"
