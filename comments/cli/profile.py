"""``comments profile``: segment, then profile; write the profile directory."""

from __future__ import annotations

from comments.errors import UsageError
from comments.cli.common import Progress, add_input_options, add_profile_options, exit_status, msg, profile_options

HELP = """\
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
  comments profile corpus.csv -o profile/ --resume     # go on after a killed run
  comments profile corpus.csv -o /shared/profile/ --engine dask --scheduler tcp://10.0.0.5:8786

The corpus streams through DIR/.parts/ batch by batch (memory does not grow with it);
--resume continues a killed run from the batches it finished, with the same inputs and
options, and gives the same tables as a run that was never interrupted.
"""


def add_parser(sub, fmt) -> None:
    p = sub.add_parser("profile", help="segment and profile the comment threads; write Parquet tables",
                       description=HELP, formatter_class=fmt)
    add_input_options(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="directory for documents.parquet, comments.parquet, threads.parquet, run.json")
    add_profile_options(p)
    p.add_argument("--resume", action="store_true",
                   help="continue a killed run into DIR from the batches it finished (same inputs and options)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: worker processes on this machine (default); dask: tasks of a Dask cluster "
                        "(pip install 'comments-toolkit[dask]'; DIR must be on storage every worker sees)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler of a running cluster (e.g. tcp://10.0.0.5:8786); "
                        "default: a local cluster of --jobs workers")
    p.set_defaults(func=run)


def run(args) -> int:
    from analysis.run import check_profile_dir
    from analysis.streaming import profile_to_dir
    from comments.output import check_output

    check_profile_dir(args.output, args.paths)  # before any work
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    check_output(args.errors, args.paths, what="--errors")
    progress = Progress("segmenting", args.quiet)
    try:
        record, _ = profile_to_dir(args.paths, args.output, **profile_options(args), resume=args.resume,
                                   engine=args.engine, scheduler=args.scheduler,
                                   progress=progress.profiling_callback(args))
    except KeyboardInterrupt:  # (SIGTERM too): say how to go on
        msg(f"the finished batches are kept in {args.output.rstrip('/')}/.parts: the same command with --resume "
            "goes on from them")
        raise
    if not args.quiet:
        from pathlib import Path

        files = [*record["tables"].values(), "run.json"]
        msg(f"wrote {', '.join(str(Path(args.output) / f) for f in files)}")
    return exit_status(record["counts"]["documents_failed"])
