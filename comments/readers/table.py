"""What the table readers (CSV/TSV, JSON lines, Parquet) share: one input, its options, its error sink, the
columns found for each role, the error messages and the last step to INPUT_SCHEMA rows."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import polars as pl

from comments.errors import InputError
from comments.readers import limits
from comments.readers.buffers import ByteBuf, Gunzip, NotGzip
from comments.readers.common import (
    BOM,
    FIX_UTF8,
    Input,
    ReadOptions,
    describe,
    finish_frame,
    pick_columns,
    sniff,
    stem_of,
)
from comments.readers.sink import ErrorSink

class TableReader:
    """One table input.  A subclass per format implements ``read()``: INPUT_SCHEMA pieces, with what it cannot
    read recorded in ``sink`` (never raised, except an :class:`InputError` for an input unusable as a whole)."""

    def __init__(self, item: Input, opts: ReadOptions, sink: ErrorSink):
        self.item = item
        self.opts = opts
        self.sink = sink
        self.path = item.path
        self.source = str(item.path)
        self.stem = stem_of(item.path)
        self.last_row = 0  # last data row handled (for "reading failed after row N")
        self.offset_note = " of the decompressed data" if item.gz else ""
        # the columns (or JSON keys) of the input and the one each role uses: set by _setup_roles
        self.names: list[str] = []
        self.roles: dict[str, int] = {}
        self.text_name = ""

    def read(self) -> Iterator[pl.DataFrame]:
        raise NotImplementedError

    # -- helpers -------------------------------------------------------------

    def _open(self) -> ByteBuf:
        try:
            raw = Gunzip(self.path) if self.item.gz else open(self.path, "rb")  # noqa: SIM115
        except NotGzip:
            raise InputError(
                f"{self.source} is not gzip-compressed although its name ends in .gz; rename it without .gz"
            ) from None
        except OSError as exc:
            raise InputError(
                f"cannot read {self.source}: {exc.strerror or exc}; check that it is a readable file"
            ) from exc
        return ByteBuf(raw)

    def _start(self, buf: ByteBuf) -> None:
        """Sniff the first bytes; skip a UTF-8 BOM."""
        try:
            buf.fill(limits.SNIFF_BYTES)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(
                f"cannot read {self.source} ({describe(exc)}); "
                f"is it really {'gzip-compressed ' if self.item.gz else ''}{self.item.kind.upper()}?"
            ) from exc
        if buf.avail() == 0:
            raise InputError(f"{self.source} is empty; remove it from the input")
        sniff(buf.data, self.source)
        if buf.data.startswith(BOM):
            buf.pos += len(BOM)

    def _error(self, row: int | None, doc_id: str | None, what: str) -> None:
        where = f"{self.source} row {row}" if row is not None else self.source
        self.sink.add(self.source, row, doc_id, f"{where}: {what}")

    def _utf8_error(self, row: int, column: str, offset: int) -> None:
        self._error(
            row,
            None,
            f"invalid UTF-8 in column {column!r} at byte {offset}{self.offset_note}; {FIX_UTF8}",
        )

    def _finish(self, df: pl.DataFrame, *, drop_blank: bool) -> pl.DataFrame:
        if df.height:
            self.last_row = max(self.last_row, int(df["row"].max()))
        return finish_frame(self.sink, df, self.source, self.stem, text_name=self.text_name, drop_blank=drop_blank)

    def _setup_roles(self, names: list[str], what: str = "columns") -> None:
        self.names = names
        self.roles = pick_columns(names, self.source, self.opts.overrides, what)
        self.text_name = names[self.roles["text"]]

