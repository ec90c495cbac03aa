"""Shares of comments per site: markers, repetition, claim overlap, languages."""

from __future__ import annotations

import numpy as np
import polars as pl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from analysis.stats import language_shares, marker_shares
from comments.errors import UsageError
from figures import common
from figures.style import GREY, LIGHT_GREY, OKABE_ITO, PALETTE, SEQUENTIAL, SMALL_SIZE, new_figure, styled
from figures.tables import MAX_SITES, select_sites, tables

# ----------------------------------------------------------------------------------------------- markers

ANNOTATE_MAX_COLUMNS = 26  # more markers than this: cells too narrow for their numbers at 7 pt


@styled
def marker_heatmap(
    profiles, comments: pl.DataFrame | None = None, threads: pl.DataFrame | None = None, *,
    size: str | float = "double", sites: list[str] | None = None, max_sites: int | None = MAX_SITES,
    drop_unused: bool = True, annotate: bool | None = None, ax: Axes | None = None,
) -> Figure:
    """Marker prevalence, site × marker: the share of a site's comments with at least one match of each marker
    (``m_<id>`` > 0), as colour and, when the cells are wide enough, in per cent.  Markers are ordered by their
    share of all the shown comments (most used on the left); markers no comment matches are left out
    (``drop_unused``).  ``n`` on the right: comments.  ``ax``: draw into this axes of your own figure (the
    colour bar then goes on its right); its figure is returned."""
    t = tables(profiles, comments, threads)
    sel = select_sites(t, sites=sites, max_sites=max_sites)
    n = len(sel.sites)
    long = marker_shares(t.comments, t.threads, documents=t.documents)
    if n:
        long = long.join(pl.DataFrame({"site": sel.sites}, schema={"site": pl.String}), on="site", how="semi",
                         nulls_equal=True)
    order = (
        long.group_by("marker", maintain_order=True)
        .agg(used=(pl.col("share") * pl.col("comments")).sum() / pl.col("comments").sum())
        .with_row_index("_i")
        .sort(["used", "_i"], descending=[True, False])
    )
    unused = order.filter(pl.col("used") == 0).height if drop_unused else 0
    if drop_unused:
        order = order.filter(pl.col("used") > 0)
    markers = order.get_column("marker").to_list()
    placed = ax
    fig, ax = common.figure_axes(ax, size, 2.0 + common.ROW * max(n, 2))
    if n == 0 or not markers:
        common.empty(ax, "no comments in these tables" if n == 0 else "no comment matches any marker")
        return fig
    values = {(s, m): v for s, m, v in long.select("site", "marker", "share").iter_rows()}
    matrix = np.array([[values.get((s, m), 0.0) for m in markers] for s in sel.sites])
    vmax = max(0.1, float(np.ceil(matrix.max() * 10) / 10))
    image = ax.imshow(matrix, cmap=SEQUENTIAL, vmin=0, vmax=vmax, aspect="auto", interpolation="nearest")
    ax.set_xticks(range(len(markers)), [m.replace("_", " ") for m in markers], rotation=50, ha="right",
                  rotation_mode="anchor")
    ax.tick_params(axis="x", length=0)
    ax.spines["bottom"].set_visible(False)
    common.site_rows(ax, sel.labels, sel.stats.get_column("comments").to_list())
    ax.set_xlim(-0.5, len(markers) - 0.5)
    ax.set_ylim(n - 0.5, -0.5)
    if annotate if annotate is not None else len(markers) <= ANNOTATE_MAX_COLUMNS:
        for i in range(n):
            for j in range(len(markers)):
                v = matrix[i, j]
                if v <= 0:
                    continue
                text = "<1" if v < 0.005 else f"{v * 100:.0f}"
                ax.text(j, i, text, ha="center", va="center", fontsize=SMALL_SIZE,
                        color="white" if v > 0.55 * vmax else "#222222")
    if placed is None:
        bar = fig.colorbar(image, ax=ax, location="bottom", shrink=0.35, aspect=25, pad=0.02, anchor=(0.0, 1.0))
    else:
        bar = fig.colorbar(image, ax=ax, location="right", shrink=0.8, aspect=20, pad=0.02)
    bar.set_label("share of comments with at least one match (%)", fontsize=SMALL_SIZE)
    (bar.ax.xaxis if placed is None else bar.ax.yaxis).set_major_formatter(FuncFormatter(lambda v, _: f"{v * 100:.0f}"))
    bar.ax.tick_params(labelsize=SMALL_SIZE, width=0.5, length=2)
    bar.outline.set_linewidth(0.5)
    notes = [sel.note()]
    if unused:
        notes.append(f"{unused} marker{'s' if unused != 1 else ''} without any match not shown")
    common.note(fig, "; ".join(x for x in notes if x), placed)
    return fig


# ----------------------------------------------------------------------------------------------- dot plots


def _dot_plot(ax, sel, series: list[tuple[str, str, str, str]], offsets: list[float]) -> None:
    """Per site row, one dot per series (column, label, colour, marker) at the given vertical offset; a null
    value has no dot."""
    n = len(sel.sites)
    common.row_guides(ax, n)
    for (column, _label, colour, marker), dy in zip(series, offsets):
        values = sel.stats.get_column(column).to_list()
        ys = [i + dy for i, v in enumerate(values) if v is not None]
        xs = [v for v in values if v is not None]
        ax.scatter(xs, ys, s=22, color=colour, marker=marker, edgecolors="white", linewidths=0.4, zorder=3)


def _legend(fig, series, ncol: int, ax: Axes | None = None) -> None:
    handles = [Line2D([], [], linestyle="none", marker=m, markersize=5, color=c, markeredgecolor="white",
                      markeredgewidth=0.4) for _, _, c, m in series]
    common.legend(fig, ax, handles, [label for _, label, _, _ in series], ncol=ncol)


REPETITION = {
    "exact duplicates": [
        ("dup_share", "in the same thread", OKABE_ITO["orange"], "o"),
        ("dup_share_corpus", "anywhere in the corpus", OKABE_ITO["blue"], "s"),
    ],
    "near-duplicates": [
        ("near_dup_share", "in the same thread", OKABE_ITO["orange"], "o"),
        ("near_dup_share_corpus", "anywhere in the corpus", OKABE_ITO["blue"], "s"),
    ],
}


@styled
def repetition(
    profiles, comments: pl.DataFrame | None = None, threads: pl.DataFrame | None = None, *,
    size: str | float = "double", sites: list[str] | None = None, max_sites: int | None = MAX_SITES,
    ax: Axes | tuple[Axes, Axes] | None = None,
) -> Figure:
    """Repetition per site, two panels: the share of a site's comments that have an exact duplicate
    (normalised text) and that are in a near-duplicate cluster of two or more, within the same thread (orange
    circles) and anywhere in the corpus (blue squares) — the ``dup_share*`` and ``near_dup_share*`` columns of
    ``comments stats``.  ``n`` on the right: comments.  ``ax``: two axes of your own figure for the two panels,
    or one axes (of a grid) whose cell is split into the two; its figure is returned."""
    t = tables(profiles, comments, threads)
    sel = select_sites(t, sites=sites, max_sites=max_sites)
    n = len(sel.sites)
    if ax is None:
        fig = new_figure(size, common.MARGIN + 0.25 + common.ROW_GROUPED * max(n, 2))
        if n == 0:
            common.empty(fig.add_subplot(), "no comments in these tables")
            return fig
        axes = fig.subplots(1, 2, sharey=True)
        placed = None
    else:
        axes = _two_panels(ax)
        fig, placed = axes[0].figure, axes[0]
        if n == 0:
            for a in axes:
                common.empty(a, "no comments in these tables")
            return fig
        axes[1].sharey(axes[0])
    for k, (ax, (title, series)) in enumerate(zip(axes, REPETITION.items())):
        _dot_plot(ax, sel, series, [-0.12, 0.12])
        common.share_axis(ax, pad=0.04)
        ax.set_title(title, pad=None if placed is None else 16)  # placed: the legend sits between
        if k == 0:
            common.site_rows(ax, sel.labels)
        else:
            common.site_rows(ax, None, sel.stats.get_column("comments").to_list())
    _legend(fig, REPETITION["exact duplicates"], ncol=2, ax=placed)
    common.note(fig, sel.note(), placed)
    return fig


def _two_panels(ax) -> list[Axes]:
    """Two axes side by side: the two given, or the cell of one axes of a grid split in two."""
    if isinstance(ax, Axes):
        spec = ax.get_subplotspec()
        if spec is None:
            raise UsageError("repetition(ax=...) takes two axes, or one axes of a grid (plt.subplots, "
                             "fig.add_gridspec) whose cell it splits into the two panels")
        fig = ax.figure
        ax.remove()
        inner = spec.subgridspec(1, 2)
        return [fig.add_subplot(inner[0, 0]), fig.add_subplot(inner[0, 1])]
    axes = list(ax)
    if len(axes) != 2:
        raise UsageError(f"repetition(ax=...) takes one axes or two, not {len(axes)}")
    return axes


CLAIMS = [
    ("quote_share", "comments quoting the article", OKABE_ITO["vermillion"], "D"),
    ("engage_share", "comments engaging an article sentence", OKABE_ITO["blue"], "o"),
    ("claim_coverage", "claim-like sentences engaged", OKABE_ITO["bluish_green"], "s"),
]


@styled
def claim_overlap(
    profiles, comments: pl.DataFrame | None = None, threads: pl.DataFrame | None = None, *,
    size: str | float = "single", sites: list[str] | None = None, max_sites: int | None = MAX_SITES,
    ax: Axes | None = None,
) -> Figure:
    """Overlap of comments with their articles per site: the share of comments that quote the article verbatim
    (``quote_share``), that engage one of its sentences (``engage_share``), and the share of the articles'
    claim-like sentences that some comment engages (``claim_coverage``) — see the README, "Overlap with the
    article's claims".  Needs those columns (``analysis.profile`` writes them; ``analysis.stats.add_claims`` adds
    them to older tables); says so when they are absent.  ``n`` on the
    right: comments.  ``ax``: draw into this axes of your own figure; its figure is returned."""
    t = tables(profiles, comments, threads)
    sel = select_sites(t, sites=sites, max_sites=max_sites)
    n = len(sel.sites)
    placed = ax
    fig, ax = common.figure_axes(ax, size, common.MARGIN + 0.45 + common.ROW_GROUPED * max(n, 2))
    has_claims = n and any(sel.stats.get_column(c).drop_nulls().len() for c, *_ in CLAIMS)
    if n == 0:
        common.empty(ax, "no comments in these tables")
        return fig
    if not has_claims:
        common.empty(ax, "no claim-overlap columns in these tables\n(quotes_article, engages_claim: "
                         "analysis.stats.add_claims)")
        return fig
    _dot_plot(ax, sel, CLAIMS, [-0.16, 0.0, 0.16])
    common.share_axis(ax, "share", pad=0.04)
    common.site_rows(ax, sel.labels, sel.stats.get_column("comments").to_list())
    _legend(fig, CLAIMS, ncol=1, ax=placed)
    missing = sel.stats.filter(pl.col("claim_coverage").is_null()).height
    notes = [sel.note()]
    if missing:
        notes.append("no square: no claim-like sentence in the site's articles")
    common.note(fig, "; ".join(x for x in notes if x), placed)
    return fig


# ----------------------------------------------------------------------------------------------- languages

LANGUAGES_SHOWN = 6  # most frequent languages with a colour; the rest are "other"
OTHER = "other"
UNDETERMINED = "und"


@styled
def language_mix(
    profiles, comments: pl.DataFrame | None = None, threads: pl.DataFrame | None = None, *,
    size: str | float = "single", sites: list[str] | None = None, max_sites: int | None = MAX_SITES,
    languages: int = LANGUAGES_SHOWN, ax: Axes | None = None,
) -> Figure:
    """Language mix per site: shares of the site's comments by language (``lang``, ISO 639-1 codes as langdetect
    names them).  The ``languages`` languages with most comments among the shown sites have a colour each; the
    others are "other" (grey), and ``und`` (fewer than 10 letters or no known n-gram) is light grey.  ``n`` on
    the right: comments.  ``ax``: draw into this axes of your own figure; its figure is returned."""
    t = tables(profiles, comments, threads)
    sel = select_sites(t, sites=sites, max_sites=max_sites)
    n = len(sel.sites)
    placed = ax
    fig, ax = common.figure_axes(ax, size, common.MARGIN + 0.35 + common.ROW * max(n, 2))
    if n == 0:
        common.empty(ax, "no comments in these tables")
        return fig
    long = language_shares(t.comments, t.threads, documents=t.documents).join(
        pl.DataFrame({"site": sel.sites}, schema={"site": pl.String}), on="site", how="semi", nulls_equal=True
    )
    ranked = (
        long.filter(pl.col("lang") != UNDETERMINED).group_by("lang").agg(n=pl.col("n").sum())
        .sort(["n", "lang"], descending=[True, False]).get_column("lang").to_list()
    )
    shown = ranked[: min(languages, len(PALETTE) - 1)]
    grouped = long.with_columns(
        group=pl.when(pl.col("lang").is_in(shown) | (pl.col("lang") == UNDETERMINED))
        .then(pl.col("lang")).otherwise(pl.lit(OTHER))
    ).group_by("site", "group").agg(share=pl.col("share").sum())
    table = {(s, g): v for s, g, v in grouped.iter_rows()}
    groups = shown + ([OTHER] if len(ranked) > len(shown) else []) + (
        [UNDETERMINED] if grouped.filter(pl.col("group") == UNDETERMINED).height else [])
    colours = {**dict(zip(shown, PALETTE)), OTHER: GREY, UNDETERMINED: LIGHT_GREY}
    left = np.zeros(n)
    for g in groups:
        values = np.array([table.get((s, g), 0.0) for s in sel.sites])
        ax.barh(range(n), values, left=left, height=0.7, color=colours[g], edgecolor="white", linewidth=0.4)
        left += values
    common.share_axis(ax)
    common.site_rows(ax, sel.labels, sel.stats.get_column("comments").to_list())
    handles = [Patch(facecolor=colours[g], edgecolor=colours[g]) for g in groups]
    labels = ["undetermined" if g == UNDETERMINED else g for g in groups]
    common.legend(fig, placed, handles, labels, ncol=min(len(groups), 5), title="language", alignment="left",
                  handlelength=1.0)
    common.note(fig, sel.note(), placed)
    return fig
