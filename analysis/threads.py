"""Per-thread profiles: one row per document, aggregated from the per-comment profiles."""

from __future__ import annotations

import warnings

import polars as pl

from analysis.markers import COLUMN_PREFIX
from analysis.profile import require_columns

_UND = "und"


def _share(condition: pl.Expr) -> pl.Expr:
    return condition.fill_null(False).cast(pl.Float64).mean()


def _per_1k(count: pl.Expr) -> pl.Expr:
    words = pl.col("n_words").sum()
    return pl.when(words > 0).then(1000.0 * count.sum() / words)


def profile_threads(documents: pl.DataFrame, comment_profiles: pl.DataFrame) -> pl.DataFrame:
    """One row per document (those of ``documents`` in their order, then any others that have comments),
    including documents without comments: counts 0, statistics null.  Documents before comments, as in every
    call of the toolkit (``profile(documents, comments)``); the old order (comment profiles first) still works,
    with a ``DeprecationWarning``.

    Marker columns ``m_<id>`` of ``comment_profiles`` give ``m_<id>_per_1k`` (matches per 1,000 words of the
    thread) and ``m_<id>_share`` (share of comments with at least one match).  Columns: the README (Profiles).
    """
    if "comment_id" in documents.columns and "comment_id" not in comment_profiles.columns:
        warnings.warn("profile_threads(comment_profiles, documents) is now profile_threads(documents, "
                      "comment_profiles)", DeprecationWarning, stacklevel=2)
        documents, comment_profiles = comment_profiles, documents
    require_columns(documents, {"doc_id": pl.String(), "site": pl.String()}, "documents")
    markers = [c for c in comment_profiles.columns if c.startswith(COLUMN_PREFIX)]
    c = comment_profiles
    stats = c.group_by("doc_id", maintain_order=True).agg(
        pl.len().cast(pl.UInt32).alias("n_comments"),
        (pl.col("depth") == 0).sum().cast(pl.UInt32).alias("n_top_level"),
        pl.col("depth").max().alias("max_depth"),
        pl.col("depth").mean().alias("mean_depth"),
        _share(pl.col("depth") > 0).alias("reply_share"),
        pl.col("n_words").sum().cast(pl.Int64).alias("n_words"),
        pl.col("n_words").mean().alias("words_mean"),
        pl.col("n_words").median().alias("words_median"),
        pl.col("n_words").quantile(0.9, interpolation="linear").alias("words_p90"),
        _share(pl.col("dup_count_thread") > 1).alias("dup_share"),
        _share(pl.col("dup_count") > 1).alias("dup_share_corpus"),
        _share(pl.col("near_dup_size_thread") > 1).alias("near_dup_share"),
        _share(pl.col("near_dup_size") > 1).alias("near_dup_share_corpus"),
        _share(pl.col("lang") == _UND).alias("lang_und_share"),
        pl.col("lang").filter(pl.col("lang") != _UND).n_unique().cast(pl.UInt32).alias("n_langs"),
        _per_1k(pl.col("n_emoji")).alias("emoji_per_1k"),
        _share(pl.col("n_emoji") > 0).alias("emoji_share"),
        _share(pl.col("emoji_only")).alias("emoji_only_share"),
        _share(pl.col("author").is_not_null()).alias("author_known_share"),
        pl.col("author").drop_nulls().n_unique().cast(pl.UInt32).alias("n_authors"),
        *(_per_1k(pl.col(m)).alias(f"{m}_per_1k") for m in markers),
        *(_share(pl.col(m) > 0).alias(f"{m}_share") for m in markers),
    )
    langs = (
        c.filter(pl.col("lang") != _UND)
        .group_by("doc_id", "lang")
        .agg(n=pl.len().cast(pl.UInt32))
        .sort(["doc_id", "n", "lang"], descending=[False, True, False])
        .group_by("doc_id", maintain_order=True)
        .agg(
            lang_top=pl.col("lang").first(),
            lang_top_n=pl.col("n").first(),
            lang_mix=pl.struct("lang", "n"),
        )
    )
    authors = (
        c.filter(pl.col("author").is_not_null())
        .group_by("doc_id", "author")
        .len()
        .group_by("doc_id")
        .agg(top=pl.col("len").max(), known=pl.col("len").sum())
        .select("doc_id", top_author_share=pl.col("top") / pl.col("known"))
    )
    has_section = (
        pl.col("has_comment_section") if "has_comment_section" in documents.columns else pl.lit(None, pl.Boolean)
    )
    docs = documents.select("doc_id", "site", has_section.alias("has_comment_section"))
    extra = (
        c.select("doc_id", "site").unique("doc_id", keep="first", maintain_order=True)
        .join(docs, on="doc_id", how="anti")
        .with_columns(has_comment_section=pl.lit(True))
    )
    docs = pl.concat([docs, extra], how="vertical_relaxed")
    out = (
        docs.join(stats, on="doc_id", how="left", maintain_order="left")
        .join(langs, on="doc_id", how="left", maintain_order="left")
        .join(authors, on="doc_id", how="left", maintain_order="left")
        .with_columns(
            pl.col("n_comments", "n_top_level", "n_langs", "n_authors").fill_null(0),
            pl.col("n_words").fill_null(0),
            lang_top_share=pl.col("lang_top_n") / pl.col("n_comments"),
        )
    )
    return out.select(
        "doc_id", "site", "has_comment_section",
        "n_comments", "n_top_level", "max_depth", "mean_depth", "reply_share",
        "n_words", "words_mean", "words_median", "words_p90",
        "dup_share", "dup_share_corpus", "near_dup_share", "near_dup_share_corpus",
        "lang_top", "lang_top_share", "n_langs", "lang_und_share", "lang_mix",
        "emoji_per_1k", "emoji_share", "emoji_only_share",
        "n_authors", "author_known_share", "top_author_share",
        *(f"{m}{suffix}" for m in markers for suffix in ("_per_1k", "_share")),
    )

