"""A whole profiling run: the three tables and run.json, returned as DataFrames or written to a directory."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from analysis import claims as claims_mod
from analysis import language, neardup
from analysis.markers import Markers, resolve_markers
from analysis.profile import profile_comments, with_text
from analysis.threads import profile_threads

TABLES = ("documents", "comments", "threads", "claims")


class ProfileOutputError(ValueError):
    """The output directory cannot be used."""


@dataclass(frozen=True)
class Profiles:
    """The tables of one run (``comments`` is the per-comment profile) and its run record."""

    documents: pl.DataFrame
    comments: pl.DataFrame
    threads: pl.DataFrame
    claims: pl.DataFrame  # one row per article sentence (analysis.claims)
    run: dict = field(default_factory=dict)


def profile(
    documents: pl.DataFrame,
    comments: pl.DataFrame,
    *,
    markers: Markers | str | Path | None = None,
    near_dup_threshold: float = neardup.THRESHOLD,
    seed: int = 0,
    language_method: str = "profiles",
    claim_threshold: float = claims_mod.THRESHOLD,
    counts: dict[str, int] | None = None,
) -> Profiles:
    """Profile ``comments`` (COMMENTS_SCHEMA) of ``documents`` (DOCUMENTS_SCHEMA): the library face of
    ``comments profile``.

    ``counts`` may give ``documents_read``, ``documents_segmented`` and ``documents_failed`` as the reader and
    segmenter saw them; missing ones default to the documents table's size (and 0 failed).
    """
    marker_set = resolve_markers(markers)
    n_without_text = comments.height
    comments = with_text(comments)
    n_without_text -= comments.height
    comment_profiles = profile_comments(
        comments, markers=marker_set, near_dup_threshold=near_dup_threshold, seed=seed,
        language_method=language_method,
    )
    threads = profile_threads(comment_profiles, documents)
    # Overlap with the article's claims: new columns on the comments and threads tables.
    sentences = claims_mod.article_sentences(documents)
    comment_claims = claims_mod.comment_claims(comments, sentences, threshold=claim_threshold)
    claims = claims_mod.claims_table(sentences, comment_claims)
    comment_profiles = comment_profiles.join(
        comment_claims, on=["doc_id", "comment_id"], how="left", maintain_order="left"
    )
    threads = threads.join(
        claims_mod.thread_claims(comment_claims, claims, documents), on="doc_id", how="left", maintain_order="left"
    )
    counts = {
        "documents_read": documents.height,
        "documents_segmented": documents.height,
        "documents_failed": 0,
        **(counts or {}),
        "comments": comment_profiles.height,
        "comments_without_text": n_without_text,
        "threads": threads.height,
    }
    run = {
        "toolkit": {"name": "comments-toolkit", "version": _version()},
        "parameters": {
            "near_dup_threshold": near_dup_threshold,
            "claim_threshold": claim_threshold,
            "near_dup_shingle_size": neardup.SHINGLE_SIZE,
            "near_dup_min_word_chars": neardup.MIN_WORD_CHARS,
            "near_dup_min_shingles": neardup.MIN_SHINGLES,
            "near_dup_num_perm": neardup.NUM_PERM,
            "seed": seed,
            "language_method": language_method,
            "language_min_letters": language.MIN_LETTERS,
            "language_max_positions": language.MAX_POSITIONS,
            "markers_files": [_display(f) for f in marker_set.files],
            "markers": marker_set.ids,
        },
        "counts": counts,
        "tables": {name: f"{name}.parquet" for name in TABLES},
    }
    return Profiles(documents, comment_profiles, threads, claims, run)


def write_profiles(profiles: Profiles, out_dir: str | Path) -> list[Path]:
    """Write documents.parquet, comments.parquet, threads.parquet and run.json into ``out_dir`` (created);
    the same input gives byte-identical files."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ProfileOutputError(f"{out} exists and is not a directory: give a directory for the profile tables")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        path = out / f"{name}.parquet"
        getattr(profiles, name).write_parquet(path, compression="zstd", statistics=True)
        written.append(path)
    path = out / "run.json"
    path.write_text(json.dumps(profiles.run, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(path)
    return written


def _version() -> str:
    try:
        from comments import __version__
    except ImportError:  # pragma: no cover
        return "unknown"
    return __version__


def _display(path: str) -> str:
    """The default lexicon by its package-relative name (so run.json does not depend on the install path)."""
    p = Path(path)
    here = Path(__file__).parent
    return f"analysis/{p.name}" if p.parent == here else str(p)
