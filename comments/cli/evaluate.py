"""``comments evaluate``: score a segmentation against gold."""

from __future__ import annotations

import json
import sys

import polars as pl

from comments.cli.common import add_input_options, count, exit_status, input_options, report_errors

HELP = """\
Score the segmentation of PATH... against gold: per-label precision, recall
and F1 weighted by words (caption scored as boilerplate), comment exact-boundary
P/R/F1, depth and parent accuracy on matched comments, title accuracy, and the
worst documents.  Gold is segments JSONL (docs/LABELS.md) or dragnet-style JSONL
(doc_id, text, comment_start_line), for which comment lines are scored against
the rest.

examples:
  comments evaluate --gold seeds/gold.jsonl seeds/
  comments evaluate --gold dev.jsonl dev.jsonl --format json
"""


def add_parser(sub, fmt) -> None:
    p = sub.add_parser("evaluate", help="score a segmentation against gold", description=HELP, formatter_class=fmt)
    p.add_argument("--gold", required=True, metavar="GOLD.jsonl", help="gold segments JSONL or dragnet JSONL")
    add_input_options(p)
    p.add_argument("--format", choices=["table", "json"], default="table", help="report format (default table)")
    p.add_argument("--worst", type=count, default=10, help="how many of the worst documents to list (default 10)")
    p.set_defaults(func=run)


def run(args) -> int:
    from comments.evaluate import evaluate_files

    result, errors = evaluate_files(args.paths, args.gold, **input_options(args))
    report_errors(errors, args.quiet)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(result.render(worst=args.worst))
    return exit_status(errors.filter(~pl.col("message").str.starts_with("warning:")).height)
