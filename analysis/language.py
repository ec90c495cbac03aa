"""Language identification of comment texts.

Two methods, one answer format (ISO 639-1 codes as langdetect names them, ``und`` when undetermined):

``"profiles"`` (default)
    A vectorised re-implementation of langdetect's scorer.  langdetect (Shuyo's naive Bayes over character 1-3-grams)
    draws n-grams from the text at random, multiplies per-language probabilities ``alpha/10000 + p(gram | lang)``
    and averages seven such random walks.  Here every n-gram of the text (up to ``max_positions`` evenly spaced
    character positions, so at most three times that many n-grams) adds ``log(1 + p(gram | lang) * 10000 / alpha)``
    to each language's score and the best score wins: the deterministic limit of langdetect's random walk over the
    same shipped profiles, with langdetect's own text normalisation (URL and e-mail removal, Vietnamese
    normalisation, the 10,000-character cut, dropping Latin letters from mostly non-Latin text, its per-character
    normalisation table, and its skipping of n-grams inside ALL-CAPS words).  The work is numpy over the code points
    of 4,096 texts at a time and one polars join to find the profiles' n-grams; repeated texts are scored once.

``"langdetect"``
    ``langdetect``'s own ``Detector`` with a fixed seed (exact, about 1.4 ms a text).

Agreement of ``"profiles"`` with seeded ``langdetect.detect`` and its speed are measured by
``benchmarks/bench_profiles.py``.  On 25,738 comment texts of 20 or more characters from the dragnet development
set it agrees on 98.3% (99.0% of those with at least ``MIN_LETTERS`` letters; the rest are ``und`` here and a
guess there); langdetect agrees with itself under another seed on about 95% of short texts.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass

import numpy as np
import polars as pl

from comments.errors import UsageError

UNDETERMINED = "und"

#: Texts with fewer letters than this are ``und``: below about ten letters langdetect changes its answer with its
#: seed on one text in twelve and answers "English" for a minority of (mostly English) snippets such as names.
MIN_LETTERS = 10

#: Evenly spaced character positions whose n-grams are scored per text (langdetect itself looks at a few hundred
#: random n-grams before it converges); 64 positions (at most 192 n-grams) keep agreement with langdetect at its
#: full-text level (within 0.05 points on dragnet comments) at half the work of 128.
MAX_POSITIONS = 64

# langdetect's constants (detector.py)
_ALPHA = 0.5
_BASE_FREQ = 10000
_MAX_TEXT_LENGTH = 10000
_URL_RE = r"https?://[-_.?&~;+=/#0-9A-Za-z]+"
_MAIL_RE = r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}"

_SEP = 0  # code point that separates texts in the joined array (NUL in a text is turned into a space first)
_SPACE = 0x20
_SHIFT1 = np.uint64(21)
_SHIFT2 = np.uint64(42)


def _profiles_directory() -> str:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    return PROFILES_DIRECTORY


@dataclass(frozen=True)
class _Model:
    langs: np.ndarray  # language codes, object array, profile file order (sorted)
    vocabulary: pl.DataFrame  # code (UInt64 n-gram code) -> pos (row of weights)
    weights: np.ndarray  # float32 [n_grams, n_langs]: log(1 + p(gram | lang) * BASE_FREQ / alpha)
    norm: np.ndarray  # uint32 [0x110000]: langdetect's NGram.normalize per code point
    upper: np.ndarray  # bool [0x110000]: str.isupper per (normalised) code point
    vi_from: tuple[str, ...]  # Vietnamese letter + combining mark
    vi_to: tuple[str, ...]  # its precomposed form


def _gram_code(gram: str) -> int:
    """An n-gram (n <= 3) as an integer: 21 bits per code point + 1, first character highest."""
    code = 0
    for ch in gram:
        code = (code << 21) | (ord(ch) + 1)
    return code


@functools.cache
def _model() -> _Model:
    from langdetect.utils.ngram import NGram

    directory = _profiles_directory()
    names = sorted(f for f in os.listdir(directory) if not f.startswith("."))
    langs, grams, lang_idx, probs = [], [], [], []
    for j, name in enumerate(names):
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            profile = json.load(f)
        langs.append(profile["name"])
        n_words = profile["n_words"]
        for gram, count in profile["freq"].items():
            if 1 <= len(gram) <= 3:
                grams.append(gram)
                lang_idx.append(j)
                probs.append(count / n_words[len(gram) - 1])
    table = pl.DataFrame({"gram": grams, "lang": lang_idx, "p": probs},
                         schema={"gram": pl.String, "lang": pl.Int32, "p": pl.Float64})
    vocab = table.select(pl.col("gram").unique(maintain_order=True)).with_row_index("pos")
    table = table.join(vocab, on="gram", maintain_order="left")
    weights = np.zeros((vocab.height, len(langs)), dtype=np.float32)
    weights[table["pos"].to_numpy(), table["lang"].to_numpy()] = np.log1p(table["p"].to_numpy() * (_BASE_FREQ / _ALPHA))
    codes = np.fromiter((_gram_code(g) for g in vocab["gram"]), dtype=np.uint64, count=vocab.height)

    norm = np.arange(0x110000, dtype=np.uint32)
    # blocks in which NGram.normalize changes characters (Basic Latin … Arabic, General Punctuation, Latin Extended
    # Additional, Hiragana … Bopomofo, Bopomofo Extended, CJK Unified Ideographs, Hangul Syllables)
    for lo, hi in ((0, 0x800), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x3040, 0x3130), (0x31A0, 0x31C0),
                   (0x4E00, 0xA000), (0xAC00, 0xD7B0)):
        norm[lo:hi] = [ord(NGram.normalize(chr(cp))) for cp in range(lo, hi)]
    upper = np.zeros(0x110000, dtype=bool)
    upper[:0x20000] = [chr(cp).isupper() for cp in range(0x20000)]  # no cased letters above U+1FFFF
    vi_from, vi_to = [], []
    for d, mark in enumerate(NGram.DMARK_CLASS):
        for a, letter in enumerate(NGram.TO_NORMALIZE_VI_CHARS):
            vi_from.append(letter + mark)
            vi_to.append(NGram.NORMALIZED_VI_CHARS[d][a])
    vocabulary = pl.DataFrame({"code": codes, "pos": vocab["pos"]})
    return _Model(np.array(langs, dtype=object), vocabulary, weights, norm, upper, tuple(vi_from), tuple(vi_to))


def _prepare(texts: pl.Series, model: _Model) -> pl.Series:
    """langdetect's ``Detector.append``: URLs and e-mail addresses out, Vietnamese normalised, cut at 10,000."""
    t = pl.col("t").str.replace_all("\x00", " ", literal=True)
    t = pl.when(t.str.contains("http", literal=True)).then(t.str.replace_all(_URL_RE, " ")).otherwise(t)
    t = pl.when(t.str.contains("@", literal=True)).then(t.str.replace_all(_MAIL_RE, " ")).otherwise(t)
    t = (
        pl.when(t.str.contains(r"[\x{0300}\x{0301}\x{0303}\x{0309}\x{0323}]"))
        .then(t.str.replace_many(list(model.vi_from), list(model.vi_to)))
        .otherwise(t)
    )
    return pl.DataFrame({"t": texts}).select(t.str.slice(0, _MAX_TEXT_LENGTH))["t"]


def _score_chunk(texts: list[str], model: _Model, max_positions: int | None) -> np.ndarray:
    """Best language index per text, -1 where no known n-gram occurs."""
    n_docs = len(texts)
    cp = np.frombuffer(("\x00" + "\x00".join(texts)).encode("utf-32-le"), dtype=np.uint32)
    sep = cp == _SEP
    doc = np.cumsum(sep) - 1
    # langdetect's cleaning_text: drop Latin letters when less than a third of the letters are Latin
    latin = (cp >= 0x41) & (cp <= 0x7A)
    non_latin = (cp >= 0x300) & ((cp < 0x1E00) | (cp > 0x1EFF))
    n_latin = np.bincount(doc[latin], minlength=n_docs)
    n_non_latin = np.bincount(doc[non_latin], minlength=n_docs)
    drop_latin = n_latin * 2 < n_non_latin
    if drop_latin.any():
        keep = ~(latin & drop_latin[doc])
        cp, sep, doc = cp[keep], sep[keep], doc[keep]

    c = model.norm[cp]
    c[sep] = _SPACE
    space = c == _SPACE
    up = model.upper[c]
    prev_space = np.empty_like(space)
    prev_space[0] = True
    prev_space[1:] = space[:-1]
    prev_up = np.zeros_like(up)
    prev_up[1:] = up[:-1]
    # NGram.add_char + Detector._extract_ngrams: nothing at a separator or a repeated space, nothing inside
    # an ALL-CAPS word (capitalword)
    emit = np.flatnonzero(~sep & ~(space & prev_space) & ~(up & prev_up))
    emit_doc = doc[emit]
    if max_positions and len(emit):
        emit, emit_doc = _spread(emit, emit_doc, n_docs, max_positions)

    # the 1-, 2- and 3-gram ending at each position (0 where there is none), in text order
    c64 = c.astype(np.uint64) + np.uint64(1)
    grams = np.zeros((len(emit), 3), dtype=np.uint64)
    grams[:, 0] = np.where(space[emit], 0, c64[emit])  # a lone space is no 1-gram
    grams[:, 1] = (c64[emit - 1] << _SHIFT1) | c64[emit]
    has3 = ~prev_space[emit]  # the buffer holds three characters only when the previous one is not a space
    grams[:, 2] = np.where(has3, (c64[emit - 2] << _SHIFT2) | grams[:, 1], 0)
    # the profiles' n-grams; the join keeps text order, so the additions below always run in the same order
    known = pl.DataFrame({"doc": np.repeat(emit_doc, 3), "code": grams.ravel()}).join(
        model.vocabulary, on="code", how="inner", maintain_order="left"
    )
    gram_doc = known["doc"].to_numpy()
    pos = known["pos"].to_numpy()
    scores = _sum_rows(model.weights, pos, gram_doc, n_docs)
    found = np.zeros(n_docs, dtype=bool)
    found[gram_doc] = True
    return np.where(found, scores.argmax(axis=1), -1)


def _spread(emit: np.ndarray, emit_doc: np.ndarray, n_docs: int, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """At most ``limit`` evenly spaced positions per text: of a text's ``count`` positions, ranks
    ``ceil(j * count / limit)`` for j = 0 .. limit-1."""
    first = np.searchsorted(emit_doc, np.arange(n_docs + 1))
    count = np.diff(first)
    long = np.flatnonzero(count > limit)
    keep = (count <= limit)[emit_doc]
    if len(long):
        j = np.arange(limit)
        rank = -((-j[None, :] * count[long, None]) // limit)  # ceil(j * count / limit)
        keep[(first[long, None] + rank).ravel()] = True
    return emit[keep], emit_doc[keep]


def _sum_rows(table: np.ndarray, rows: np.ndarray, doc: np.ndarray, n_docs: int) -> np.ndarray:
    """float32 [n_docs, width]: per text (``doc`` sorted), the sum of ``table[rows]``, in blocks that stay in
    cache, always added in the same order."""
    out = np.zeros((n_docs, table.shape[1]), dtype=np.float32)
    step = 8192
    for a in range(0, len(rows), step):
        d = doc[a : a + step]
        starts = np.flatnonzero(np.r_[True, d[1:] != d[:-1]])
        out[d[starts]] += np.add.reduceat(table[rows[a : a + step]], starts, axis=0)
    return out


def _detect_profiles(texts: pl.Series, max_positions: int | None) -> pl.Series:
    model = _model()
    prepared = _prepare(texts, model).to_list()
    chunk = 4096  # texts per numpy pass: the arrays stay small; polars' join inside runs on all cores
    parts = [_score_chunk(prepared[i : i + chunk], model, max_positions) for i in range(0, len(prepared), chunk)]
    idx = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    labels = np.append(model.langs, UNDETERMINED)
    return pl.Series("lang", labels[idx], dtype=pl.String)  # -1 picks the trailing "und"


@functools.cache
def _langdetect_factory(seed: int):
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()  # a private factory: the global one and its class-level seed stay untouched
    factory.load_profile(_profiles_directory())
    factory.set_seed(seed)
    return factory


def _detect_langdetect(texts: pl.Series, seed: int) -> pl.Series:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _langdetect_factory(seed)
    out = []
    for text in texts.to_list():
        detector = factory.create()
        detector.append(text)
        try:
            out.append(detector.detect())
        except LangDetectException:
            out.append(UNDETERMINED)
    return pl.Series("lang", out, dtype=pl.String)


def detect_languages(
    texts: pl.Series,
    *,
    method: str = "profiles",
    seed: int = 0,
    min_letters: int = MIN_LETTERS,
    max_positions: int | None = MAX_POSITIONS,
) -> pl.Series:
    """Language code per text (``und`` for null, letter-poor or featureless text); never raises on content.

    Parameters
    ----------
    texts
        String series.
    method
        ``"profiles"`` (vectorised, deterministic) or ``"langdetect"`` (langdetect's Detector with ``seed``).
    seed
        langdetect's random seed (``"langdetect"`` only; ``"profiles"`` has no randomness).
    min_letters
        Texts with fewer letters (``\\p{L}``) are ``und``.
    max_positions
        ``"profiles"`` only: n-grams of at most this many evenly spaced positions per text; ``None`` for all.

    Examples
    --------
    >>> detect_languages(pl.Series(["This is clearly an English sentence.", "Das ist ein deutscher Satz, oder?", "lol", None])).to_list()
    ['en', 'de', 'und', 'und']
    """
    if method not in ("profiles", "langdetect"):
        raise UsageError(f"unknown language method {method!r}: use 'profiles' or 'langdetect'")
    frame = pl.DataFrame({"t": texts.cast(pl.String)})
    letters = frame.select(pl.col("t").str.count_matches(r"\p{L}").fill_null(0))["t"]
    frame = frame.with_columns(ok=letters >= min_letters)
    unique = frame.filter("ok").select("t").unique(maintain_order=True)
    if method == "profiles":
        lang = _detect_profiles(unique["t"], max_positions)
    else:
        lang = _detect_langdetect(unique["t"], seed)
    unique = unique.with_columns(lang=lang)
    out = frame.join(unique, on="t", how="left", maintain_order="left", nulls_equal=False)
    return out.select(pl.when("ok").then("lang").otherwise(pl.lit(UNDETERMINED)).alias("lang"))["lang"]
