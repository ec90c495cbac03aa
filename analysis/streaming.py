"""Profiling a corpus of any size in bounded memory, and resuming a run that was killed.

profile_to_dir(paths, out, ...) -> dict   read, segment and profile; write the profile directory; the run record

``comments profile -o DIR`` and :func:`analysis.profile_files` run here.  Nothing holds the whole corpus: the
work goes through files in ``DIR/.parts/`` (removed at the end), in three passes.

1. **Per batch** (as the segmenting workers return each batch of documents): everything one document's comments
   decide alone (lengths, language, emoji, markers, self-repetition, duplicates within the thread, overlap with
   the article's claims), written to the batch's files.  A batch is finished when its record (``NNNNNN.json``)
   is written, last; ``--resume`` reads the input again but segments only the batches without one.
2. **Corpus keys**: exact duplicates, near-duplicate clusters and an author's repeats need the whole corpus.
   They are computed from compact keys (64-bit hashes of the normalised text and the author, row numbers),
   spread over buckets by hash so that one bucket at a time is in memory.  Near-duplicates: shingles are counted
   and MinHash signatures computed batch by batch over the distinct texts, the signatures kept on disk and read
   one position at a time for LSH (the method and its parameters are those of ``analysis.neardup``).
3. **Per batch again**: the corpus columns joined on, clusters within each thread, the thread profiles; the
   final tables are then streamed into the directory and run.json, with its manifest, written last.

The tables equal those of ``analysis.profile`` on the whole corpus in memory (tested), up to the 64-bit hashes
standing for texts and authors (a collision between two of 10 million texts has a chance of about 3 in a
million).  What stays in memory grows with the number of *distinct* comment texts (about 100 bytes each in the
near-duplicate pass) and of near-duplicate pairs (16 bytes each), not with the corpus' bytes.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from analysis import claims as claims_mod
from analysis import neardup
from analysis.markers import Markers
from analysis.profile import local_profile, profile_columns, with_text
from analysis.repetition import thread_clusters, thread_size_columns
from analysis.threads import profile_threads
from comments.errors import UsageError
from comments.output import write_atomic
from comments.resume import WorkFolder
from comments.schema import ERROR_SCHEMA, empty

WORK = ".parts"  # the work folder inside the profile directory
BUCKET_ROWS = 2_000_000  # comments per bucket of the corpus passes (about 50 MB of keys)
MAX_BUCKETS = 1024  # (a corpus of 2 billion comments)
PAIR_CHUNK = 250_000  # near-duplicate candidate pairs decided at a time


@dataclass(frozen=True)
class Parameters:
    """The profiling parameters (as ``analysis.profile`` takes them)."""

    markers: Markers
    near_dup_threshold: float
    claim_threshold: float
    seed: int
    language_method: str


# -- pass 1: one batch --------------------------------------------------------------------------------------------

def _parquet(frame: pl.DataFrame) -> Callable[[Path], None]:
    return lambda tmp: frame.write_parquet(tmp, compression="zstd", statistics=True)


def profile_batch(work: WorkFolder, k: int, part, params: Parameters) -> dict:
    """Profile one segmented batch (``comments.pipeline.Segmented``) alone and write its files; the batch record
    (documents, comments, comments without text) last."""
    documents = part.documents
    comments = with_text(part.comments)
    local = local_profile(comments, markers=params.markers, seed=params.seed,
                          language_method=params.language_method)
    sentences = claims_mod.article_sentences(documents)
    comment_claims = claims_mod.comment_claims(comments, sentences, threshold=params.claim_threshold)
    claims = in_document_order(claims_mod.claims_table(sentences, comment_claims), documents)
    local = local.join(comment_claims, on=["doc_id", "comment_id"], how="left", maintain_order="left").with_columns(
        h=pl.when(pl.col("norm") != "").then(pl.col("norm").hash()),
        author_h=pl.when(pl.col("author").is_not_null()).then(pl.col("author").hash()),
    )
    files = {
        "comments.parquet": _parquet(local),
        "documents.parquet": _parquet(documents),
        "claims.parquet": _parquet(claims),
        "thread_claims.parquet": _parquet(claims_mod.thread_claims(documents, comment_claims, claims)),
        "errors.parquet": _parquet(part.errors.cast(ERROR_SCHEMA)),
    }
    return work.finish(k, files, {"documents": documents.height, "comments": local.height,
                                  "comments_without_text": part.comments.height - local.height})


def in_document_order(claims: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """The claims table in the documents' order (then by sentence): the order a corpus streamed batch by batch
    gives."""
    order = documents.select("doc_id").with_row_index("_pos")
    return (claims.join(order, on="doc_id", how="left", maintain_order="left")
            .sort("_pos", "sentence_id", maintain_order=True, nulls_last=True).drop("_pos"))


# -- pass 2: the corpus ---------------------------------------------------------------------------------------------

class Corpus:
    """The corpus-level columns of the batches in ``work`` (``records``: their batch records, in order).  The work
    per bucket and per batch runs through ``engine`` (:class:`LocalEngine` or :class:`DaskEngine`)."""

    def __init__(self, work: WorkFolder, records: list[dict], params: Parameters, *, bucket_rows: int = BUCKET_ROWS,
                 step: Callable[[str], None] = lambda name: None, engine: LocalEngine | None = None):
        engine = engine or LocalEngine()
        self.work, self.params = work, params
        self.counts = [r["comments"] for r in records]
        self.lo = np.concatenate([[0], np.cumsum(self.counts)]).astype(np.int64)
        self.total = int(self.lo[-1])
        self.buckets = min(MAX_BUCKETS, max(1, math.ceil(self.total / bucket_rows)))
        self.corpus_dir = work.path / "corpus"
        shutil.rmtree(self.corpus_dir, ignore_errors=True)
        self.corpus_dir.mkdir()
        step("duplicates")
        # The keys of every batch in one file, read once per bucket (not every batch file per bucket).
        keys = self._keys(["h", "author_h"]).filter(pl.col("h").is_not_null())
        keys.sink_parquet(self.corpus_dir / "keys.parquet")
        firsts = engine.map(_exact_bucket, range(self.buckets), shared=self)
        first = pl.concat(firsts).sort("row")
        distinct_rows, distinct_count = first["row"].to_numpy(), first["dup_count"].to_numpy().astype(np.int64)
        step("near-duplicates")
        self._near(distinct_rows, distinct_count, engine)
        step("authors")
        engine.map(_author_bucket, range(self.buckets), shared=self)
        engine.map(_author_near_bucket, range(self.buckets), shared=self)

    def _keys(self, columns: list[str]) -> pl.LazyFrame:
        """The comments' keys over all batches, ``row`` numbered over the corpus (one scan of all the batch files:
        a concatenation of thousands of scans is a hundred times slower)."""
        if not self.counts:
            return pl.LazyFrame(schema={"row": pl.Int64, **{c: pl.UInt64 for c in columns}})
        paths = [str(self.work.file(k, "comments.parquet")) for k in range(len(self.counts))]
        offsets = pl.LazyFrame({"_path": paths, "_lo": self.lo[:-1]})
        return (pl.scan_parquet(paths, include_file_paths="_path").select("_path", "row", *columns)
                .join(offsets, on="_path", how="left", maintain_order="left")
                .select((pl.col("row") + pl.col("_lo")).alias("row"), *columns))

    def _norms(self, rows: np.ndarray) -> pl.Series:
        """The normalised texts of corpus ``rows`` (ascending)."""
        parts = []
        batch = np.searchsorted(self.lo, rows, side="right") - 1
        for k in np.unique(batch):
            local = rows[batch == k] - self.lo[k]
            norm = pl.read_parquet(self.work.file(int(k), "comments.parquet"), columns=["norm"])["norm"]
            parts.append(norm.gather(local))
        return pl.concat(parts) if parts else pl.Series("norm", [], dtype=pl.String)

    def _by_batch(self, rows: np.ndarray):
        """(batch, its part of the ascending corpus ``rows``) for every batch."""
        cuts = np.searchsorted(rows, self.lo)
        for k in range(len(self.counts)):
            yield k, rows[cuts[k]:cuts[k + 1]]

    def _near(self, distinct_rows: np.ndarray, distinct_count: np.ndarray, engine: LocalEngine) -> None:
        """Near-duplicate clusters of the distinct texts (``analysis.neardup``, as ``near_duplicate_columns``)."""
        p = self.params
        shingler = neardup.Shingler(neardup.SHINGLE_SIZE, neardup.MIN_WORD_CHARS, p.seed)
        # Shingles counted over the distinct texts, for the corpus' common ones.
        batches = [(k, rows, shingler) for k, rows in self._by_batch(distinct_rows) if len(rows)]
        occurrences = pl.DataFrame(schema={"h": pl.UInt64, "len": pl.UInt32})
        for lo in range(0, len(batches), 64):  # (64 batches' counts at a time in memory)
            counted = engine.map(_count_shingles, batches[lo:lo + 64], shared=self)
            occurrences = pl.concat([occurrences, *counted]).group_by("h").agg(pl.col("len").sum())
        limit = max(neardup.MIN_COMMON, neardup.COMMON_SHARE * len(distinct_rows))
        shingler = neardup.Shingler(shingler.shingle_size, shingler.min_word_chars, shingler.seed,
                                    occurrences.filter(pl.col("len") > limit)["h"].sort())
        del occurrences
        # Signatures of the eligible texts, on disk position by position (S-k.bin: uint16 [num_perm, n_k]).
        signed = dict(zip([b[0] for b in batches],
                          engine.map(_sign, [(k, rows, shingler) for k, rows, _ in batches], shared=self)))
        empty_rows = np.zeros(0, dtype=np.int64)
        eligible = [signed.get(k, empty_rows) for k in range(len(self.counts))]
        sizes = [len(e) for e in eligible]
        self.eligible = np.concatenate(eligible) if eligible else empty_rows
        self.sig_sizes = sizes
        n = len(self.eligible)

        def column(j: int) -> np.ndarray:
            return np.concatenate([self._sig_file(k, count=s, offset=j * s) for k, s in enumerate(sizes) if s]
                                  or [np.zeros(0, dtype=np.uint16)])

        rows_per_band = neardup.band_rows(p.near_dup_threshold, neardup.NUM_PERM)
        pairs = neardup.candidate_pairs_by_column(column, n, neardup.NUM_PERM, rows_per_band)
        keep = np.zeros(len(pairs), dtype=bool)
        for lo in range(0, len(pairs), PAIR_CHUNK):
            chunk = pairs[lo:lo + PAIR_CHUNK]
            involved = np.unique(chunk)
            local = np.searchsorted(involved, chunk)
            estimate = neardup.estimated_jaccard(self._signatures(involved), local)
            sure = estimate >= p.near_dup_threshold + neardup.SURE_MARGIN
            check = np.flatnonzero((estimate >= p.near_dup_threshold - neardup.VERIFY_MARGIN) & ~sure)
            if len(check):
                ask = np.unique(chunk[check])
                texts = self._norms(self.eligible[ask])
                similar = neardup.exact_jaccard(texts, np.searchsorted(ask, chunk[check]), shingler)
                sure[check[similar >= p.near_dup_threshold]] = True
            keep[lo:lo + PAIR_CHUNK] = sure
        self.pairs = pairs[keep]
        leader = neardup.leader_clusters(n, self.pairs)
        self.cluster = self.eligible[leader]  # a text's cluster: the first row of its leader text
        count = distinct_count[np.searchsorted(distinct_rows, self.eligible)] if n else np.zeros(0, np.int64)
        self.cluster_size = np.bincount(leader, weights=count, minlength=n).astype(np.int64)[leader]

    def _sig_file(self, k: int, *, count: int, offset: int) -> np.ndarray:
        return np.fromfile(self.corpus_dir / f"S-{k}.bin", dtype=np.uint16, count=count, offset=2 * offset)

    def _signatures(self, texts: np.ndarray) -> np.ndarray:
        """Signatures (uint16 [len(texts), num_perm]) of eligible texts ``texts`` (ascending positions)."""
        out = np.empty((len(texts), neardup.NUM_PERM), dtype=np.uint16)
        start = 0
        for k, size in enumerate(self.sig_sizes):
            if not size:
                continue
            lo, hi = np.searchsorted(texts, [start, start + size])
            if hi > lo:
                block = self._sig_file(k, count=-1, offset=0).reshape(neardup.NUM_PERM, size)
                out[lo:hi] = block[:, texts[lo:hi] - start].T
            start += size
        return out

    def columns(self, k: int) -> pl.DataFrame:
        """The corpus columns of batch ``k``'s comments with text of their own (by corpus ``row``)."""
        lo, hi = int(self.lo[k]), int(self.lo[k + 1])
        in_batch = pl.col("row").is_between(lo, hi - 1)
        y = pl.scan_parquet(self.corpus_dir / "Y-*.parquet").filter(in_batch).collect()
        z = pl.scan_parquet(self.corpus_dir / "Z-*.parquet").filter(in_batch).collect()
        return y.join(z, on="row", how="left").sort("row")


def _exact_bucket(c: Corpus, p: int) -> pl.DataFrame:
    """Exact duplicates among the texts of bucket ``p``: ``X-p.parquet`` (row, h, author_h, dup_group,
    dup_count); returns the first row and count of each text."""
    keys = (pl.scan_parquet(c.corpus_dir / "keys.parquet").filter(pl.col("h") % c.buckets == p).collect()
            .with_columns(dup_group=pl.col("row").min().over("h"), dup_count=pl.len().over("h").cast(pl.UInt32)))
    keys.write_parquet(c.corpus_dir / f"X-{p}.parquet")
    return keys.filter(pl.col("row") == pl.col("dup_group")).select("row", "dup_count")


def _count_shingles(c: Corpus, k: int, rows: np.ndarray, shingler: neardup.Shingler) -> pl.DataFrame:
    return shingler.table(c._norms(rows)).group_by("h").len()


def _sign(c: Corpus, k: int, rows: np.ndarray, shingler: neardup.Shingler) -> np.ndarray:
    """MinHash signatures of batch ``k``'s distinct texts (corpus ``rows``) into ``S-k.bin``, only those with
    enough shingles; returns their rows."""
    sh = shingler.table(c._norms(rows))
    doc = sh["doc"].to_numpy().astype(np.int64)
    sig = neardup.signatures(doc, sh["h"].to_numpy(), len(rows), num_perm=neardup.NUM_PERM, seed=c.params.seed)
    keep = np.bincount(doc, minlength=len(rows)) >= neardup.MIN_SHINGLES
    np.ascontiguousarray(sig[keep].T).tofile(c.corpus_dir / f"S-{k}.bin")
    return rows[keep]


def _author_bucket(c: Corpus, p: int) -> None:
    """Bucket ``p`` of texts: the near-duplicate columns and an author's exact repeats (``Y-p.parquet``), and the
    keys of an author's near-duplicate repeats (``W-p.parquet``)."""
    eligible = pl.DataFrame({"dup_group": c.eligible, "_e": np.arange(len(c.eligible), dtype=np.int64),
                             "near_dup_cluster": c.cluster, "near_dup_size": c.cluster_size.astype(np.uint32)})
    known = pl.col("author_h").is_not_null()
    keys = pl.read_parquet(c.corpus_dir / f"X-{p}.parquet")
    keys = keys.join(eligible, on="dup_group", how="left", maintain_order="left").with_columns(
        author_dup_count=pl.when(known).then(pl.len().over("author_h", "dup_group")).cast(pl.UInt32))
    keys.drop("h", "author_h").sort("row").write_parquet(c.corpus_dir / f"Y-{p}.parquet", row_group_size=65_536)
    keys.filter(known & pl.col("near_dup_cluster").is_not_null()).select(
        "row", "author_h", "near_dup_cluster").write_parquet(c.corpus_dir / f"W-{p}.parquet")


def _author_near_bucket(c: Corpus, q: int) -> None:
    """Bucket ``q`` of near-duplicate clusters: an author's near-duplicate repeats (``Z-q.parquet``)."""
    near = (pl.scan_parquet(c.corpus_dir / "W-*.parquet")
            .filter(pl.col("near_dup_cluster") % c.buckets == q).collect())
    near.select("row", author_near_dup_count=pl.len().over("author_h", "near_dup_cluster").cast(pl.UInt32)) \
        .sort("row").write_parquet(c.corpus_dir / f"Z-{q}.parquet", row_group_size=65_536)


# -- engines ---------------------------------------------------------------------------------------------------------

class LocalEngine:
    """The work of the corpus passes, here and now."""

    def map(self, fn: Callable, items: Iterable, *, shared=None) -> list:
        """``[fn(shared, *item) ...]`` (an item that is not a tuple is one argument)."""
        return [fn(shared, *(item if isinstance(item, tuple) else (item,))) for item in items]

    def close(self) -> None:
        pass


class DaskEngine(LocalEngine):
    """The same work as tasks of a Dask cluster: the one at ``scheduler`` (an address, e.g.
    ``tcp://10.0.0.5:8786``, or a ``distributed.Client``), or a LocalCluster of ``workers`` processes.  The work
    folder must be on storage every worker sees (a shared file system on a cluster)."""

    def __init__(self, scheduler=None, *, workers: int | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("--engine dask needs Dask: pip install 'comments-toolkit[dask]'") from None
        self.cluster = None
        if scheduler is None:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        elif isinstance(scheduler, str):
            self.client = Client(scheduler)
        else:
            self.client = scheduler
        self._own_client = scheduler is None or isinstance(scheduler, str)

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, fn: Callable, items: Iterable, *, shared=None) -> list:
        items = [item if isinstance(item, tuple) else (item,) for item in items]
        if not items:
            return []
        [shared_future] = self.client.scatter([shared], broadcast=True, hash=False)
        futures = [self.client.submit(fn, shared_future, *item, pure=False) for item in items]
        return self.client.gather(futures)

    def submit(self, fn: Callable, *args):
        return self.client.submit(fn, *args, pure=False)

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# -- pass 3: the final tables -----------------------------------------------------------------------------------------

def finish_batch(corpus: Corpus, k: int) -> None:
    """Batch ``k``'s final comments and threads tables (``NNNNNN.final_*.parquet``)."""
    work, params = corpus.work, corpus.params
    lo = int(corpus.lo[k])
    local = pl.read_parquet(work.file(k, "comments.parquet")).with_columns(
        pl.col("row") + lo, pl.col("dup_group_thread") + lo)
    cols = corpus.columns(k)
    rows = local.join(cols, on="row", how="left", maintain_order="left")
    keyed = rows.filter(pl.col("_e").is_not_null()).select("row", "doc_id", text="_e")
    texts = np.unique(keyed["text"].to_numpy())
    pairs = corpus.pairs
    if len(pairs):
        pairs = pairs[np.isin(pairs[:, 0], texts) & np.isin(pairs[:, 1], texts)]
    thread = thread_clusters(keyed, pairs)
    rows = rows.join(thread, left_on=["doc_id", "_e"], right_on=["doc_id", "text"], how="left",
                     maintain_order="left").with_columns(
        *thread_size_columns())
    claim_columns = [c for c in local.columns if c in claims_mod.COMMENT_CLAIMS_SCHEMA and c not in
                     ("doc_id", "comment_id")]
    comments = rows.select(*profile_columns(params.markers), *claim_columns)
    documents = pl.read_parquet(work.file(k, "documents.parquet"))
    threads = profile_threads(documents, comments).join(
        pl.read_parquet(work.file(k, "thread_claims.parquet")), on="doc_id", how="left", maintain_order="left")
    write_atomic(work.file(k, "final_comments.parquet"), _parquet(comments))
    write_atomic(work.file(k, "final_threads.parquet"), _parquet(threads))


# -- the run ---------------------------------------------------------------------------------------------------------

def profile_to_dir(
    paths,
    out: str | Path,
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    site_col: str | None = None,
    encoding_errors: str = "strict",
    batch_size: int | None = None,
    jobs: int | None = None,
    cues=None,
    labeller=None,
    limit: int | None = None,
    sample: int | None = None,
    markers: Markers | str | Path | None = None,
    near_dup_threshold: float = neardup.THRESHOLD,
    claim_threshold: float = claims_mod.THRESHOLD,
    seed: int = 0,
    language_method: str = "profiles",
    resume: bool = False,
    engine: str = "local",
    scheduler=None,
    progress: Callable[[str, dict], None] | None = None,
    bucket_rows: int = BUCKET_ROWS,
) -> tuple[dict, pl.DataFrame]:
    """Read, segment and profile ``paths`` into the profile directory ``out`` batch by batch, in bounded memory:
    ``comments profile -o DIR``.  Returns the run record (run.json) and the documents that could not be read or
    segmented (ERROR_SCHEMA).

    The options are those of :func:`analysis.profile_files`.  ``resume``: continue a run into ``out`` that was
    killed, from the batches it finished (the inputs and options must be the same; the tables are those of an
    uninterrupted run).  ``progress(stage, info)``: ``"segmenting"`` after every batch (``documents``, ``bytes``,
    ``total``), ``"profiling"`` once (``read``, ``scanned``, ``replaced``, ``segmented``, ``failed``,
    ``comments``, ``errors``), ``"profile step"`` before each of :data:`STEPS`, ``"done"`` at the end.

    ``engine="dask"`` runs the batches and the corpus passes as tasks of a Dask cluster (:class:`DaskEngine`:
    ``scheduler`` an address or a ``distributed.Client``, else a LocalCluster of ``jobs`` workers); the tables
    are the same.
    """
    from analysis.markers import resolve_markers
    from analysis.run import check_profile_options, run_record, write_tables
    from comments.pipeline import JOBS, SegmentRun
    from comments.readers import BATCH_SIZE, describe_inputs, limits

    check_profile_options(near_dup_threshold=near_dup_threshold, claim_threshold=claim_threshold,
                          language_method=language_method)
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}: use {' or '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise UsageError("a scheduler goes with the dask engine (--engine dask)")
    params = Parameters(resolve_markers(markers), near_dup_threshold, claim_threshold, seed, language_method)
    batch_size = BATCH_SIZE if batch_size is None else batch_size
    run = SegmentRun(paths, text_col=text_col, id_col=id_col, site_col=site_col, encoding_errors=encoding_errors,
                     batch_size=batch_size, jobs=JOBS if jobs is None else jobs, cues=cues, labeller=labeller,
                     limit=limit, sample=sample, seed=seed)
    inputs = describe_inputs(run.paths)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "run.json").unlink(missing_ok=True)  # the directory is incomplete from here until run.json is written
    fingerprint = {
        "inputs": inputs,
        "options": {"text_col": text_col, "id_col": id_col, "site_col": site_col, "encoding_errors": encoding_errors,
                    "batch_size": batch_size, "batch_bytes": limits.BATCH_BYTES, "limit": limit, "sample": sample,
                    "seed": seed,
                    "near_dup_threshold": near_dup_threshold, "claim_threshold": claim_threshold,
                    "language_method": language_method, "markers": repr(params.markers),
                    "cues": _describe(cues), "labeller": _describe(labeller)},
    }
    work = WorkFolder(out / WORK, fingerprint, resume=resume)
    runner = DaskEngine(scheduler, workers=jobs) if engine == "dask" else LocalEngine()
    try:
        records = _segment_batches(run, runner, work, params, progress)
        errors = work.errors(run.read_errors)
        failed = errors.filter(~pl.col("message").str.starts_with("warning:")).height
        documents = sum(r["documents"] for r in records)
        counts = {"documents_read": run.n_read, "documents_segmented": documents, "documents_failed": failed,
                  "comments": sum(r["comments"] for r in records),
                  "comments_without_text": sum(r["comments_without_text"] for r in records), "threads": documents}
        if progress:
            progress("profiling", {"read": run.n_read, "scanned": run.n_scanned, "replaced": run.n_replaced,
                                   "segmented": documents, "failed": failed, "comments": counts["comments"],
                                   "errors": errors})

        def step(name: str) -> None:
            if progress:
                progress("profile step", {"step": name})

        corpus = Corpus(work, records, params, bucket_rows=bucket_rows, step=step, engine=runner)
        step("tables")
        runner.map(finish_batch, range(len(records)), shared=corpus)
    finally:
        runner.close()
    record = run_record(params.markers, near_dup_threshold=near_dup_threshold, claim_threshold=claim_threshold,
                        seed=seed, language_method=language_method, counts=counts)
    record["inputs"] = inputs
    record["parameters"].update(limit=limit, sample=sample)
    write_tables(out, _tables(work, len(records), params), record)
    work.remove()
    if progress:
        progress("done", {"comments": counts["comments"]})
    return record, errors


ENGINES = ("local", "dask")


def _segment_batches(run, engine: LocalEngine, work: WorkFolder, params: Parameters, progress) -> list[dict]:
    """Pass 1: every batch segmented and profiled alone (those a resumed run finished before are only read);
    their records in order."""
    total = run.total_bytes if progress else None
    documents = 0
    parts = (_dask_batches(run, engine, work, params, work.done) if isinstance(engine, DaskEngine)
             else run.indexed(work.done))
    for k, part in parts:
        if part is not None:  # a segmentation (local), or the record of a batch done on the cluster
            work.records[k] = part if isinstance(part, dict) else profile_batch(work, k, part, params)
        documents += work.records[k]["documents"]
        if progress:
            progress("segmenting", {"documents": documents, "bytes": run.n_bytes, "total": total})
    return work.ordered()


def _segment_and_profile(cues, labeller, work: WorkFolder, k: int, batch: pl.DataFrame, params: Parameters) -> dict:
    """A Dask task: segment and profile one batch; its record."""
    from comments.pipeline import segment_frame

    return profile_batch(work, k, segment_frame(batch, cues=cues, labeller=labeller), params)


def _dask_batches(run, engine: DaskEngine, work: WorkFolder, params: Parameters, finished):
    """(batch number, its record or None if finished before) in input order, the batches segmented and profiled
    on the cluster, at most two per worker in flight."""
    from collections import deque

    cues, labeller = engine.client.scatter([run.cues, run.labeller], broadcast=True, hash=False)
    pending: deque = deque()
    limit = 2 * engine.workers
    for k, batch, _ in run.batches():
        future = None if finished(k) else engine.submit(_segment_and_profile, cues, labeller, work, k, batch, params)
        pending.append((k, future))
        while len(pending) >= limit or (pending and pending[0][1] is None):
            k0, f0 = pending.popleft()
            yield k0, None if f0 is None else f0.result()
    while pending:
        k0, f0 = pending.popleft()
        yield k0, None if f0 is None else f0.result()


#: The corpus steps of :func:`profile_to_dir`, as ``progress`` reports them.
STEPS = ("duplicates", "near-duplicates", "authors", "tables")


def _describe(option) -> object:
    if option is None or isinstance(option, (str, Path)):
        return None if option is None else str(option)
    if isinstance(option, Iterable):
        return [str(o) for o in option]
    return repr(option)


def _tables(work: WorkFolder, n: int, params: Parameters) -> dict[str, pl.LazyFrame | pl.DataFrame]:
    """The final tables, streamed from the batches' files (an empty corpus: empty tables of the right shape)."""
    if n == 0:
        from analysis.run import profile
        from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA

        empty_run = profile(empty(DOCUMENTS_SCHEMA), empty(COMMENTS_SCHEMA), markers=params.markers)
        return {name: getattr(empty_run, name) for name in ("documents", "comments", "threads", "claims")}

    def scan(what: str) -> pl.LazyFrame:  # one scan of the n files, in order
        return pl.scan_parquet([work.file(k, what) for k in range(n)])

    return {"documents": scan("documents.parquet"), "comments": scan("final_comments.parquet"),
            "threads": scan("final_threads.parquet"), "claims": scan("claims.parquet")}
