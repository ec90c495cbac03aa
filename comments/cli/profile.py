"""``comments profile``: segment, then profile; write the profile directory."""

from __future__ import annotations

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
"""


def add_parser(sub, fmt) -> None:
    p = sub.add_parser("profile", help="segment and profile the comment threads; write Parquet tables",
                       description=HELP, formatter_class=fmt)
    add_input_options(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="directory for documents.parquet, comments.parquet, threads.parquet, run.json")
    add_profile_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from analysis import profile_files
    from analysis.run import check_profile_dir
    from comments.output import check_output

    check_profile_dir(args.output, args.paths)  # before any work
    check_output(args.errors, args.paths, what="--errors")
    progress = Progress("segmenting", args.quiet)
    profiles = profile_files(args.paths, **profile_options(args), progress=progress.profiling_callback(args))
    written = profiles.write(args.output)
    if not args.quiet:
        msg(f"wrote {', '.join(str(p) for p in written)}")
    return exit_status(profiles.n_failed)
