"""Copy a few WCXB pages (all four converters) into tests/wcxb_sample/ for the test suite.

    python -m training.sample

Pages: the first article pages (by file id) of cross-validation fold 0 whose HTML has a
reader-comment section, and the first forum page, each under 30 kB in every converter.
Writes ``<file_id>.<converter>.txt`` and ``gold.jsonl`` (``doc_id``, ``page_type``,
``title``, ``main``).  WCXB is CC-BY-4.0 (Murrough Foley, 2026): tests/wcxb_sample/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from training.crossval import gold_documents

OUT = Path(__file__).resolve().parent.parent / "tests" / "wcxb_sample"
ARTICLES, FORUMS = 2, 1


def main() -> int:
    docs = gold_documents().filter(pl.col("fold") == 0)
    small = docs.group_by("file_id").agg(
        ok=(pl.col("text").str.len_bytes() < 30_000).all() & (pl.len() == 4),
        page_type=pl.col("page_type").first(), comments=pl.col("comment_words").max(),
    ).filter("ok").sort("file_id")
    chosen = (
        small.filter((pl.col("page_type") == "article") & (pl.col("comments") > 0))["file_id"].head(ARTICLES).to_list()
        + small.filter(pl.col("page_type") == "forum")["file_id"].head(FORUMS).to_list()
    )
    OUT.mkdir(parents=True, exist_ok=True)
    records = []
    for row in docs.filter(pl.col("file_id").is_in(chosen)).sort("doc_id").iter_rows(named=True):
        (OUT / f"{row['doc_id']}.txt").write_text(row["text"], encoding="utf-8")
        records.append({"doc_id": row["doc_id"], "page_type": row["page_type"], "url": row["url"],
                        "title": row["title"], "main": row["main"]})
    (OUT / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                    encoding="utf-8")
    print(f"{len(records)} texts of {len(chosen)} pages → {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
