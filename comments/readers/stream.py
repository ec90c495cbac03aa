"""The reading run: ``scan_documents`` resolves the paths and returns a ``DocumentStream``, which hands each input
to the reader of its format and gathers their rows into batches of unique doc_ids."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import polars as pl

from comments.errors import InputError, UsageError
from comments.readers import limits
from comments.readers.limits import BATCH_SIZE
from comments.readers.common import HTML_EXT, Input, ReadOptions, describe, resolve, txt_files
from comments.readers.delimited import DelimitedReader
from comments.readers.jsonl import JsonReader
from comments.readers.parquet import ParquetReader
from comments.readers.sink import ErrorSink
from comments.readers.text import TextReader
from comments.schema import INPUT_SCHEMA, empty

# --------------------------------------------------------------------------- API


def scan_documents(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    site_col: str | None = None,
    batch_size: int = BATCH_SIZE,
    encoding_errors: str = "strict",
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
) -> DocumentStream:
    """Stream the documents in ``paths`` as ``INPUT_SCHEMA`` batches.

    ``limit``: only the first ``limit`` documents (reading stops there).  ``sample``: a uniform random sample of
    ``sample`` documents of the whole input, the same for the same ``seed`` (every document is read, only the
    sample is kept: memory grows with the sample, not the corpus), in input order.

    Raises :class:`InputError` at once if a path does not exist or has a
    format we cannot read; every other problem is recorded while iterating
    (see the module docstring).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if batch_size < 1:
        raise UsageError(f"batch_size must be at least 1, got {batch_size}")
    if encoding_errors not in ("strict", "replace"):
        raise UsageError(f"encoding_errors must be 'strict' or 'replace', got {encoding_errors!r}")
    for name, value in (("limit", limit), ("sample", sample)):
        if value is not None and value < 1:
            raise UsageError(f"{name} must be at least 1, got {value}")
    if limit is not None and sample is not None:
        raise UsageError("give limit or sample, not both")
    inputs = [resolve(Path(p)) for p in paths]
    opts = ReadOptions(
        overrides={"text": text_col, "id": id_col, "site": site_col},
        batch_size=min(batch_size, limit) if limit is not None else batch_size,
        strict=encoding_errors == "strict",
        limit=limit, sample=sample, seed=seed,
    )
    return DocumentStream(inputs, opts)


def read_documents(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    site_col: str | None = None,
    batch_size: int = BATCH_SIZE,
    encoding_errors: str = "strict",
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """All documents and all read errors of a (small) corpus, as two frames (the options as for
    :func:`scan_documents`).

    >>> docs, errors = read_documents("seeds/")
    >>> docs.select("doc_id", "site").head(2).rows(), errors.height
    ([('000_5a822adfc088c116', 'veteranstoday.com'), ('001_d24af7c00431189a', 'yournewswire.com')], 0)
    """
    stream = scan_documents(paths, text_col=text_col, id_col=id_col, site_col=site_col, batch_size=batch_size,
                            encoding_errors=encoding_errors, limit=limit, sample=sample, seed=seed)
    frames = list(stream)
    docs = pl.concat(frames) if frames else empty(INPUT_SCHEMA)
    return docs, stream.error_frame()


def _batch_rows(frame: pl.DataFrame, size: int, *, final: bool) -> int:
    """How many of ``frame``'s first rows make the next batch: ``size`` rows, or fewer where their text reaches
    ``limits.BATCH_BYTES`` (at least one row).  0 (not ``final``): the rows do not fill a batch yet."""
    head = frame.head(size)
    cum = head["text"].str.len_bytes().fill_null(0).cum_sum()
    fit = max(1, int((cum <= limits.BATCH_BYTES).sum()))
    if fit < head.height or head.height == size or final:
        return min(fit, head.height)
    return 0


class DocumentStream:
    """Iterable of ``INPUT_SCHEMA`` batches of ``batch_size`` rows (the last may be smaller), each ending early
    where its text reaches ``limits.BATCH_BYTES`` bytes (a longer document is a batch of its own).

    ``sink`` (an :class:`ErrorSink`: ``errors``, the ``ERROR_SCHEMA`` dicts, and ``input_errors``, the
    :class:`InputError` of every file skipped whole) and ``n_read`` (documents yielded) fill up while iterating.
    Iterating again starts over.
    """

    def __init__(self, inputs: list[Input], opts: ReadOptions):
        self.inputs = inputs
        self.opts = opts
        self.sink = ErrorSink()
        self.n_read = 0
        self.n_scanned = 0  # documents read before --limit / --sample chose among them
        self.n_replaced = 0  # with encoding_errors="replace": documents whose text holds U+FFFD
        self._seen = SeenIds()

    def __iter__(self) -> Iterator[pl.DataFrame]:
        self.sink = ErrorSink()
        self.n_read = self.n_scanned = self.n_replaced = 0
        self._seen = SeenIds()
        batches = self._batches()
        if self.opts.sample is not None:
            batches = self._sampled(batches, self.opts.sample, self.opts.seed)
        elif self.opts.limit is not None:
            batches = self._first(batches, self.opts.limit)
        return self._counted(batches)

    def _counted(self, batches: Iterator[pl.DataFrame]) -> Iterator[pl.DataFrame]:
        for batch in batches:
            self.n_read += batch.height
            if not self.opts.strict:
                self.n_replaced += int(batch["text"].str.contains("\ufffd", literal=True).sum() or 0)
            yield batch

    @staticmethod
    def _first(batches: Iterator[pl.DataFrame], limit: int) -> Iterator[pl.DataFrame]:
        """The first ``limit`` documents; reading stops there."""
        left = limit
        for batch in batches:
            yield batch.head(left)
            left -= min(batch.height, left)
            if left <= 0:
                return

    def _sampled(self, batches: Iterator[pl.DataFrame], n: int, seed: int) -> Iterator[pl.DataFrame]:
        """A uniform sample of ``n`` documents: each gets a random key (one stream of ``seed``, drawn in input
        order, so the sample does not depend on the batch size) and the ``n`` smallest keys are kept."""
        rng = np.random.default_rng(seed)
        kept: pl.DataFrame | None = None
        for batch in batches:
            batch = batch.with_columns(
                _key=pl.Series(rng.random(batch.height)),
                _order=pl.int_range(self.n_scanned, self.n_scanned + batch.height, dtype=pl.Int64),
            )
            self.n_scanned += batch.height
            kept = batch if kept is None else pl.concat([kept, batch])
            if kept.height > n:
                kept = kept.sort("_key").head(n)
        if kept is None:
            return
        kept = kept.sort("_order").drop("_key", "_order")
        while kept.height:
            take = _batch_rows(kept, self.opts.batch_size, final=True)
            yield kept.slice(0, take)
            kept = kept.slice(take)

    @property
    def errors(self) -> list[dict]:
        """The error records so far (``ERROR_SCHEMA`` dicts)."""
        return self.sink.records

    @property
    def input_errors(self) -> list[InputError]:
        return self.sink.input_errors

    def error_frame(self) -> pl.DataFrame:
        return self.sink.frame()

    # -- assembly ------------------------------------------------------------

    def _batches(self) -> Iterator[pl.DataFrame]:
        size = self.opts.batch_size
        pending: pl.DataFrame | None = None
        for piece in self._pieces():
            if piece.height == 0:
                continue
            pending = piece if pending is None else pl.concat([pending, piece])
            while pending.height and (take := _batch_rows(pending, size, final=False)):
                yield self._scanned(pending.slice(0, take))
                pending = pending.slice(take)
        while pending is not None and pending.height:
            take = _batch_rows(pending, size, final=True)
            yield self._scanned(pending.slice(0, take))
            pending = pending.slice(take)

    def _scanned(self, batch: pl.DataFrame) -> pl.DataFrame:
        if self.opts.sample is None:
            self.n_scanned += batch.height
        return batch

    def _pieces(self) -> Iterator[pl.DataFrame]:
        for item in self.inputs:
            if item.kind == "dir":
                files = txt_files(item.path)
                if not files:
                    others = [p for p in item.path.rglob("*") if p.is_file()]
                    html = sum(1 for p in others if p.suffix.lower() in HTML_EXT)
                    hint = (f"{html} of them HTML pages: convert them to .txt first (w3m -dump, html2text, or "
                            "inscriptis: README, Inputs)" if html else
                            "pass table files (.csv, .jsonl, .parquet …) by name")
                    self.sink.skip_input(
                        InputError(f"no .txt files in directory {item.path} ({len(others)} other files); {hint}"),
                        str(item.path),
                    )
                    continue
                yield from self._guard(TextReader(files, item.path, self.opts, self.sink).read(), str(item.path))
            elif item.kind == "txt":
                reader = TextReader([item.path], item.path.parent, self.opts, self.sink)
                yield from self._guard(reader.read(), str(item.path))
            else:
                reader = TABLE_READERS[item.kind](item, self.opts, self.sink)
                yield from self._guard(reader.read(), str(item.path), reader)

    def _guard(self, pieces: Iterator[pl.DataFrame], source: str, reader=None) -> Iterator[pl.DataFrame]:
        """Run one input's reader; a failure ends that input only, and is recorded.

        Each piece's doc_ids are made unique, and the errors recorded while
        reading it are put in row order (so the error list does not depend
        on how the file was cut into chunks).
        """
        try:
            while True:
                mark = self.sink.mark()
                try:
                    piece = next(pieces)
                except StopIteration:
                    return
                piece = self._seen.dedupe(piece, self.sink)
                self.sink.sort_since(mark)
                yield piece
        except InputError as exc:
            self.sink.skip_input(exc, source)
        except Exception as exc:  # noqa: BLE001 - bad input must not stop the run
            last = getattr(reader, "last_row", 0) if reader is not None else 0
            if last:
                message = f"{source}: reading stopped after row {last} ({describe(exc)}); later rows were not read"
            else:
                message = f"{source}: could not be read ({describe(exc)}); check or remove the file"
            self.sink.add(source, None, None, message)


#: The reader of each table format (``Input.kind``).
TABLE_READERS = {"csv": DelimitedReader, "tsv": DelimitedReader, "jsonl": JsonReader, "parquet": ParquetReader}


# ---------------------------------------------------------- duplicate ids


@dataclass
class SeenIds:
    """doc_ids seen so far, as sorted arrays of 64-bit hashes (log-structured: O(n log n) overall)."""

    levels: list[np.ndarray] = field(default_factory=list)
    next_suffix: dict[str, int] = field(default_factory=dict)

    def _contains(self, hashes: np.ndarray) -> np.ndarray:
        found = np.zeros(hashes.size, dtype=bool)
        for level in self.levels:
            if not level.size:
                continue
            i = np.minimum(np.searchsorted(level, hashes), level.size - 1)
            found |= level[i] == hashes
        return found

    def _add(self, hashes: np.ndarray) -> None:
        """Add hashes not seen before (and distinct among themselves)."""
        if not hashes.size:
            return
        self.levels.append(np.sort(hashes))
        while len(self.levels) > 1 and self.levels[-2].size <= 2 * self.levels[-1].size:
            top = self.levels.pop()
            # two sorted runs: the stable sort (timsort) merges them in linear time
            self.levels[-1] = np.sort(np.concatenate([self.levels[-1], top]), kind="stable")

    def dedupe(self, batch: pl.DataFrame, sink: ErrorSink) -> pl.DataFrame:
        """``batch`` with every doc_id seen before renamed ``<id>#2``, ``#3`` …, each rename a warning in ``sink``."""
        ids = batch["doc_id"]
        hashes = ids.hash(seed=7).to_numpy()
        dup = self._contains(hashes) | ~pl.Series(hashes).is_first_distinct().to_numpy()
        if not dup.any():
            self._add(hashes)
            return batch
        renamed: dict[int, tuple[str, str]] = {}
        self._add(hashes[~dup])
        new_ids = ids.to_list()
        rows = np.flatnonzero(dup).tolist()
        todo = rows
        while todo:  # usually one round; again only for a renamed id that is taken too
            candidates = []
            for i in todo:
                old = new_ids[i] if i not in renamed else renamed[i][0]
                k = self.next_suffix.get(old, 2)
                self.next_suffix[old] = k + 1
                candidates.append(f"{old}#{k}")
                renamed[i] = (old, candidates[-1])
            cand_hashes = pl.Series(candidates, dtype=pl.String).hash(seed=7).to_numpy()
            taken = self._contains(cand_hashes)
            self._add(cand_hashes[~taken])
            todo = [i for i, t in zip(todo, taken.tolist(), strict=True) if t]
        sources, row_numbers = batch["source"].to_list(), batch["row"].to_list()
        for i in rows:
            old, new = renamed[i]
            new_ids[i] = new
            row = row_numbers[i]
            where = f"{sources[i]} row {row}" if row is not None else sources[i]
            sink.add(sources[i], row, new, f"warning: {where}: duplicate doc_id {old!r}; document kept as {new!r}")
        return batch.with_columns(doc_id=pl.Series(new_ids, dtype=pl.String))
