"""``comments segment``: label every line, find the comments; ``--explain`` shows why for one document."""

from __future__ import annotations

import shutil
from functools import partial
from pathlib import Path

from comments.cli.common import (
    EXIT_OK,
    Progress,
    add_errors_option,
    add_input_options,
    exit_status,
    input_options,
    msg,
    read_summary,
    reading_options,
    report_errors,
)
from comments.errors import UsageError
from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA, LINES_SCHEMA

SCHEMAS = {"lines": LINES_SCHEMA, "documents": DOCUMENTS_SCHEMA, "comments": COMMENTS_SCHEMA}

HELP = """\
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
  comments segment fakenews.csv --text-col content --format parquet -o lines.parquet --resume

exit status: 0 all documents segmented; 1 some documents could not be read or
segmented (each is reported on stderr, the rest are in the output); 2 bad usage.
"""


def terminal_table(fmt: str) -> dict:
    """A ``table`` for the terminal: as wide as it, cells of at most 60 characters."""
    if fmt != "table":
        return {}
    return {"width": shutil.get_terminal_size((120, 24)).columns, "max_chars": 60}


def add_parser(sub, fmt) -> None:
    p = sub.add_parser("segment", help="label every line of each page; find the comments",
                       description=HELP, formatter_class=fmt)
    add_input_options(p)
    p.add_argument("--format", choices=["jsonl", "csv", "tsv", "parquet", "table"], default="jsonl",
                   help="output format (default jsonl: the segments JSONL; table: a terminal table)")
    p.add_argument("--table", choices=["lines", "documents", "comments"], default="lines",
                   help="with csv/tsv/parquet: which table to write (default lines)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--resume", action="store_true",
                   help="with -o FILE: continue a killed run from the batches it finished (kept in .FILE.resume/ "
                        "beside FILE until the output is complete; same inputs and options)")
    add_errors_option(p)
    p.add_argument("--explain", nargs="?", const="", metavar="DOC_ID",
                   help="instead of segmenting everything, show for each line of one document (DOC_ID, "
                        "default the first) its label, the labeller's probabilities, the rule that decided "
                        "and the features that weighed most (a table; or --format csv/tsv/parquet)")
    p.set_defaults(func=run)


def explain(args) -> int:
    """``segment --explain``: one document's lines with their label, scores and reasons."""
    from comments.explain import explain as explain_lines
    from comments.output import write
    from comments.readers import read_documents

    docs, errors = read_documents(args.paths, **reading_options(args))
    report_errors(errors, args.quiet)
    if docs.height == 0:
        raise UsageError("no document to explain")
    if args.explain and docs.filter(docs["doc_id"] == args.explain).height == 0:
        raise UsageError(f"no document with doc_id {args.explain!r}")
    cues = tuple(args.cues) if args.cues else None
    table = explain_lines(docs, args.explain or None, cues=cues, labeller=args.labeller)
    fmt = "table" if args.format == "jsonl" else args.format
    write(table, fmt, args.output, **terminal_table(fmt))
    return EXIT_OK


def run(args) -> int:
    from comments.output import StreamWriter, check_output, write
    from comments.pipeline import SegmentRun, concat

    if args.explain is not None:
        return explain(args)
    check_output(args.output, args.paths)
    check_output(args.errors, args.paths, what="--errors")
    segment_run = SegmentRun(args.paths, **input_options(args))
    if args.format == "table":  # a terminal table: not streamed
        parts = list(segment_run)
        write(getattr(concat(parts), args.table), "table", args.output, **terminal_table("table"))
        report_errors(segment_run.errors, args.quiet)
        if not args.quiet:
            msg(f"{read_summary(segment_run.n_read, segment_run.n_scanned, args, segment_run.n_replaced)}, "
                f"segmented {segment_run.n_segmented:,}, failed {segment_run.n_failed:,}")
        return exit_status(segment_run.n_failed)
    if args.output not in (None, "-"):
        return segment_to_file(args, segment_run)
    if args.resume:
        raise UsageError("--resume needs -o FILE")
    writer = StreamWriter(args.format, args.output)
    progress = Progress("segmenting", args.quiet)
    total = segment_run.total_bytes if not args.quiet else None
    try:
        for part in segment_run:
            if args.format == "jsonl":
                writer.write_text(part.to_jsonl())
            else:
                writer.write(getattr(part, args.table))
            progress.documents(segment_run.n_segmented, segment_run.n_bytes_segmented, total)
        progress.documents(segment_run.n_segmented, segment_run.n_bytes_segmented, total, force=True)
    except BaseException:  # an error or Ctrl-C: no output that looks complete
        writer.abort()
        progress.done()
        raise
    writer.close(SCHEMAS[args.table])
    progress.done()
    return finish(args, segment_run, segment_run.errors, segment_run.n_segmented, progress.seconds)


def finish(args, segment_run, errors, n_segmented: int, seconds: float) -> int:
    """The error report and the summary line."""
    from comments.output import write_atomic

    failed = errors.filter(~errors["message"].str.starts_with("warning:")).height
    if args.errors:
        write_atomic(args.errors, errors.write_csv)
    report_errors(errors, args.quiet)
    if not args.quiet:
        msg(f"{read_summary(segment_run.n_read, segment_run.n_scanned, args, segment_run.n_replaced)}, "
            f"segmented {n_segmented:,}, failed {failed:,} "
            f"({segment_run.n_bytes / 1e6:,.1f} MB in {seconds:,.1f} s)")
    return exit_status(failed)


def segment_to_file(args, segment_run) -> int:
    """``-o FILE``: each batch's output kept in a work folder beside FILE (``.FILE.resume/``), then put together
    into FILE (under a temporary name, renamed when complete); ``--resume`` goes on from the finished batches."""
    import polars as pl

    from comments.output import StreamWriter
    from comments.readers import describe_inputs, limits
    from comments.resume import WorkFolder

    out = Path(args.output)
    options = {k: v for k, v in sorted(vars(args).items()) if k not in ("func", "quiet", "resume", "errors", "jobs")}
    # (the batches a resumed run skips are those of the same batch limits)
    options["batch_bytes"] = limits.BATCH_BYTES
    fingerprint = {"inputs": describe_inputs(segment_run.paths), "options": json_safe(options)}
    work = WorkFolder(out.with_name(f".{out.name}.resume"), fingerprint, resume=args.resume)
    part_name = "out.jsonl" if args.format == "jsonl" else "out.parquet"
    progress = Progress("segmenting", args.quiet)
    total = segment_run.total_bytes if not args.quiet else None
    documents = 0
    try:
        for k, part in segment_run.indexed(work.done):
            if part is not None:
                write_part = (partial(write_text, part.to_jsonl()) if args.format == "jsonl"
                              else getattr(part, args.table).write_parquet)
                work.finish(k, {part_name: write_part, "errors.parquet": part.errors.write_parquet},
                            {"documents": part.documents.height})
            documents += work.records[k]["documents"]
            progress.documents(documents, segment_run.n_bytes, total)
        progress.documents(documents, segment_run.n_bytes, total, force=True)
    except BaseException:
        progress.done()
        msg(f"the finished batches are kept in {work.path}: the same command with --resume goes on from them")
        raise
    progress.done()
    writer = StreamWriter(args.format, args.output)
    try:
        for k in range(len(work.records)):
            if args.format == "jsonl":
                writer.write_text(work.file(k, part_name).read_text(encoding="utf-8"))
            else:
                writer.write(pl.read_parquet(work.file(k, part_name)))
    except BaseException:
        writer.abort()
        raise
    writer.close(SCHEMAS[args.table])
    errors = work.errors(segment_run.read_errors)
    work.remove()
    return finish(args, segment_run, errors, documents, progress.seconds)


def write_text(text: str, path) -> None:
    Path(path).write_text(text, encoding="utf-8")


def json_safe(options: dict) -> dict:
    return {k: v if isinstance(v, (str, int, float, bool, type(None))) else
            [str(x) for x in v] if isinstance(v, (list, tuple)) else str(v) for k, v in options.items()}
