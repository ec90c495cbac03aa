"""Seed comments as a COMMENTS_SCHEMA table, built from seeds/gold.jsonl and the seed texts (until the segmenter
exists): comment text = the span's lines with the list marker ("1." / "•") stripped, joined with "\\n"."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl

from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_MARKER = re.compile(r"^\s*(?:\d+\.|•)\s*")


def _gold() -> list[dict]:
    with open(SEEDS / "gold.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _lines(doc_id: str) -> list[str]:
    text = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def seed_comments() -> pl.DataFrame:
    rows = []
    for doc in _gold():
        lines = _lines(doc["doc_id"])
        for span in doc["spans"]:
            if span["label"] != "comment":
                continue
            body = [line.strip() for line in lines[span["start"] - 1 : span["end"]]]
            body = [line for line in body if line]
            body[0] = _MARKER.sub("", body[0])
            rows.append(
                {
                    "doc_id": doc["doc_id"], "site": doc["site"], "comment_id": span["comment_id"],
                    "parent_id": span["parent_id"], "depth": span["depth"], "author": None, "posted_at": None,
                    "text": "\n".join(body), "has_text": True, "start_line": span["start"], "end_line": span["end"],
                }
            )
    return pl.DataFrame(rows, schema=COMMENTS_SCHEMA)


def seed_documents() -> pl.DataFrame:
    rows = []
    comments = seed_comments()
    for doc in _gold():
        lines = _lines(doc["doc_id"])
        n = comments.filter(pl.col("doc_id") == doc["doc_id"]).height
        rows.append(
            {
                "doc_id": doc["doc_id"], "site": doc["site"], "url": None, "title": lines[0].strip(), "body": None,
                "has_comment_section": n > 0, "n_comments": n, "n_lines": len(lines), "n_words": None,
                "body_words": None, "comment_words": None,
            }
        )
    return pl.DataFrame(rows, schema=DOCUMENTS_SCHEMA)


def test_seed_tables_have_the_gold_comments():
    comments = seed_comments()
    assert comments.group_by("doc_id").len().sort("doc_id").rows() == [
        ("000_5a822adfc088c116", 5),
        ("001_d24af7c00431189a", 4),
    ]
    assert comments.row(1, named=True)["text"].startswith("We are the fools")
    assert seed_documents().height == 5
