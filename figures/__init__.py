"""figures: publication figures from the profile tables (``comments profile``, ``analysis.profile``).

Every figure is a function that takes the profile tables — a ``Profiles`` object, a ``(documents, comments,
threads)`` tuple, the three tables, or the directory ``comments profile`` wrote — and returns a matplotlib
``Figure`` (no pyplot state: show it in a notebook, or write it with ``save``).  One row per site, sites in
alphabetical order; ``sites=[…]`` picks and orders them, ``max_sites`` (30; ``comment_lengths`` 12, the other
sites pooled in one row) keeps those with most comments.
``ax=`` draws into an axes of your own figure (a cell of your grid) and returns that figure.

FIGURES (name → function), in the order ``comments figures`` writes them:

comment_lengths       words per comment per site, log scale (dots, violins, quartiles, median)      single column
comments_per_thread   documents per site by number of comments (0, 1, 2–5 …; no comment section)    single column
marker_heatmap        share of comments with each rhetorical marker, site × marker                  double column
repetition            exact and near-duplicate shares, in the thread and across the corpus          double column
claim_overlap         quoting, engagement with article sentences, claim coverage                     single column
language_mix          comments per language per site                                                 single column

save(fig, path, formats=("pdf", "png"))   deterministic files (``figures.style``)
write_figures(profiles, out_dir, formats, names=None) -> list[Path]   all of them
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from matplotlib.figure import Figure

from comments.errors import UsageError

from figures.distributions import comment_lengths, comments_per_thread
from figures.shares import claim_overlap, language_mix, marker_heatmap, repetition
from figures.style import DOUBLE, FORMATS, OKABE_ITO, PALETTE, SINGLE, save

FIGURES: dict[str, Callable[..., Figure]] = {
    "comment_lengths": comment_lengths,
    "comments_per_thread": comments_per_thread,
    "marker_heatmap": marker_heatmap,
    "repetition": repetition,
    "claim_overlap": claim_overlap,
    "language_mix": language_mix,
}


def write_figures(
    profiles, out_dir: str | Path, formats: Iterable[str] = ("pdf", "png"), *, names: Iterable[str] | None = None,
    dpi: int | None = None, progress: Callable[[str], None] | None = None, sites: list[str] | None = None,
    max_sites: int | None = None,
) -> list[Path]:
    """Draw the figures ``names`` (default: all of ``FIGURES``) from ``profiles`` and write each as
    ``out_dir/<name>.<format>``; returns the files written, figure by figure.  ``progress(name)`` is called
    before each figure; ``sites`` as for every figure function; ``max_sites`` too, where None keeps each
    figure's own default (30 sites; ``comment_lengths``: 12, the others in one row)."""
    from figures.tables import tables

    t = tables(profiles)
    names = list(FIGURES) if names is None else list(names)
    unknown = [n for n in names if n not in FIGURES]
    if unknown:
        raise UsageError(f"unknown figure(s) {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    formats = list(formats)
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise UsageError(f"unknown figure format(s) {', '.join(bad)}; choose from {', '.join(FORMATS)}")
    written: list[Path] = []
    for name in names:
        if progress:
            progress(name)
        options = {"sites": sites} if max_sites is None else {"sites": sites, "max_sites": max_sites}
        fig = FIGURES[name]((t.documents, t.comments, t.threads), **options)
        written += save(fig, Path(out_dir) / name, formats, dpi=dpi)
    return written


__all__ = [
    "DOUBLE", "FIGURES", "FORMATS", "OKABE_ITO", "PALETTE", "SINGLE", "claim_overlap", "comment_lengths",
    "comments_per_thread", "language_mix", "marker_heatmap", "repetition", "save", "write_figures",
]
