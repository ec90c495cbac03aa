"""Which runs of body lines belong to the article?  A learned check of the body blocks.

The line labeller reads every line in its neighbourhood, so a run of prose far from the
article — the teasers of a "Latest news" list, a firm's blurb above its contact form, a
second copy of the article — can look like body to it, and a list, a table or a
sub-heading inside the article can look like a menu.  This check looks at each **block**
(a run of lines labelled body; captions and title lines inside it do not break it) beside
the page's other blocks, and at the **gaps** between blocks:

1. ``stray``: is a block the article's?  From its size (words, lines, its share of the
   page's body words), the labeller's mean body and other probabilities over it, where it
   stands (position, the body words above and below, the lines and words — and form
   fields — that separate it from the blocks around it, its distance from the largest
   block, first or last, below the title or not), its shape (prose, words per line,
   headings, cue lines, links) and how much of it repeats earlier body lines (a second
   copy of the article).  Blocks under the threshold become boilerplate; a page's largest
   block is always kept.
2. ``gaps``: is a boilerplate line between two of the remaining blocks the article's?
   From the line (the labeller's probabilities, words, prose, list marker, heading, cue,
   form field, link, indentation, sentence end) and its gap (words and lines, the
   labeller's body and other probabilities over it, the body runs above and below, the
   share of prose, headings, cues, form fields, links, dates, short and indented lines,
   captions).  Lines at or over the threshold become body.  A gap holding a comment line,
   or a line shaped like a comment's header, is never filled.

Two logistic models (``data/block_check.json``: standardisation, weights, thresholds),
rebuilt exactly by ``training/train_block_check.py`` from WCXB with the labeller's held-out
scores.  All of it is polars expressions over the lines table and one matrix product per
model: no loop per line or block.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import polars as pl

from comments.dates import DATE
from comments.lines import D
from comments.model_files import read_model

FORMAT = "comments-block-check"
DATE_LINE_WORDS = 12  # a date line ("March 29, 2025" over a teaser) is short
LINK = r"\]\(|^\s*\[[^\]]*\]\s*$|^\s*\[\d+\]"  # a markdown link, a bracketed line, a lynx reference

FEATURES = (  # of a body block
    "log_words", "word_share", "log_lines", "p_body", "p_other",
    "start_pos", "end_pos", "body_before", "body_after", "gap_before_lines", "gap_before_words",
    "gap_after_lines", "gap_after_words", "first", "last", "log_dist_largest", "after_largest",
    "prose", "line_words", "headings", "cues", "links", "below_title", "repeated", "gap_ui",
)
GAP_FEATURES = (  # of a boilerplate line between two body blocks, and of its gap
    "gap_words", "gap_lines", "gap_p_body", "gap_p_body_max", "gap_p_other", "above_words", "below_words",
    "below_largest", "word_share", "gap_prose", "gap_headings", "gap_cues", "gap_ui", "gap_links",
    "gap_dates", "gap_short", "captions", "gap_line_words", "gap_indent",
    "p_body", "p_other", "log_words", "prose", "marker", "heading", "cue", "ui", "link", "short", "indent",
    "ends_sent",
)
REPEAT_WORDS = 5  # a line of this many words that repeats an earlier body line is a copy


@dataclass(frozen=True)
class Logistic:
    """A logistic model over named features: standardisation, weights, bias, threshold."""

    features: tuple[str, ...]
    mean: np.ndarray
    std: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    @classmethod
    def constant(cls, features: tuple[str, ...], bias: float, threshold: float) -> "Logistic":
        n = len(features)
        return cls(features, np.zeros(n), np.ones(n), np.zeros(n), bias, threshold)

    def probabilities(self, frame: pl.DataFrame) -> np.ndarray:
        x = np.nan_to_num(frame.select(self.features).to_numpy().astype(np.float64))
        return 1.0 / (1.0 + np.exp(-(((x - self.mean) / self.std) @ self.weights + self.bias)))

    def to_json(self) -> dict:
        return {
            "features": list(self.features),
            "mean": np.round(self.mean, 6).tolist(), "std": np.round(self.std, 6).tolist(),
            "weights": np.round(self.weights, 6).tolist(), "bias": round(float(self.bias), 6),
            "threshold": round(float(self.threshold), 6),
        }


@dataclass(frozen=True)
class BlockCheck:
    """Two logistic models: ``stray`` (is a body block the article's?  dropped below its
    threshold) and ``gaps`` (are the other lines between two body blocks the article's?
    filled at or above its threshold)."""

    stray: Logistic
    gaps: Logistic
    meta: dict = field(default_factory=dict)

    @classmethod
    def off(cls) -> "BlockCheck":
        """A check that changes nothing (as the pipeline was before it; for training)."""
        return cls(Logistic.constant(FEATURES, 0.0, 0.0), Logistic.constant(GAP_FEATURES, 0.0, 2.0), {"off": True})

    def to_json(self) -> dict:
        return {"format": FORMAT, "stray": self.stray.to_json(), "gaps": self.gaps.to_json(), "meta": self.meta}


def from_json(data: dict, path: str = "<memory>") -> BlockCheck:
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: format must be {FORMAT!r}")

    def part(name: str, features: tuple[str, ...]) -> Logistic:
        d = data.get(name) or {}
        if d.get("features") != list(features):
            raise ValueError(f"{path}: the block check's {name} features are not this version's; "
                             "retrain it with training/train_block_check.py")
        return Logistic(features, np.asarray(d["mean"], dtype=np.float64), np.asarray(d["std"], dtype=np.float64),
                        np.asarray(d["weights"], dtype=np.float64), float(d["bias"]), float(d["threshold"]))

    return BlockCheck(part("stray", FEATURES), part("gaps", GAP_FEATURES), data.get("meta", {}))


@lru_cache(maxsize=4)
def load_block_check(path: str | Path | None = None) -> BlockCheck:
    """Read a block check file (default: the one shipped in the package)."""
    data, where = read_model("block_check.json", path)
    return from_json(data, where)


def with_blocks(f: pl.DataFrame) -> pl.DataFrame:
    """``_blk``: the body block of each body line (1, 2, … per page; null on other lines).

    ``f``: the non-blank labelled lines (``label``), sorted by page and line."""
    body = pl.col("label") == "body"
    # captions and title lines inside a run of body lines do not break it
    inside = pl.when(body).then(True).when(pl.col("label").is_in(["caption", "title"])).then(None).otherwise(False)
    f = f.with_columns(_in=inside.forward_fill().over(D).fill_null(False))
    start = pl.col("_in") & ~pl.col("_in").shift(1).over(D).fill_null(False)
    return f.with_columns(_blk=pl.when(body).then(start.cum_sum().over(D))).drop("_in")


def block_features(f: pl.DataFrame) -> pl.DataFrame:
    """One row per body block: ``doc_idx, _blk, FEATURES``.

    ``f``: ``with_blocks``' lines table (the labeller's ``lp_*``, the line features, ``label``)."""
    words = pl.col("n_words").cast(pl.Float64)
    g = f.select(
        D, "line_no", "_blk", "label", "t", "raw", "n_words", "prose", "heading", "cue", "ui", "action",
        "lp_body", "lp_other",
        _i=pl.int_range(pl.len()).over(D), _n=pl.len().over(D),
        _bw=pl.when(pl.col("_blk").is_not_null()).then(words).otherwise(0.0),
        _ow=pl.when(pl.col("_blk").is_null()).then(words).otherwise(0.0),
        _title=pl.col("label") == "title",
    ).with_columns(
        _ow_above=pl.col("_ow").cum_sum().over(D) - pl.col("_ow"),
        _bw_above=pl.col("_bw").cum_sum().over(D) - pl.col("_bw"),
        _nb_above=(pl.col("_blk").is_null().cum_sum().over(D)),
        # (form fields and buttons among the lines between blocks)
        _ui_above=(pl.col("_blk").is_null() & (pl.col("ui") | pl.col("action"))).cum_sum().over(D),
    )
    first_title = g.filter(pl.col("_title")).group_by(D).agg(_title_at=pl.col("_i").min())
    w = pl.col("n_words").cast(pl.Float64)
    b = (
        g.filter(pl.col("_blk").is_not_null()).group_by(D, "_blk").agg(
            _words=w.sum(), _lines=pl.len(),
            _p_body=(pl.col("lp_body").exp() * w).sum() / w.sum().clip(1),
            _p_other=(pl.col("lp_other").exp() * w).sum() / w.sum().clip(1),
            _start=pl.col("_i").min(), _end=pl.col("_i").max(), _n=pl.col("_n").first(),
            _bw_above=pl.col("_bw_above").min(),
            # the running counts of other lines at the block's first and last line (captions
            # inside a block lie between the two)
            *(pl.col(f"_{k}_above").min().alias(f"_{k}_start") for k in ("ow", "nb", "ui")),
            *(pl.col(f"_{k}_above").max().alias(f"_{k}_end") for k in ("ow", "nb", "ui")),
            _prose=pl.col("prose").mean(), _headings=pl.col("heading").mean(),
            _cues=pl.col("cue").mean(), _links=pl.col("raw").str.contains(LINK).mean(),
        )
        .join(first_title, on=D, how="left")
        .sort(D, "_blk")
    )
    total_ow = g.group_by(D).agg(_ow_total=pl.col("_ow").sum(), _nb_total=pl.col("_blk").is_null().sum())
    # (sorted by page and block: the shifts below read the block above and below)
    b = b.join(total_ow, on=D, how="left", maintain_order="left").with_columns(
        _bw_total=pl.col("_words").sum().over(D),
        _n_blocks=pl.len().over(D),
        # the page's largest block (ties: the first)
        _largest=pl.col("_blk") == pl.col("_blk").sort_by(["_words", "_blk"], descending=[True, False]).first().over(D),
    )
    # what separates a block from the one above (or the page's top) and below (or its end)
    b = b.with_columns(
        _gap_before_words=pl.col("_ow_start") - pl.col("_ow_end").shift(1).over(D).fill_null(0.0),
        _gap_before_lines=pl.col("_nb_start") - pl.col("_nb_end").shift(1).over(D).fill_null(0),
        _gap_ui=pl.col("_ui_start") - pl.col("_ui_end").shift(1).over(D).fill_null(0),
    ).with_columns(
        _gap_after_words=pl.col("_gap_before_words").shift(-1).over(D)
        .fill_null(pl.col("_ow_total") - pl.col("_ow_end")),
        _gap_after_lines=pl.col("_gap_before_lines").shift(-1).over(D)
        .fill_null(pl.col("_nb_total") - pl.col("_nb_end")),
        _largest_start=pl.col("_start").filter(pl.col("_largest")).first().over(D),
        _largest_end=pl.col("_end").filter(pl.col("_largest")).first().over(D),
    )
    dist = pl.max_horizontal(pl.col("_start") - pl.col("_largest_end"), pl.col("_largest_start") - pl.col("_end"), 0)
    # the share of its words on lines that repeat an earlier body line (a page that holds the
    # article twice: a print or accordion copy)
    rep = (
        g.filter(pl.col("_blk").is_not_null() & (pl.col("n_words") >= REPEAT_WORDS))
        .with_columns(_copy=~pl.col("t").is_first_distinct().over(D))
        .group_by(D, "_blk").agg(_repeated=(pl.col("n_words") * pl.col("_copy")).sum())
    )
    b = b.join(rep, on=[D, "_blk"], how="left", maintain_order="left")
    flt = lambda e: e.fill_null(False).cast(pl.Float64)  # noqa: E731
    log = lambda e: e.cast(pl.Float64).log1p()  # noqa: E731
    return b.select(
        D, "_blk",
        log_words=log(pl.col("_words")),
        word_share=pl.col("_words") / pl.col("_bw_total").clip(1),
        largest=flt(pl.col("_largest")),  # (not an input: the largest block is kept)
        log_lines=log(pl.col("_lines")),
        p_body=pl.col("_p_body"), p_other=pl.col("_p_other"),
        start_pos=pl.col("_start") / pl.col("_n"), end_pos=pl.col("_end") / pl.col("_n"),
        body_before=pl.col("_bw_above") / pl.col("_bw_total").clip(1),
        body_after=(pl.col("_bw_total") - pl.col("_bw_above") - pl.col("_words")) / pl.col("_bw_total").clip(1),
        gap_before_lines=log(pl.col("_gap_before_lines")), gap_before_words=log(pl.col("_gap_before_words")),
        gap_after_lines=log(pl.col("_gap_after_lines")), gap_after_words=log(pl.col("_gap_after_words")),
        first=flt(pl.col("_blk") == 1), last=flt(pl.col("_blk") == pl.col("_n_blocks")),
        log_dist_largest=log(dist), after_largest=flt(pl.col("_start") > pl.col("_largest_end")),
        prose=pl.col("_prose"), line_words=log(pl.col("_words") / pl.col("_lines")),
        headings=pl.col("_headings"), cues=pl.col("_cues"), links=pl.col("_links"),
        below_title=flt(pl.col("_title_at") < pl.col("_start")),
        repeated=pl.col("_repeated").fill_null(0) / pl.col("_words").clip(1),
        gap_ui=log(pl.col("_gap_ui")),
    )


def check_blocks(f: pl.DataFrame, check: BlockCheck) -> pl.DataFrame:
    """The labelled lines with the check applied: the body blocks it rejects relabelled
    boilerplate (a page's largest block is kept), then the boilerplate lines of the gaps
    between the remaining blocks that it accepts relabelled body."""
    return fill_gaps(drop_stray_blocks(f, check.stray), check.gaps)


def drop_stray_blocks(f: pl.DataFrame, model: Logistic) -> pl.DataFrame:
    """The body blocks ``model`` rates under its threshold relabelled boilerplate (the
    largest block of a page is kept)."""
    if model.threshold <= 0 or f.height == 0:
        return f
    f = with_blocks(f)
    feats = block_features(f)
    if feats.height == 0:
        return f.drop("_blk")
    stray = feats.filter((pl.Series(model.probabilities(feats)) < model.threshold) & (pl.col("largest") == 0))
    return _relabel(f, stray, [D, "_blk"], "boilerplate").drop("_blk")


# --------------------------------------------------------------------------- gaps inside the article



def with_gaps(f: pl.DataFrame) -> pl.DataFrame:
    """``_run``: each line's run of body or of other lines (1, 2, … per page); ``_gap``: the run
    of non-body lines each boilerplate line stands in, when body lines stand above and below it
    on the page and no comment line or comment-header-shaped line is in it (null elsewhere, and
    on a link under a caption: ``link_under_caption``, when the lines have that column)."""
    body = pl.col("label") == "body"
    run = (body != body.shift(1).over(D)).fill_null(True).cum_sum().over(D)
    f = f.with_columns(_run=run)
    f = f.with_columns(
        _inner=~body & (pl.col("_run") > pl.col("_run").min().over(D))
        & (pl.col("_run") < pl.col("_run").max().over(D)) & body.any().over(D),
        # (a comment line, or a line shaped like a comment's header, says the run is a comment
        # section the comment finder did not split: never the article's)
        _has_comment=((pl.col("label") == "comment") | pl.col("header").is_not_null()).any().over(D, "_run"),
    )
    # (a "read also" link under a photo caption stands inside the article by its nature: the
    # segmenter's rule for it is not the block check's to undo)
    link = pl.col("link_under_caption") if "link_under_caption" in f.columns else pl.lit(False)
    return f.with_columns(
        _gap=pl.when(pl.col("_inner") & ~pl.col("_has_comment") & (pl.col("label") == "boilerplate") & ~link)
        .then(pl.col("_run"))
    ).drop("_inner", "_has_comment")


def gap_features(f: pl.DataFrame) -> pl.DataFrame:
    """One row per boilerplate line of a gap (``with_gaps``): ``doc_idx, line_no, _gap,
    GAP_FEATURES`` — the line's own shape and the labeller's probabilities, and its gap's."""
    body = pl.col("label") == "body"
    w = pl.col("n_words").cast(pl.Float64)
    bw = pl.when(body).then(w).otherwise(0.0)
    g = f.with_columns(
        _bw_above=(bw.cum_sum() - bw).over(D), _bw_total=bw.sum().over(D),
    )
    # the body runs around each gap: their words, and whether one is the page's largest
    runs = g.filter(body).group_by(D, "_run").agg(_rw=w.sum())
    # (ties: the first; group_by leaves the runs in no set order)
    runs = runs.with_columns(_largest=pl.col("_run") == pl.col("_run").sort_by(
        ["_rw", "_run"], descending=[True, False]).first().over(D))
    lines = g.filter(pl.col("_gap").is_not_null()).with_columns(
        _link=pl.col("raw").str.contains(LINK),
        _date=(pl.col("n_words") <= DATE_LINE_WORDS) & pl.col("t").str.contains("(?i)" + DATE),
    )
    gaps = lines.group_by(D, "_gap").agg(
        _words=w.sum(), _lines=pl.len(),
        _p_body=pl.col("lp_body").exp().mean(), _p_body_max=pl.col("lp_body").exp().max(),
        _p_other=pl.col("lp_other").exp().mean(),
        _bw_above=pl.col("_bw_above").first(), _bw_total=pl.col("_bw_total").first(),
        _prose=pl.col("prose").mean(), _headings=pl.col("heading").mean(), _cues=pl.col("cue").mean(),
        _ui=(pl.col("ui") | pl.col("action")).mean(), _links=pl.col("_link").mean(), _dates=pl.col("_date").mean(),
        _short=(pl.col("n_words") <= 3).mean(), _indent=(pl.col("indent") > 0).mean(),
    )
    # captions and titles standing in the same run
    caps = g.filter(~body & pl.col("label").is_in(["caption", "title"])).group_by(D, "_run").agg(_caps=pl.len())
    gaps = (
        # (the body run above a gap is the run before it, the one below the run after it)
        gaps.join(runs.select(D, _gap=pl.col("_run") + 1, _aw="_rw"), on=[D, "_gap"], how="left")
        .join(runs.select(D, _gap=pl.col("_run") - 1, _bw="_rw", _bl="_largest"), on=[D, "_gap"], how="left")
        .join(caps.rename({"_run": "_gap"}), on=[D, "_gap"], how="left")
    )
    flt = lambda e: e.fill_null(False).cast(pl.Float64)  # noqa: E731
    log = lambda e: e.cast(pl.Float64).log1p()  # noqa: E731
    gaps = gaps.select(
        D, "_gap",
        gap_words=log(pl.col("_words")), gap_lines=log(pl.col("_lines")),
        gap_p_body=pl.col("_p_body"), gap_p_body_max=pl.col("_p_body_max"), gap_p_other=pl.col("_p_other"),
        above_words=log(pl.col("_aw").fill_null(0)), below_words=log(pl.col("_bw").fill_null(0)),
        below_largest=flt(pl.col("_bl")),
        word_share=pl.col("_words") / (pl.col("_bw_total") + pl.col("_words")).clip(1),
        gap_prose=pl.col("_prose"), gap_headings=pl.col("_headings"), gap_cues=pl.col("_cues"),
        gap_ui=pl.col("_ui"), gap_links=pl.col("_links"), gap_dates=pl.col("_dates"), gap_short=pl.col("_short"),
        captions=log(pl.col("_caps").fill_null(0)), gap_line_words=log(pl.col("_words") / pl.col("_lines")),
        gap_indent=pl.col("_indent"),
    )
    # each line of a gap, with its gap's description
    return lines.join(gaps, on=[D, "_gap"], how="left").select(
        D, "line_no", "_gap", *(c for c in gaps.columns if c not in (D, "_gap")),
        p_body=pl.col("lp_body").exp(), p_other=pl.col("lp_other").exp(),
        log_words=log(pl.col("n_words")), prose=flt(pl.col("prose")), marker=flt(pl.col("marker")),
        heading=flt(pl.col("heading")), cue=flt(pl.col("cue")), ui=flt(pl.col("ui") | pl.col("action")),
        link=flt(pl.col("_link")), short=flt(pl.col("n_words") <= 3), indent=flt(pl.col("indent") > 0),
        ends_sent=flt(pl.col("ends_sent")),
    )


def fill_gaps(f: pl.DataFrame, model: Logistic) -> pl.DataFrame:
    """The boilerplate lines between body blocks that ``model`` rates at or over its
    threshold relabelled body."""
    if model.threshold > 1 or f.height == 0:
        return f
    f = with_gaps(f)
    feats = gap_features(f)
    if feats.height == 0:
        return f.drop("_gap", "_run")
    inner = feats.filter(pl.Series(model.probabilities(feats)) >= model.threshold)
    return _relabel(f, inner, [D, "line_no"], "body").drop("_gap", "_run")


def _relabel(f: pl.DataFrame, chosen: pl.DataFrame, on: list[str], label: str) -> pl.DataFrame:
    """``f`` with its lines that match a row of ``chosen`` (on the ``on`` columns) labelled ``label``."""
    f = f.join(chosen.select(on).unique().with_columns(_chosen=pl.lit(True)), on=on, how="left",
               maintain_order="left")
    return f.with_columns(
        label=pl.when(pl.col("_chosen").fill_null(False)).then(pl.lit(label)).otherwise(pl.col("label"))
    ).drop("_chosen")
