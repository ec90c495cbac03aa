"""The learned line labeller: how likely each line is title, body, comment or other.

A page's lines are scored in three steps, all over the whole lines table at once:

1. **Line features** (``line_features``, polars expressions): shape (words, length,
   punctuation, capitals, function words, list markers, markdown headings, links,
   brackets), the cue file's cues and comment headers, whether the comment finder put the
   line in a comment, repeats inside the page, how many of the line's words the page's
   prose and the page's URL also use, and a learned word lexicon (how often a word stands
   in main-content lines rather than in menus and buttons, on short lines only).
2. **Context features** (``context_matrix``, numpy): position on the page, the line's
   neighbours, means over windows of 3, 10 and 30 lines, and where the page's densest run
   of prose lies — computed with cumulative sums clipped to each document, never a loop
   over lines.
3. **A context network** (``forward``, numpy): a small network turns each line's inputs
   into a 16-number summary; the summaries are averaged over windows of 1, 3, 10 and 30
   lines and over the whole page; a second network reads the line's inputs, its summary
   and those averages and gives the four class probabilities.  The averaging is what lets
   a line's label depend on the region it stands in (a paragraph among menus, a short line
   among paragraphs).

The weights, the standardisation and the lexicon are data (``data/labeller.json``), built
by ``training/train_labeller.py`` from WCXB (see the README); a user may pass their own
file.  ``explain`` shows, for the lines of one document, what weighed most.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import polars as pl

from comments.errors import UsageError

from comments.lines import CJK, ENDS_QUESTION, D, shifted

MODEL_PATH = Path(__file__).with_name("data") / "labeller.json"
FUNCTION_WORDS_PATH = Path(__file__).with_name("data") / "function_words.toml"
CLASSES = ("other", "title", "body", "comment")
FORMAT = "comments-labeller"

# Words as the lexicon and the topic/URL features count them: letters only, 2+ (3+ for topic);
# in Chinese and Japanese, where no space marks a word, each character.
LEX_TOKEN = rf"[{CJK}]|[^\W\d_{CJK}]{{2,}}"
TOPIC_TOKEN = rf"[{CJK}]|[^\W\d_{CJK}]{{3,}}"
# Lines up to this many words get lexicon, topic and URL features (menus, headlines,
# bylines); longer lines are prose whatever their words.
SHORT_WORDS = 12
TITLE_WORDS = 30
TOPIC_WORDS = 20  # the topic and URL features are for headline candidates
# Only the start of a long line is searched for function words: the share is the same.
STOP_PREFIX_CHARS = 300
# Lines of at least this many words make up the page's vocabulary for the topic feature.
TOPIC_SOURCE_WORDS = 15

# The per-line features, in the order of the model's inputs (line_features makes them).
LINE_FEATURES = (
    "log_words", "log_chars", "word_len", "ends_sent", "ends_colon", "ends_q", "ends_alnum",
    "starts_upper", "starts_lower", "starts_digit", "cap_share", "digit_share", "punct_share",
    "comma_rate", "n_sent", "stop_share", "marker", "heading", "image", "indent", "link_rate",
    "bracket_rate", "sep_rate", "gap_before", "dup", "rep", "topic", "topic_n", "url", "has_url",
    "lex",
    "ui", "prefix", "block", "section", "action", "credit", "nav", "caption_cue", "pingback",
    "header", "header_named", "prose", "cue", "rule_comment",
)
# Context features (context_matrix): the neighbours' values of some line features …
NEIGHBOUR_FEATURES = ("log_words", "prose", "ends_sent", "cue", "link_rate", "heading", "marker",
                      "stop_share", "cap_share", "rule_comment", "gap_before")
# … and means over windows of ±k lines.
WINDOW_FEATURES = (("prose", (3, 10, 30)), ("stop_share", (3, 10, 30)), ("log_words", (3, 10, 30)),
                   ("link_rate", (3,)), ("marker", (3,)), ("rep", (3,)), ("lex", (3,)))
DENSE_WINDOW = 10  # the densest run of prose: most prose words within ±10 lines
# … whether a line of some kind stands anywhere above (an author box, "Related:",
# community rules: little article text follows them; comments found above), and how far
# into the page's prose the nearest such line above stands (a share bar under the
# headline is not the end of the article; "Related:" after most of the prose is).
AFTER_FEATURES = ("block", "section", "rule_comment")


class LabellerError(UsageError):
    """A labeller model file that cannot be used; the message names the file."""


@lru_cache(maxsize=4)
def function_words(path: Path = FUNCTION_WORDS_PATH) -> tuple[str, ...]:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    if data.get("format") != "comments-function-words":
        raise LabellerError(f"{path}: format must be 'comments-function-words'")
    return tuple(dict.fromkeys(w for lang in data["language"] for w in lang["words"]))


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class Labeller:
    """A trained labeller: input names, standardisation, weights, lexicon and settings."""

    inputs: tuple[str, ...]
    mean: np.ndarray
    std: np.ndarray
    line_net: tuple[tuple[np.ndarray, np.ndarray], ...]
    pools: tuple[int, ...]
    label_net: tuple[tuple[np.ndarray, np.ndarray], ...]
    lexicon: pl.DataFrame  # tok, weight
    title_min: float
    path: str = ""
    meta: dict = field(default_factory=dict)
    # the thread check to use with this labeller (``comments.thread_check``); None: the
    # shipped one.  Evaluations on held-out sites pair each fold's labeller with its own.
    thread_check: object | None = None
    # likewise the title ranker (``comments.title_ranker``)
    title_ranker: object | None = None
    # likewise the body block check (``comments.body_blocks``)
    block_check: object | None = None

    @cached_property
    def folded(self):
        """The first layers with the standardisation folded in (W·(x-μ)/σ + b = (W/σ)·x +
        b - W·μ/σ): (line net's first layer, label net's weights on the inputs, label net's
        weights on the rest with the folded bias)."""
        w, b = self.line_net[0]
        line_first = ((w / self.std).astype(np.float32), (b - (w / self.std) @ self.mean).astype(np.float32))
        w1, b1 = self.label_net[0]
        n = len(self.mean)
        x_block = (w1[:, :n] / self.std).astype(np.float32)
        return line_first, x_block, (w1[:, n:].astype(np.float32), (b1 - x_block @ self.mean).astype(np.float32))

    def to_json(self) -> dict:
        """The model file's content (``load_labeller`` reads it back)."""
        def layers(net):
            return [{"weight": np.round(w, 6).tolist(), "bias": np.round(b, 6).tolist()} for w, b in net]
        lex = self.lexicon.sort("tok")
        return {
            "format": FORMAT, "version": 1, "classes": list(CLASSES), "inputs": list(self.inputs),
            "mean": np.round(self.mean, 6).tolist(), "std": np.round(self.std, 6).tolist(),
            "line_net": layers(self.line_net), "pools": list(self.pools), "label_net": layers(self.label_net),
            "lexicon": dict(zip(lex["tok"].to_list(), np.round(lex["weight"].to_numpy(), 4).tolist())),
            "title_min": self.title_min, "meta": self.meta,
        }


def load_labeller(path: str | Path | None = None) -> Labeller:
    """Read a model file (default: the one shipped in the package)."""
    return _load(str(path or MODEL_PATH))


@lru_cache(maxsize=4)
def _load(path: str) -> Labeller:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise LabellerError(f"labeller model not found: {path}") from None
    except json.JSONDecodeError as exc:
        raise LabellerError(f"{path}: not a JSON file: {exc}") from None
    return from_json(data, path)


def from_json(data: dict, path: str = "<memory>") -> Labeller:
    """A ``Labeller`` from a model file's content (checked)."""
    if data.get("format") != FORMAT:
        raise LabellerError(f"{path}: format must be {FORMAT!r}, got {data.get('format')!r}")
    expected = model_inputs()
    if tuple(data.get("inputs", ())) != expected:
        missing = sorted(set(expected) - set(data.get("inputs", ())))
        extra = sorted(set(data.get("inputs", ())) - set(expected))
        raise LabellerError(
            f"{path}: trained on other inputs than this version computes "
            f"(missing {missing or 'none'}, unknown {extra or 'none'}); retrain it with training/train_labeller.py"
        )

    def layers(spec):
        return tuple((np.asarray(l["weight"], dtype=np.float32), np.asarray(l["bias"], dtype=np.float32)) for l in spec)

    lex = data.get("lexicon", {})
    return Labeller(
        inputs=tuple(data["inputs"]),
        mean=np.asarray(data["mean"], dtype=np.float32),
        std=np.asarray(data["std"], dtype=np.float32),
        line_net=layers(data["line_net"]),
        pools=tuple(data["pools"]),
        label_net=layers(data["label_net"]),
        lexicon=pl.DataFrame({"tok": list(lex), "weight": list(lex.values())},
                             schema={"tok": pl.String, "weight": pl.Float64}),
        title_min=float(data["title_min"]),
        path=path,
        meta=data.get("meta", {}),
    )


def model_inputs() -> tuple[str, ...]:
    """Names of the network's inputs, in order: line features, then context features."""
    ctx = ["pos", "wpos", "doc_words", "rel_words", "rel_indent", "peak_dist", "peak_wdist", "pw_before", "dens"]
    ctx += [f"after_{c}" for c in AFTER_FEATURES] + [f"{c}_above_at" for c in AFTER_FEATURES]
    ctx += [f"{side}_{c}" for c in NEIGHBOUR_FEATURES for side in ("prev", "next")]
    ctx += [f"win{k}_{c}" for c, ks in WINDOW_FEATURES for k in ks]
    return LINE_FEATURES + tuple(ctx)


# --------------------------------------------------------------------------- line features


def line_features(f: pl.DataFrame, lexicon: pl.DataFrame, urls: pl.DataFrame | None = None) -> pl.DataFrame:
    """The per-line features of the non-blank lines table ``f`` (after the comment finder):
    ``doc_idx, line_no``, ``x_<name>`` for ``LINE_FEATURES`` and ``_pw`` (prose words), one
    row per row of ``f``, in its order.  ``urls`` (``doc_idx, url``): page URLs where known.
    """
    t = pl.col("t")
    w = pl.col("n_words").cast(pl.Float64)
    chars = t.str.len_chars().cast(pl.Float64)
    head = t.str.slice(0, STOP_PREFIX_CHARS)
    head_chars = pl.min_horizontal(chars, pl.lit(float(STOP_PREFIX_CHARS))).clip(1)
    head_words = (w * head_chars / chars.clip(1)).clip(1)  # the words of the head, near enough
    stop = "|".join(function_words())
    x: dict[str, pl.Expr] = {
        "log_words": w.log1p(),
        "log_chars": chars.log1p(),
        "word_len": (chars / w.clip(1)).clip(0, 20) / 10,
        "ends_sent": pl.col("ends_sent"),
        "ends_colon": pl.col("ends_colon"),
        "ends_q": t.str.contains(ENDS_QUESTION),
        "ends_alnum": t.str.contains(r"\w$"),
        # (a letter of a script without capitals, Chinese or Arabic, starts a sentence as a capital does)
        "starts_upper": t.str.contains(r"^[\"'“‘(「『]?[[:upper:]\p{Lo}]"),
        "starts_lower": t.str.contains(r"^[[:lower:]]"),
        "starts_digit": t.str.contains(r"^\d"),
        "cap_share": (pl.col("n_caps") / w.clip(1)).clip(0, 1),
        "digit_share": head.str.count_matches(r"\d") / head_chars,
        "punct_share": head.str.count_matches(r"[^\w\s]") / head_chars,
        "comma_rate": (head.str.count_matches("[,，、]") / head_words).clip(0, 1),
        "n_sent": t.str.count_matches(
            r"[.!?]['\"”’»)]*\s+[\"'“‘(]?[[:upper:]]|[。！？]['\"”’」』）]*[^\s'\"”’」』）]").clip(0, 5) / 5,
        "stop_share": (head.str.to_lowercase().str.count_matches(rf"(?:^|[^\w])(?:{stop})(?:[^\w]|$)")
                       / head_words).clip(0, 1),
        "marker": pl.col("marker"),
        "heading": pl.col("heading"),
        "image": pl.col("image"),
        "indent": pl.col("indent").cast(pl.Float64).clip(0, 40).log1p() / 4,
        "link_rate": (pl.col("s").str.count_matches(r"\]\(") / w.clip(1)).clip(0, 1),
        "bracket_rate": (pl.col("s").str.count_matches(r"\[") / w.clip(1)).clip(0, 1),
        "sep_rate": (t.str.count_matches(r"\s[|•·»/]\s|\s[-–]\s") / w.clip(1)).clip(0, 1),
        "gap_before": pl.col("layout_gap").clip(0, 3) / 3,
        "header": pl.col("header").is_not_null(),
        "rule_comment": pl.col("comment_seq").is_not_null(),
    }
    for c in ("ui", "prefix", "block", "section", "action", "credit", "nav", "caption_cue", "pingback",
              "header_named", "prose", "cue"):
        x[c] = pl.col(c)
    short = pl.col("n_words") <= TITLE_WORDS
    # Template repetition: lines that open like their neighbours (link lists, menus).
    # (group 0, the whole match: no capture group to track, twice as fast)
    first2 = pl.when(short).then(t.str.extract(r"^\S+\s+\S+", 0).str.to_lowercase())
    out = f.select(
        D, "line_no",
        **{f"x_{k}": v.cast(pl.Float64) for k, v in x.items()},
        _pw=pl.when(pl.col("prose") & ~pl.col("cue")).then(w).otherwise(0.0),
        _first2=first2,
    )
    rep = pl.sum_horizontal(
        *((shifted(pl.col("_first2"), k) == pl.col("_first2")).fill_null(False).cast(pl.Float64)
          for k in (-3, -2, -1, 1, 2, 3))
    )
    out = out.with_columns(x_rep=rep / 6).drop("_first2")
    out = pl.concat([out, _short_line_features(f, lexicon, urls)], how="horizontal")
    # computed in float64, kept in float32 (what the network reads): half the memory
    return out.with_columns(pl.col(SHORT_FEATURES).fill_null(0.0)).with_columns(pl.col("^x_.*$").cast(pl.Float32))


HASH_SEED = 20_170_303
# Features of short lines only (0 on longer lines).
SHORT_FEATURES = ("x_dup", "x_topic", "x_topic_n", "x_url", "x_has_url", "x_lex")


def _short_line_features(f: pl.DataFrame, lexicon: pl.DataFrame, urls: pl.DataFrame | None) -> pl.DataFrame:
    """Repeats in the page, topic, URL and lexicon features of the lines of up to
    ``TITLE_WORDS`` words: ``SHORT_FEATURES``, one row per row of ``f``, in its order.

    * ``dup``: other lines of the page with the same text (menus printed twice, a
      repeated headline);
    * ``topic``: how often the line's words (3+ letters, not function words) recur in the
      page's prose (lines of ``TOPIC_SOURCE_WORDS``+ words): the mean of log(1 + count),
      0 for a word the prose does not use.  A headline's words recur in its article, a
      byline's or another story's headline's seldom (headline candidates only: 2 to
      ``TOPIC_WORDS`` words, no list marker, cue or header);
    * ``url``: share of those words in the page URL's path (``/2017/03/trump-cuts-…``);
    * ``lex``: mean, min and max lexicon weight of the words of lines of up to
      ``SHORT_WORDS`` words (0 for words not in the lexicon).
    """
    # Words are joined as 64-bit hashes (polars' hash, fixed seed): much faster than strings.
    # A page's word is one 64-bit key too (the word's hash xor the page's), and a line is its row
    # number: one-column keys take polars' fast paths in the group-bys and joins below.
    h = lambda e: e.hash(HASH_SEED)  # noqa: E731
    page = pl.col(D).hash(HASH_SEED)
    short = f.select(D, "line_no", "n_words", "marker", "cue", "header", "action", "t").with_row_index("_row").filter(
        pl.col("n_words") <= TITLE_WORDS
    ).select(
        D, "_row", "n_words", _low=pl.col("t").str.to_lowercase(),
        # headline candidates: the topic and URL features are for them
        _candidate=(pl.col("n_words") >= 2) & (pl.col("n_words") <= TOPIC_WORDS) & ~pl.col("marker")
        & ~pl.col("cue") & pl.col("header").is_null() & ~pl.col("action"),
    )
    dup = short.select("_row", x_dup=(pl.len().over(D, "_low").cast(pl.Float64) - 1).clip(0, 5).log1p())
    toks = (
        short.filter((pl.col("n_words") <= SHORT_WORDS) | pl.col("_candidate"))
        .select(D, "_row", "n_words", "_candidate", tok=pl.col("_low").str.extract_all(LEX_TOKEN))
        .explode("tok").drop_nulls("tok")
        .select(D, "_row", _lexline=pl.col("n_words") <= SHORT_WORDS,
                _topical=pl.col("_candidate")
                & ((pl.col("tok").str.len_chars() >= 3) | pl.col("tok").str.contains(f"^[{CJK}]$"))
                & ~pl.col("tok").is_in(function_words()),
                tok=h(pl.col("tok")))
    )
    vocab = (
        f.filter(pl.col("n_words") >= TOPIC_SOURCE_WORDS)
        .select(D, tok=pl.col("t").str.slice(0, 400).str.to_lowercase().str.extract_all(TOPIC_TOKEN))
        .explode("tok").drop_nulls("tok").select(_key=h(pl.col("tok")).xor(page))
        .group_by("_key").agg(_prose=pl.len().cast(pl.Float64).log1p())
    )
    parts = [vocab]
    has_url = pl.DataFrame(schema={D: pl.Int64, "x_has_url": pl.Float64})
    if urls is not None and urls.filter(pl.col("url").is_not_null()).height:
        slug = (
            urls.filter(pl.col("url").is_not_null())
            .select(D, tok=pl.col("url").str.to_lowercase().str.replace(r"^[a-z]+://[^/]+", "")
                    .str.extract_all(TOPIC_TOKEN))
            .explode("tok").drop_nulls("tok").select(D, tok=h(pl.col("tok"))).unique()
        )
        parts.append(slug.select(_key=pl.col("tok").xor(page)).unique().with_columns(_url=pl.lit(1.0)))
        has_url = slug.select(D).unique().with_columns(x_has_url=pl.lit(1.0))
    topical = toks.filter(pl.col("_topical")).select("_row", _key=pl.col("tok").xor(page))
    for part in parts:
        topical = topical.join(part, on="_key", how="left")
    if "_url" not in topical.columns:
        topical = topical.with_columns(_url=pl.lit(None, dtype=pl.Float64))
    topic = topical.group_by("_row").agg(
        x_topic=pl.col("_prose").fill_null(0.0).mean(),
        x_topic_n=pl.len().cast(pl.Float64).log1p(),
        x_url=pl.col("_url").fill_null(0.0).mean(),
    )
    lex = (
        toks.filter(pl.col("_lexline"))
        .join(lexicon.select(tok=h(pl.col("tok")), _w="weight"), on="tok", how="inner")
        .group_by("_row").agg(x_lex=pl.col("_w").mean())
    )
    per_line = (
        dup.join(topic, on="_row", how="left").join(lex, on="_row", how="left")
        .join(short.select("_row", D).join(has_url, on=D, how="inner").drop(D), on="_row", how="left")
    )
    rows = f.select(_row=pl.int_range(pl.len(), dtype=pl.UInt32))
    return rows.join(per_line, on="_row", how="left", maintain_order="left").select(*SHORT_FEATURES)


def lexicon_tokens(f: pl.DataFrame) -> pl.DataFrame:
    """``doc_idx, line_no, tok`` of the lines the lexicon covers (for training it)."""
    return (
        f.filter(pl.col("n_words") <= SHORT_WORDS)
        .select(D, "line_no", tok=pl.col("t").str.to_lowercase().str.extract_all(LEX_TOKEN))
        .explode("tok").drop_nulls("tok")
    )


# --------------------------------------------------------------------------- context features


class Pages:
    """Row bookkeeping for documents laid one after another: for every row its document's
    first and last row, and each document's first row."""

    def __init__(self, lengths: np.ndarray):
        lengths = np.asarray(lengths, dtype=np.int64)
        self.starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        self.doc = np.repeat(np.arange(len(lengths)), lengths)
        self.first = self.starts[self.doc]
        self.last = (self.starts + lengths - 1)[self.doc]
        self.size = lengths[self.doc].astype(np.float64)
        self.i = np.arange(len(self.doc))
        self._bounds: dict = {}

    def total(self, values: np.ndarray) -> np.ndarray:
        """Each row's document total of ``values`` (rows, or rows × columns)."""
        if len(self.starts) == 0:
            return values
        return np.add.reduceat(values, self.starts, axis=0)[self.doc]

    def bounds(self, k: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows i-k and i+k clipped to the document (k None: the document), and 1/size."""
        if k not in self._bounds:
            lo = self.first if k is None else np.maximum(self.i - k, self.first)
            hi = self.last if k is None else np.minimum(self.i + k, self.last)
            self._bounds[k] = (lo, hi + 1, (1.0 / (hi - lo + 1))[:, None].astype(np.float32))
        return self._bounds[k]

    def windows(self, values: np.ndarray, ks, dtype=np.float64) -> list[np.ndarray]:
        """Means of ``values`` (rows × columns) over rows i-k … i+k of the same document,
        for each k of ``ks`` (None: the whole document); one cumulative sum for all."""
        cs = np.zeros((len(values) + 1, values.shape[1]), dtype=dtype)
        np.cumsum(values, axis=0, dtype=dtype, out=cs[1:])
        out = []
        for k in ks:
            lo, hi, inv = self.bounds(k)
            out.append((cs[hi] - cs[lo]).astype(np.float32) * inv)
        return out


def context_matrix(base: np.ndarray, pw: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The network's inputs: ``base`` (rows × LINE_FEATURES, documents one after another)
    followed by the context features, in the order of ``model_inputs()``."""
    p = Pages(lengths)
    n_rows, n_base = base.shape
    names = model_inputs()
    out = np.zeros((n_rows, len(names)), dtype=np.float32)
    out[:, :n_base] = base
    put = {name: j for j, name in enumerate(names)}
    col = {name: base[:, j] for j, name in enumerate(LINE_FEATURES)}
    if n_rows == 0:
        return out
    i, first, last = p.i, p.first, p.last
    words = np.expm1(col["log_words"].astype(np.float64))
    doc_words = p.total(words)
    words_before = np.cumsum(words) - words
    words_before -= words_before[first]
    out[:, put["pos"]] = (i - first) / p.size
    out[:, put["wpos"]] = words_before / np.maximum(doc_words, 1)
    out[:, put["doc_words"]] = np.log1p(doc_words) / 10
    # The line against the page's prose: length and indentation.
    prose = col["prose"].astype(np.float64)
    n_prose = p.total(prose)
    for name, target in (("log_words", "rel_words"), ("indent", "rel_indent")):
        v = col[name].astype(np.float64)
        prose_mean = p.total(v * prose) / np.maximum(n_prose, 1)
        out[:, put[target]] = np.where(n_prose > 0, v - prose_mean, 0.0)
    # The densest run of prose and the line's place relative to it.
    pw = pw.astype(np.float64)
    (dens,) = p.windows(pw[:, None], [DENSE_WINDOW])
    dens = dens[:, 0].astype(np.float64) * (2 * DENSE_WINDOW + 1)
    doc_pw = np.maximum(p.total(pw), 1)
    dens_max = np.maximum.reduceat(dens, p.starts)[p.doc]
    peak = np.minimum.reduceat(np.where(dens >= dens_max, i, n_rows), p.starts)[p.doc]
    pw_before = np.cumsum(pw) - pw
    pw_before -= pw_before[first]
    out[:, put["peak_dist"]] = np.clip((i - peak) / 50, -2, 2)
    out[:, put["peak_wdist"]] = np.clip((pw_before - pw_before[peak]) / doc_pw, -1, 1)
    out[:, put["pw_before"]] = pw_before / doc_pw
    out[:, put["dens"]] = dens / np.maximum(dens_max, 1)
    for name in AFTER_FEATURES:
        # the nearest such line strictly above, within the document
        latest = np.maximum.accumulate(np.where(col[name] > 0, i, -1))
        above = np.concatenate([[-1], latest[:-1]])
        has = above >= first
        out[:, put[f"after_{name}"]] = has
        out[:, put[f"{name}_above_at"]] = np.where(has, pw_before[np.maximum(above, 0)] / doc_pw, 0.0)
    prev_ok, next_ok = i > first, i < last
    prev_i, next_i = np.maximum(i - 1, 0), np.minimum(i + 1, n_rows - 1)
    for name in NEIGHBOUR_FEATURES:
        v = col[name]
        out[:, put[f"prev_{name}"]] = np.where(prev_ok, v[prev_i], 0.0)
        out[:, put[f"next_{name}"]] = np.where(next_ok, v[next_i], 0.0)
    for k in sorted({k for _, ks in WINDOW_FEATURES for k in ks}):
        cols = [name for name, ks in WINDOW_FEATURES if k in ks]
        (means,) = p.windows(np.stack([col[c] for c in cols], 1), [k])
        for j, name in enumerate(cols):
            out[:, put[f"win{k}_{name}"]] = means[:, j]
    return out


# --------------------------------------------------------------------------- the network


def _mlp(x: np.ndarray, layers, last_relu: bool) -> np.ndarray:
    for j, (w, b) in enumerate(layers):
        x = x @ w.T + b
        if last_relu or j < len(layers) - 1:
            np.maximum(x, 0, out=x)
    return x


def forward(model: Labeller, inputs: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Log-probabilities (rows × CLASSES) from the raw inputs of ``context_matrix``."""
    line_first, x_block, (w1, b1) = model.folded
    h = inputs @ line_first[0].T + line_first[1]
    np.maximum(h, 0, out=h)
    h = _mlp(h, model.line_net[1:], last_relu=True)
    # (in float32, as the network was trained: chunks are short enough for its precision)
    pools = Pages(lengths).windows(h, list(model.pools) + [None], dtype=np.float32)
    # The label network's first layer reads [inputs, h, pools…]: applied block by block, so
    # the concatenation is never built.
    n_h = h.shape[1]
    z = inputs @ x_block.T + h @ w1[:, :n_h].T + b1
    for j, pool in enumerate(pools):
        z += pool @ w1[:, n_h * (j + 1):n_h * (j + 2)].T
    np.maximum(z, 0, out=z)
    z = _mlp(z, model.label_net[1:], last_relu=False)
    z -= z.max(1, keepdims=True)
    return (z - np.log(np.exp(z).sum(1, keepdims=True))).astype(np.float64)


# Rows per chunk for the network: small enough for the caches, whole documents.
CHUNK_ROWS = 20_000


def score(f: pl.DataFrame, model: Labeller, urls: pl.DataFrame | None = None) -> pl.DataFrame:
    """Add ``lp_<class>`` (log-probabilities) to the non-blank lines table (sorted by
    document and line).  The network runs on chunks of whole documents."""
    feats = line_features(f, model.lexicon, urls)
    lengths = feats.group_by(D, maintain_order=True).len()["len"].to_numpy().astype(np.int64)
    base = feats.select([f"x_{c}" for c in LINE_FEATURES]).to_numpy().astype(np.float32)
    pw = feats["_pw"].to_numpy()
    out = np.zeros((len(base), len(CLASSES)))
    ends = np.cumsum(lengths)
    doc = row = 0
    while doc < len(lengths):
        n_docs = max(1, int(np.searchsorted(ends[doc:] - row, CHUNK_ROWS)))
        lens = lengths[doc:doc + n_docs]
        stop = row + int(lens.sum())
        out[row:stop] = forward(model, context_matrix(base[row:stop], pw[row:stop], lens), lens)
        row, doc = stop, doc + n_docs
    return f.with_columns(**{f"lp_{c}": out[:, j] for j, c in enumerate(CLASSES)})
