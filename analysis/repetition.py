"""Repetition: exact duplicates, near-duplicate clusters, self-repetition inside a comment, repeating authors.

Group and cluster ids are ``row`` numbers: the row (0-based position in the comments table) of the group's first
comment, in the corpus or within the thread.  Exact duplicates compare normalised texts (lower case, punctuation
to spaces, white space collapsed); near-duplicates are explained in ``analysis.neardup``.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from analysis import neardup

NGRAM = 3  # word n-grams for self-repetition


def normalise(text: pl.Expr) -> pl.Expr:
    """Lower case, punctuation turned into spaces, white space collapsed, trimmed.

    Examples
    --------
    >>> pl.DataFrame({"t": ["  Rolling on the FLOOR...\\n laughing! ", "so-called"]}).select(normalise(pl.col("t")))["t"].to_list()
    ['rolling on the floor laughing', 'so called']
    """
    return text.str.to_lowercase().str.replace_all(r"[\p{P}\s]+", " ").str.strip_chars(" ")


def exact_duplicate_expressions(norm: str = "norm") -> list[pl.Expr]:
    """dup_group, dup_count, dup_group_thread, dup_count_thread over columns ``row``, ``doc_id`` and ``norm``."""
    return corpus_duplicate_expressions(norm) + thread_duplicate_expressions(norm)


def corpus_duplicate_expressions(norm: str = "norm") -> list[pl.Expr]:
    """dup_group, dup_count: exact duplicates across the corpus."""
    has = pl.col(norm) != ""
    return [
        pl.when(has).then(pl.col("row").min().over(norm)).alias("dup_group"),
        pl.when(has).then(pl.len().over(norm)).cast(pl.UInt32).alias("dup_count"),
    ]


def thread_duplicate_expressions(norm: str = "norm") -> list[pl.Expr]:
    """dup_group_thread, dup_count_thread: exact duplicates within each document."""
    has = pl.col(norm) != ""
    return [
        pl.when(has).then(pl.col("row").min().over("doc_id", norm)).alias("dup_group_thread"),
        pl.when(has).then(pl.len().over("doc_id", norm)).cast(pl.UInt32).alias("dup_count_thread"),
    ]


def self_repetition_columns(frame: pl.DataFrame, text: str = "_text", norm: str = "norm") -> pl.DataFrame:
    """``repeated_ngram_share`` (Float64): share of the comment's word 3-grams (of its normalised text) that repeat
    an earlier 3-gram of the same comment, null under three words; ``repeated_lines`` (UInt32): non-blank lines
    that repeat an earlier line of the same comment (normalised).  One row per row of ``frame``, in order.

    Computed on exploded words and lines (one pass each) rather than per-comment list code.
    """
    rows = frame.select(pl.int_range(pl.len(), dtype=pl.Int64).alias("r"), text, norm)
    words = rows.select("r", h=pl.col(norm).str.split(" ")).explode("h").with_columns(pl.col("h").hash())
    same = pl.col("r").shift(-(NGRAM - 1)) == pl.col("r")
    gram = pl.struct(*(pl.col("h").shift(-k).alias(f"w{k}") for k in range(NGRAM))).hash()
    grams = (
        words.select("r", g=pl.when(same).then(gram))
        .drop_nulls()
        .group_by("r")
        .agg(n=pl.len(), distinct=pl.col("g").n_unique())
    )
    lines = (
        rows.select("r", line=pl.col(text).str.split("\n"))
        .explode("line")
        .with_columns(normalise(pl.col("line")))
        .filter(pl.col("line") != "")
        .group_by("r")
        .agg(repeated_lines=(pl.len() - pl.col("line").n_unique()).cast(pl.UInt32))
    )
    return (
        rows.select("r")
        .join(grams, on="r", how="left", maintain_order="left")
        .join(lines, on="r", how="left", maintain_order="left")
        .select(
            ((pl.col("n") - pl.col("distinct")) / pl.col("n")).alias("repeated_ngram_share"),
            pl.col("repeated_lines").fill_null(0),
        )
    )


def near_duplicate_columns(
    frame: pl.DataFrame,
    *,
    threshold: float = neardup.THRESHOLD,
    shingle_size: int = neardup.SHINGLE_SIZE,
    min_word_chars: int = neardup.MIN_WORD_CHARS,
    min_shingles: int = neardup.MIN_SHINGLES,
    seed: int = 0,
) -> pl.DataFrame:
    """near_dup_cluster, near_dup_size, near_dup_cluster_thread, near_dup_size_thread for ``frame``
    (columns ``row``, ``doc_id``, ``norm``), in ``frame``'s order.

    Exact duplicates are hashed once: the units are the distinct normalised texts (corpus) and the distinct
    (document, normalised text) pairs (thread), each in order of first appearance; a unit's cluster id is the
    first row of its leader unit.  The thread level clusters the corpus' near-duplicate pairs that fall within one
    document.
    """
    keyed = frame.select("row", "doc_id", "norm").filter(pl.col("norm") != "")
    texts = keyed.group_by("norm", maintain_order=True).agg(first=pl.col("row").min())
    shingler, sig, n_shingles = neardup.sketch(texts["norm"], neardup.Shingler(shingle_size, min_word_chars, seed))
    eligible = np.flatnonzero(n_shingles >= min_shingles)
    norm = texts["norm"].gather(eligible)
    pairs = neardup.near_duplicate_pairs(sig[eligible], norm, shingler, threshold=threshold)
    first = texts["first"].to_numpy()[eligible]
    corpus = pl.DataFrame({"norm": norm, "near_dup_cluster": first[neardup.leader_clusters(len(eligible), pairs)]})

    text_of = pl.DataFrame({"norm": norm, "text": np.arange(len(eligible), dtype=np.int64)})
    thread = thread_clusters(keyed.join(text_of, on="norm", maintain_order="left"), pairs)
    out = (
        frame.select("doc_id", "norm")
        .join(corpus, on="norm", how="left", maintain_order="left")
        .join(text_of, on="norm", how="left", maintain_order="left")
        .join(thread, on=["doc_id", "text"], how="left", maintain_order="left")
    )
    return out.select(
        "near_dup_cluster",
        pl.when(pl.col("near_dup_cluster").is_not_null()).then(pl.len().over("near_dup_cluster")).cast(pl.UInt32)
        .alias("near_dup_size"),
        *thread_size_columns(),
    )


def thread_clusters(keyed: pl.DataFrame, pairs: np.ndarray) -> pl.DataFrame:
    """Near-duplicate clusters within each document: ``doc_id``, ``text``, ``near_dup_cluster_thread``, one row
    per (document, text) unit.  ``keyed``: the comments (``row``, ``doc_id``, ``text``: the text's position among
    the corpus' eligible texts, rows in corpus order); ``pairs``: the corpus' near-duplicate pairs of texts (any
    superset of those within these documents).  A unit's cluster is the first row of its leader unit, leader
    clustering running over the units in order of first appearance with the corpus pairs that fall within one
    document."""
    units = (
        keyed.group_by("doc_id", "text", maintain_order=True)
        .agg(first=pl.col("row").min())
        .with_row_index("unit")
    )
    a = units.select("doc_id", "text", a="unit")
    b = units.select("doc_id", "text", b="unit")
    unit_pairs = (
        pl.DataFrame({"i": pairs[:, 0], "j": pairs[:, 1]}, schema={"i": pl.Int64, "j": pl.Int64})
        .join(a, left_on="i", right_on="text")
        .join(b, left_on=["j", "doc_id"], right_on=["text", "doc_id"])
        .select(i=pl.min_horizontal("a", "b").cast(pl.Int64), j=pl.max_horizontal("a", "b").cast(pl.Int64))
        .sort(pl.all())
        .to_numpy()
    )
    first = units["first"].to_numpy()
    return units.select("doc_id", "text").with_columns(
        near_dup_cluster_thread=pl.Series(first[neardup.leader_clusters(len(first), unit_pairs)], dtype=pl.Int64)
    )


def thread_size_columns() -> list[pl.Expr]:
    """near_dup_cluster_thread and its size (rows of the cluster, null without a cluster)."""
    return [
        pl.col("near_dup_cluster_thread"),
        pl.when(pl.col("near_dup_cluster_thread").is_not_null()).then(pl.len().over("near_dup_cluster_thread"))
        .cast(pl.UInt32).alias("near_dup_size_thread"),
    ]


def author_repetition_expressions() -> list[pl.Expr]:
    """author_dup_count, author_near_dup_count: comments in the corpus by the same (known) author with the same
    normalised text / in the same near-duplicate cluster, this one included; null without author or group."""
    known = pl.col("author").is_not_null()
    return [
        pl.when(known & pl.col("dup_group").is_not_null()).then(pl.len().over("author", "dup_group"))
        .cast(pl.UInt32).alias("author_dup_count"),
        pl.when(known & pl.col("near_dup_cluster").is_not_null()).then(pl.len().over("author", "near_dup_cluster"))
        .cast(pl.UInt32).alias("author_near_dup_count"),
    ]
