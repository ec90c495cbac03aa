"""Which line is the page's headline?  A learned choice among the most title-like lines.

The line labeller (``comments.labeller``) rates every line's chance of being the title
from the line and its surroundings.  Its first choice is often a sub-heading inside the
article, a breadcrumb, a section label or a teaser above the headline, while the
headline is its second or third choice.  This ranker looks at the labeller's ``K`` most
title-like lines of a page side by side and picks one, from what only a comparison
across the page shows:

* the labeller's log-odds of title, and how far each candidate is behind the best;
* how much of the article (the lines the labeller reads as body) stands above the line:
  a headline stands over its article, a sub-heading inside it;
* how many of its words the article uses (a headline's words recur in its story, a
  section label's or another story's seldom);
* a date or a "By …" line just below (the byline under a headline), a date just above;
* with the page's URL, how many of its words the URL's path holds ("/2017/03/council-
  approves-budget");
* its shape: words, a markdown level-1 or deeper heading (html2text), a list marker, an
  image, a sentence end, a link to the site's home page (a blog's name) or a line that is
  one link, repeats elsewhere on the page, where on the page it stands.

A conditional logit (one softmax over each page's candidates): ``data/title_ranker.json``
holds the standardisation and the weights, rebuilt exactly by
``training/train_title_ranker.py`` from WCXB with the labeller's held-out scores.  The
features are polars expressions over the lines table (the word and neighbour features over
the candidates only); scoring is one matrix product: no loop per line or page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import polars as pl

from comments.dates import DATE
from comments.labeller import TOPIC_TOKEN
from comments.lines import D
from comments.model_files import read_model

L = pl.col("line_no")
FORMAT = "comments-title-ranker"
K = 8  # candidates per page: the labeller's most title-like lines
# A date line near a candidate is short (a byline or a dateline, not a paragraph with a date in it).
DATE_LINE_WORDS = 15
BELOW = (1, 2, 3, 4)  # lines below a candidate searched for a date or "By …"
ABOVE = (1, 2, 3)  # lines above it searched for a date
NEXT_LINES = 10  # body words in the lines right below
TOKEN = TOPIC_TOKEN  # words the candidate and the article are compared on
PROSE_PREFIX = 400  # characters of a body line read for its words
ARTICLE_LINES = 40  # body lines read for the article's words (its start says what it is about)
HASH_SEED = 20_170_303

FEATURES = (
    "odds", "gap", "log_rank", "log_body_above", "body_above_share", "log_body_next", "position",
    "log_words", "words_sq", "heading", "h1", "h2_plus", "marker", "image", "ends_sent", "ends_colon",
    "cue", "prose", "lp_title", "lp_body", "lp_other", "log_order", "repeats", "before_body",
    "log_body_dist", "gap_before", "date_below", "date_above", "by_below", "article_words", "log_topic_words",
    "home_link", "whole_link", "url_words", "has_url",
)
URL_TOKEN = TOPIC_TOKEN  # words of a URL's path the candidates are compared with
# A link to a site's home page (html2text shows link targets): the site's name or logo.
HOME_LINK = r"\]\((?:https?://[^/)\s]+)?/?(?:index\.\w+)?\)"
# A line that is one link and nothing else (a teaser, a menu item, a permalinked headline).
WHOLE_LINK = r"^[#*\s]*\[[^\]]*\]\([^)]*\)\s*$"


@dataclass(frozen=True)
class TitleRanker:
    """Standardisation and weights of the conditional logit over ``FEATURES``."""

    mean: np.ndarray
    std: np.ndarray
    weights: np.ndarray
    k: int = K
    meta: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "format": FORMAT, "features": list(FEATURES), "k": self.k,
            "mean": np.round(self.mean, 6).tolist(), "std": np.round(self.std, 6).tolist(),
            "weights": np.round(self.weights, 6).tolist(), "meta": self.meta,
        }


def from_json(data: dict, path: str = "<memory>") -> TitleRanker:
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: format must be {FORMAT!r}")
    if data.get("features") != list(FEATURES):
        raise ValueError(f"{path}: the title ranker's features are not this version's; "
                         "retrain it with training/train_title_ranker.py")
    return TitleRanker(np.asarray(data["mean"], dtype=np.float64), np.asarray(data["std"], dtype=np.float64),
                       np.asarray(data["weights"], dtype=np.float64), int(data["k"]), data.get("meta", {}))


@lru_cache(maxsize=4)
def load_title_ranker(path: str | Path | None = None) -> TitleRanker:
    """Read a ranker file (default: the one shipped in the package)."""
    data, where = read_model("title_ranker.json", path)
    return from_json(data, where)


def candidate_features(f: pl.DataFrame, k: int = K, urls: pl.DataFrame | None = None) -> pl.DataFrame:
    """The ``k`` most title-like lines of each page (``doc_idx, line_no, odds, FEATURES``).

    ``f``: the non-blank lines table after ``labeller.score`` (``lp_*``) and the comment
    finder (``comment_seq``), sorted by document and line.  A comment line is no candidate.
    ``urls``: ``doc_idx, url`` where the pages' URLs are known.
    """
    others = pl.max_horizontal(pl.col("lp_other"), pl.col("lp_body"), pl.col("lp_comment"))
    bodyish = pl.col("lp_body") >= pl.max_horizontal(pl.col("lp_other"), pl.col("lp_comment"))
    bw = pl.when(bodyish).then(pl.col("n_words")).otherwise(0)
    g = f.select(
        D, "line_no", "t", "raw", "n_words", "lp_title", "lp_body", "lp_other", "marker", "heading", "image",
        "ends_sent", "ends_colon", "cue", "prose", "layout_gap",
        _odds=pl.when(pl.col("comment_seq").is_null()).then(pl.col("lp_title") - others),
        _bodyish=bodyish & pl.col("prose"),
        _idx=pl.int_range(pl.len()).over(D),
        _n=pl.len().over(D),
        _bw=bw,
        _bw_above=(bw.cum_sum() - bw).over(D),
        _bw_total=bw.sum().over(D),
        _bw_next=bw.reverse().cum_sum().reverse().over(D),
    )
    # body words in the NEXT_LINES lines below: the suffix sum from the next line less the
    # one from NEXT_LINES + 1 lines on
    g = g.with_columns(_bw_next=pl.col("_bw_next") - pl.col("_bw")
                       - pl.col("_bw_next").shift(-(NEXT_LINES + 1)).over(D).fill_null(0))
    g = g.with_columns(
        _rank=pl.col("_odds").rank("ordinal", descending=True).over(D),
        _top=pl.col("_odds").max().over(D),
        _first_body=pl.when(pl.col("_bodyish")).then(L).min().over(D),
    )
    cand = g.filter(pl.col("_odds").is_not_null() & (pl.col("_rank") <= k)).with_columns(
        _hashes=pl.col("raw").str.strip_chars_start().str.extract(r"^(#+)\s", 1).str.len_chars().fill_null(0),
        _low=pl.col("t").str.to_lowercase(),
    )
    # the text repeated elsewhere on the page (a breadcrumb, the browser title): compared
    # in lower case among the lines with as many words as a candidate
    same = g.select(D, "n_words", "t").join(cand.select(D, "n_words").unique(), on=[D, "n_words"], how="semi")
    reps = same.group_by(D, _low=pl.col("t").str.to_lowercase()).agg(_reps=pl.len())
    cand = cand.join(reps, on=[D, "_low"], how="left")
    # dates and "By …" lines around the candidate (read on the neighbours only)
    near = pl.concat([cand.select(D, "line_no", _at=pl.col("_idx") + o, _o=pl.lit(o)) for o in (*BELOW, *(-a for a in ABOVE))])
    near = near.join(g.select(D, "t", "n_words", _at="_idx").filter(pl.col("n_words") <= DATE_LINE_WORDS),
                     on=[D, "_at"], how="inner").with_columns(
        _date=pl.col("t").str.contains("(?i)" + DATE),
        _by=pl.col("t").str.contains(r"^(?i:by)\s+\p{Lu}"),
    ).group_by(D, "line_no").agg(
        _date_below=(pl.col("_date") & (pl.col("_o") > 0)).any(),
        _date_above=(pl.col("_date") & (pl.col("_o") < 0)).any(),
        _by_below=(pl.col("_by") & (pl.col("_o") > 0)).any(),
    )
    # how many of its words the article (the body-like prose lines) uses
    h = lambda e: e.hash(HASH_SEED)  # noqa: E731
    cand_words = (
        cand.select(D, "line_no", tok=pl.col("_low").str.extract_all(TOKEN))
        .explode("tok").drop_nulls("tok").select(D, "line_no", tok=h(pl.col("tok"))).unique()
    )
    article = (  # (only the candidates' words are looked up in it)
        g.filter(pl.col("_bodyish")).filter(pl.int_range(pl.len()).over(D) < ARTICLE_LINES)
        .select(D, tok=pl.col("t").str.slice(0, PROSE_PREFIX).str.to_lowercase().str.extract_all(TOKEN))
        .explode("tok").select(D, tok=h(pl.col("tok")))
        .join(cand_words.select(D, "tok"), on=[D, "tok"], how="semi").unique()
        .with_columns(_in=pl.lit(1.0))
    )
    words = (
        cand_words.join(article, on=[D, "tok"], how="left")
        .group_by(D, "line_no").agg(_in=pl.col("_in").fill_null(0.0).mean(), _tn=pl.len())
    )
    cand = cand.join(near, on=[D, "line_no"], how="left").join(words, on=[D, "line_no"], how="left")
    cand = cand.join(_url_words(cand_words, urls), on=[D, "line_no"], how="left")
    cand = cand.sort(D, "line_no").with_columns(_order=pl.int_range(pl.len()).over(D))
    flt = lambda e: e.fill_null(False).cast(pl.Float64)  # noqa: E731
    log_words = pl.col("n_words").cast(pl.Float64).log1p()
    return cand.select(
        D, "line_no", pl.col("_odds").alias("odds"),
        gap=pl.col("_odds") - pl.col("_top"),
        log_rank=pl.col("_rank").cast(pl.Float64).log(),
        log_body_above=pl.col("_bw_above").cast(pl.Float64).log1p(),
        body_above_share=pl.col("_bw_above") / pl.col("_bw_total").clip(1),
        log_body_next=pl.col("_bw_next").cast(pl.Float64).log1p(),
        position=pl.col("_idx") / pl.col("_n"),
        log_words=log_words,
        words_sq=(log_words - 2.3) ** 2,  # titles have some words, neither one nor thirty
        heading=flt(pl.col("heading")),
        h1=flt(pl.col("_hashes") == 1),
        h2_plus=flt(pl.col("_hashes") >= 2),
        marker=flt(pl.col("marker")), image=flt(pl.col("image")),
        ends_sent=flt(pl.col("ends_sent")), ends_colon=flt(pl.col("ends_colon")),
        cue=flt(pl.col("cue")), prose=flt(pl.col("prose")),
        lp_title=pl.col("lp_title"), lp_body=pl.col("lp_body"), lp_other=pl.col("lp_other"),
        log_order=pl.col("_order").cast(pl.Float64).log1p(),
        repeats=(pl.col("_reps").fill_null(1) - 1).clip(0, 3).cast(pl.Float64),
        before_body=flt(L < pl.col("_first_body").fill_null(2**40)),
        log_body_dist=((pl.col("_first_body").fill_null(L) - L).abs() + 1).cast(pl.Float64).log(),
        gap_before=pl.col("layout_gap").clip(0, 3).cast(pl.Float64),
        date_below=flt(pl.col("_date_below")), date_above=flt(pl.col("_date_above")),
        by_below=flt(pl.col("_by_below")),
        article_words=pl.col("_in").fill_null(0.0),
        log_topic_words=pl.col("_tn").fill_null(0).cast(pl.Float64).log1p(),
        home_link=flt(pl.col("raw").str.contains(HOME_LINK)),
        whole_link=flt(pl.col("raw").str.contains(WHOLE_LINK)),
        url_words=pl.col("_url_words").fill_null(0.0),
        has_url=pl.col("_has_url").fill_null(0.0),
    )


def _url_words(cand_words: pl.DataFrame, urls: pl.DataFrame | None) -> pl.DataFrame:
    """``doc_idx, line_no, _url_words, _has_url``: the share of a candidate's words (hashed,
    as ``cand_words`` holds them) that the page URL's path holds."""
    schema = {D: pl.Int64, "line_no": pl.Int64, "_url_words": pl.Float64, "_has_url": pl.Float64}
    if urls is None:
        return pl.DataFrame(schema=schema)
    slug = (
        urls.filter(pl.col("url").is_not_null())
        .select(D, tok=pl.col("url").str.to_lowercase().str.replace(r"^[a-z]+://[^/]+", "").str.extract_all(URL_TOKEN))
        .explode("tok").drop_nulls("tok").select(D, tok=pl.col("tok").hash(HASH_SEED)).unique()
        .with_columns(_in=pl.lit(1.0))
    )
    has = urls.filter(pl.col("url").is_not_null()).select(D).unique()
    return (
        cand_words.join(has, on=D, how="semi").join(slug, on=[D, "tok"], how="left")
        .group_by(D, "line_no").agg(_url_words=pl.col("_in").fill_null(0.0).mean(), _has_url=pl.lit(1.0))
        .select(schema.keys()).cast(schema)
    )


def scores(cand: pl.DataFrame, ranker: TitleRanker) -> np.ndarray:
    """The ranker's score of each candidate (higher: more likely the headline)."""
    x = np.nan_to_num(cand.select(FEATURES).to_numpy().astype(np.float64))
    return ((x - ranker.mean) / ranker.std) @ ranker.weights


def pick(f: pl.DataFrame, ranker: TitleRanker, title_min: float, urls: pl.DataFrame | None = None) -> pl.DataFrame:
    """``doc_idx, line_no``: each page's headline line, for pages whose most title-like
    line clears ``title_min`` (the labeller's threshold: no title otherwise)."""
    cand = candidate_features(f, ranker.k, urls)
    cand = cand.with_columns(_score=pl.Series(scores(cand, ranker), dtype=pl.Float64))
    return (
        cand.filter((pl.col("odds") - pl.col("gap")) >= title_min)
        .sort(D, "_score", "line_no", descending=[False, True, False])
        .group_by(D, maintain_order=True).first()
        .select(D, "line_no")
    )
