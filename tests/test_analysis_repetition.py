"""Exact duplicates, near-duplicate clusters, self-repetition and repeating authors."""

from __future__ import annotations

import numpy as np
import polars as pl

from analysis import neardup, profile_comments
from analysis.repetition import normalise
from comments.schema import COMMENTS_SCHEMA

BASE = ("Russia is the only force fighting the terrorists in Syria while the western coalition "
        "keeps bombing bridges and hospitals")


def table(texts: list[str], docs: list[str] | None = None, authors: list[str | None] | None = None) -> pl.DataFrame:
    n = len(texts)
    docs = docs or ["d1"] * n
    authors = authors or [None] * n
    return pl.DataFrame(
        {
            "doc_id": docs, "site": ["x.com"] * n, "comment_id": list(range(1, n + 1)), "parent_id": [None] * n,
            "depth": [0] * n, "author": authors, "posted_at": [None] * n, "text": texts, "has_text": [True] * n,
            "start_line": list(range(1, n + 1)), "end_line": list(range(1, n + 1)),
        },
        schema=COMMENTS_SCHEMA,
    )


def test_normalise_ignores_case_white_space_and_punctuation():
    out = pl.DataFrame({"t": ["Wake UP, sheeple!!!", "wake   up sheeple", "wake-up: sheeple…"]}).select(
        normalise(pl.col("t"))
    )
    assert out["t"].to_list() == ["wake up sheeple"] * 3


def test_exact_duplicates_in_thread_and_corpus():
    result = profile_comments(
        table(["Wake UP, sheeple!!!", "something else entirely", "wake up sheeple", "WAKE UP SHEEPLE", "", "!!!"],
              docs=["a", "a", "a", "b", "b", "b"])
    )
    assert result["dup_group"].to_list() == [0, 1, 0, 0, None, None]
    assert result["dup_count"].to_list() == [3, 1, 3, 3, None, None]
    assert result["dup_group_thread"].to_list() == [0, 1, 0, 3, None, None]
    assert result["dup_count_thread"].to_list() == [2, 1, 2, 1, None, None]


def test_edited_copy_is_a_near_duplicate_and_unrelated_text_is_not():
    edited = BASE.replace("bridges", "schools").replace("only", "single")
    other = "Cooking pasta requires boiling salted water before adding the noodles and waiting patiently"
    result = profile_comments(table([BASE, other, edited]))
    assert result["near_dup_cluster"].to_list() == [0, 1, 0]
    assert result["near_dup_size"].to_list() == [2, 1, 2]


def test_short_texts_have_no_near_duplicate_cluster():
    result = profile_comments(table(["So true!", "so true", "Well said, sir."]))
    assert result["near_dup_cluster"].to_list() == [None, None, None]
    assert result["dup_group"].to_list() == [0, 0, 2]


def test_thread_clusters_stay_inside_their_document():
    result = profile_comments(table([BASE, BASE + " today", BASE + " again"], docs=["a", "b", "b"]))
    assert result["near_dup_cluster"].to_list() == [0, 0, 0]
    assert result["near_dup_cluster_thread"].to_list() == [0, 1, 1]
    assert result["near_dup_size_thread"].to_list() == [1, 2, 2]


def test_leader_clustering_does_not_chain():
    # 0~1, 1~2, 2~3: 0 leads, 1 joins 0, 2 is not similar to leader 0 so it leads, 3 joins 2
    assert neardup.leader_clusters(4, np.array([[0, 1], [1, 2], [2, 3]])).tolist() == [0, 0, 2, 2]
    # 3 is similar to 1 (a follower) and to 2 (a leader): it joins 2
    assert neardup.leader_clusters(4, np.array([[0, 1], [1, 3], [2, 3]])).tolist() == [0, 0, 2, 2]
    # 2 is similar to leaders 0 and 1: the earliest wins
    assert neardup.leader_clusters(3, np.array([[0, 2], [1, 2]])).tolist() == [0, 1, 0]


def test_band_rows_keep_recall_at_the_threshold():
    rows = neardup.band_rows(0.3)
    assert rows == 3
    assert neardup._p_candidate(0.3, neardup.NUM_PERM, rows) >= 0.9
    assert neardup._p_candidate(0.05, neardup.NUM_PERM, rows) < 0.02


def test_candidate_pairs_are_rows_agreeing_on_a_window():
    rng = np.random.default_rng(0)
    sig = rng.integers(0, 2**16, size=(6, 128), dtype=np.uint16)
    sig[3] = sig[0]
    sig[4, 10:13] = sig[1, 10:13]  # three consecutive values: one window
    sig[5, 20:22] = sig[2, 20:22]  # two: none
    assert neardup.candidate_pairs(sig, 3).tolist() == [[0, 3], [1, 4]]


def test_candidate_pairs_stay_linear_in_a_huge_bucket():
    sig = np.zeros((1000, 128), dtype=np.uint16)  # one bucket per window holding every row
    pairs = neardup.candidate_pairs(sig, 3)
    assert len(pairs) <= 1000 * (1 + neardup.WINDOW)
    assert {0} == set(pairs[:, 0].tolist())  # everyone is paired with the bucket's first member


def test_self_repetition():
    result = profile_comments(table(["Buy now!\nbuy now\nok ok ok ok ok", "one two", "a b c a b c"]))
    # 3-grams of "buy now buy now ok ok ok ok ok": 7, of which (ok ok ok) repeats twice
    assert result["repeated_ngram_share"].to_list() == [2 / 7, None, 1 / 4]
    assert result["repeated_lines"].to_list() == [1, 0, 0]


def test_same_author_posting_the_same_or_near_same_text():
    texts = [BASE, BASE.upper(), BASE.replace("bridges", "schools"), "An unrelated remark about the weather in Moscow"]
    result = profile_comments(table(texts, docs=["a", "b", "c", "c"], authors=["ivan", "ivan", "ivan", None]))
    assert result["author_dup_count"].to_list() == [2, 2, 1, None]
    assert result["author_near_dup_count"].to_list() == [3, 3, 3, None]
