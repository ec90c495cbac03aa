"""The seed tables of tests/conftest.py (the gold comments and documents) are what the gold says.  The helpers
live in conftest.py; they are re-exported here for modules that import them from this one."""

from __future__ import annotations

from conftest import seed_comments, seed_documents

__all__ = ["seed_comments", "seed_documents"]


def test_seed_tables_have_the_gold_comments():
    comments = seed_comments()
    assert comments.group_by("doc_id").len().sort("doc_id").rows() == [
        ("000_5a822adfc088c116", 5),
        ("001_d24af7c00431189a", 4),
    ]
    assert comments.row(1, named=True)["text"].startswith("We are the fools")
    assert seed_documents().height == 5
