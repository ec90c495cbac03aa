"""``comments figures``: the publication figures of the comment threads, one file per figure and format."""

from __future__ import annotations

from pathlib import Path

from comments.cli.common import (
    Progress,
    add_input_options,
    add_profile_options,
    add_site_options,
    exit_status,
    msg,
    positive_int,
)
from comments.cli.stats import failed, open_profiles
from comments.errors import UsageError

HELP = """\
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
  comments figures profile/ -o out/ --sites rt.com,sputniknews.com
"""


def add_parser(sub, fmt) -> None:
    p = sub.add_parser("figures", help="draw publication figures per site (PDF, PNG, SVG)",
                       description=HELP, formatter_class=fmt)
    add_input_options(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="directory for the figure files")
    p.add_argument("--format", default="pdf,png", metavar="LIST",
                   help="comma-separated file formats: pdf, png, svg (default pdf,png)")
    p.add_argument("--only", metavar="NAMES", help="comma-separated figure names (default: all)")
    p.add_argument("--dpi", type=positive_int, default=300, help="resolution of PNG files (default 300)")
    add_site_options(p, None, "each figure's own: 30 sites; comment_lengths 12, the others in one row")
    add_profile_options(p, "with raw inputs: ")
    p.set_defaults(func=run)


def _formats(text: str) -> list[str]:
    from figures.style import FORMATS

    formats = [f.strip().lower().lstrip(".") for f in text.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise UsageError(f"--format takes a comma-separated list of {', '.join(FORMATS)}; got {text!r}")
    return list(dict.fromkeys(formats))


def run(args) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from analysis.stats import is_profile_dir
    from figures import FIGURES, write_figures

    formats = _formats(args.format)
    names = list(FIGURES)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in FIGURES]
        if unknown:
            raise UsageError(f"unknown figure(s) {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a directory: give a directory for the figures")
    if len(args.paths) == 1 and is_profile_dir(args.paths[0]):
        # one profile folder: the figures stream its comments from their file (figures.tables)
        source, n_failed = str(args.paths[0]), 0
        if not args.quiet:
            msg(f"reading {args.paths[0]}")
    else:
        source = open_profiles(args)
        n_failed = failed(source)
    progress = Progress("drawing figures", args.quiet)
    progress.steps(len(names), "drawing figures")
    written = write_figures(source, out, formats, names=names, dpi=args.dpi, progress=progress.step,
                            sites=args.sites, max_sites=args.max_sites)
    progress.finish_steps()
    if not args.quiet:
        msg(f"wrote {len(written)} file{'' if len(written) == 1 else 's'}:")
        for path in written:
            msg(f"  {path}")
    return exit_status(n_failed)
