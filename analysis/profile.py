"""Per-comment profiles: one row per comment with its length, language, emoji, repetition and marker counts."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from analysis import language, neardup
from analysis.emojis import emoji_expressions
from analysis.lengths import length_expressions
from analysis.markers import Markers, resolve_markers
from analysis.repetition import (
    author_repetition_expressions,
    corpus_duplicate_expressions,
    near_duplicate_columns,
    normalise,
    self_repetition_columns,
    thread_duplicate_expressions,
)
from comments.errors import InputError, UsageError
from comments.schema import COMMENTS_SCHEMA


class ProfileInputError(InputError):
    """A table handed to the profiler lacks columns it needs; the message names them."""


def require_columns(frame: pl.DataFrame, schema: dict[str, pl.DataType], name: str) -> None:
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        raise ProfileInputError(
            f"the {name} table lacks column(s) {missing}; it needs {list(schema)} (comments.schema)"
        )


def with_text(comments: pl.DataFrame) -> pl.DataFrame:
    """The comments that have text of their own: a comment the segmenter flags
    ``has_text = false`` (a header and nothing more: collapsed, deleted) is out of every
    profile, count and share.  Tables without the column count every comment."""
    if "has_text" not in comments.columns:
        return comments.with_columns(has_text=pl.lit(True))
    return comments.filter(pl.col("has_text").fill_null(True))


def profile_comments(
    comments: pl.DataFrame,
    *,
    markers: Markers | str | Path | None = None,
    near_dup_threshold: float = neardup.THRESHOLD,
    seed: int = 0,
    language_method: str = "profiles",
    min_letters: int = language.MIN_LETTERS,
    shingle_size: int = neardup.SHINGLE_SIZE,
    min_word_chars: int = neardup.MIN_WORD_CHARS,
    min_shingles: int = neardup.MIN_SHINGLES,
) -> pl.DataFrame:
    """One row per comment: ``row``, the comment's own columns (COMMENTS_SCHEMA), then its measures.

    Parameters
    ----------
    comments
        A table with the COMMENTS_SCHEMA columns (other columns are ignored); a null text counts as empty.
    markers
        A :class:`Markers`, a path to a marker file (adds to or replaces the defaults by id), or None (defaults).
    near_dup_threshold
        Jaccard similarity of word-shingle sets at or above which two comments are near-duplicates (0.3; the
        reason is in ``analysis.neardup``).
    seed
        Seed of the MinHash permutations and of langdetect (``language_method="langdetect"``).
    language_method
        ``"profiles"`` (vectorised scorer over langdetect's profiles) or ``"langdetect"`` (seeded, exact, slow).
    min_letters, shingle_size, min_word_chars, min_shingles
        See ``analysis.language`` and ``analysis.neardup``.

    The columns are documented in the README (Profiles); ids in ``*_group``/``*_cluster`` columns are ``row``
    values (the group's first comment).
    """
    if not 0.0 < near_dup_threshold <= 1.0:
        raise UsageError(f"near_dup_threshold must be in (0, 1], got {near_dup_threshold}")
    local = local_profile(comments, markers=markers, seed=seed, language_method=language_method,
                          min_letters=min_letters)
    near = near_duplicate_columns(
        local, threshold=near_dup_threshold, shingle_size=shingle_size, min_word_chars=min_word_chars,
        min_shingles=min_shingles, seed=seed,
    )
    out = pl.concat([local.with_columns(*corpus_duplicate_expressions("norm")), near], how="horizontal")
    out = out.with_columns(author_repetition_expressions())
    return out.select(profile_columns(resolve_markers(markers)))


def profile_columns(marker_set: Markers) -> list[str]:
    """The columns of :func:`profile_comments`, in order."""
    return [
        "row",
        *COMMENTS_SCHEMA,
        "n_chars", "n_words", "n_sentences", "n_lines",
        "lang",
        "n_emoji", "emojis", "emoji_only",
        "dup_group", "dup_count", "dup_group_thread", "dup_count_thread",
        "near_dup_cluster", "near_dup_size", "near_dup_cluster_thread", "near_dup_size_thread",
        "repeated_ngram_share", "repeated_lines",
        "author_dup_count", "author_near_dup_count",
        *marker_set.columns,
    ]


def local_profile(
    comments: pl.DataFrame,
    *,
    markers: Markers | str | Path | None = None,
    seed: int = 0,
    language_method: str = "profiles",
    min_letters: int = language.MIN_LETTERS,
) -> pl.DataFrame:
    """The measures of :func:`profile_comments` that each document's comments decide alone (all but the
    corpus-level ``dup_group``, ``dup_count``, ``near_dup_*`` and ``author_*`` columns), with ``row`` numbering ``comments`` from 0 and the normalised text ``norm``:
    what a streaming run computes batch by batch (``analysis.streaming``)."""
    comments = with_text(comments)
    require_columns(comments, COMMENTS_SCHEMA, "comments")
    marker_set = resolve_markers(markers)
    text = pl.col("_text")
    frame = comments.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("row"), *(pl.col(c).cast(t) for c, t in COMMENTS_SCHEMA.items())
    ).with_columns(_text=pl.col("text").fill_null(""))
    frame = frame.with_columns(norm=normalise(text))
    lang = language.detect_languages(frame["_text"], method=language_method, seed=seed, min_letters=min_letters)
    out = frame.with_columns(
        *length_expressions(text),
        lang.alias("lang"),
        *emoji_expressions(text),
        *thread_duplicate_expressions("norm"),
        *marker_set.expressions(text),
    )
    out = pl.concat([out, self_repetition_columns(frame)], how="horizontal")
    return out.drop("_text")
