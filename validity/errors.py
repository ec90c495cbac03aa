"""Print a concept's false positives and false negatives on the development part (never the held-out part).

    python -m validity.errors booster [--limit 40]
"""

from __future__ import annotations

import argparse

import polars as pl

from validity.evaluate import GOLD, columns, labelled, predicates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("concept")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--width", type=int, default=300)
    args = parser.parse_args(argv)
    frame = columns(labelled().filter(~pl.col("held_out")))
    cols, expr = predicates(frame)[args.concept]
    gold = pl.col(GOLD + args.concept)
    extra = [c for c in ("best_similarity", "shared_terms", "longest_shared_run") if c in frame.columns]
    shown = frame.with_columns(_p=expr.fill_null(False), _g=gold)
    for name, cond in (("FALSE POSITIVES", pl.col("_p") & ~pl.col("_g")), ("FALSE NEGATIVES", ~pl.col("_p") & pl.col("_g"))):
        part = shown.filter(cond)
        print(f"\n### {name} ({part.height})")
        for r in part.head(args.limit).iter_rows(named=True):
            info = " ".join(f"{c}={r[c]}" for c in (*cols.split(" + "), *extra) if c in r)
            print(f"- {r['item_id']} [{info}] {r['text'][: args.width]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
