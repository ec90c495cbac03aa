"""The ``comments`` command line: a thin layer over the library.

Each subcommand calls one public function that returns DataFrames and renders them;
data goes to stdout (or ``-o``), messages and progress to stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import polars as pl

from comments import __version__

EXIT_OK, EXIT_FAILED_DOCS, EXIT_USAGE = 0, 1, 2

MAIN_HELP = """\
Segment scraped news pages into title, body, boilerplate and reader comments,
and profile the comment threads.

examples:
  comments stats seeds/
  comments segment seeds/ > segments.jsonl
  comments segment corpus.csv.gz --text-col content -o lines.parquet --format parquet
  comments evaluate --gold seeds/gold.jsonl seeds/
  comments profile seeds/ -o profile/
  comments figures profile/ -o figures/ --format pdf,png

Run 'comments COMMAND --help' for the options of each command.
"""

SEGMENT_HELP = """\
Segment pages: every non-blank line gets a label (title, body, caption,
boilerplate, comment); comments get comment_id, parent_id and depth.  Comments
are found by rules (comment headers, lists); title, body and boilerplate by a
labeller learned from real pages (README: How the segmenter works).

inputs: .txt files and directories of them (doc_id = file name; a metadata.csv
beside them adds site, url, title, published), or tables: CSV, TSV, JSONL,
Parquet, also .gz.  Large tables are read in batches.

--format jsonl (default) writes the segments JSONL of the label spec
(docs/LABELS.md in the repository), one line per document in input order.
csv, tsv, parquet and table (for the terminal) write a table: --table
lines (doc_id, line_no, label, comment_id; the default), documents or
comments.

examples:
  comments segment seeds/
  comments segment seeds/ --table comments --format table
  comments segment seeds/ --explain 002_76989a7a395f7c04   # why each line got its label
  comments segment seeds/ --format csv --table comments -o comments.csv
  comments segment fakenews.csv --text-col content --format parquet -o lines.parquet

exit status: 0 all documents segmented; 1 some documents could not be read or
segmented (each is reported on stderr, the rest are in the output); 2 bad usage.
"""

EVALUATE_HELP = """\
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


PROFILE_HELP = """\
Segment pages and profile their comment threads.  Writes to DIR:
  documents.parquet  one row per document (as `comments segment --table documents`)
  comments.parquet   one row per comment: length, language, emoji, repetition,
                     rhetorical-marker counts
  threads.parquet    one row per document: thread summaries, claim overlap
  claims.parquet     one row per article sentence: claim score, comments engaging it
  run.json           toolkit version, parameters, counts of documents read,
                     segmented and failed
The columns are documented in the README.

examples:
  comments profile seeds/ -o profile/
  comments profile corpus.csv.gz --text-col content -o profile/ --markers my_markers.toml
"""


class _Progress:
    """A one-line progress report on stderr, only when stderr is a terminal."""

    def __init__(self, what: str, quiet: bool = False):
        self.what, self.start = what, time.perf_counter()
        self.active = sys.stderr.isatty() and not quiet
        self._last = 0.0

    def update(self, docs: int, nbytes: int, force: bool = False) -> None:
        now = time.perf_counter()
        if not self.active or (now - self._last < 0.2 and not force):
            return
        self._last = now
        secs = max(now - self.start, 1e-9)
        sys.stderr.write(f"\r{self.what}: {docs:,} documents, {nbytes / 1e6:,.1f} MB, {nbytes / 1e6 / secs:,.1f} MB/s")
        sys.stderr.flush()

    def done(self) -> None:
        if self.active:
            sys.stderr.write("\n")


def _msg(text: str) -> None:
    sys.stderr.write(text + "\n")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to read")
    p.add_argument("--text-col", help="column holding the page text (default: text, content or body)")
    p.add_argument("--id-col", help="column holding the document id (default: id or doc_id)")
    p.add_argument("--site-col", help="column holding the site (default: site or domain, else the host of url)")
    p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict",
                   help="invalid UTF-8: report the document (strict, default) or replace bad bytes with U+FFFD")
    p.add_argument("--batch-size", type=int, default=10_000,
                   help="documents per batch (default 10000; memory grows with it, about 1 GB per 10,000 pages)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes segmenting batches in parallel (default: the number of CPUs)")
    p.add_argument("--cues", action="append", metavar="FILE",
                   help="extra cue file (TOML, same shape as comments/data/cues.toml); repeatable")
    p.add_argument("--labeller", metavar="FILE",
                   help="line labeller model (JSON from training/train_labeller.py; default: the built-in one)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")


def _run_options(args) -> dict:
    return dict(text_col=args.text_col, id_col=args.id_col, site_col=args.site_col,
                encoding_errors=args.encoding_errors, batch_size=args.batch_size, jobs=args.jobs,
                cues=tuple(args.cues) if args.cues else None, labeller=args.labeller)


def _report_errors(errors: pl.DataFrame, quiet: bool, limit: int = 20) -> None:
    if quiet or errors.height == 0:
        return
    for row in errors.head(limit).iter_rows(named=True):
        where = row["source"] or "?"
        if row["row"] is not None:
            where += f", row {row['row']}"
        if row["doc_id"]:
            where += f" (doc {row['doc_id']})"
        msg = row["message"]
        if msg.startswith("warning: "):
            _msg(f"warning: {where}: {msg[len('warning: '):]}")
        else:
            _msg(f"error: {where}: {msg}")
    if errors.height > limit:
        _msg(f"error: … and {errors.height - limit} more (write them all with --errors FILE)")


def cmd_explain(args) -> int:
    """``segment --explain``: one document's lines with their label, scores and reasons."""
    from comments.explain import explain
    from comments.output import write
    from comments.readers import read_documents

    docs, errors = read_documents(args.paths, text_col=args.text_col, id_col=args.id_col, site_col=args.site_col,
                                  encoding_errors=args.encoding_errors)
    _report_errors(errors, args.quiet)
    if docs.height == 0:
        _msg("Error: no document to explain")
        return EXIT_USAGE
    cues = tuple(args.cues) if args.cues else None
    table = explain(docs, args.explain or None, cues=cues, labeller=args.labeller)
    fmt = "table" if args.format == "jsonl" else args.format
    write(table, fmt, args.output)
    return EXIT_OK


def cmd_segment(args) -> int:
    from comments.output import StreamWriter
    from comments.pipeline import SegmentRun
    from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA, LINES_SCHEMA

    if args.explain is not None:
        return cmd_explain(args)
    run = SegmentRun(args.paths, **_run_options(args))
    if args.format == "table":  # a terminal table: not streamed
        from comments.output import write
        from comments.pipeline import concat

        parts = list(run)
        write(getattr(concat(parts), args.table), "table", args.output)
        errors = run.errors
        _report_errors(errors, args.quiet)
        if not args.quiet:
            _msg(f"read {run.n_read:,} documents, segmented {run.n_segmented:,}, failed {run.n_failed:,}")
        return EXIT_FAILED_DOCS if run.n_failed else EXIT_OK
    writer = StreamWriter(args.format, args.output)
    progress = _Progress("segmenting", args.quiet)
    schema = {"lines": LINES_SCHEMA, "documents": DOCUMENTS_SCHEMA, "comments": COMMENTS_SCHEMA}[args.table]
    try:
        for part in run:
            if args.format == "jsonl":
                writer.write_text(part.to_jsonl())
            else:
                writer.write(getattr(part, args.table))
            progress.update(run.n_read, run.n_bytes)
        progress.update(run.n_read, run.n_bytes, force=True)
    finally:
        writer.close(schema)
        progress.done()
    errors = run.errors
    if args.errors:
        errors.write_csv(args.errors)
    _report_errors(errors, args.quiet)
    if not args.quiet:
        secs = time.perf_counter() - progress.start
        _msg(f"read {run.n_read:,} documents, segmented {run.n_segmented:,}, failed {run.n_failed:,} "
             f"({run.n_bytes / 1e6:,.1f} MB in {secs:,.1f} s)")
    return EXIT_FAILED_DOCS if run.n_failed else EXIT_OK


def cmd_evaluate(args) -> int:
    from comments.evaluate import evaluate, load_gold
    from comments.pipeline import segment_files

    gold = load_gold(args.gold)
    seg = segment_files(args.paths, **_run_options(args))
    texts = None
    if gold.mode != "dragnet":
        texts = _texts(args)
    result = evaluate(seg.spans, gold, texts)
    _report_errors(seg.errors, args.quiet)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(result.render(worst=args.worst))
    failed = seg.errors.filter(~pl.col("message").str.starts_with("warning:")).height
    return EXIT_FAILED_DOCS if failed else EXIT_OK


def segment_and_profile(args):
    """Read, segment and profile ``args.paths`` with the command line's options, reporting
    progress and errors on stderr; returns (profiles, run).  Shared by ``profile``,
    ``stats`` and ``figures``."""
    from analysis import neardup, profile
    from comments.pipeline import SegmentRun, concat

    run = SegmentRun(args.paths, **_run_options(args))
    progress = _Progress("segmenting", args.quiet)
    parts = []
    for part in run:
        parts.append(part)
        progress.update(run.n_read, run.n_bytes)
    progress.update(run.n_read, run.n_bytes, force=True)
    progress.done()
    seg = concat(parts)
    errors = run.errors
    _report_errors(errors, args.quiet)
    if args.errors:
        errors.write_csv(args.errors)
    if not args.quiet:
        _msg(f"read {run.n_read:,} documents, segmented {run.n_segmented:,}, failed {run.n_failed:,}; "
             f"profiling {seg.comments.height:,} comments …")
    result = profile(
        seg.documents, seg.comments, markers=args.markers,
        near_dup_threshold=neardup.THRESHOLD if args.near_dup_threshold is None else args.near_dup_threshold,
        seed=args.seed,
        **({} if args.claim_threshold is None else {"claim_threshold": args.claim_threshold}),
        counts={"documents_read": run.n_read, "documents_segmented": run.n_segmented,
                "documents_failed": run.n_failed},
    )
    return result, run


def cmd_profile(args) -> int:
    from analysis import write_profiles

    result, run = segment_and_profile(args)
    written = write_profiles(result, args.output)
    if not args.quiet:
        _msg(f"wrote {', '.join(str(p) for p in written)}")
    return EXIT_FAILED_DOCS if run.n_failed else EXIT_OK


def _texts(args) -> pl.DataFrame:
    from comments.readers import read_documents

    docs, _ = read_documents(args.paths, text_col=args.text_col, id_col=args.id_col, site_col=args.site_col,
                             encoding_errors=args.encoding_errors)
    return docs.select("doc_id", "text")


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(prog="comments", description=MAIN_HELP, formatter_class=fmt)
    parser.add_argument("--version", action="version", version=f"comments {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("segment", help="label every line of each page; find the comments",
                       description=SEGMENT_HELP, formatter_class=fmt)
    _add_input_options(p)
    p.add_argument("--format", choices=["jsonl", "csv", "tsv", "parquet", "table"], default="jsonl",
                   help="output format (default jsonl: the segments JSONL; table: a terminal table)")
    p.add_argument("--table", choices=["lines", "documents", "comments"], default="lines",
                   help="with csv/tsv/parquet: which table to write (default lines)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--errors", metavar="FILE", help="also write the error report to FILE (CSV)")
    p.add_argument("--explain", nargs="?", const="", metavar="DOC_ID",
                   help="instead of segmenting everything, show for each line of one document (DOC_ID, "
                        "default the first) its label, the labeller's probabilities, the rule that decided "
                        "and the features that weighed most (a table; or --format csv/tsv/parquet)")
    p.set_defaults(func=cmd_segment)

    p = sub.add_parser("evaluate", help="score a segmentation against gold",
                       description=EVALUATE_HELP, formatter_class=fmt)
    p.add_argument("--gold", required=True, metavar="GOLD.jsonl", help="gold segments JSONL or dragnet JSONL")
    _add_input_options(p)
    p.add_argument("--format", choices=["table", "json"], default="table", help="report format (default table)")
    p.add_argument("--worst", type=int, default=10, help="how many of the worst documents to list (default 10)")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("profile", help="segment and profile the comment threads; write Parquet tables",
                       description=PROFILE_HELP, formatter_class=fmt)
    _add_input_options(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="directory for documents.parquet, comments.parquet, threads.parquet, run.json")
    p.add_argument("--markers", metavar="FILE",
                   help="marker lexicon (TOML) adding to or replacing the default markers by id")
    p.add_argument("--near-dup-threshold", type=float, default=None,
                   help="Jaccard similarity of word shingles for near-duplicates (default 0.3; the README explains why)")
    p.add_argument("--claim-threshold", type=float, default=None,
                   help="TF-IDF cosine from which a comment engages an article sentence (default 0.2; see README)")
    p.add_argument("--seed", type=int, default=0, help="seed for language detection and MinHash (default 0)")
    p.add_argument("--errors", metavar="FILE", help="also write the error report to FILE (CSV)")
    p.set_defaults(func=cmd_profile)

    from comments.cli_report import add_figures_parser, add_stats_parser

    add_stats_parser(sub, fmt)
    add_figures_parser(sub, fmt)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from comments.cues import CueError

    known: tuple[type[BaseException], ...] = (CueError, FileNotFoundError, ValueError)
    try:
        from comments.readers import InputError
        from comments.evaluate import EvaluationError, GoldFormatError

        known = (InputError, GoldFormatError, EvaluationError, *known)
    except ImportError:  # pragma: no cover - partial installs
        pass
    try:
        return args.func(args)
    except known as exc:
        _msg(f"Error: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:  # `comments segment … | head`
        return EXIT_OK
    except KeyboardInterrupt:
        _msg("interrupted")
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
