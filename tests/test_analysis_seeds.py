"""The issue's bars, checked by hand on the seed pages (tests/test_analysis_helpers.py builds their comments)."""

from __future__ import annotations

import polars as pl
import pytest

from analysis import profile_comments, profile_threads
from conftest import seed_comments, seed_documents

VT = "000_5a822adfc088c116"  # veteranstoday.com, 5 comments
YNW = "001_d24af7c00431189a"  # yournewswire.com, 4 comments
SPUTNIK = ("002_76989a7a395f7c04", "004_064e299d1ab2197b")


@pytest.fixture(scope="module")
def profiles() -> pl.DataFrame:
    return profile_comments(seed_comments())


def comment(profiles: pl.DataFrame, doc_id: str, comment_id: int) -> dict:
    return profiles.filter((pl.col("doc_id") == doc_id) & (pl.col("comment_id") == comment_id)).row(0, named=True)


def test_seed_000_comment_4_counts_the_all_caps_words(profiles):
    # "... cutout of the TERROR PARTNERSHIP, ..." and "ALL terror whether in Africa ..."
    assert comment(profiles, VT, 4)["m_all_caps"] == 3


def test_acronyms_are_not_all_caps_words(profiles):
    # seed 000 comment 1: "fighting ISIS?"; seed 001 comment 2: "Because ISIS are mossad/cia"
    assert comment(profiles, VT, 1)["m_all_caps"] == 0
    assert comment(profiles, YNW, 2)["m_all_caps"] == 0


def test_seed_000_comment_3_carries_so_called(profiles):
    # "the so called color revolutions", "our so called leaders"
    assert comment(profiles, VT, 3)["m_so_called"] == 2
    # comment 5: "68 so called, “anti-terror coalition” member nations" (also a scare quote)
    c5 = comment(profiles, VT, 5)
    assert (c5["m_so_called"], c5["m_scare_quotes"]) == (1, 1)


def test_seed_001_rolling_on_the_floor_comments_share_a_near_duplicate_cluster(profiles):
    a, b = comment(profiles, YNW, 3), comment(profiles, YNW, 4)
    assert a["text"].startswith("rolling on the floor laughing")
    assert b["text"].startswith("Rolling on floor laughing")
    assert a["near_dup_cluster"] == b["near_dup_cluster"] == a["row"]  # the earlier one leads
    assert a["near_dup_size"] == b["near_dup_size"] == 2
    assert a["near_dup_cluster_thread"] == b["near_dup_cluster_thread"] == a["row"]
    # no other seed comment is a near-duplicate of anything
    others = profiles.filter(~pl.col("row").is_in([a["row"], b["row"]]))
    assert others["near_dup_size"].to_list() == [1] * others.height


def test_seed_001_rolling_on_the_floor_comments_carry_laughter_and_conspiracy(profiles):
    a, b = comment(profiles, YNW, 3), comment(profiles, YNW, 4)
    assert a["m_laughter"] == b["m_laughter"] == 1  # "rolling on (the) floor laughing my freaking azz off"
    assert a["m_conspiracy"] == 2  # "Cabal created Terrorism", "when the Cabal confronted them"
    assert b["m_conspiracy"] == 3  # "the Cabal (United States, ...", "Until the world wakes up", "of the Cabal"
    assert a["m_obfuscated_profanity"] == b["m_obfuscated_profanity"] == 1  # azz
    assert (a["m_pejorative_blend"], b["m_pejorative_blend"]) == (0, 1)  # Israhell


def test_every_seed_comment_is_english(profiles):
    assert profiles["lang"].to_list() == ["en"] * 9


def test_the_sputnik_seeds_have_no_comment_rows_but_a_thread_row(profiles):
    assert profiles.filter(pl.col("doc_id").is_in(SPUTNIK)).height == 0
    threads = profile_threads(seed_documents(), profiles)
    assert threads["doc_id"].to_list() == seed_documents()["doc_id"].to_list()
    sputnik = threads.filter(pl.col("doc_id").is_in(SPUTNIK))
    assert sputnik["n_comments"].to_list() == [0, 0]
    assert sputnik["words_mean"].to_list() == [None, None]


def test_hand_counted_punctuation_and_insults(profiles):
    # 000/1: "...bread to Syria?" "...fighting ISIS?"; 001/2: "Why?" "...bogeyman??"
    assert comment(profiles, VT, 1)["m_question"] == 2
    assert (comment(profiles, YNW, 2)["m_question"], comment(profiles, YNW, 2)["m_punct_run"]) == (2, 1)
    # 000/4: "as sure as hell !" and "eh ??"
    c4 = comment(profiles, VT, 4)
    assert (c4["m_exclamation"], c4["m_question"], c4["m_punct_run"]) == (1, 1, 1)
    # 000/3: "paid stooges", "liars and thieves", "clowns and crooks"
    assert comment(profiles, VT, 3)["m_insult"] == 5


def test_seed_lengths_and_depths(profiles):
    first = comment(profiles, YNW, 1)  # "• I know right?" + blank + "While we’re just throwing bans ..."
    assert (first["depth"], first["n_lines"], first["n_sentences"]) == (1, 2, 2)
    assert first["n_words"] == 18
    threads = profile_threads(seed_documents(), profiles).filter(pl.col("doc_id") == YNW).row(0, named=True)
    assert (threads["n_comments"], threads["reply_share"], threads["max_depth"]) == (4, 0.25, 1)
    assert threads["near_dup_share"] == 0.5
