"""Corpus readers: turn files of scraped pages into batches of ``INPUT_SCHEMA`` rows.

Accepted inputs (a list of paths, each a file or a directory):

* ``.txt`` files, one document each; a directory means every ``.txt`` file
  below it (recursively, hidden files and folders skipped, sorted by relative
  path).  ``doc_id`` is the file name without extension.  A ``metadata.csv``
  next to the file, or in a parent folder up to the directory named on the
  command line, supplies ``site``/``url``/``title``/``published`` joined on
  ``doc_id`` (the nearest file that lists the id wins).
* tables: CSV, TSV, JSON lines (``.jsonl``/``.ndjson``/``.json``; a ``.json``
  file holding one JSON array is read too, whole) and Parquet; CSV, TSV and
  JSON lines may be gzip-compressed (``.csv.gz`` …).  Columns are found by
  name, ignoring case: text = text|content|body, id = id|doc_id,
  site = site|domain (else the host of the url), url, title,
  published = published|date|published_at.  ``text_col``/``id_col``/
  ``site_col`` override.  Without an id, ``doc_id`` is ``"<file stem>:<row>"``
  where ``row`` is the 1-based data row (header not counted; for JSON lines
  the line number).

Streaming
---------
Nothing is read whole except ``.txt`` documents, ``metadata.csv`` and JSON
arrays.

* CSV/TSV: the raw bytes (``.gz`` inflated as a stream with ``zlib``) are cut
  into ~16 MB chunks at record boundaries found by quote parity (numpy,
  vectorised), and each chunk is parsed by ``pl.read_csv`` (multi-threaded,
  handles quoted newlines and multi-MB fields).  A chunk polars parses is
  checked to hold exactly the records the parity scan counted.  A chunk
  polars rejects is handled locally: invalid UTF-8 is located by byte offset
  and only the rows with it in a used column become errors; a structurally
  broken chunk (too many fields, unclosed quote), and any chunk with a
  stray quote (one that cannot be RFC 4180 quoting, such as ``He said "hi``:
  polars would toggle quoting there and may merge rows), is re-parsed record
  by record with Python's ``csv`` module, which takes such quotes literally
  (per-row Python, for that chunk only) until the parser is back at a record
  boundary, then chunking resumes.
  Why not ``pl.scan_csv(...).collect_batches()``?  It streams fine (also
  gzip, ~0.8 GB/s) but in polars 2.1, when a later chunk fails (e.g. invalid
  UTF-8), batches it has already yielded can silently lack the rows of the
  failed chunk or of a neighbouring one (seen: 195 to 39,185 rows of a
  200 MB file lost, the row index still contiguous), and the error gives no
  row to resume from.  Chunk mode reads the same file at ~230 MB/s.
  ``pl.read_csv_batched`` no longer exists in polars 2.  TSV is read with
  ``"`` quoting like CSV (as pandas and polars write it).  A row with more
  fields than the header is an error unless the first extra field is empty
  (a trailing separator): then the extra fields are ignored.
* JSON lines: chunks cut at newlines, parsed by ``pl.read_ndjson``; a chunk
  polars rejects is re-parsed line by line with ``json`` (only that chunk).
* Parquet: ``pl.scan_parquet(...).slice(k, n).collect()`` per slice of
  ``max(batch_size, 20000)`` rows (polars reads only the pages needed); a
  slice that fails is halved down to 1000 rows, so a damaged page costs only
  its own rows (reported as "rows a to b could not be read").

Memory stays at a few chunks/batches (~0.3 GB peak on CSVs of 0.2-1 GB).
A truncated or corrupt ``.gz`` yields every complete record before the
damage, then an error "reading stopped after row N".

Errors
------
Nothing stops the run and nothing is dropped silently: every document is
either yielded or described by an ``ERROR_SCHEMA`` row (``stage="read"``) in
``DocumentStream.errors``.  Messages name the file (and row for tables) and
say what to do.  Problems with a whole file (required column missing, not
readable, binary, empty) raise :class:`InputError` internally; the stream
records it in ``input_errors`` and in ``errors`` (row and doc_id null) and
goes on with the next file.  Paths that do not exist and unknown formats are
command-line mistakes and raise :class:`InputError` from ``scan_documents``
before anything is read.

Blank CSV lines (and CSV rows whose used columns are all empty) are not
documents: they are skipped silently but still counted in ``row``.

Duplicate doc_ids: both documents are kept, and every later one is renamed
``"<id>#2"``, ``"<id>#3"`` … so that ``doc_id`` stays unique downstream (it is
the join key of the lines/comments tables).  Each rename is recorded in
``errors`` with a message starting ``"warning: "``: these are the only error
rows whose document *was* yielded.  Seen ids are kept as 64-bit hashes (8
bytes per document, so ~70 MB for 8.5 M documents); a hash collision (odds
~2e-6 at that size) would rename a document needlessly.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from comments.errors import InputError, UsageError  # InputError: a whole input is unusable (re-exported)
from comments.schema import ERROR_SCHEMA, INPUT_SCHEMA, empty

__all__ = [
    "DocumentStream",
    "InputError",
    "read_documents",
    "scan_documents",
]

#: Bytes parsed per chunk (CSV/TSV, JSON lines).
CHUNK_BYTES = 16 << 20
#: A CSV record or JSON line longer than this is taken for an unclosed quote
#: (or a file that is not line-based) and reported instead of buffered.
MAX_RECORD_BYTES = 64 << 20
#: Documents per batch, the default of every reading and segmenting call and of ``--batch-size``.
BATCH_SIZE = 10_000

#: Rows per Parquet read (at least batch_size).
PARQUET_SLICE_ROWS = 20_000
#: Bytes looked at to decide whether a file is binary.
SNIFF_BYTES = 64 << 10

_TEXT_EXT = {".txt"}
_TABLE_EXT = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_FIX_UTF8 = "fix the file or rerun with --encoding-errors replace"
_KNOWN = ".txt, .csv, .tsv, .jsonl, .ndjson, .json, .parquet (and .csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz, .json.gz)"

#: Column roles and the names that fill them, in order of preference.
_ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body"),
    "id": ("id", "doc_id"),
    "site": ("site", "domain"),
    "url": ("url",),
    "title": ("title",),
    "published": ("published", "date", "published_at"),
}
_OPTION = {"text": "--text-col", "id": "--id-col", "site": "--site-col"}
_META_ROLES = ("site", "url", "title", "published")

_BOM = codecs.BOM_UTF8
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"
_HAS_SURROGATE = re.compile("[\udc80-\udcff]").search
_HOST_RE = r"^\s*(?:[A-Za-z][A-Za-z0-9+.\-]*:)?(?://)?(?:[^@/?#\s]*@)?([^:/?#\s@]+\.[^:/?#\s@]+)"

csv.field_size_limit(2**31 - 1)  # our own MAX_RECORD_BYTES guard applies instead

# Collects the offsets of undecodable bytes: bytes.decode(errors=_RECORD_ERRORS).
_bad_bytes = threading.local()


def _record_bad_byte(exc: UnicodeError) -> tuple[str, int]:
    _bad_bytes.offsets.append(exc.start)  # type: ignore[attr-defined]
    return "\ufffd", exc.end  # type: ignore[attr-defined]


_RECORD_ERRORS = "comments.readers.record"
codecs.register_error(_RECORD_ERRORS, _record_bad_byte)


def _invalid_utf8_offsets(data: bytes) -> list[int]:
    """Offsets of the invalid UTF-8 sequences in ``data`` (one C-level decode)."""
    _bad_bytes.offsets = []
    data.decode("utf-8", _RECORD_ERRORS)
    return _bad_bytes.offsets


# --------------------------------------------------------------------------- API


def scan_documents(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    site_col: str | None = None,
    batch_size: int = BATCH_SIZE,
    encoding_errors: str = "strict",
) -> DocumentStream:
    """Stream the documents in ``paths`` as ``INPUT_SCHEMA`` batches.

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
    inputs = [_resolve(Path(p)) for p in paths]
    opts = _Options(
        overrides={"text": text_col, "id": id_col, "site": site_col},
        batch_size=batch_size,
        strict=encoding_errors == "strict",
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
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """All documents and all read errors of a (small) corpus, as two frames (the options as for
    :func:`scan_documents`)."""
    stream = scan_documents(paths, text_col=text_col, id_col=id_col, site_col=site_col, batch_size=batch_size,
                            encoding_errors=encoding_errors)
    frames = list(stream)
    docs = pl.concat(frames) if frames else empty(INPUT_SCHEMA)
    return docs, stream.error_frame()


class DocumentStream:
    """Iterable of ``INPUT_SCHEMA`` batches of ``batch_size`` rows (the last may be smaller).

    ``errors`` (``ERROR_SCHEMA`` dicts), ``input_errors`` (the
    :class:`InputError` of every file skipped whole) and ``n_read`` (documents
    yielded) fill up while iterating.  Iterating again starts over.
    """

    def __init__(self, inputs: list[_Input], opts: _Options):
        self._inputs = inputs
        self._opts = opts
        self.errors: list[dict[str, Any]] = []
        self.input_errors: list[InputError] = []
        self.n_read = 0

    def __iter__(self) -> Iterator[pl.DataFrame]:
        self.errors = []
        self.input_errors = []
        self.n_read = 0
        return self._batches()

    def error_frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.errors, schema=ERROR_SCHEMA)

    # -- assembly ------------------------------------------------------------

    def _batches(self) -> Iterator[pl.DataFrame]:
        size = self._opts.batch_size
        self._seen = _SeenIds()
        pending: list[pl.DataFrame] = []
        n_pending = 0
        for piece in self._pieces():
            if piece.height == 0:
                continue
            pending.append(piece)
            n_pending += piece.height
            while n_pending >= size:
                whole = pl.concat(pending) if len(pending) > 1 else pending[0]
                rest = whole.slice(size)
                pending, n_pending = ([rest], rest.height) if rest.height else ([], 0)
                yield self._emit(whole.slice(0, size))
        if pending:
            yield self._emit(pl.concat(pending) if len(pending) > 1 else pending[0])

    def _emit(self, batch: pl.DataFrame) -> pl.DataFrame:
        self.n_read += batch.height
        return batch

    def _pieces(self) -> Iterator[pl.DataFrame]:
        for item in self._inputs:
            if item.kind == "dir":
                files = _txt_files(item.path)
                if not files:
                    others = sum(1 for p in item.path.rglob("*") if p.is_file())
                    self._input_error(
                        InputError(
                            f"no .txt files in directory {item.path} ({others} other files); "
                            "pass table files (.csv, .jsonl, .parquet …) by name"
                        ),
                        str(item.path),
                    )
                    continue
                yield from self._guard(_TxtReader(self, files, item.path).read(), str(item.path))
            elif item.kind == "txt":
                yield from self._guard(_TxtReader(self, [item.path], item.path.parent).read(), str(item.path))
            else:
                reader = _TableReader(self, item)
                yield from self._guard(reader.read(), str(item.path), reader)

    def _guard(self, pieces: Iterator[pl.DataFrame], source: str, reader=None) -> Iterator[pl.DataFrame]:
        """Run one input's reader; a failure ends that input only, and is recorded.

        Each piece's doc_ids are made unique, and the errors recorded while
        reading it are put in row order (so the error list does not depend
        on how the file was cut into chunks).
        """
        try:
            while True:
                mark = len(self.errors)
                try:
                    piece = next(pieces)
                except StopIteration:
                    return
                piece = self._seen.dedupe(piece, self.errors)
                if len(self.errors) - mark > 1:
                    self.errors[mark:] = sorted(self.errors[mark:], key=lambda e: (e["row"] is None, e["row"] or 0))
                yield piece
        except InputError as exc:
            self._input_error(exc, source)
        except Exception as exc:  # noqa: BLE001 - bad input must not stop the run
            last = getattr(reader, "last_row", 0) if reader is not None else 0
            if last:
                message = f"{source}: reading stopped after row {last} ({_describe(exc)}); later rows were not read"
            else:
                message = f"{source}: could not be read ({_describe(exc)}); check or remove the file"
            self._error(source, None, None, message)

    # -- error records -------------------------------------------------------

    def _error(self, source: str, row: int | None, doc_id: str | None, message: str) -> None:
        self.errors.append({"source": source, "row": row, "doc_id": doc_id, "stage": "read", "message": message})

    def _input_error(self, exc: InputError, source: str) -> None:
        self.input_errors.append(exc)
        self._error(source, None, None, str(exc))


# ------------------------------------------------------------------ inputs


@dataclass
class _Options:
    overrides: dict[str, str | None]
    batch_size: int
    strict: bool


@dataclass
class _Input:
    kind: str  # "dir", "txt", "csv", "tsv", "jsonl", "parquet"
    path: Path
    gz: bool = False


def _resolve(path: Path) -> _Input:
    if not path.exists():
        raise InputError(f"{path} does not exist (relative paths start at {Path.cwd()}); check the path")
    if path.is_dir():
        return _Input("dir", path)
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    ext = suffixes[-2] if gz and len(suffixes) > 1 else (suffixes[-1] if suffixes and not gz else "")
    if ext in _TEXT_EXT and not gz:
        return _Input("txt", path)
    if ext in _TABLE_EXT and not (gz and _TABLE_EXT[ext] == "parquet"):
        return _Input(_TABLE_EXT[ext], path, gz)
    raise InputError(
        f"cannot tell the format of {path} from its name (readable: {_KNOWN}); convert it to one of these or rename it"
    )


def _txt_files(root: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.lower().endswith(".txt") and not name.startswith("."):
                found.append(Path(dirpath, name))
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


def _fmt_columns(names: list[str]) -> str:
    shown = [repr(n) if (n == "" or n != n.strip() or "," in n) else n for n in names[:30]]
    return ", ".join(shown) + (f", … ({len(names)} in all)" if len(names) > 30 else "")


def _pick_columns(
    names: list[str], source: str, overrides: dict[str, str | None], what: str = "columns"
) -> dict[str, int]:
    """Role → index into ``names``; InputError if there is no text column."""
    lower = [n.strip().lower() for n in names]
    roles: dict[str, int] = {}
    for role, candidates in _ROLE_NAMES.items():
        wanted = overrides.get(role)
        if wanted is not None:
            if wanted in names:
                roles[role] = names.index(wanted)
            elif wanted.strip().lower() in lower:
                roles[role] = lower.index(wanted.strip().lower())
            else:
                raise InputError(
                    f"column {wanted!r} given with {_OPTION[role]} is not in {source} "
                    f"({what}: {_fmt_columns(names)}); check the spelling"
                )
            continue
        for cand in candidates:
            if cand in lower:
                roles[role] = lower.index(cand)
                break
    if "text" not in roles:
        raise InputError(f"no text column in {source} ({what}: {_fmt_columns(names)}); name it with --text-col")
    return roles


def _sniff(head: bytes, source: str) -> None:
    """InputError if the first bytes of a text/table file show it is not UTF-8 text."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{source} looks like UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in head:
        raise InputError(f"{source} is a binary file (NUL bytes), not text; remove it or convert it to text")
    sample = head[:SNIFF_BYTES]
    if sample and len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > 0.1 * len(sample):
        raise InputError(f"{source} is a binary file (mostly control bytes), not text; remove it or convert it to text")


def _host(url: pl.Expr) -> pl.Expr:
    """Host of a URL, lower-cased, without "www." (null if none)."""
    host = url.str.extract(_HOST_RE, 1).str.to_lowercase().str.strip_chars_end(".")
    return host.str.replace(r"^www\.", "")


def _nonblank(expr: pl.Expr) -> pl.Expr:
    stripped = expr.str.strip_chars()
    return pl.when(stripped == "").then(None).otherwise(stripped)


# ------------------------------------------------------------ shared finish


def _finish(
    stream: DocumentStream,
    df: pl.DataFrame,
    source: str,
    stem: str,
    *,
    text_name: str,
    drop_blank: bool,
) -> pl.DataFrame:
    """Raw role columns (+ ``row``) → INPUT_SCHEMA frame; bad rows go to ``errors``.

    Vectorised: one pass of polars expressions per batch.
    """
    present = [r for r in _ROLE_NAMES if r in df.columns]
    df = df.with_columns(
        [pl.lit(None, pl.String).alias(r) for r in _ROLE_NAMES if r not in df.columns] + [pl.col("row").cast(pl.Int64)]
    )
    if drop_blank and present:
        df = df.filter(~pl.all_horizontal([pl.col(r).is_null() for r in present]))
    if "doc_id" not in df.columns:
        fallback = pl.format("{}:{}", pl.lit(stem), pl.col("row"))
        df = df.with_columns(doc_id=pl.coalesce(_nonblank(pl.col("id")), fallback))
    df = df.with_columns(site=pl.coalesce(_nonblank(pl.col("site")), _host(pl.col("url"))))
    missing = pl.col("text").is_null()
    blank = pl.col("text").str.strip_chars() == ""
    bad = missing | blank
    where = (
        pl.format("{} row {}: ", pl.lit(source), pl.col("row"))
        if df["row"].null_count() == 0
        else pl.lit(f"{source}: ")
    )
    errs = df.filter(bad)
    if errs.height:
        errs = errs.select(
            source=pl.lit(source),
            row=pl.col("row"),
            doc_id=pl.col("doc_id"),
            stage=pl.lit("read"),
            message=pl.when(missing)
            .then(pl.concat_str(where, pl.lit(f"no text (column {text_name!r} is empty)")))
            .otherwise(pl.concat_str(where, pl.lit("empty text"))),
        )
        stream.errors.extend(errs.to_dicts())
        df = df.filter(~bad)
    return df.select(
        pl.col("doc_id"),
        pl.col("site"),
        pl.col("url"),
        pl.col("title"),
        pl.col("published"),
        pl.col("text"),
        source=pl.lit(source, pl.String),
        row=pl.col("row"),
    )


# --------------------------------------------------------------------- txt


class _TxtReader:
    """One document per .txt file; metadata.csv joined on doc_id (per-file Python, unavoidable)."""

    def __init__(self, stream: DocumentStream, files: list[Path], root: Path):
        self.stream = stream
        self.files = files
        self.root = root
        self.meta_cache: dict[Path, dict[str, dict[str, str | None]] | None] = {}

    def read(self) -> Iterator[pl.DataFrame]:
        cols: dict[str, list] = {k: [] for k in ("doc_id", "text", "source", *_META_ROLES)}
        for path in self.files:
            doc = self._document(path)
            if doc is None:
                continue
            for k, v in doc.items():
                cols[k].append(v)
            if len(cols["doc_id"]) >= self.stream._opts.batch_size:
                yield self._frame(cols)
                cols = {k: [] for k in cols}
        if cols["doc_id"]:
            yield self._frame(cols)

    def _frame(self, cols: dict[str, list]) -> pl.DataFrame:
        df = pl.DataFrame(cols, schema={k: pl.String for k in cols})
        df = df.with_columns(
            site=pl.coalesce(_nonblank(pl.col("site")), _host(pl.col("url"))),
            row=pl.lit(None, pl.Int64),
        )
        return df.select(list(INPUT_SCHEMA))

    def _document(self, path: Path) -> dict[str, str | None] | None:
        source, doc_id, stream = str(path), path.stem, self.stream
        try:
            data = path.read_bytes()
        except OSError as exc:
            stream._error(
                source, None, doc_id, f"cannot read {source}: {exc.strerror or exc}; check that it is a readable file"
            )
            return None
        try:
            _sniff(data, source)
        except InputError as exc:
            stream._error(source, None, doc_id, str(exc))
            return None
        skip = len(_BOM) if data.startswith(_BOM) else 0
        try:
            text = data[skip:].decode("utf-8", "strict" if stream._opts.strict else "replace")
        except UnicodeDecodeError as exc:
            stream._error(
                source,
                None,
                doc_id,
                f"{source}: invalid UTF-8 at byte {exc.start + skip}; {_FIX_UTF8}",
            )
            return None
        if not text.strip():
            stream._error(source, None, doc_id, f"{source}: empty text")
            return None
        doc: dict[str, str | None] = {"doc_id": doc_id, "text": text, "source": source}
        doc.update(self._metadata(path.parent, doc_id))
        return doc

    def _metadata(self, folder: Path, doc_id: str) -> dict[str, str | None]:
        """Nearest metadata.csv (from ``folder`` up to the root) listing ``doc_id``."""
        while True:
            table = self._load_meta(folder)
            if table is not None and doc_id in table:
                return table[doc_id]
            if folder == self.root or folder == folder.parent or self.root not in folder.parents:
                return dict.fromkeys(_META_ROLES)
            folder = folder.parent

    def _load_meta(self, folder: Path) -> dict[str, dict[str, str | None]] | None:
        if folder in self.meta_cache:
            return self.meta_cache[folder]
        path = folder / "metadata.csv"
        table = None
        if path.is_file():
            try:
                df = pl.read_csv(path, infer_schema=False, encoding="utf8-lossy")
            except Exception as exc:  # noqa: BLE001
                self.stream._error(
                    str(path),
                    None,
                    None,
                    f"cannot read {path} ({_describe(exc)}); documents in {folder} get no metadata",
                )
                df = None
            if df is not None:
                lower = [c.strip().lower() for c in df.columns]
                key = next((df.columns[lower.index(n)] for n in ("doc_id", "id") if n in lower), None)
                if key is None:
                    self.stream._error(
                        str(path),
                        None,
                        None,
                        f"no doc_id column in {path} (columns: {_fmt_columns(df.columns)}); "
                        "it is ignored - add a doc_id column",
                    )
                else:
                    exprs = {}
                    for role in _META_ROLES:
                        name = next((df.columns[lower.index(n)] for n in _ROLE_NAMES[role] if n in lower), None)
                        exprs[role] = pl.col(name) if name else pl.lit(None, pl.String)
                    df = df.select(doc_id=pl.col(key).str.strip_chars(), **exprs).unique(
                        "doc_id", keep="first", maintain_order=True
                    )
                    table = {r["doc_id"]: {k: r[k] for k in _META_ROLES} for r in df.iter_rows(named=True)}
        self.meta_cache[folder] = table
        return table


# ------------------------------------------------------------------- tables


class _ByteBuf:
    """A window on a binary stream; ``pos`` is the absolute offset of the first unconsumed byte."""

    def __init__(self, raw: io.RawIOBase | io.BufferedIOBase):
        self.raw = raw
        self.data = b""
        self.base = 0  # absolute offset of data[0]
        self.pos = 0
        self.eof = False
        self.error: BaseException | None = None

    @property
    def rel(self) -> int:
        return self.pos - self.base

    @property
    def end(self) -> int:
        return self.base + len(self.data)

    def avail(self) -> int:
        return self.end - self.pos

    def fill(self, n: int) -> None:
        """Make at least ``n`` unconsumed bytes available (fewer at end of file).

        A read error (truncated gzip, I/O error) keeps the bytes read before
        it: they can still be parsed, up to their last complete record, and
        the error is raised by the next call that needs more.
        """
        if self.avail() >= n or self.eof:
            return
        if self.error is not None:
            raise self.error
        parts = [self.data[self.rel :]]
        have = len(parts[0])
        while have < n:
            try:
                block = self.raw.read(min(n - have, 1 << 20))
            except (OSError, EOFError, zlib.error) as exc:
                if len(parts) == 1:
                    raise
                self.error = exc
                break
            if not block:
                self.eof = True
                break
            parts.append(block)
            have += len(block)
        self.data = b"".join(parts)
        self.base = self.pos

    def grow(self) -> None:
        self.fill(max(2 * self.avail(), CHUNK_BYTES))


class _NotGzip(Exception):
    pass


class _Gunzip:
    """Streaming gzip decompression (multi-member) with ``zlib``.

    Unlike ``gzip.GzipFile`` it hands out everything decompressed before a
    truncation or corruption, and raises only on the next read.
    """

    def __init__(self, path: Path):
        self.file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self.inflate = zlib.decompressobj(wbits=31)
        self.pending: BaseException | None = None
        head = self.file.read(2)
        if head != b"\x1f\x8b":
            self.file.close()
            raise _NotGzip
        self.feed = head

    def read(self, n: int) -> bytes:
        if self.pending is not None:
            raise self.pending
        out: list[bytes] = []
        have = 0
        while have < n:
            if self.inflate.eof:  # end of a member: another one may follow
                rest = self.inflate.unused_data or self.file.read(1 << 18)
                if not rest.strip(b"\x00"):
                    break
                self.inflate = zlib.decompressobj(wbits=31)
                self.feed = rest
            if not self.feed:
                self.feed = self.inflate.unconsumed_tail or self.file.read(1 << 18)
                if not self.feed:
                    self.pending = EOFError("compressed data ends before the end of the gzip stream (truncated file?)")
                    break
            try:
                block = self.inflate.decompress(self.feed, n - have)
            except zlib.error as exc:
                self.pending = exc
                break
            self.feed = b""
            if block:
                out.append(block)
                have += len(block)
        if not out and self.pending is not None:
            raise self.pending
        return b"".join(out)

    def close(self) -> None:
        self.file.close()


def _record_ends(data: bytes, start: int, stop: int) -> np.ndarray:
    """Offsets in ``data`` of the newlines that end CSV records in ``data[start:stop]``.

    ``data[start]`` must begin a record.  A newline ends a record when an even
    number of quote characters precede it (RFC 4180 quoting; ``""`` escapes
    keep the parity).  Vectorised with numpy.
    """
    a = np.frombuffer(data, np.uint8, count=stop - start, offset=start)
    newlines = np.flatnonzero(a == 10)
    quotes = np.flatnonzero(a == 34)
    if quotes.size:
        newlines = newlines[(np.searchsorted(quotes, newlines) & 1) == 0]
    return newlines + start


def _has_stray_quote(chunk: bytes, sep: str) -> bool:
    """Whether ``chunk`` holds a quote that cannot be RFC 4180 quoting.

    A quote that opens a field follows a separator or line start, one that
    closes it precedes a separator or line end, and an escaped quote sits next
    to another quote; a quote with none of these neighbours on either side
    (``He said "hi``, ``"a"b``) is stray.  Polars toggles quoting at every
    quote while Python's csv module takes a stray one literally, so such
    chunks go to the record parser, whatever polars makes of them.
    """
    a = np.frombuffer(chunk, np.uint8)
    quotes = np.flatnonzero(a == 34)
    if not quotes.size:
        return False
    ok = np.zeros(256, dtype=bool)
    ok[[ord(sep), 10, 13, 34]] = True
    before = ok[a[np.maximum(quotes - 1, 0)]] | (quotes == 0)  # the chunk starts a line
    after = ok[a[np.minimum(quotes + 1, a.size - 1)]] | (quotes == a.size - 1)
    return bool((~before & ~after).any())


class _TooLong(Exception):
    pass


class _TableReader:
    def __init__(self, stream: DocumentStream, item: _Input):
        self.stream = stream
        self.item = item
        self.path = item.path
        self.source = str(item.path)
        self.stem = _stem(item.path)
        self.opts = stream._opts
        self.last_row = 0  # last data row handled (for "reading failed after row N")
        self.offset_note = " of the decompressed data" if item.gz else ""

    def read(self) -> Iterator[pl.DataFrame]:
        kind = self.item.kind
        if kind in ("csv", "tsv"):
            yield from self._read_delimited("," if kind == "csv" else "\t")
        elif kind == "jsonl":
            yield from self._read_jsonl()
        else:
            yield from self._read_parquet()

    # -- helpers -------------------------------------------------------------

    def _open(self) -> _ByteBuf:
        try:
            raw = _Gunzip(self.path) if self.item.gz else open(self.path, "rb")  # noqa: SIM115
        except _NotGzip:
            raise InputError(
                f"{self.source} is not gzip-compressed although its name ends in .gz; rename it without .gz"
            ) from None
        except OSError as exc:
            raise InputError(
                f"cannot read {self.source}: {exc.strerror or exc}; check that it is a readable file"
            ) from exc
        return _ByteBuf(raw)

    def _start(self, buf: _ByteBuf) -> None:
        """Sniff the first bytes; skip a UTF-8 BOM."""
        try:
            buf.fill(SNIFF_BYTES)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(
                f"cannot read {self.source} ({_describe(exc)}); "
                f"is it really {'gzip-compressed ' if self.item.gz else ''}{self.item.kind.upper()}?"
            ) from exc
        if buf.avail() == 0:
            raise InputError(f"{self.source} is empty; remove it from the input")
        _sniff(buf.data, self.source)
        if buf.data.startswith(_BOM):
            buf.pos += len(_BOM)

    def _error(self, row: int | None, doc_id: str | None, what: str) -> None:
        where = f"{self.source} row {row}" if row is not None else self.source
        self.stream._error(self.source, row, doc_id, f"{where}: {what}")

    def _utf8_error(self, row: int, column: str, offset: int) -> None:
        self._error(
            row,
            None,
            f"invalid UTF-8 in column {column!r} at byte {offset}{self.offset_note}; {_FIX_UTF8}",
        )

    def _finish(self, df: pl.DataFrame, *, drop_blank: bool) -> pl.DataFrame:
        if df.height:
            self.last_row = max(self.last_row, int(df["row"].max()))
        return _finish(self.stream, df, self.source, self.stem, text_name=self.text_name, drop_blank=drop_blank)

    def _setup_roles(self, names: list[str], what: str = "columns") -> None:
        self.names = names
        self.roles = _pick_columns(names, self.source, self.opts.overrides, what)
        self.text_name = names[self.roles["text"]]

    # -- CSV / TSV -----------------------------------------------------------

    def _read_delimited(self, sep: str) -> Iterator[pl.DataFrame]:
        """CSV/TSV in byte chunks cut at record boundaries, each parsed by ``pl.read_csv``."""
        self.sep = sep
        buf = self._open()
        try:
            self._start(buf)
            header = self._read_header(buf)
            self._setup_roles(header)
            self.ncols = len(header)
            self.cols = {role: f"c{i}" for role, i in self.roles.items()}  # positional names
            yield from self._chunks(buf)
        finally:
            buf.raw.close()

    def _read_header(self, buf: _ByteBuf) -> list[str]:
        for _start, _end, fields in self._py_records(buf, stop=None, limit=1):
            if isinstance(fields, Exception) or not fields:
                raise InputError(f"the first line of {self.source} is not a header row; put the column names on line 1")
            return [_restore_cr(f).encode("utf-8", "surrogateescape").decode("utf-8", "replace") for f in fields]
        raise InputError(f"{self.source} is empty; remove it from the input")

    def _chunks(self, buf: _ByteBuf) -> Iterator[pl.DataFrame]:
        row = 1
        while True:
            buf.fill(CHUNK_BYTES)
            if buf.avail() == 0:
                return
            ends = _record_ends(buf.data, buf.rel, len(buf.data))
            if buf.eof:
                cut = len(buf.data)
                nrec = ends.size + (0 if ends.size and ends[-1] == cut - 1 else 1)
            elif ends.size:
                cut = int(ends[-1]) + 1
                nrec = ends.size
            elif buf.avail() < MAX_RECORD_BYTES:
                buf.grow()
                continue
            else:  # no record boundary within MAX_RECORD_BYTES: let the record parser report it
                row = yield from self._py_chunk(buf, buf.end, row)
                continue
            chunk = buf.data[buf.rel : cut]
            stray = _has_stray_quote(chunk, self.sep)
            df = None if stray else self._polars_chunk(chunk, nrec, ends - buf.rel, buf.pos, row)
            if df is None:  # structurally broken: record by record until back in step
                row = yield from self._py_chunk(buf, buf.base + cut, row)
                continue
            buf.pos = buf.base + cut
            row += nrec
            self.last_row = row - 1
            yield self._finish(df, drop_blank=True)

    def _csv_read(self, chunk: bytes, strict: bool) -> pl.DataFrame:
        return pl.read_csv(
            chunk,
            has_header=False,
            separator=self.sep,
            quote_char='"',
            # One more column than the header: with a column projection polars 2.1
            # silently drops the extra fields of a ragged row, so "c<ncols>" catches them.
            schema={f"c{i}": pl.String for i in range(self.ncols + 1)},
            columns=sorted({int(c[1:]) for c in self.cols.values()} | {self.ncols}),
            encoding="utf8" if strict else "utf8-lossy",
            missing_columns="insert",
            raise_if_empty=False,
        )

    def _polars_chunk(
        self, chunk: bytes, nrec: int, ends: np.ndarray, chunk_start: int, row: int
    ) -> pl.DataFrame | None:
        """Parse one chunk with polars; None if it is structurally broken (nothing recorded then)."""
        strict = self.opts.strict
        lossy = False
        try:
            df = self._csv_read(chunk, strict)
        except Exception:  # noqa: BLE001
            if not strict:
                return None
            try:  # invalid UTF-8?  Parse lossily, then find the rows it is in.
                df = self._csv_read(chunk, False)
            except Exception:  # noqa: BLE001
                return None
            lossy = True
        extra = df[f"c{self.ncols}"]
        if df.height != nrec or (extra.is_not_null() & (extra != "")).any():  # miscount, or too many fields
            return None
        df = df.with_row_index("row", offset=row).select(
            "row", *[pl.col(c).alias(role) for role, c in self.cols.items()]
        )
        if lossy:
            drop = self._invalid_rows(chunk, ends, chunk_start, row)
            if drop:
                df = df.filter(~pl.col("row").is_in(drop))
        return df

    def _invalid_rows(self, chunk: bytes, ends: np.ndarray, chunk_start: int, row: int) -> list[int]:
        """Rows of a chunk whose *used* fields hold invalid UTF-8: report them, return their numbers."""
        offsets = np.asarray(_invalid_utf8_offsets(chunk), dtype=np.int64)
        records = np.searchsorted(ends, offsets)  # record i ends at ends[i]
        bad_rows = []
        for rec in np.unique(records):  # per bad record only
            first = int(offsets[records == rec][0])
            start = int(ends[rec - 1]) + 1 if rec > 0 else 0
            stop = int(ends[rec]) + 1 if rec < ends.size else len(chunk)
            lines = chunk[start:stop].decode("utf-8", "surrogateescape").split("\n")
            lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
            try:
                reader = csv.reader(map(_protect_cr, lines), delimiter=self.sep, quotechar='"', strict=False)
                fields = next(reader, [])
            except csv.Error:  # polars could parse it, Python cannot: count every column as affected
                fields = [_CR.join(lines)] * (self.ncols + 1)
            bad = [
                self.names[self.roles[r]]
                for r in self.cols
                if self.roles[r] < len(fields) and _HAS_SURROGATE(fields[self.roles[r]])
            ]
            if bad:
                bad_rows.append(row + int(rec))
                self._utf8_error(row + int(rec), bad[0], chunk_start + first)
        return bad_rows

    def _py_records(self, buf: _ByteBuf, stop: int | None, limit: int | None = None):
        """Records parsed by Python's csv module from ``buf.pos`` (per-row Python: fallback only).

        Yields ``(start, end, fields)`` with absolute byte offsets; ``fields``
        is None for a record that could not be parsed (already skipped).
        Consumes ``buf`` as it goes; stops after the first record ending at or
        after ``stop`` (or at end of file, or after ``limit`` records).
        """
        state = {"q": buf.pos, "start": buf.pos}

        def lines():
            while True:
                rel = state["q"] - buf.base
                nl = buf.data.find(b"\n", rel)
                if nl < 0 and not buf.eof:
                    buf.fill(buf.end - buf.pos + CHUNK_BYTES)
                    continue
                if nl < 0:
                    if rel >= len(buf.data):
                        return
                    nl = len(buf.data) - 1
                line = buf.data[rel : nl + 1]
                state["q"] = buf.base + nl + 1
                if state["q"] - state["start"] > MAX_RECORD_BYTES:
                    raise _TooLong
                yield _protect_cr(line.decode("utf-8", "surrogateescape"))

        reader = csv.reader(lines(), delimiter=self.sep, quotechar='"', strict=False)
        n = 0
        while True:
            state["start"] = state["q"] = buf.pos
            try:
                fields = next(reader)
            except StopIteration:
                return
            except (_TooLong, csv.Error) as exc:
                # Skip to the end of the record's first line and start a fresh parser there.
                rel = buf.rel
                nl = buf.data.find(b"\n", rel)
                end = buf.base + nl + 1 if 0 <= nl < rel + MAX_RECORD_BYTES else state["q"]
                start, buf.pos = buf.pos, end
                yield start, end, exc
                reader = csv.reader(lines(), delimiter=self.sep, quotechar='"', strict=False)
            else:
                start, buf.pos = buf.pos, state["q"]
                yield start, buf.pos, fields  # the record's bytes stay in buf.data until the next fill
            n += 1
            if (stop is not None and buf.pos >= stop) or (limit is not None and n >= limit):
                return

    def _py_chunk(self, buf: _ByteBuf, stop: int, row: int):
        """Record-by-record fallback up to the first record boundary at/after ``stop``; returns the next row."""
        strict = self.opts.strict
        used = list(self.cols.items())  # role → "c<i>"
        idx = [self.roles[r] for r, _ in used]
        out: dict[str, list] = {"row": [], **{r: [] for r, _ in used}}
        for start, end, fields in self._py_records(buf, stop):
            if isinstance(fields, Exception):
                what = (
                    f"record longer than {_size(MAX_RECORD_BYTES)} starting at byte {start}{self.offset_note} "
                    "(a quote that is never closed?); skipped to the next line"
                    if isinstance(fields, _TooLong)
                    else f"malformed {self.item.kind.upper()} row at byte {start}{self.offset_note} "
                    f"({_csv_problem(fields)}); skipped to the next line"
                )
                self._error(row, None, what)
            elif not fields:
                pass  # blank line
            elif len(fields) > self.ncols and fields[self.ncols]:  # (trailing empty fields are harmless)
                self._error(
                    row,
                    None,
                    f"malformed {self.item.kind.upper()} row: {len(fields)} fields where the header has {self.ncols} "
                    f"(byte {start}{self.offset_note}; an unquoted separator or quote?); skipped",
                )
            else:
                values = [_restore_cr(fields[i]) if i < len(fields) and fields[i] != "" else None for i in idx]
                bad = [k for k, v in enumerate(values) if v is not None and _HAS_SURROGATE(v)]
                if bad and strict:
                    raw = buf.data[start - buf.base : end - buf.base]
                    first = _invalid_utf8_offsets(raw)[0]
                    self._utf8_error(row, self.names[idx[bad[0]]], start + first)
                else:
                    for k in bad:
                        values[k] = values[k].encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                    out["row"].append(row)
                    for (role, _), v in zip(used, values, strict=True):
                        out[role].append(v)
            self.last_row = row
            row += 1
        if out["row"]:
            df = pl.DataFrame(out, schema={"row": pl.Int64, **{r: pl.String for r, _ in used}})
            yield self._finish(df, drop_blank=True)
        return row

    # -- JSON lines ----------------------------------------------------------

    def _read_jsonl(self) -> Iterator[pl.DataFrame]:
        buf = self._open()
        try:
            self._start(buf)
            if buf.data[buf.rel :].lstrip()[:1] == b"[":
                yield from self._read_json_array(buf)
                return
            buf.fill(CHUNK_BYTES)
            while not buf.eof and buf.data.find(b"\n", buf.rel) < 0 and buf.avail() < MAX_RECORD_BYTES:
                buf.grow()  # the first line must be whole to read its keys
            keys = self._json_keys(buf)
            if keys is None:
                raise InputError(
                    f"no JSON object on the first lines of {self.source}; "
                    "write one JSON object per line (JSON lines) or one array of objects"
                )
            self._setup_roles(keys, what="keys")
            self.keys = {role: keys[i] for role, i in self.roles.items()}
            schema = {k: pl.String for k in dict.fromkeys(self.keys.values())}
            line_no = 1
            while True:
                buf.fill(CHUNK_BYTES)
                if buf.avail() == 0:
                    return
                if buf.eof:
                    cut = len(buf.data)
                else:
                    nl = buf.data.rfind(b"\n", buf.rel)
                    if nl < 0:
                        if buf.avail() < MAX_RECORD_BYTES:
                            buf.grow()
                            continue
                        line_no = self._skip_long_line(buf, line_no)
                        continue
                    cut = nl + 1
                chunk = buf.data[buf.rel : cut]
                start = buf.pos
                buf.pos = buf.base + cut
                nlines = chunk.count(b"\n") + (0 if chunk.endswith(b"\n") else 1)
                df = self._ndjson_chunk(chunk, schema, nlines, line_no)
                if df is None:
                    df = self._json_lines(chunk, start, line_no)
                line_no += nlines
                self.last_row = line_no - 1
                yield self._finish(df, drop_blank=False)
        finally:
            buf.raw.close()

    def _json_keys(self, buf: _ByteBuf) -> list[str] | None:
        """Keys of the objects on the first 200 non-blank lines (per-line Python, bounded).

        None if none of those lines holds a JSON object.
        """
        keys: dict[str, None] = {}
        objects = 0
        pos, seen = buf.rel, 0
        data = buf.data
        while seen < 200 and pos < len(data):
            nl = data.find(b"\n", pos)
            nl = len(data) if nl < 0 else nl
            line = data[pos:nl]
            pos = nl + 1
            if not line.strip():
                continue
            seen += 1
            try:
                obj = json.loads(line.decode("utf-8", "replace"))
            except ValueError:
                continue
            if isinstance(obj, dict):
                objects += 1
                keys.update(dict.fromkeys(obj))
        return list(keys) if objects else None

    def _ndjson_chunk(self, chunk: bytes, schema: dict, nlines: int, line_no: int) -> pl.DataFrame | None:
        try:
            df = pl.read_ndjson(chunk, schema=schema)
        except Exception:  # noqa: BLE001
            if self.opts.strict:
                return None
            try:  # encoding_errors="replace": repair the bytes once, C-level
                df = pl.read_ndjson(chunk.decode("utf-8", "replace").encode("utf-8"), schema=schema)
            except Exception:  # noqa: BLE001
                return None
        if df.height == nlines:
            rows = pl.int_range(line_no, line_no + nlines, dtype=pl.Int64, eager=True)
        else:  # polars skips blank lines: number the others (per-line Python, rare)
            numbers = [line_no + i for i, line in enumerate(chunk.split(b"\n")) if line.strip()]
            if len(numbers) != df.height:
                return None
            rows = pl.Series(numbers, dtype=pl.Int64)
        return df.select(row=rows, **{role: pl.col(key) for role, key in self.keys.items()})

    def _json_lines(self, chunk: bytes, start: int, line_no: int) -> pl.DataFrame:
        """Line-by-line fallback for a chunk polars rejected (per-row Python, that chunk only)."""
        strict = self.opts.strict
        out: dict[str, list] = {"row": [], **{r: [] for r in self.keys}}
        offset = start
        for i, line in enumerate(chunk.split(b"\n")):
            row, line_start = line_no + i, offset
            offset += len(line) + 1
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                if strict:
                    self._error(
                        row,
                        None,
                        f"invalid UTF-8 at byte {line_start + exc.start}{self.offset_note}; {_FIX_UTF8}",
                    )
                    continue
                text = line.decode("utf-8", "replace")
            try:
                obj = json.loads(text)
            except ValueError as exc:
                msg = getattr(exc, "msg", str(exc))
                col = getattr(exc, "colno", None)
                self._error(row, None, f"malformed JSON ({msg}{f' at column {col}' if col else ''}); skipped")
                continue
            if not isinstance(obj, dict):
                self._error(row, None, f"not a JSON object but {type(obj).__name__}; skipped")
                continue
            out["row"].append(row)
            for role, key in self.keys.items():
                out[role].append(_json_str(obj.get(key)))
        return pl.DataFrame(out, schema={"row": pl.Int64, **{r: pl.String for r in self.keys}})

    def _skip_long_line(self, buf: _ByteBuf, line_no: int) -> int:
        self._error(
            line_no, None, f"line longer than {_size(MAX_RECORD_BYTES)} at byte {buf.pos}{self.offset_note}; skipped"
        )
        while True:
            nl = buf.data.find(b"\n", buf.rel)
            if nl >= 0:
                buf.pos = buf.base + nl + 1
                return line_no + 1
            buf.pos = buf.end
            if buf.eof:
                return line_no + 1
            buf.fill(CHUNK_BYTES)

    def _read_json_array(self, buf: _ByteBuf) -> Iterator[pl.DataFrame]:
        """A .json file holding one array of objects: read whole (not streamed)."""
        while not buf.eof:
            buf.grow()
        data = buf.data[buf.rel :]
        try:
            items = json.loads(data.decode("utf-8", "strict" if self.opts.strict else "replace"))
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{self.source}: invalid UTF-8 at byte {exc.start}{self.offset_note}; {_FIX_UTF8}"
            ) from exc
        except ValueError as exc:
            raise InputError(
                f"{self.source} is not valid JSON ({exc}); write one JSON object per line (.jsonl)"
            ) from exc
        if not isinstance(items, list):
            raise InputError(
                f"{self.source} holds one JSON {type(items).__name__}, not objects one per line or an array of them"
            )
        keys: dict[str, None] = {}
        for obj in items:
            if isinstance(obj, dict):
                keys.update(dict.fromkeys(obj))
        self._setup_roles(list(keys), what="keys")
        names = {role: list(keys)[i] for role, i in self.roles.items()}
        out: dict[str, list] = {"row": [], **{r: [] for r in names}}
        for i, obj in enumerate(items, start=1):
            if not isinstance(obj, dict):
                self._error(i, None, f"array item {i} is not a JSON object but {type(obj).__name__}; skipped")
                continue
            out["row"].append(i)
            for role, key in names.items():
                out[role].append(_json_str(obj.get(key)))
        df = pl.DataFrame(out, schema={"row": pl.Int64, **{r: pl.String for r in names}})
        for start in range(0, max(df.height, 1), self.opts.batch_size):
            yield self._finish(df.slice(start, self.opts.batch_size), drop_blank=False)

    # -- Parquet -------------------------------------------------------------

    def _read_parquet(self) -> Iterator[pl.DataFrame]:
        """Parquet in row slices, each one ``collect()`` of a sliced ``scan_parquet``.

        Slices rather than ``collect_batches()``: a slice either reads whole or
        fails whole (then only its rows are reported), and polars reads only
        the row groups/pages a slice needs, so memory stays at one slice.
        """
        try:
            schema = pl.read_parquet_schema(self.path)
            total = pl.scan_parquet(self.path, glob=False).select(pl.len()).collect().item()
        except Exception as exc:  # noqa: BLE001
            raise InputError(f"cannot read {self.source} as Parquet ({_describe(exc)}); is it a Parquet file?") from exc
        self._setup_roles(list(schema))
        exprs = []
        for role, i in self.roles.items():
            name, dtype = self.names[i], schema[self.names[i]]
            if dtype.is_nested():
                if role == "text":
                    raise InputError(
                        f"text column {name!r} in {self.source} holds {dtype}, not text; pick another with --text-col"
                    )
                continue  # an unusable optional column counts as absent
            exprs.append(pl.col(name).cast(pl.String).alias(role))
        lf = pl.scan_parquet(self.path, glob=False).select(exprs)
        step = max(self.opts.batch_size, PARQUET_SLICE_ROWS)
        for first in range(0, total, step):
            yield from self._parquet_slice(lf, first, min(step, total - first))

    def _parquet_slice(self, lf: pl.LazyFrame, first: int, n: int) -> Iterator[pl.DataFrame]:
        """Rows ``first + 1 … first + n``; a slice that fails is halved down to 1000 rows to narrow the loss."""
        try:
            df = lf.slice(first, n).collect()
            if df.height != n:
                raise ValueError(f"expected {n} rows, got {df.height}")
        except Exception as exc:  # noqa: BLE001 - a damaged page loses its rows only
            if n > 1000:
                half = n // 2
                yield from self._parquet_slice(lf, first, half)
                yield from self._parquet_slice(lf, first + half, n - half)
                return
            self._error(
                first + 1, None, f"rows {first + 1} to {first + n} could not be read ({_describe(exc)}); skipped"
            )
            self.last_row = first + n
            return
        yield self._finish(df.with_row_index("row", offset=first + 1), drop_blank=False)


# Python's csv module rejects a bare carriage return in an unquoted field; polars
# keeps it as a character.  The fallback parser hides it behind a code point
# that decoding never produces (surrogateescape only makes U+DC80-U+DCFF).
_CR = "\ud800"


def _protect_cr(line: str) -> str:
    if "\r" not in line:
        return line
    for end in ("\r\n", "\n", "\r"):
        if line.endswith(end):
            return line[: -len(end)].replace("\r", _CR) + end
    return line.replace("\r", _CR)


def _restore_cr(field: str) -> str:
    return field.replace(_CR, "\r") if _CR in field else field


def _size(n: int) -> str:
    return f"{n >> 20} MB" if n >= 1 << 20 else f"{n} bytes"


def _csv_problem(exc: Exception) -> str:
    text = str(exc)
    if "new-line character" in text:
        return "a carriage return inside an unquoted field"
    return text


def _stem(path: Path) -> str:
    name = path.name
    for suffix in reversed(path.suffixes):
        if name.lower().endswith(suffix.lower()) and suffix.lower() in (".gz", *_TABLE_EXT):
            name = name[: -len(suffix)]
        else:
            break
    return name


def _json_str(value: Any) -> str | None:
    """A JSON value as a column string, as polars renders it (strings as is, others as JSON)."""
    if value is None or isinstance(value, str):
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:  # lone surrogate from a "\udXXX" escape
                value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        return value
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------- duplicate ids


@dataclass
class _SeenIds:
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

    def dedupe(self, batch: pl.DataFrame, errors: list[dict]) -> pl.DataFrame:
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
            errors.append(
                {
                    "source": sources[i],
                    "row": row,
                    "doc_id": new,
                    "stage": "read",
                    "message": f"warning: {where}: duplicate doc_id {old!r}; document kept as {new!r}",
                }
            )
        return batch.with_columns(doc_id=pl.Series(new_ids, dtype=pl.String))
