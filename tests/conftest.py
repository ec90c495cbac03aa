"""Shared test helpers and fixtures: the seed corpus as tables (from its hand-made gold, so that analysis tests do
not depend on the segmenter), the seeds segmented and profiled once per session, and the command line.

Plain helpers are importable (``from conftest import seed_comments``); the fixtures are found by pytest."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_SITES = ["sputniknews.com", "theduran.com", "veteranstoday.com", "yournewswire.com"]

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


def run_cli(argv: list[str]) -> int:
    """The ``comments`` command line, in this process: its exit status (output via capsys)."""
    from comments.cli import main

    return main(argv)


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def seed_segmented():
    """``comments.segment_files`` of seeds/ (do not modify: shared by the whole session)."""
    import comments

    return comments.segment_files([SEEDS])


@pytest.fixture(scope="session")
def seed_profiled(seed_segmented):
    """``analysis.profile`` of the segmented seeds."""
    import analysis

    return analysis.profile(seed_segmented.documents, seed_segmented.comments)


@pytest.fixture(scope="session")
def seed_profile_dir(seed_profiled, tmp_path_factory):
    """A directory as ``comments profile seeds/ -o DIR`` writes it."""
    out = tmp_path_factory.mktemp("seed-profile")
    seed_profiled.write(out)
    return out
