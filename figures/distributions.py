"""Distributions per site: comment length, comments per thread."""

from __future__ import annotations

import numpy as np
import polars as pl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from analysis.stats import comments_with_site, document_rows
from figures import common
from figures.style import GREY, LIGHT_GREY, OKABE_ITO, SEQUENTIAL, styled
from figures.tables import MAX_SITES, select_sites, tables

VIOLIN_MIN = 10  # fewer comments than this: points only, no density
POINTS_MAX = 300  # more comments than this: density only, no points
OTHERS = "\x00others"  # the key of the pooled row (no site is called so)
LENGTH_SITES = 12  # sites with their own row; the others share one row (a single-column figure stays short)
KDE_BINS = 512


def _kde(x: np.ndarray, grid: np.ndarray) -> np.ndarray:
    """Gaussian kernel density of ``x`` on ``grid`` (Silverman's bandwidth), through a histogram on a fine grid
    so that the cost does not grow with the number of comments."""
    sd = x.std(ddof=1)
    iqr = np.subtract(*np.percentile(x, [75, 25]))
    spread = min(sd, iqr / 1.349) if iqr > 0 else sd
    h = 0.9 * spread * len(x) ** -0.2 if spread > 0 else 0.05
    h = max(h, 0.03)
    edges = np.linspace(grid[0], grid[-1], KDE_BINS + 1)
    counts, _ = np.histogram(x, bins=edges)
    centres = (edges[:-1] + edges[1:]) / 2
    dens = np.exp(-0.5 * ((grid[:, None] - centres[None, :]) / h) ** 2) @ counts
    return dens / dens.max() if dens.max() > 0 else dens


@styled
def comment_lengths(
    profiles, comments: pl.DataFrame | None = None, threads: pl.DataFrame | None = None, *,
    size: str | float = "single", sites: list[str] | None = None, max_sites: int | None = LENGTH_SITES,
    ax: Axes | None = None,
) -> Figure:
    """Comment length per site: words per comment on a log scale, one row per site with comments.

    Each comment is a dot in rows of up to 300 comments (vertical jitter is deterministic); rows with 10 or more
    comments also get a violin (kernel density of log words, each violin scaled to the same height), and rows of
    more than 300 comments the violin alone (the note under the figure says so).  The black bar spans the
    quartiles and the white dot is the median.  Comments without words (emoji only) sit at 1.  The
    ``max_sites`` (12) sites with most comments get a row each; the comments of the others share a last row,
    "N other sites".  ``n`` on the right: comments.  ``ax``: draw into this axes of your own figure (``size`` is
    then unused); the figure it belongs to is returned.
    """
    t = tables(profiles, comments, threads)
    sel = select_sites(t, sites=sites, max_sites=max_sites)
    pooled = sel.hidden_over_limit  # sites past max_sites: one row for all of them
    n = len(sel.sites) + (1 if pooled else 0)
    placed = ax
    fig, ax = common.figure_axes(ax, size, common.MARGIN + 0.1 + common.ROW_GROUPED * max(n, 2))
    if n == 0:
        common.empty(ax, "no comments in these tables")
        return fig
    needed = [col for col in ("doc_id", "site", "n_words") if col in t.comments.collect_schema().names()]
    c = comments_with_site(t.documents, t.comments.select(needed), t.threads)
    words = {
        site: np.maximum(np.asarray(w, dtype=float), 1.0)
        for site, w in c.group_by("site").agg(pl.col("n_words")).iter_rows()
    }
    rows: list[str | None] = list(sel.sites)
    labels, counts = list(sel.labels), sel.stats.get_column("comments").to_list()
    if pooled:
        others = np.concatenate([v for s, v in words.items() if s not in set(sel.sites)] or [np.array([1.0])])
        words[OTHERS] = others
        rows.append(OTHERS)
        labels.append(f"{pooled} other sites")
        counts.append(len(others))
    top = max(float(words[s].max()) for s in rows if s in words)
    grid = np.linspace(0.0, np.ceil(np.log10(max(top, 10.0) * 1.3)), 256)  # up to a labelled power of ten
    colour = OKABE_ITO["blue"]
    for i, site in enumerate(rows):
        w = np.sort(words.get(site, np.array([1.0])))
        lw = np.log10(w)
        if len(w) >= VIOLIN_MIN and lw.std() > 0:
            half = 0.4 * _kde(lw, grid)
            keep = half > 0.004
            ax.fill_between(10 ** grid[keep], i - half[keep], i + half[keep], color=colour, alpha=0.25,
                            linewidth=0.5, edgecolor=colour, zorder=1)
        if len(w) <= POINTS_MAX:
            rng = np.random.default_rng(i)
            jitter = rng.uniform(-0.22, 0.22, len(w))
            ax.scatter(w, i + jitter, s=5, color=colour, alpha=0.7, linewidths=0, zorder=2)
        q1, med, q3 = np.percentile(w, [25, 50, 75])
        ax.plot([q1, q3], [i, i], color="black", linewidth=2.2, solid_capstyle="butt", zorder=3)
        ax.scatter([med], [i], s=16, color="white", edgecolors="black", linewidths=0.8, zorder=4)
    ax.set_xscale("log")
    ax.set_xlim(0.8, 10 ** grid[-1] * 1.05)
    ax.xaxis.set_major_locator(LogLocator(base=10))
    ax.xaxis.set_minor_locator(LogLocator(base=10, subs=np.arange(2, 10)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.grid(axis="x", which="major")
    ax.set_axisbelow(True)
    ax.set_xlabel("words per comment (log scale)")
    common.site_rows(ax, labels, counts)
    notes = [f"the {pooled} sites with fewest comments share the last row" if pooled else ""]
    if sel.hidden_no_comments:
        k = sel.hidden_no_comments
        notes.append(f"{k} site{'s' if k != 1 else ''} without comments not shown")
    if any(len(words.get(s, ())) > POINTS_MAX for s in rows):
        notes.append(f"a dot per comment in rows of up to {POINTS_MAX} comments; larger rows: density only")
    else:
        notes.append("a dot per comment")
    common.note(fig, "; ".join(x for x in notes if x), placed)
    return fig


THREAD_BINS = [  # (label, lowest count); "no comment section" is apart
    ("0", 0), ("1", 1), ("2–5", 2), ("6–20", 6), ("21–100", 21), (">100", 101),
]
NO_SECTION = "no comment section"


@styled
def comments_per_thread(
    profiles, comments: pl.DataFrame | None = None, threads: pl.DataFrame | None = None, *,
    size: str | float = "single", sites: list[str] | None = None, max_sites: int | None = MAX_SITES,
    ax: Axes | None = None,
) -> Figure:
    """Comments per thread per site: each site's documents split by how many comments they have (0, 1, 2–5,
    6–20, 21–100, more than 100), as shares of the site's documents; documents where no comment section was seen
    are apart (grey).  Every site is a row, with or without comments; ``n`` on the right: documents.
    ``ax``: draw into this axes of your own figure; its figure is returned."""
    t = tables(profiles, comments, threads)
    sel = select_sites(t, sites=sites, max_sites=max_sites, need_comments=False)
    n = len(sel.sites)
    placed = ax
    fig, ax = common.figure_axes(ax, size, common.MARGIN + 0.35 + common.ROW * max(n, 2))
    if n == 0:
        common.empty(ax, "no documents in these tables")
        return fig
    docs = _thread_sizes(t)
    labels = [NO_SECTION] + [b for b, _ in THREAD_BINS]
    colours = [LIGHT_GREY, "white"] + [SEQUENTIAL(x) for x in np.linspace(0.3, 1.0, len(THREAD_BINS) - 1)]
    edges = [LIGHT_GREY, GREY] + ["white"] * (len(THREAD_BINS) - 1)
    shares = (
        docs.group_by("site", "bin").agg(n=pl.len())
        .with_columns(share=pl.col("n") / pl.col("n").sum().over("site"))
    )
    table = {(s, b): v for s, b, v in shares.select("site", "bin", "share").iter_rows()}
    left = np.zeros(n)
    for label, colour, edge in zip(labels, colours, edges):
        values = np.array([table.get((site, label), 0.0) for site in sel.sites])
        ax.barh(range(n), values, left=left, height=0.7, color=colour, edgecolor=edge, linewidth=0.5)
        left += values
    common.share_axis(ax, "share of the site's documents")
    common.site_rows(ax, sel.labels, sel.stats.get_column("docs").to_list())
    handles = [Patch(facecolor=c, edgecolor=GREY if e == GREY else c, linewidth=0.5) for c, e in zip(colours, edges)]
    # the legend reads across: no section, then the counts in order (matplotlib fills columns first)
    ncol = 4
    order = _row_major(len(handles), ncol)
    common.legend(fig, placed, [handles[i] for i in order], [labels[i] for i in order], ncol=ncol,
                  title="comments per document", alignment="left", handlelength=1.0)
    common.note(fig, sel.note(), placed)
    return fig


def _row_major(n: int, ncol: int) -> list[int]:
    """The order to hand ``n`` legend entries to matplotlib (which fills columns first) so that they read
    across rows of ``ncol``."""
    rows = -(-n // ncol)
    grid = [[r * ncol + c for c in range(ncol) if r * ncol + c < n] for r in range(rows)]
    return [grid[r][c] for c in range(ncol) for r in range(rows) if c < len(grid[r])]


def _thread_sizes(t) -> pl.DataFrame:
    """doc_id, site, bin (the legend label of the document's comment count)."""
    docs = document_rows(t.documents, t.comments, t.threads)
    counts = t.comments.lazy().group_by("doc_id").agg(n=pl.len()).collect(engine="streaming")
    docs = docs.join(counts, on="doc_id", how="left").with_columns(pl.col("n").fill_null(0))
    expr = pl.when((pl.col("n") == 0) & ~pl.col("has_comment_section").fill_null(False)).then(pl.lit(NO_SECTION))
    for label, low in reversed(THREAD_BINS):
        expr = expr.when(pl.col("n") >= low).then(pl.lit(label))
    return docs.with_columns(bin=expr)
