"""``.txt`` files: one document each, with the metadata.csv beside them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from comments.errors import InputError
from comments.readers.common import (
    BOM,
    CONVERT_HTML,
    FIX_UTF8,
    META_ROLES,
    ROLE_NAMES,
    STDIN,
    STDIN_SOURCE,
    ReadOptions,
    describe,
    fmt_columns,
    host,
    html_markup,
    nonblank,
    sniff,
)
from comments.readers.sink import ErrorSink
from comments.schema import INPUT_SCHEMA

class TextReader:
    """One document per .txt file; metadata.csv joined on doc_id (per-file Python, unavoidable)."""

    def __init__(self, files: list[Path], root: Path, opts: ReadOptions, sink: ErrorSink):
        self.opts = opts
        self.sink = sink
        self.files = files
        self.root = root
        self.meta_cache: dict[Path, dict[str, dict[str, str | None]] | None] = {}

    def read(self) -> Iterator[pl.DataFrame]:
        cols: dict[str, list] = {k: [] for k in ("doc_id", "text", "source", *META_ROLES)}
        for path in self.files:
            doc = self._document(path)
            if doc is None:
                continue
            for k, v in doc.items():
                cols[k].append(v)
            if len(cols["doc_id"]) >= self.opts.batch_size:
                yield self._frame(cols)
                cols = {k: [] for k in cols}
        if cols["doc_id"]:
            yield self._frame(cols)

    def _frame(self, cols: dict[str, list]) -> pl.DataFrame:
        df = pl.DataFrame(cols, schema={k: pl.String for k in cols})
        html = df.select(html_markup(pl.col("text"))).to_series()
        for r in df.filter(html).select("source", "doc_id").iter_rows():  # (the few HTML files, not every row)
            self.sink.add(r[0], None, r[1], f"{r[0]} is HTML markup, not text; {CONVERT_HTML}")
        df = df.filter(~html)
        df = df.with_columns(
            site=pl.coalesce(nonblank(pl.col("site")), host(pl.col("url"))),
            row=pl.lit(None, pl.Int64),
        )
        return df.select(list(INPUT_SCHEMA))

    def _document(self, path: Path) -> dict[str, str | None] | None:
        source, doc_id, sink = str(path), path.stem, self.sink
        if path == STDIN:
            source, doc_id = STDIN_SOURCE, "stdin"
        try:
            data = sys.stdin.buffer.read() if path == STDIN else path.read_bytes()
        except OSError as exc:
            sink.add(
                source, None, doc_id, f"cannot read {source}: {exc.strerror or exc}; check that it is a readable file"
            )
            return None
        try:
            sniff(data, source)
        except InputError as exc:
            sink.add(source, None, doc_id, str(exc))
            return None
        skip = len(BOM) if data.startswith(BOM) else 0
        try:
            text = data[skip:].decode("utf-8", "strict" if self.opts.strict else "replace")
        except UnicodeDecodeError as exc:
            sink.add(
                source,
                None,
                doc_id,
                f"{source}: invalid UTF-8 at byte {exc.start + skip}; {FIX_UTF8}",
            )
            return None
        if not text.strip():
            sink.add(source, None, doc_id, f"{source}: empty text")
            return None
        doc: dict[str, str | None] = {"doc_id": doc_id, "text": text, "source": source}
        doc.update(self._metadata(path.parent, doc_id) if path != STDIN else dict.fromkeys(META_ROLES))
        return doc

    def _metadata(self, folder: Path, doc_id: str) -> dict[str, str | None]:
        """Nearest metadata.csv (from ``folder`` up to the root) listing ``doc_id``."""
        while True:
            table = self._load_meta(folder)
            if table is not None and doc_id in table:
                return table[doc_id]
            if folder == self.root or folder == folder.parent or self.root not in folder.parents:
                return dict.fromkeys(META_ROLES)
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
                self.sink.add(
                    str(path),
                    None,
                    None,
                    f"cannot read {path} ({describe(exc)}); documents in {folder} get no metadata",
                )
                df = None
            if df is not None:
                lower = [c.strip().lower() for c in df.columns]
                key = next((df.columns[lower.index(n)] for n in ("doc_id", "id") if n in lower), None)
                if key is None:
                    self.sink.add(
                        str(path),
                        None,
                        None,
                        f"no doc_id column in {path} (columns: {fmt_columns(df.columns)}); "
                        "it is ignored - add a doc_id column",
                    )
                else:
                    exprs = {}
                    for role in META_ROLES:
                        name = next((df.columns[lower.index(n)] for n in ROLE_NAMES[role] if n in lower), None)
                        exprs[role] = pl.col(name) if name else pl.lit(None, pl.String)
                    df = df.select(doc_id=pl.col(key).str.strip_chars(), **exprs).unique(
                        "doc_id", keep="first", maintain_order=True
                    )
                    table = {r["doc_id"]: {k: r[k] for k in META_ROLES} for r in df.iter_rows(named=True)}
        self.meta_cache[folder] = table
        return table

