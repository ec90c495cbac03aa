"""Drawing helpers shared by the figures: one row per site, notes, the empty state."""

from __future__ import annotations

import textwrap

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MultipleLocator

from figures.style import SMALL_SIZE, TEXT_GREY, new_figure

ROW = 0.24  # inches per site row of a one-series plot
ROW_GROUPED = 0.32  # inches per site row with several series
MARGIN = 0.75  # inches of axis labels, legend and padding around the rows
COUNT_PAD = 5  # points between the plot and the counts on its right


def site_rows(ax: Axes, labels: list[str] | None, counts: list[int] | None = None, count_label: str = "n") -> None:
    """Sites as rows, the first on top, labelled on the left (``labels``; None: no labels, as in a second panel)
    and with their ``counts`` on the right under the header ``count_label``."""
    n = len(labels) if labels is not None else len(counts or [])
    positions = list(range(n))
    if labels is not None:
        ax.set_yticks(positions, labels)
    else:
        ax.set_yticks(positions)
        ax.tick_params(axis="y", labelleft=False)
    ax.set_ylim(n - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    if counts is not None:
        right = ax.secondary_yaxis("right")
        right.set_yticks(positions, [f"{c:,}" for c in counts])
        right.tick_params(axis="y", length=0, pad=COUNT_PAD, labelsize=SMALL_SIZE, labelcolor=TEXT_GREY)
        right.spines["right"].set_visible(False)
        ax.annotate(count_label, xy=(1, 1), xycoords="axes fraction", xytext=(COUNT_PAD, 2),
                    textcoords="offset points", ha="left", va="bottom", fontsize=SMALL_SIZE, color=TEXT_GREY)


def share_axis(ax: Axes, label: str = "share of comments", pad: float = 0.02) -> None:
    """An x axis of shares from 0 to 1, labelled in per cent (the unit in the axis label, not on every tick)."""
    ax.set_xlim(-pad, 1 + pad)
    ax.xaxis.set_major_locator(MultipleLocator(0.25))
    ax.xaxis.set_minor_locator(MultipleLocator(0.05))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v * 100:.0f}"))
    ax.set_xlabel(f"{label} (%)")


def row_guides(ax: Axes, n: int) -> None:
    """Thin horizontal lines that lead the eye along each row of a dot plot."""
    for i in range(n):
        ax.axhline(i, color="#E5E5E5", linewidth=0.5, zorder=0)


def figure_axes(ax: Axes | None, size: str | float, height: float) -> tuple[Figure, Axes]:
    """The figure and axes to draw in: a new figure of the style's ``size`` and ``height`` inches with one
    axes, or the user's ``ax`` (placed in their own grid) and its figure."""
    if ax is None:
        fig = new_figure(size, height)
        return fig, fig.add_subplot()
    return ax.figure, ax


def legend(fig: Figure, ax: Axes | None, handles, labels, **kwargs) -> None:
    """The legend above the plot: outside the top of a figure of its own (``ax`` None), else above the user's
    ``ax`` (so that it stays in that axes' cell of their grid)."""
    if ax is None:
        fig.legend(handles, labels, loc="outside upper left", **kwargs)
    else:
        ax.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.0, 1.0), borderaxespad=0.3, **kwargs)


def note(fig: Figure, text: str, ax: Axes | None = None) -> None:
    """A note under the figure (left out sites, missing columns); included in the layout.  With ``ax`` (a
    figure in the user's grid), under that axes instead."""
    if text and ax is not None:
        chars = int(ax.get_position().width * fig.get_figwidth() * 17)
        # x: the axes' left edge; y: the bottom of its x axis (tick labels and label), whatever their size
        ax.annotate(textwrap.fill(text, max(chars, 30)), xy=(0, 0),
                    xycoords=("axes fraction", lambda renderer: ax.xaxis.get_tightbbox(renderer)),
                    xytext=(0, -3), textcoords="offset points", ha="left", va="top", fontsize=SMALL_SIZE,
                    color=TEXT_GREY)
        return
    if text:
        chars = int(fig.get_figwidth() * 17)  # 7 pt DejaVu Sans: about 17 characters per inch
        fig.supxlabel(textwrap.fill(text, chars), fontsize=SMALL_SIZE, color=TEXT_GREY, x=0.01, ha="left",
                      multialignment="left")


def empty(ax: Axes, message: str) -> None:
    """An empty panel that says why it is empty."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=SMALL_SIZE + 1, color=TEXT_GREY,
            transform=ax.transAxes, wrap=True)
