"""The public segmentation API: page text → labelled lines, comments and documents tables."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from pathlib import Path
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import polars as pl

from comments import lines as lines_mod
from comments import segmenter, threads
from comments.cues import Cues, load_cues
from comments.errors import InputError, UsageError
from comments.labeller import Labeller, load_labeller
from comments.lines import D
from comments.readers import BATCH_SIZE

def _worker_init(parent: int) -> None:
    """Workers leave Ctrl-C to the main process, which stops them (no traceback from each), and
    leave when the main process (``parent``) is gone, even killed with SIGKILL, which no handler
    sees: a watchdog thread checks every second that their parent is still theirs.  (The pid is
    the main process' own, passed in: a worker still starting when its parent died would read
    its new parent, init, from ``os.getppid()`` and watch the wrong one.)"""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watchdog").start()


# Thread pools a worker process sizes from the environment when it starts: polars', and numpy's BLAS
# (the labeller's network is matrix products) under its three usual names.
THREAD_VARIABLES = ("POLARS_MAX_THREADS", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@contextlib.contextmanager
def _worker_threads(jobs: int):
    """Worker processes started inside this block get thread pools of their share of the
    cores (``THREAD_VARIABLES``, read when polars and numpy are imported), not every core
    each: ``jobs`` workers of ``cores`` threads each fight over the cores (measured with 2
    workers on 2 cores: polars 6% slower; OpenBLAS, whose idle threads spin, 17% slower).
    A value the user set is left alone."""
    share = str(max(1, (os.cpu_count() or 1) // max(1, jobs)))
    mine = [v for v in THREAD_VARIABLES if v not in os.environ]
    for v in mine:
        os.environ[v] = share
    try:
        yield
    finally:
        for v in mine:
            os.environ.pop(v, None)


def _stop_workers(pool) -> None:
    """Terminate a process pool's workers at once (not after their current batch) and drop
    what is queued: no worker outlives an interrupted run."""
    pool.shutdown(wait=False, cancel_futures=True)
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.join(timeout=5)


# Worker processes by default, in the library as on the command line: every core.  (One batch
# — any small input — is segmented in the calling process, without starting workers.)
JOBS = os.cpu_count() or 1
from comments.schema import (
    COMMENTS_SCHEMA,
    DOCUMENTS_SCHEMA,
    ERROR_SCHEMA,
    INPUT_SCHEMA,
    LINES_SCHEMA,
    empty,
)


@dataclass
class Segmented:
    """The segmentation of a set of documents, as polars DataFrames.

    documents: one row per document (DOCUMENTS_SCHEMA)
    comments:  one row per reader comment (COMMENTS_SCHEMA)
    lines:     one row per line, blank lines included (LINES_SCHEMA)
    errors:    one row per document that could not be segmented (ERROR_SCHEMA)
    """

    documents: pl.DataFrame
    comments: pl.DataFrame
    lines: pl.DataFrame
    errors: pl.DataFrame = field(default_factory=lambda: empty(ERROR_SCHEMA))

    def records(self) -> Iterator[dict]:
        """Segments-JSONL records (docs/LABELS.md), one per document in input order."""
        yield from spans_records(self.lines, self.comments, self.documents)

    def to_jsonl(self) -> str:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records())

    @property
    def spans(self) -> list[dict]:
        return list(self.records())

    def __repr__(self) -> str:
        return (
            f"Segmented({self.documents.height} documents, {self.comments.height} comments, "
            f"{self.errors.height} errors)"
        )


def _cues(cues: Cues | str | Iterable[str] | None) -> Cues:
    if cues is None:
        return load_cues()
    if isinstance(cues, Cues):
        return cues
    if isinstance(cues, str):
        return load_cues((cues,))
    return load_cues(tuple(str(c) for c in cues))


def _labeller(labeller: Labeller | str | Path | None) -> Labeller:
    return labeller if isinstance(labeller, Labeller) else load_labeller(labeller)


def label_lines(docs: pl.DataFrame, cues: Cues, labeller: Labeller,
                reasons: bool = False) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Documents (with ``doc_idx``) → (all physical lines, logical→physical map, labelled
    logical lines with their features and the labeller's log-probabilities; with
    ``reasons``, the rule behind each label)."""
    all_lines = lines_mod.split_lines(docs)
    logical, phys = lines_mod.unwrap(all_lines)
    feats = lines_mod.features(logical, cues)
    titles = docs.select(D, "title") if "title" in docs.columns else None
    urls = docs.select(D, "url") if "url" in docs.columns else None
    return all_lines, phys, segmenter.label(feats, cues, titles, labeller, urls, reasons)


def _segment_batch(docs: pl.DataFrame, cues: Cues, labeller: Labeller) -> Segmented:
    """Segment a batch of documents (INPUT_SCHEMA columns at least doc_id, text)."""
    docs = docs.with_columns(pl.int_range(pl.len()).cast(pl.Int64).alias(D))
    all_lines, phys, lab = label_lines(docs, cues, labeller)
    comments, line_map = threads.comments_table(lab, cues)

    # Labels of logical lines → every physical line they cover.
    labels = (
        lab.select(D, "line_no", "label")
        .join(line_map, on=[D, "line_no"], how="left", maintain_order="left")
    )
    labels = phys.join(labels, on=[D, "line_no"], how="left", maintain_order="left").select(
        D, pl.col("phys_line").alias("line_no"), "label", "comment_id"
    )
    lines = (
        all_lines.select(D, "line_no")
        .join(labels, on=[D, "line_no"], how="left", maintain_order="left")
        .sort(D, "line_no")
    )
    meta = docs.select(D, "doc_id", *(c for c in ("site", "url") if c in docs.columns))
    lines_out = lines.join(meta.select(D, "doc_id"), on=D, how="left", maintain_order="left").select(
        "doc_id", "line_no", "label", pl.col("comment_id").cast(pl.Int64), D
    )
    comments_out = comments.join(meta, on=D, how="left", maintain_order="left")
    if "site" not in comments_out.columns:
        comments_out = comments_out.with_columns(site=pl.lit(None, dtype=pl.String))

    # Documents table.
    n_words = pl.col("n_words")  # (the line's words, \S+, counted by lines.features)
    is_title = pl.col("label") == "title"
    per_doc = lab.group_by(D).agg(
        # the page's title line and its wrapped tail, if any (not the title's repeats), as
        # plain text (no markdown: "# Headline" → "Headline"; no picture in front of it)
        title_found=pl.when(is_title.any()).then(lines_mod.plain_text(pl.col("s").filter(
            is_title & ((pl.col("line_no") == pl.col("line_no").filter(is_title).min()) | pl.col("title_tail"))
        ).str.join(" ")).str.replace(lines_mod.LEADING_IMAGES, "")),
        body=pl.col("s").filter(pl.col("label") == "body").str.join("\n"),
        has_comment_section=pl.col("has_comment_section").any(),
        n_words=n_words.sum(),
        body_words=n_words.filter(pl.col("label") == "body").sum(),
        comment_words=n_words.filter(pl.col("label") == "comment").sum(),
    )
    n_comments = comments.group_by(D).agg(n_comments=pl.col("has_text").sum())
    n_lines = all_lines.group_by(D).agg(n_lines=pl.len())
    documents = (
        docs.select(D, "doc_id", *(c for c in ("site", "url", "title") if c in docs.columns))
        .join(per_doc, on=D, how="left", maintain_order="left")
        .join(n_comments, on=D, how="left", maintain_order="left")
        .join(n_lines, on=D, how="left", maintain_order="left")
    )
    for c in ("site", "url", "title"):
        if c not in documents.columns:
            documents = documents.with_columns(pl.lit(None, dtype=pl.String).alias(c))
    documents = documents.with_columns(
        title=pl.coalesce(pl.col("title"), pl.when(pl.col("title_found") != "").then(pl.col("title_found"))),
        body=pl.col("body").fill_null(""),
        has_comment_section=pl.col("has_comment_section").fill_null(False),
        n_comments=pl.col("n_comments").fill_null(0).cast(pl.Int64),
        n_lines=pl.col("n_lines").cast(pl.Int64),
        n_words=pl.col("n_words").fill_null(0).cast(pl.Int64),
        body_words=pl.col("body_words").fill_null(0).cast(pl.Int64),
        comment_words=pl.col("comment_words").fill_null(0).cast(pl.Int64),
    ).sort(D)
    return Segmented(
        documents=documents.select(list(DOCUMENTS_SCHEMA)).cast(DOCUMENTS_SCHEMA),
        comments=comments_out.sort(D, "comment_id").select(list(COMMENTS_SCHEMA)).cast(COMMENTS_SCHEMA),
        lines=lines_out.select(list(LINES_SCHEMA)).cast(LINES_SCHEMA),
    )


def _normalise_input(docs: pl.DataFrame) -> pl.DataFrame:
    if "text" not in docs.columns:
        raise InputError(f"documents need a 'text' column (columns: {', '.join(docs.columns)})")
    if "doc_id" not in docs.columns:
        docs = docs.with_columns(pl.int_range(1, pl.len() + 1).cast(pl.String).alias("doc_id"))
    for c, t in INPUT_SCHEMA.items():
        if c not in docs.columns:
            docs = docs.with_columns(pl.lit(None, dtype=t).alias(c))
    return docs.with_columns(pl.col("doc_id").cast(pl.String), pl.col("text").cast(pl.String).fill_null(""))


def segment_frame(docs: pl.DataFrame, *, cues: Cues | str | Iterable[str] | None = None,
                  labeller: Labeller | str | Path | None = None) -> Segmented:
    """Segment a DataFrame of documents (columns ``text`` and, optionally, ``doc_id``, ``site``,
    ``url``, ``title``).  A document that makes the segmenter fail is reported in
    ``errors`` and left out; the others are segmented as usual.  ``labeller``: a model
    file or ``Labeller`` (default: the one shipped with the package).
    """
    docs = _normalise_input(docs)
    c = _cues(cues)
    model = _labeller(labeller)
    try:
        return _segment_batch(docs, c, model)
    except Exception:  # isolate the failing document(s); rare, so per-document is fine here
        parts, errors = [], []
        for i in range(docs.height):
            one = docs.slice(i, 1)
            try:
                parts.append(_segment_batch(one, c, model))
            except Exception as exc:  # noqa: BLE001 - reported, never silent
                errors.append({
                    "source": one["source"][0], "row": one["row"][0], "doc_id": one["doc_id"][0],
                    "stage": "segment", "message": f"segmenter failed: {type(exc).__name__}: {exc}",
                })
        return concat(parts, pl.DataFrame(errors, schema=ERROR_SCHEMA))


def concat(parts: list[Segmented], errors: pl.DataFrame | None = None) -> Segmented:
    """One Segmented from several (in order)."""
    errs = [p.errors for p in parts] + ([errors] if errors is not None else [])
    return Segmented(
        documents=pl.concat([p.documents for p in parts]) if parts else empty(DOCUMENTS_SCHEMA),
        comments=pl.concat([p.comments for p in parts]) if parts else empty(COMMENTS_SCHEMA),
        lines=pl.concat([p.lines for p in parts]) if parts else empty(LINES_SCHEMA),
        errors=pl.concat(errs) if errs else empty(ERROR_SCHEMA),
    )


def segment(text: str, *, doc_id: str = "doc", site: str | None = None, title: str | None = None,
            url: str | None = None, cues: Cues | str | Iterable[str] | None = None,
            labeller: Labeller | str | Path | None = None) -> Segmented:
    """Segment the plain text of one page.

    >>> seg = segment("Headline here\\n\\nA first paragraph of the article, long enough to be prose.\\n")
    >>> seg.lines["label"].to_list()
    ['title', None, 'body', None]
    """
    docs = pl.DataFrame({"doc_id": [doc_id], "text": [text], "site": [site], "title": [title], "url": [url]},
                        schema={"doc_id": pl.String, "text": pl.String, "site": pl.String, "title": pl.String,
                                "url": pl.String})
    return segment_frame(docs, cues=cues, labeller=labeller)


def spans_records(lines: pl.DataFrame, comments: pl.DataFrame, documents: pl.DataFrame) -> Iterator[dict]:
    """Segments-JSONL records: runs of equal (label, comment) over non-blank lines become spans."""
    nb = lines.filter(pl.col("label").is_not_null())
    key = pl.struct("label", "comment_id")
    nb = nb.with_columns(
        _run=(key != key.shift(1)).fill_null(True).cast(pl.Int64).cum_sum().over("doc_id"),
        _doc_order=pl.col("doc_id").rle_id(),
    )
    spans = nb.group_by("_doc_order", "doc_id", "_run", maintain_order=True).agg(
        start=pl.col("line_no").min(), end=pl.col("line_no").max(),
        label=pl.col("label").first(), comment_id=pl.col("comment_id").first(),
    ).join(
        comments.select("doc_id", "comment_id", "parent_id", "depth"), on=["doc_id", "comment_id"], how="left", maintain_order="left"
    ).sort("_doc_order", "_run")
    by_doc: dict[str, list[dict]] = {}
    for row in spans.iter_rows(named=True):  # one dict per span: output formatting, not the hot path
        span = {"start": row["start"], "end": row["end"], "label": row["label"]}
        if row["label"] == "comment":
            span.update(comment_id=row["comment_id"], parent_id=row["parent_id"], depth=row["depth"])
        by_doc.setdefault(row["doc_id"], []).append(span)
    for doc_id, site in documents.select("doc_id", "site").iter_rows():
        yield {"doc_id": doc_id, "site": site, "spans": by_doc.get(doc_id, [])}


class SegmentRun:
    """Segment files batch by batch: iterate to get one ``Segmented`` per batch.

    Counts and errors (reading and segmenting) are filled in as the run goes::

        run = SegmentRun(["corpus.csv.gz"], text_col="content")
        for part in run:
            part.comments.write_parquet(...)
        print(run.n_read, run.n_segmented, run.n_failed)
        run.errors  # one row per document that could not be read or segmented
    """

    def __init__(self, paths, *, cues: Cues | str | Iterable[str] | None = None, batch_size: int = BATCH_SIZE,
                 text_col: str | None = None, id_col: str | None = None, site_col: str | None = None,
                 encoding_errors: str = "strict", jobs: int = JOBS, labeller: Labeller | str | Path | None = None,
                 limit: int | None = None, sample: int | None = None, seed: int = 0):
        from comments.readers import scan_documents

        if int(jobs) < 1:
            raise UsageError(f"jobs must be at least 1, got {jobs}")
        self.paths = [str(p) for p in ([paths] if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__")
                                       else paths)]
        self._cues = _cues(cues)
        self._labeller = _labeller(labeller)
        self.jobs = int(jobs)
        self._stream = scan_documents(self.paths, text_col=text_col, id_col=id_col, site_col=site_col,
                                      batch_size=batch_size, encoding_errors=encoding_errors, limit=limit,
                                      sample=sample, seed=seed)
        self.n_segmented = 0
        self.n_bytes = 0  # text bytes read
        self.n_bytes_segmented = 0  # text bytes of the documents segmented so far
        self._segment_errors: list[pl.DataFrame] = []

    def __iter__(self) -> Iterator[Segmented]:
        for _, part in self.indexed():
            yield part

    def indexed(self, skip: Callable[[int], bool] | None = None) -> Iterator[tuple[int, Segmented | None]]:
        """(batch number from 0, its segmentation) in input order; batches for which ``skip(number)`` is true are
        read but not segmented (``None``; they count in ``n_read`` but not in ``n_segmented``): how a resumed
        run passes over the batches it finished before."""
        for k, part, nbytes in self._parts(skip or (lambda k: False)):
            if part is not None:
                self.n_segmented += part.documents.height
                self.n_bytes_segmented += nbytes
                if part.errors.height:
                    self._segment_errors.append(part.errors)
            yield k, part

    @property
    def total_bytes(self) -> int | None:
        """The size of the input files when it tells how far a run is (plain .txt, CSV, TSV, JSON lines); None
        with compressed, Parquet or standard input.  ``n_bytes_segmented`` (text) approaches it."""
        from comments.readers import input_size

        return input_size(self.paths)

    @property
    def cues(self) -> Cues:
        return self._cues

    @property
    def labeller(self) -> Labeller:
        return self._labeller

    def batches(self) -> Iterator[tuple[int, pl.DataFrame, int]]:
        """(batch number, documents, their text bytes) as read, not segmented: for engines that segment
        elsewhere (``analysis.streaming``)."""
        for k, (batch, nbytes) in enumerate(self._batches()):
            yield k, batch, nbytes

    def _batches(self) -> Iterator[tuple[pl.DataFrame, int]]:
        for batch in self._stream:
            nbytes = int(batch["text"].str.len_bytes().sum() or 0)
            self.n_bytes += nbytes
            yield batch, nbytes

    def _parts(self, skip: Callable[[int], bool]) -> Iterator[tuple[int, Segmented | None, int]]:
        """(batch number, segmented batch or None if skipped, its text bytes), in input order."""
        batches = ((k, batch, nbytes) for k, (batch, nbytes) in enumerate(self._batches()))
        if self.jobs == 1:
            for k, batch, nbytes in batches:
                yield k, None if skip(k) else segment_frame(batch, cues=self._cues, labeller=self._labeller), nbytes
            return
        # Batches are independent: segment them in worker processes, at most 2 per worker in
        # flight (memory stays bounded), results in input order.  "spawn", not fork: polars'
        # thread pool does not survive a fork.
        import multiprocessing
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor

        ahead: list = []  # batches read before deciding whether workers are worth starting
        for item in batches:
            if skip(item[0]):
                yield item[0], None, item[2]
                continue
            ahead.append(item)
            if len(ahead) == 2:
                break
        if len(ahead) < 2:  # at most one batch to segment: not worth starting workers
            for k, batch, nbytes in ahead:
                yield k, segment_frame(batch, cues=self._cues, labeller=self._labeller), nbytes
            return
        ctx = multiprocessing.get_context("spawn")
        with _worker_threads(self.jobs), ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),)) as pool:
            try:
                pending: deque = deque()
                for k, batch, nbytes in itertools.chain(ahead, batches):
                    future = None if skip(k) else pool.submit(segment_frame, batch, cues=self._cues,
                                                               labeller=self._labeller)
                    pending.append((k, future, nbytes))
                    while len(pending) >= 2 * self.jobs or (pending and pending[0][1] is None):
                        k0, future0, n0 = pending.popleft()
                        yield k0, None if future0 is None else future0.result(), n0
                while pending:
                    k0, future0, n0 = pending.popleft()
                    yield k0, None if future0 is None else future0.result(), n0
            except BaseException:  # an error, Ctrl-C, SIGTERM, or the consumer stopped: stop the workers now
                _stop_workers(pool)
                raise

    @property
    def n_read(self) -> int:
        """Documents read (including those that then failed to segment); with ``sample``, the sampled ones."""
        return self._stream.n_read

    @property
    def n_replaced(self) -> int:
        """With ``encoding_errors="replace"``: documents whose text holds U+FFFD, the replacement of bytes that
        were not UTF-8 (or, rarely, that character itself in the input)."""
        return self._stream.n_replaced

    @property
    def n_scanned(self) -> int:
        """Documents read before ``limit`` or ``sample`` chose among them (``n_read`` without them)."""
        return self._stream.n_scanned

    @property
    def read_errors(self) -> pl.DataFrame:
        """The documents that could not be read (ERROR_SCHEMA), as far as the input has been read."""
        return self._stream.error_frame()

    @property
    def errors(self) -> pl.DataFrame:
        frames = [self._stream.error_frame(), *self._segment_errors]
        return pl.concat([f.cast(ERROR_SCHEMA) for f in frames]) if frames else empty(ERROR_SCHEMA)

    @property
    def n_failed(self) -> int:
        """Documents lost: errors other than warnings (a renamed duplicate id is a warning)."""
        return self.errors.filter(~pl.col("message").str.starts_with("warning:")).height


def segment_files(
    paths, *, cues: Cues | str | Iterable[str] | None = None, batch_size: int = BATCH_SIZE,
    text_col: str | None = None, id_col: str | None = None, site_col: str | None = None,
    encoding_errors: str = "strict", jobs: int = JOBS, labeller: Labeller | str | Path | None = None,
    limit: int | None = None, sample: int | None = None, seed: int = 0,
) -> Segmented:
    """Read and segment files, directories and tables, all in memory (the options as for ``SegmentRun`` and
    ``comments.readers.scan_documents``).

    >>> seg = segment_files("seeds/")
    >>> seg
    Segmented(5 documents, 9 comments, 0 errors)
    >>> seg.comments.select("doc_id", "comment_id", "depth").head(2).rows()
    [('000_5a822adfc088c116', 1, 0), ('000_5a822adfc088c116', 2, 0)]
    """
    run = SegmentRun(paths, cues=cues, batch_size=batch_size, text_col=text_col, id_col=id_col, site_col=site_col,
                     encoding_errors=encoding_errors, jobs=jobs, labeller=labeller, limit=limit, sample=sample,
                     seed=seed)
    parts = list(run)
    out = concat(parts)
    out.errors = run.errors
    return out
