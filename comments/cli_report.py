"""``comments stats`` and ``comments figures``: reports over the profile tables, a thin layer over
``analysis.stats`` and ``figures``.

``comments/cli.py`` registers them::

    from comments.cli_report import add_figures_parser, add_stats_parser
    add_stats_parser(sub, fmt)      # in build_parser(), after the other subcommands
    add_figures_parser(sub, fmt)

Both read PATH... as ``comments profile`` does (pages, tables) and segment and profile them first, or read the
directories ``comments profile -o DIR`` wrote (they hold run.json).  Data goes to stdout (or ``-o``); messages,
progress and the list of written figures go to stderr.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import polars as pl

STATS_FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown", "latex")

STATS_HELP = """\
Summary statistics of the comment threads, one row per site (or per document
with --by doc): documents, documents with a comment section and with comments,
comments, comments per document, median comment length in words, reply share,
exact and near-duplicate shares (in the thread and across the corpus), quoting
and claim-engagement shares, claim coverage, the most frequent rhetorical
markers and the language mix.  The columns are documented in the README.

PATH... are pages or tables (as for `comments profile`: they are segmented and
profiled first) or directories written by `comments profile -o DIR` (they hold
run.json; several are put together).

--format table (default) writes an aligned table for the terminal, split into
blocks of columns to fit its width; csv, tsv, json, jsonl for programs;
markdown and latex (booktabs) for papers.

examples:
  comments stats seeds/
  comments profile seeds/ -o profile/ && comments stats profile/
  comments stats profile/ --by doc --format csv -o threads.csv
  comments stats profile/ --format latex > table1.tex
"""

FIGURES_HELP = """\
Draw the publication figures of the comment threads, one row per site, and
write each as DIR/NAME.FORMAT:

  comment_lengths       words per comment (log scale): dots, density, quartiles
  comments_per_thread   documents by number of comments; no comment section
  marker_heatmap        share of comments with each rhetorical marker
  repetition            exact and near-duplicate shares, thread and corpus
  claim_overlap         quoting, engaging the article, claim coverage
  language_mix          comments per language

Single-column (3.3 in) or double-column (7 in) wide, fonts of 7-8 pt at that
size, Okabe-Ito colours, TrueType fonts embedded in PDF; the same input gives
byte-identical files.  PATH... as for `comments stats`.  The files written are
listed on stderr.

examples:
  comments figures seeds/ -o figures-out/
  comments figures profile/ -o paper/fig --format pdf,svg
  comments figures profile/ -o out/ --only marker_heatmap,language_mix --format png
"""


class ReportUsageError(ValueError):
    """Bad arguments; ``comments.cli.main`` reports a ValueError as ``Error: …`` with exit status 2."""


@dataclass
class Loaded:
    documents: pl.DataFrame
    comments: pl.DataFrame
    threads: pl.DataFrame
    failed: int


def _msg(text: str) -> None:
    sys.stderr.write(text + "\n")


class _Steps:
    """Progress of the steps of a run on stderr (a line rewritten in place; only when stderr is a terminal)."""

    def __init__(self, total: int, what: str, quiet: bool = False):
        self.total, self.what, self.done_n = total, what, 0
        self.active = sys.stderr.isatty() and not quiet

    def step(self, name: str) -> None:
        self.done_n += 1
        if self.active:
            width = 20
            filled = round(width * (self.done_n - 1) / max(self.total, 1))
            sys.stderr.write(f"\r{self.what} [{'#' * filled}{'.' * (width - filled)}] "
                             f"{self.done_n}/{self.total} {name:<24}")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.active:
            sys.stderr.write(f"\r{self.what} [{'#' * 20}] {self.total}/{self.total}{' ' * 25}\n")
            sys.stderr.flush()


def _add_profile_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--markers", metavar="FILE",
                   help="with raw inputs: marker lexicon (TOML) adding to or replacing the default markers by id")
    p.add_argument("--near-dup-threshold", type=float, default=None,
                   help="with raw inputs: Jaccard similarity of word shingles for near-duplicates (default 0.3)")
    p.add_argument("--claim-threshold", type=float, default=None,
                   help="with raw inputs: TF-IDF cosine from which a comment engages an article sentence "
                        "(default 0.2)")
    p.add_argument("--seed", type=int, default=0, help="with raw inputs: seed for language detection and MinHash")
    p.add_argument("--errors", metavar="FILE", help="with raw inputs: also write the error report to FILE (CSV)")


def load_inputs(args) -> Loaded:
    """The profile tables of PATH...: read from `comments profile` directories, or segmented and profiled from
    pages and tables (progress and errors on stderr).  Claim-overlap columns are added when missing."""
    from analysis.stats import StatsInputError, add_claims, is_profile_dir, load_profile_dir

    dirs = [p for p in args.paths if is_profile_dir(p)]
    if dirs and len(dirs) != len(args.paths):
        raise ReportUsageError(
            "give either directories written by `comments profile` or pages/tables, not both: "
            + ", ".join(p for p in args.paths if p not in dirs) + " are not profile directories"
        )
    if dirs:
        parts = [load_profile_dir(d) for d in dirs]
        if len(parts) == 1:
            documents, comments, threads = parts[0]
        else:
            documents, comments, threads = (
                pl.concat([part[i] for part in parts], how="diagonal_relaxed") for i in range(3)
            )
            dup = threads.get_column("doc_id").is_duplicated().sum()
            if dup:
                raise StatsInputError(f"{dup} doc_id values occur in more than one of the profile directories")
        failed = 0
        if not args.quiet:
            _msg(f"read {documents.height:,} documents and {comments.height:,} comments from "
                 + ", ".join(dirs))
    else:
        documents, comments, threads, failed = _segment_and_profile(args)
    comments, threads = add_claims(documents, comments, threads)
    return Loaded(documents, comments, threads, failed)


def _segment_and_profile(args):
    from comments.cli import segment_and_profile

    result, run = segment_and_profile(args)
    return result.documents, result.comments, result.threads, run.n_failed


# --------------------------------------------------------------------------------------------- stats


def cmd_stats(args) -> int:
    from analysis.stats import render_stats, site_stats
    from comments import cli
    from comments.output import write

    loaded = load_inputs(args)
    table = site_stats(loaded.documents, loaded.comments, loaded.threads, by=args.by, top=args.top)
    if args.format in ("table", "markdown", "latex"):
        width = shutil.get_terminal_size((120, 24)).columns if args.format == "table" else None
        text = render_stats(table, args.format, width=width)
        if args.output in (None, "-"):
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            Path(args.output).write_text(text, encoding="utf-8")
    else:
        write(table, args.format, args.output)
    if not args.quiet:
        unit = "sites" if args.by == "site" else "documents"
        _msg(f"{table.height:,} {unit}, {int(table.get_column('comments').sum() or 0):,} comments")
    return cli.EXIT_FAILED_DOCS if loaded.failed else cli.EXIT_OK


def add_stats_parser(sub, fmt) -> argparse.ArgumentParser:
    """Add ``comments stats`` to the subparsers ``sub`` (``fmt``: the help formatter class)."""
    from comments import cli

    p = sub.add_parser("stats", help="summary table per site (or per document) of the comment threads",
                       description=STATS_HELP, formatter_class=fmt)
    cli._add_input_options(p)
    p.add_argument("--by", choices=["site", "doc"], default="site",
                   help="one row per site (default) or per document")
    p.add_argument("--format", choices=STATS_FORMATS, default="table",
                   help="table (default, for the terminal), csv, tsv, json, jsonl, markdown or latex")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--top", type=int, default=3, metavar="N",
                   help="markers and languages listed in top_markers and languages (default 3)")
    _add_profile_options(p)
    p.set_defaults(func=cmd_stats)
    return p


# --------------------------------------------------------------------------------------------- figures


def _formats(text: str) -> list[str]:
    from figures.style import FORMATS

    formats = [f.strip().lower().lstrip(".") for f in text.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise ReportUsageError(f"--format takes a comma-separated list of {', '.join(FORMATS)}; got {text!r}")
    return list(dict.fromkeys(formats))


def cmd_figures(args) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from comments import cli
    from figures import FIGURES, write_figures

    formats = _formats(args.format)
    names = list(FIGURES)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in FIGURES]
        if unknown:
            raise ReportUsageError(f"unknown figure(s) {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise ReportUsageError(f"{out} exists and is not a directory: give a directory for the figures")
    loaded = load_inputs(args)
    steps = _Steps(len(names), "drawing figures", args.quiet)
    written = write_figures((loaded.documents, loaded.comments, loaded.threads), out, formats, names=names,
                            dpi=args.dpi, progress=steps.step)
    steps.finish()
    if not args.quiet:
        _msg(f"wrote {len(written)} file{'' if len(written) == 1 else 's'}:")
        for path in written:
            _msg(f"  {path}")
    return cli.EXIT_FAILED_DOCS if loaded.failed else cli.EXIT_OK


def add_figures_parser(sub, fmt) -> argparse.ArgumentParser:
    """Add ``comments figures`` to the subparsers ``sub`` (``fmt``: the help formatter class)."""
    from comments import cli

    p = sub.add_parser("figures", help="draw publication figures per site (PDF, PNG, SVG)",
                       description=FIGURES_HELP, formatter_class=fmt)
    cli._add_input_options(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="directory for the figure files")
    p.add_argument("--format", default="pdf,png", metavar="LIST",
                   help="comma-separated file formats: pdf, png, svg (default pdf,png)")
    p.add_argument("--only", metavar="NAMES", help="comma-separated figure names (default: all)")
    p.add_argument("--dpi", type=int, default=300, help="resolution of PNG files (default 300)")
    _add_profile_options(p)
    p.set_defaults(func=cmd_figures)
    return p

