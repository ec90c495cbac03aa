"""``comments stats``: the summary table per site (or per document) of the comment threads."""

from __future__ import annotations

import shutil

from comments.cli.common import (
    Progress,
    add_input_options,
    add_profile_options,
    add_site_options,
    count,
    exit_status,
    msg,
    profile_options,
)

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown", "latex")

HELP = """\
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
  comments stats profile/ --max-sites 10 --format markdown
"""


def add_parser(sub, fmt) -> None:
    p = sub.add_parser("stats", help="summary table per site (or per document) of the comment threads",
                       description=HELP, formatter_class=fmt)
    add_input_options(p)
    p.add_argument("--by", choices=["site", "doc"], default="site", help="one row per site (default) or per document")
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default, for the terminal), csv, tsv, json, jsonl, markdown or latex")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--top", type=count, default=3, metavar="N",
                   help="markers and languages listed in top_markers and languages (default 3)")
    add_site_options(p, None)
    add_profile_options(p, "with raw inputs: ")
    p.set_defaults(func=run)


def open_profiles(args):
    """The profiles of PATH...: profile directories loaded, or pages and tables segmented and profiled (progress
    and errors on stderr).  Shared by ``stats`` and ``figures``."""
    from analysis import open_profiles as open_

    progress = Progress("segmenting", args.quiet)
    # (only the columns the stats and figures read: a large corpus's texts never enter memory)
    profiles = open_(args.paths, **profile_options(args), mixed=getattr(args, "mixed_parameters", False),
                     progress=progress.profiling_callback(args), summary=True)
    if profiles.directories and not args.quiet:
        msg(f"read {profiles.documents.height:,} documents and {profiles.comments.height:,} comments from "
            + ", ".join(profiles.directories))
    return profiles


def failed(profiles) -> int:
    """Documents this run failed to read or segment (none when it read profile directories)."""
    return 0 if profiles.directories else profiles.n_failed


def run(args) -> int:
    from analysis.stats import is_profile_dir, pick_sites, scan_profile_dir, site_stats
    from comments.output import check_output, write

    check_output(args.output, args.paths)  # before any work
    # One profile folder, or raw pages profiled into a temporary one: the comments are streamed from their
    # file, never loaded, so the memory does not grow with the comments.  (Several folders: profiled again
    # together, in memory.)
    scanned = scan_profile_dir(args.paths[0]) if len(args.paths) == 1 else None
    if scanned is not None:
        _, comments, threads, record = scanned
        if not args.quiet:
            n = (record.get("manifest") or {}).get("comments", {}).get("rows")
            msg(f"read {threads.height:,} documents" + (f" and {n:,} comments" if n is not None else "")
                + f" from {args.paths[0]}")
        n_failed = 0
        table = site_stats(None, comments, threads, by=args.by, top=args.top)
    elif not any(is_profile_dir(p) for p in args.paths):
        from analysis.run import temporary_profile

        progress = Progress("segmenting", args.quiet)
        with temporary_profile(args.paths, **profile_options(args),
                               progress=progress.profiling_callback(args)) as (directory, record, _):
            _, comments, threads, _ = scan_profile_dir(directory)
            table = site_stats(None, comments, threads, by=args.by, top=args.top)
        n_failed = int(record["counts"].get("documents_failed", 0) or 0)
    else:
        profiles = open_profiles(args)
        n_failed = failed(profiles)
        table = site_stats(profiles.documents, profiles.comments, profiles.threads, by=args.by, top=args.top)
    table = pick_sites(table, sites=args.sites, max_sites=args.max_sites)
    width = shutil.get_terminal_size((120, 24)).columns if args.format == "table" else None
    write(table, args.format, args.output, width=width)  # the one renderer (comments.output)
    if not args.quiet:
        unit = "sites" if args.by == "site" else "documents"
        msg(f"{table.height:,} {unit}, {int(table.get_column('comments').sum() or 0):,} comments")
    return exit_status(n_failed)
