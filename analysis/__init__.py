"""analysis: profiles of reader-comment threads (per comment and per thread).

Public API
----------
profile_comments(comments, *, markers=None, near_dup_threshold=0.3, seed=0, ...) -> DataFrame
    one row per comment: length, language, emoji, repetition, rhetorical-marker counts
profile_threads(documents, comment_profiles) -> DataFrame
    one row per document, documents without comments included
load_markers(path=None) -> Markers
    the default marker lexicon, with a user file's markers added or replacing defaults by id
profile_files(paths, ...) -> Profiles
    read, segment and profile files, directories and tables: the whole of ``comments profile``
profile_to_dir(paths, out_dir, ..., resume=False, engine="local") -> (run record, errors)
    the same run written straight into a profile directory in bounded memory, resumable, on a Dask cluster with
    ``engine="dask"`` (README: Large corpora)
profile(documents, comments, ...) -> Profiles
    profile tables already segmented: the tables of ``comments profile`` (documents, comments, threads, claims)
    and run.json
Profiles.write(out_dir), Profiles.load(dirs)
    the profile directory, both ways (``write_profiles`` and ``load_profiles`` are the same as functions)
open_profiles(paths, ...) -> Profiles
    profile directories loaded, or pages and tables profiled (what ``comments stats`` and ``figures`` read)
article_sentences(documents), comment_claims(comments, sentences), claims_table(...), thread_claims(...)
    overlap of comments with their article's claims (README: Overlap with the article's claims)
detect_languages(texts, ...) -> Series
    language codes, ``und`` when undetermined

The output columns are documented in the README (Profiles).
"""

from analysis.claims import article_sentences, claims_table, comment_claims, thread_claims
from analysis.language import detect_languages
from analysis.markers import Marker, MarkerError, Markers, load_markers
from analysis.profile import ProfileInputError, profile_comments
from analysis.stats import load_profile_dir, site_stats
from analysis.run import (
    ProfileOutputError,
    Profiles,
    load_profiles,
    open_profiles,
    profile,
    profile_files,
    select_markers,
    write_profiles,
)
from analysis.streaming import profile_to_dir
from analysis.threads import profile_threads

__all__ = [
    "load_profile_dir",
    "site_stats",
    "article_sentences",
    "claims_table",
    "comment_claims",
    "thread_claims",
    "Marker",
    "MarkerError",
    "Markers",
    "ProfileInputError",
    "ProfileOutputError",
    "Profiles",
    "detect_languages",
    "load_markers",
    "load_profiles",
    "open_profiles",
    "profile",
    "profile_comments",
    "profile_files",
    "profile_to_dir",
    "select_markers",
    "profile_threads",
    "write_profiles",
]
