"""Per-thread profiles: one row per document, with the documents that have no comments."""

from __future__ import annotations

import polars as pl
import pytest

from analysis import profile_comments, profile_threads
from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA


@pytest.fixture(scope="module")
def threads() -> pl.DataFrame:
    comments = pl.DataFrame(
        {
            "doc_id": ["a", "a", "a", "a", "c"],
            "site": ["x.com"] * 4 + ["y.org"],
            "comment_id": [1, 2, 3, 4, 1],
            "parent_id": [None, 1, 2, None, None],
            "depth": [0, 1, 2, 0, 0],
            "author": ["ann", "bob", "ann", None, None],
            "posted_at": [None] * 5,
            "text": [
                "Wake up, people! The cabal lies.",  # 6 words, conspiracy 2, exclamation 1
                "Das ist doch alles gelogen, oder nicht?",  # 7 words, German
                "LOL 😂",  # 1 word, 1 emoji, und
                "Wake up, people! The cabal lies.",  # exact duplicate of comment 1
                "ok",
            ],
            "has_text": [True] * 5,
            "start_line": [1, 2, 3, 4, 1],
            "end_line": [1, 2, 3, 4, 1],
        },
        schema=COMMENTS_SCHEMA,
    )
    documents = pl.DataFrame(
        {"doc_id": ["a", "b"], "site": ["x.com", "z.net"], "has_comment_section": [True, False]},
    ).with_columns([pl.lit(None, t).alias(c) for c, t in DOCUMENTS_SCHEMA.items() if c not in ("doc_id", "site", "has_comment_section")])
    return profile_threads(documents, profile_comments(comments))


def row(threads: pl.DataFrame, doc_id: str) -> dict:
    return threads.filter(pl.col("doc_id") == doc_id).row(0, named=True)


def test_one_row_per_document_including_those_without_comments(threads):
    assert threads["doc_id"].to_list() == ["a", "b", "c"]  # documents first, then comment-only documents
    b = row(threads, "b")
    assert (b["n_comments"], b["n_words"], b["n_authors"], b["n_langs"]) == (0, 0, 0, 0)
    assert (b["words_mean"], b["reply_share"], b["m_conspiracy_per_1k"], b["lang_top"]) == (None, None, None, None)
    assert b["has_comment_section"] is False


def test_structure_and_lengths(threads):
    a = row(threads, "a")
    assert (a["n_comments"], a["n_top_level"], a["max_depth"], a["reply_share"]) == (4, 2, 2, 0.5)
    assert a["mean_depth"] == pytest.approx(0.75)
    assert (a["n_words"], a["words_mean"], a["words_median"]) == (20, 5.0, 6.0)
    assert a["words_p90"] == pytest.approx(6.7)  # 1, 6, 6, 7: 6 + 0.7 * (7 - 6)


def test_repetition_language_emoji_authors(threads):
    a = row(threads, "a")
    assert (a["dup_share"], a["dup_share_corpus"]) == (0.5, 0.5)
    assert a["lang_mix"] == [{"lang": "en", "n": 2}, {"lang": "de", "n": 1}]
    assert (a["lang_top"], a["lang_top_share"], a["n_langs"], a["lang_und_share"]) == ("en", 0.5, 2, 0.25)
    assert a["emoji_per_1k"] == pytest.approx(1000 / 20)
    assert (a["emoji_share"], a["emoji_only_share"]) == (0.25, 0.0)
    assert (a["n_authors"], a["author_known_share"], a["top_author_share"]) == (2, 0.75, 2 / 3)


def test_marker_rates_and_shares(threads):
    a = row(threads, "a")
    assert a["m_conspiracy_per_1k"] == pytest.approx(1000 * 4 / 20)  # "Wake up", "cabal" twice
    assert a["m_conspiracy_share"] == 0.5
    assert a["m_laughter_share"] == 0.25
    columns = threads.columns
    assert columns.index("m_question_share") == columns.index("m_question_per_1k") + 1


def test_documents_come_before_comments_and_the_old_order_still_works():
    from conftest import seed_comments, seed_documents

    comments = profile_comments(seed_comments())
    new = profile_threads(seed_documents(), comments)
    with pytest.warns(DeprecationWarning, match="now profile_threads\\(documents, comment_profiles\\)"):
        old = profile_threads(comments, seed_documents())
    assert old.equals(new) and new.height == 5
