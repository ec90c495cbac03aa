"""How well the WCXB gold lands on the rendered lines (see training/align.py).

    python -m training.check_alignment                 # quality table
    python -m training.check_alignment --show 0002.w3m # a text with its gold labels
    python -m training.check_alignment --sample 20 --seed 1   # random texts to check by eye

The table gives, per converter and page type: texts, the share of main-content words that
land on some line (``recall``), texts where the converter lost the main content (recall
under ``LOST``: left out of training and scoring), and texts whose title was found.
"""

from __future__ import annotations

import argparse
import random

import polars as pl

from training.render import DEFAULT_OUT

LOST = 0.5  # a text holding less than this share of the main content: the converter lost it

_MARK = {"title": "T", "body": "B", "comment": "C", "other": ".", None: " "}


def quality(docs: pl.DataFrame) -> pl.DataFrame:
    recall = pl.col("main_matched") / pl.col("main_words")
    return (
        docs.group_by("converter", "page_type")
        .agg(
            texts=pl.len(),
            recall=pl.col("main_matched").sum() / pl.col("main_words").sum(),
            lost=(recall < LOST).sum(),
            title_found=pl.col("title_found").mean(),
        )
        .sort("converter", "page_type")
    )


def show(doc_id: str, out=DEFAULT_OUT) -> str:
    docs = pl.read_parquet(out / "documents.parquet").filter(pl.col("doc_id") == doc_id)
    gold = pl.read_parquet(out / "gold_lines.parquet").filter(pl.col("doc_id") == doc_id)
    text = docs["text"][0].split("\n")
    head = f"{doc_id}  {docs['page_type'][0]}  {docs['url'][0]}\ntitle: {docs['title'][0]}\n"
    return head + "\n".join(f"{_MARK[g]} {line}" for g, line in zip(gold["gold"], text))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", nargs="*", default=[])
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    docs = pl.read_parquet(DEFAULT_OUT / "documents.parquet")
    if not args.show and not args.sample:
        with pl.Config(tbl_rows=40, tbl_hide_dataframe_shape=True, float_precision=3):
            print(quality(docs))
            print(quality(docs.with_columns(page_type=pl.lit("all"))))
    ids = list(args.show)
    if args.sample:
        ids += random.Random(args.seed).sample(docs["doc_id"].to_list(), args.sample)
    for doc_id in ids:
        print(show(doc_id))
        print("=" * 80)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
