"""One style for every figure: column widths, fonts, the Okabe–Ito palette, deterministic files.

- Widths: ``SINGLE`` = 3.3 in (one column of a two-column journal page), ``DOUBLE`` = 7 in (the full text width).
  Figures are drawn at their print size, so the font sizes below are the sizes on paper.
- Fonts: DejaVu Sans (it ships with matplotlib, so every machine draws the same glyphs), 8 pt labels and 7 pt
  tick labels, legends and notes — nothing below 7 pt.  TrueType (Type 42) fonts embedded in PDF and PS
  (``pdf.fonttype`` = ``ps.fonttype`` = 42), as publishers ask; SVG text is drawn as paths.
- Colours: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), distinguishable under the common
  colour-vision deficiencies, for categories; a one-hue ramp from white to Okabe–Ito blue for quantities
  (``SEQUENTIAL``), which also prints in grey scale.
- Files: ``save`` writes PDF without a creation date and with a fixed producer, SVG without a date and with a fixed
  hash salt (the ids of clip paths), PNG with fixed metadata — the same figure gives the same bytes on every run.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path

import matplotlib as mpl
from matplotlib.colors import LinearSegmentedColormap, ListedColormap
from matplotlib.figure import Figure

from comments.errors import UsageError

SINGLE = 3.3  # inches
DOUBLE = 7.0
MAX_HEIGHT = 9.0  # a page minus margins and caption

# Okabe–Ito, in the order categorical series take them (yellow and black last: yellow is faint on white).
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}
PALETTE = list(OKABE_ITO.values())
GREY = "#999999"
LIGHT_GREY = "#DDDDDD"
TEXT_GREY = "#555555"

SEQUENTIAL = LinearSegmentedColormap.from_list(
    "okabe_ito_blue", ["#FFFFFF", "#CDE6F4", OKABE_ITO["sky_blue"], OKABE_ITO["blue"], "#003A5D"]
)
CATEGORICAL = ListedColormap(PALETTE, name="okabe_ito")

FONT_SIZE = 8
SMALL_SIZE = 7  # the smallest text of any figure

PRODUCER = "comments-toolkit figures"
SVG_HASHSALT = "comments-toolkit"

RC = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": FONT_SIZE,
    "axes.titlesize": FONT_SIZE,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": FONT_SIZE,
    "xtick.labelsize": SMALL_SIZE,
    "ytick.labelsize": SMALL_SIZE,
    "legend.fontsize": SMALL_SIZE,
    "legend.title_fontsize": SMALL_SIZE,
    "figure.titlesize": FONT_SIZE,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "axes.linewidth": 0.6,
    "axes.edgecolor": "#333333",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "grid.linewidth": 0.4,
    "grid.color": "#DDDDDD",
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "xtick.minor.width": 0.4,
    "ytick.minor.width": 0.4,
    "xtick.major.size": 3,
    "ytick.major.size": 3,
    "xtick.minor.size": 1.5,
    "ytick.minor.size": 1.5,
    "lines.linewidth": 1.0,
    "patch.linewidth": 0.5,
    "legend.frameon": False,
    "legend.handlelength": 1.2,
    "legend.handletextpad": 0.4,
    "legend.columnspacing": 1.0,
    "legend.borderaxespad": 0.2,
    "image.cmap": "viridis",
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "svg.fonttype": "path",
    "svg.hashsalt": SVG_HASHSALT,
    "pdf.compression": 6,
    "figure.dpi": 150,
    "savefig.dpi": 300,
    "savefig.facecolor": "white",
    "figure.facecolor": "white",
    "path.simplify": True,
    "figure.constrained_layout.h_pad": 0.02,
    "figure.constrained_layout.w_pad": 0.02,
    "figure.constrained_layout.hspace": 0.03,
    "figure.constrained_layout.wspace": 0.03,
}

METADATA = {
    "pdf": {"Creator": PRODUCER, "Producer": PRODUCER, "CreationDate": None},
    "svg": {"Creator": PRODUCER, "Date": None},
    "png": {"Software": PRODUCER},
}
FORMATS = tuple(METADATA)


def width(size: str | float) -> float:
    """``"single"`` → 3.3, ``"double"`` → 7.0, a number → itself (inches)."""
    if isinstance(size, (int, float)):
        return float(size)
    try:
        return {"single": SINGLE, "double": DOUBLE}[size]
    except KeyError:
        raise UsageError(f"width must be 'single', 'double' or inches, not {size!r}") from None


def styled(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Run a figure function under the style's rcParams (fonts, sizes, colours are read when artists are made)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs) -> Figure:
        with mpl.rc_context(RC):
            return func(*args, **kwargs)

    return wrapper


def new_figure(size: str | float, height: float) -> Figure:
    """A figure of the style's width (``"single"``, ``"double"`` or inches) and ``height`` inches (at most
    ``MAX_HEIGHT``), with constrained layout.  A plain ``Figure``: no pyplot state, no GUI backend."""
    with mpl.rc_context(RC):
        return Figure(figsize=(width(size), min(height, MAX_HEIGHT)), layout="constrained")


def save(fig: Figure, path: str | Path, formats: Iterable[str] = ("pdf", "png"), *, dpi: int | None = None) -> list[Path]:
    """Write ``fig`` to ``path`` + ``.pdf`` / ``.png`` / ``.svg`` (the suffix of ``path``, if any, is replaced)
    with deterministic metadata; the same figure gives the same bytes.  Returns the files written."""
    base = Path(path)
    if base.suffix.lower().lstrip(".") in FORMATS:
        base = base.with_suffix("")
    base.parent.mkdir(parents=True, exist_ok=True)
    written = []
    with mpl.rc_context(RC):
        for fmt in formats:
            fmt = fmt.lower().lstrip(".")
            if fmt not in METADATA:
                raise UsageError(f"unknown figure format {fmt!r}; choose from {', '.join(FORMATS)}")
            out = base.with_name(base.name + "." + fmt)
            fig.savefig(out, format=fmt, metadata=METADATA[fmt], dpi=dpi or RC["savefig.dpi"])
            written.append(out)
    return written
