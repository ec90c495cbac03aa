"""A whole profiling run: the tables and run.json, returned as DataFrames or written to a directory.

profile_files(paths, ...) -> Profiles      read, segment and profile files, directories and tables
profile(documents, comments, ...) -> Profiles   profile tables already segmented
Profiles.write(dir) / Profiles.load(dirs)  the profile directory (``comments profile -o DIR``), both ways
open_profiles(paths, ...) -> Profiles      profile directories loaded, or raw inputs profiled (``stats``, ``figures``)
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import polars as pl

from analysis import claims as claims_mod
from analysis import language, neardup
from analysis.markers import Markers, resolve_markers
from analysis.profile import profile_comments, with_text
from analysis.streaming import in_document_order
from analysis.threads import profile_threads
from comments.errors import InputError, UsageError
from comments.output import write_atomic
from comments.pipeline import JOBS
from comments.readers import BATCH_SIZE
from comments.readers.inputs import sha256_file
from comments.schema import ERROR_SCHEMA, empty

TABLES = ("documents", "comments", "threads", "claims")


class ProfileOutputError(UsageError):
    """The output directory cannot be used."""


@dataclass(frozen=True)
class Profiles:
    """The tables of one run (``comments`` is the per-comment profile), its run record (run.json), the
    documents that could not be read or segmented (``errors``, ERROR_SCHEMA; not written) and, when loaded,
    the directories it came from."""

    documents: pl.DataFrame
    comments: pl.DataFrame
    threads: pl.DataFrame
    claims: pl.DataFrame  # one row per article sentence (analysis.claims)
    run: dict = field(default_factory=dict)
    errors: pl.DataFrame = field(default_factory=lambda: empty(ERROR_SCHEMA))
    directories: tuple[str, ...] = ()  # the profile directories it was loaded from (Profiles.load)

    @property
    def n_failed(self) -> int:
        """Documents that could not be read or segmented (``run.json``'s ``documents_failed``)."""
        return int(self.run.get("counts", {}).get("documents_failed", 0) or 0)

    def write(self, out_dir: str | Path) -> list[Path]:
        """Write the tables and run.json into ``out_dir`` (created): see :func:`write_profiles`."""
        return write_profiles(self, out_dir)

    @classmethod
    def load(cls, dirs: str | os.PathLike | Iterable[str | os.PathLike], *, mixed: bool = False) -> Profiles:
        """The profiles in one directory written by :meth:`write` (``comments profile -o DIR``), or in several put
        together (their documents must not share a ``doc_id``): then profiled again as one corpus, so the
        corpus-level columns are those of the union (see :func:`load_profiles`; ``mixed`` allows folders
        profiled with different parameters).  Tables written before the claim overlap existed get its columns;
        the run record of several directories has their ``runs`` and summed ``counts``."""
        return load_profiles(dirs, mixed=mixed)

    def __repr__(self) -> str:
        return (f"Profiles({self.documents.height} documents, {self.comments.height} comments, "
                f"{self.threads.height} threads, {self.claims.height} article sentences)")


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
    errors: pl.DataFrame | None = None,
    progress: Callable[[str, dict], None] | None = None,
) -> Profiles:
    """Profile ``comments`` (COMMENTS_SCHEMA) of ``documents`` (DOCUMENTS_SCHEMA): the library face of
    ``comments profile``.

    ``counts`` may give ``documents_read``, ``documents_segmented`` and ``documents_failed`` as the reader and
    segmenter saw them; missing ones default to the documents table's size (and 0 failed).  ``errors``: their
    error rows, kept on the result.  ``progress(stage, info)``, if given, is called with ``"profile step"`` and
    ``{"step": ...}`` before each step: ``comments``, ``threads``, ``claims``.
    """
    if not 0.0 <= claim_threshold <= 1.0:
        raise UsageError(f"claim_threshold must be in [0, 1], got {claim_threshold}")
    marker_set = resolve_markers(markers)
    n_without_text = comments.height
    comments = with_text(comments)
    n_without_text -= comments.height

    def step(name: str) -> None:
        if progress:
            progress("profile step", {"step": name})

    step("comments")
    comment_profiles = profile_comments(
        comments, markers=marker_set, near_dup_threshold=near_dup_threshold, seed=seed,
        language_method=language_method,
    )
    step("threads")
    threads = profile_threads(documents, comment_profiles)
    step("claims")
    # Overlap with the article's claims: new columns on the comments and threads tables.
    sentences = claims_mod.article_sentences(documents)
    comment_claims = claims_mod.comment_claims(comments, sentences, threshold=claim_threshold)
    claims = in_document_order(claims_mod.claims_table(sentences, comment_claims), documents)
    comment_profiles = comment_profiles.join(
        comment_claims, on=["doc_id", "comment_id"], how="left", maintain_order="left"
    )
    threads = threads.join(
        claims_mod.thread_claims(documents, comment_claims, claims), on="doc_id", how="left", maintain_order="left"
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
    run = run_record(marker_set, near_dup_threshold=near_dup_threshold, claim_threshold=claim_threshold, seed=seed,
                     language_method=language_method, counts=counts)
    return Profiles(documents, comment_profiles, threads, claims, run,
                    empty(ERROR_SCHEMA) if errors is None else errors)


def run_record(marker_set: Markers, *, near_dup_threshold: float, claim_threshold: float, seed: int,
               language_method: str, counts: dict) -> dict:
    """run.json without its inputs and manifest: the toolkit, the parameters and the counts."""
    return {
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


def profile_files(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    site_col: str | None = None,
    encoding_errors: str = "strict",
    batch_size: int = BATCH_SIZE,
    jobs: int = JOBS,
    cues=None,
    labeller=None,
    limit: int | None = None,
    sample: int | None = None,
    markers: Markers | str | Path | None = None,
    near_dup_threshold: float = neardup.THRESHOLD,
    claim_threshold: float = claims_mod.THRESHOLD,
    seed: int = 0,
    language_method: str = "profiles",
    progress: Callable[[str, dict], None] | None = None,
    summary: bool = False,
) -> Profiles:
    """Read, segment and profile files, directories and tables: the whole of ``comments profile``.

    The reading and segmenting options are those of ``comments.segment_files`` (``limit``, ``sample``: the first
    or a random sample of the documents, ``seed`` also for the sample); the profiling options those of
    :func:`profile`.  Documents that cannot be read or segmented are left out and listed in ``.errors``
    (``run["counts"]["documents_failed"]``).  ``progress(stage, info)``, if given, is called after every
    batch with ``stage="segmenting"`` (``info``: ``documents`` segmented so far, their ``bytes`` of text and the
    ``total`` input size when known), once with ``"profiling"`` before the profiles are computed (``read``,
    ``scanned``, ``segmented``, ``failed``, ``comments``, ``errors``), with ``"profile step"`` before each step of
    :func:`profile`, and once with ``"done"``.  ``summary``: the tables with only the columns the stats and the
    figures read (``analysis.stats.summary_columns``: no texts, an empty claims table), as ``comments stats`` and
    ``comments figures`` use them, so that a large corpus fits in memory.

    >>> import tempfile
    >>> prof = profile_files("seeds/")
    >>> prof.comments.height, prof.run["counts"]["documents_read"]
    (9, 5)
    >>> out = tempfile.mkdtemp()
    >>> [p.name for p in prof.write(out)]
    ['documents.parquet', 'comments.parquet', 'threads.parquet', 'claims.parquet', 'run.json']
    >>> Profiles.load(out).comments.equals(prof.comments)
    True
    """
    # The same run as `comments profile -o DIR` (batch by batch, through files), into a
    # temporary directory whose tables are then read: notebooks and the command line get the
    # same numbers.  Every option is checked before the first page is read.
    with temporary_profile(
            paths, text_col=text_col, id_col=id_col, site_col=site_col, encoding_errors=encoding_errors,
            batch_size=batch_size, jobs=jobs, cues=cues, labeller=labeller, limit=limit, sample=sample,
            markers=markers, near_dup_threshold=near_dup_threshold, claim_threshold=claim_threshold, seed=seed,
            language_method=language_method, progress=progress) as (directory, run, errors):
        documents, comments, threads, claims = read_tables(directory, run, summary=summary)
    run = {k: v for k, v in run.items() if k != "manifest"}
    return Profiles(documents, comments, threads, claims, run, errors)


@contextmanager
def temporary_profile(paths, **options) -> Iterator[tuple[Path, dict, pl.DataFrame]]:
    """``paths`` profiled into a temporary directory (``analysis.streaming.profile_to_dir`` with ``options``),
    removed on leaving the block: (directory, run record, errors)."""
    import tempfile

    from analysis.streaming import profile_to_dir

    with tempfile.TemporaryDirectory(prefix="comments-profile-") as tmp:
        run, errors = profile_to_dir(paths, tmp, **options)
        yield Path(tmp), run, errors


def read_tables(directory: Path, run: dict, *, summary: bool = False,
                only: tuple[str, ...] = TABLES) -> tuple[pl.DataFrame | None, ...]:
    """(documents, comments, threads, claims) of a profile directory (file names from run.json's ``tables``);
    with ``summary``, only the columns the stats and figures read and no claims rows
    (``analysis.stats.summary_columns``): only those columns are read from disk.  Tables not in ``only`` are
    None (not read)."""
    from analysis.stats import summary_columns

    files = {name: directory / (run.get("tables") or {}).get(name, f"{name}.parquet") for name in TABLES}
    if not summary:
        return tuple(pl.read_parquet(files[name]) if name in only else None for name in TABLES)
    out = []
    for name in TABLES[:3]:
        if name not in only:
            out.append(None)
            continue
        scan = pl.scan_parquet(files[name])
        out.append(scan.select(summary_columns(name, scan.collect_schema())).collect())
    has_claims = files["claims"].is_file()
    claims = pl.DataFrame(schema=pl.read_parquet_schema(files["claims"])) if has_claims else pl.DataFrame()
    return (*out, claims)


def check_profile_options(*, near_dup_threshold: float, claim_threshold: float, language_method: str) -> None:
    """Refuse profiling options that cannot work (``profile`` checks them too; ``profile_files`` and the command
    line check them before any page is read)."""
    if not 0.0 < near_dup_threshold <= 1.0:
        raise UsageError(f"near_dup_threshold must be in (0, 1], got {near_dup_threshold}")
    if not 0.0 <= claim_threshold <= 1.0:
        raise UsageError(f"claim_threshold must be in [0, 1], got {claim_threshold}")
    if language_method not in ("profiles", "langdetect"):
        raise UsageError(f"language_method must be 'profiles' or 'langdetect', got {language_method!r}")


def check_profile_dir(out: str | Path, inputs=()) -> None:
    """Refuse, before any work, a profile folder that cannot be written: an existing file, an input, a folder
    inside an input folder (its tables would not be read, but a page folder is no place for them), or one whose
    parent does not exist or cannot be written."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise ProfileOutputError(f"{out} exists and is not a directory: give a directory for the profile tables")
    target = path.resolve()
    for given in inputs:
        if given in (None, "-"):
            continue
        source = Path(given).resolve()
        if source == target or (source.is_dir() and source in target.parents):
            raise UsageError(f"output folder {out} is (or lies in) the input {given}: write the profile elsewhere")
    parent = target if target.is_dir() else target.parent
    while not parent.exists():
        parent = parent.parent
    if not os.access(parent, os.W_OK):
        raise UsageError(f"output folder {out}: cannot write in {parent}")


def select_markers(markers: Markers | str | Path | None, ids: Iterable[str]) -> Markers:
    """The markers ``ids`` (in the lexicon's order) of ``markers`` (a Markers, a marker file, or None for the
    defaults): choosing markers without writing a marker file.

    >>> select_markers(None, ["question", "so_called"]).ids
    ['question', 'so_called']
    """
    from analysis.markers import resolve_markers

    marker_set = resolve_markers(markers)
    wanted = list(dict.fromkeys(ids))
    unknown = [i for i in wanted if i not in marker_set.ids]
    if unknown:
        raise UsageError(f"unknown marker id(s) {', '.join(unknown)}; the markers are {', '.join(marker_set.ids)}")
    return Markers(tuple(m for m in marker_set if m.id in wanted), marker_set.files)


def load_profiles(dirs: str | os.PathLike | Iterable[str | os.PathLike], *, mixed: bool = False) -> Profiles:
    """:meth:`Profiles.load`.  Several folders are profiled again as one corpus: the corpus-level columns
    (exact and near duplicates across the corpus, an author's repeats) are those of the union, as if the pages
    had been profiled together; folders profiled with different parameters are refused unless ``mixed`` (then
    the union is profiled with the first folder's parameters)."""
    from analysis.stats import add_claims, load_profile_dir, profile_dir_of, read_run_record

    paths = [dirs] if isinstance(dirs, (str, os.PathLike)) else list(dirs)
    if not paths:
        raise UsageError("give at least one profile directory")
    loaded = []
    for d in paths:
        directory = profile_dir_of(d)
        run = read_run_record(directory)
        check_manifest(directory, run)  # before any table is read
        documents, comments, threads = load_profile_dir(d)
        run = {k: v for k, v in run.items() if k != "manifest"}  # (a property of the directory, not the run)
        claims_file = directory / (run.get("tables") or {}).get("claims", "claims.parquet")
        claims = pl.read_parquet(claims_file) if claims_file.is_file() else None
        loaded.append((documents, comments, threads, claims, run))
    if len(loaded) == 1:
        documents, comments, threads, claims, run = loaded[0]
    else:
        documents, comments, threads = (
            pl.concat([part[i] for part in loaded], how="diagonal_relaxed") for i in range(3))
        ids = threads.get_column("doc_id")
        dup = ids.filter(ids.is_duplicated()).unique(maintain_order=True)
        if dup.len():
            verb = "value occurs" if dup.len() == 1 else "values occur"
            raise InputError(f"{dup.len():,} doc_id {verb} in more than one of the profile directories "
                             f"(e.g. {', '.join(map(repr, dup.head(3).to_list()))})")
        runs = [part[4] for part in loaded]
        summed: dict[str, int] = {}
        for r in runs:
            for k, v in (r.get("counts") or {}).items():
                if isinstance(v, int):
                    summed[k] = summed.get(k, 0) + v
        return _profile_union(documents, comments, runs, summed, paths, mixed)
    comments, threads = add_claims(documents, comments, threads)
    if claims is None:
        claims = _claims_of(documents, comments)
    return Profiles(documents, comments, threads, claims, run, directories=tuple(str(d) for d in paths))


# run.json parameters that must agree for folders to be put together (limit and sample do not matter)
_SAME = ("near_dup_threshold", "claim_threshold", "near_dup_shingle_size", "near_dup_min_word_chars",
         "near_dup_min_shingles", "near_dup_num_perm", "seed", "language_method", "language_min_letters",
         "markers_files", "markers")


def _profile_union(documents, comments, runs, counts, paths, mixed) -> Profiles:
    """The profiles of several folders' documents and comments, computed again over the union."""
    from analysis.markers import load_markers

    params = [r.get("parameters") or {} for r in runs]
    differ = [k for k in _SAME if any(p.get(k) != params[0].get(k) for p in params[1:])]
    if differ and not mixed:
        raise InputError(
            "the profile directories were profiled with different parameters (" + ", ".join(differ) + "): their "
            "corpus-level columns cannot be put together; profile the pages together (`comments profile A B -o "
            "DIR`), or combine them anyway with --mixed-parameters (profiled again with the first folder's)")
    first = params[0]
    files = [f for f in first.get("markers_files", []) if f != "analysis/markers.toml"]
    try:
        markers = load_markers(files[0] if files else None)
    except Exception as exc:  # noqa: BLE001 - a marker file that moved: say how to go on
        raise InputError(f"cannot load the marker file the profiles were made with ({exc}); profile the pages "
                         "together instead") from None
    if first.get("markers"):
        wanted = [m for m in first["markers"] if m in markers.ids]
        markers = Markers(tuple(m for m in markers if m.id in wanted), markers.files)
    from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA

    docs = documents.select([c for c in DOCUMENTS_SCHEMA if c in documents.columns])
    segmented = comments.select(list(COMMENTS_SCHEMA)).cast(COMMENTS_SCHEMA)
    result = profile(docs, segmented, markers=markers,
                     near_dup_threshold=first.get("near_dup_threshold", neardup.THRESHOLD),
                     seed=first.get("seed", 0), language_method=first.get("language_method", "profiles"),
                     claim_threshold=first.get("claim_threshold", claims_mod.THRESHOLD), counts=counts)
    result.run["runs"] = runs
    if differ:
        result.run["mixed_parameters"] = differ
    return Profiles(result.documents, result.comments, result.threads, result.claims, result.run,
                    directories=tuple(str(d) for d in paths))


def _claims_of(documents: pl.DataFrame, comments: pl.DataFrame) -> pl.DataFrame:
    """The claims table of tables written before it existed."""
    sentences = claims_mod.article_sentences(documents)
    return claims_mod.claims_table(sentences, claims_mod.comment_claims(with_text(comments), sentences))


def open_profiles(paths: str | os.PathLike | Iterable[str | os.PathLike], *, mixed: bool = False,
                  summary: bool = False, **options) -> Profiles:
    """The profiles of ``paths``: directories written by ``comments profile`` (loaded with :meth:`Profiles.load`)
    or pages and tables (segmented and profiled with :func:`profile_files` and ``options``), not both.
    ``summary``: only the columns the stats and figures read (see :func:`profile_files`); one directory is then
    read column by column, never its texts.  (Several directories are profiled again together, in memory.)"""
    from analysis.stats import has_claim_columns, is_profile_dir, profile_dir_of, read_run_record

    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    dirs = [p for p in paths if is_profile_dir(p)]
    if dirs and len(dirs) != len(paths):
        raise UsageError(
            "give either directories written by `comments profile` or pages/tables, not both: "
            + ", ".join(str(p) for p in paths if p not in dirs) + " are not profile directories"
        )
    if not dirs:
        return profile_files(paths, summary=summary, **options)
    if summary and len(dirs) == 1:
        directory = profile_dir_of(dirs[0])
        run = read_run_record(directory)
        check_manifest(directory, run)
        documents, comments, threads, claims = read_tables(directory, run, summary=True)
        if has_claim_columns(comments.columns, threads.columns):
            run = {k: v for k, v in run.items() if k != "manifest"}
            return Profiles(documents, comments, threads, claims, run, directories=(str(dirs[0]),))
        # (tables written before the claim overlap: it is computed from the texts, below)
    loaded = load_profiles(dirs, mixed=mixed)
    return summarised(loaded) if summary else loaded


def summarised(profiles: Profiles) -> Profiles:
    """``profiles`` with only the columns the stats and figures read (``analysis.stats.summary_columns``)."""
    from analysis.stats import summary_columns

    lean = {name: getattr(profiles, name) for name in TABLES[:3]}
    lean = {name: t.select(summary_columns(name, t.schema)) for name, t in lean.items()}
    return replace(profiles, **lean, claims=profiles.claims.clear())


def write_profiles(profiles: Profiles, out_dir: str | Path) -> list[Path]:
    """Write documents.parquet, comments.parquet, threads.parquet, claims.parquet and run.json into ``out_dir``
    (created); the same input gives byte-identical files."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ProfileOutputError(f"{out} exists and is not a directory: give a directory for the profile tables")
    out.mkdir(parents=True, exist_ok=True)
    return write_tables(out, {name: getattr(profiles, name) for name in TABLES}, profiles.run)


def write_tables(out: Path, tables: dict[str, pl.DataFrame | pl.LazyFrame], run: dict) -> list[Path]:
    """Write ``tables`` (DataFrames, or LazyFrames streamed to disk) and run.json, with its manifest, into the
    existing directory ``out``."""
    # The directory is complete only with its run.json, written last, whose manifest lists each
    # table with its rows and checksum: an earlier run's run.json goes first, each table is
    # written under a temporary name and renamed, so a run killed half-way leaves a directory
    # that every reader refuses, never old and new tables that look like one run.
    (out / "run.json").unlink(missing_ok=True)
    written = []
    manifest = {}
    for name in TABLES:
        path = out / f"{name}.parquet"
        frame = tables[name]
        if isinstance(frame, pl.LazyFrame):
            write_atomic(path, lambda tmp, frame=frame: frame.sink_parquet(tmp, compression="zstd", statistics=True))
            rows = pl.scan_parquet(path).select(pl.len()).collect().item()
        else:
            write_atomic(path, lambda tmp, frame=frame: frame.write_parquet(tmp, compression="zstd", statistics=True))
            rows = frame.height
        manifest[name] = {"file": path.name, "rows": rows, "sha256": sha256_file(path)}
        written.append(path)
    path = out / "run.json"
    record = {**run, "manifest": manifest}
    text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    written.append(path)
    return written


def check_manifest(directory: Path, run: dict) -> None:
    """Refuse a profile directory whose tables are not those its run.json lists (rows, checksum):
    a run was interrupted or a table replaced since.  Directories written before manifests pass."""
    for name, entry in (run.get("manifest") or {}).items():
        path = directory / entry["file"]
        if not path.is_file():
            raise InputError(f"{directory} is incomplete: {entry['file']} is missing; profile again")
        if sha256_file(path) != entry["sha256"]:
            raise InputError(f"{directory}: {entry['file']} is not the table its run.json lists (changed or "
                             "half-written); profile again")


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
