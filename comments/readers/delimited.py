"""CSV and TSV, streamed in byte chunks cut at record boundaries (see ``comments.readers``, Streaming)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

import numpy as np
import polars as pl

from comments.errors import InputError
from comments.readers import limits
from comments.readers.buffers import ByteBuf
from comments.readers.common import (
    CR,
    HAS_SURROGATE,
    csv_problem,
    invalid_utf8_offsets,
    protect_cr,
    restore_cr,
    size_text,
)
from comments.readers.table import TableReader

def record_ends(data: bytes, start: int, stop: int) -> np.ndarray:
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


def has_stray_quote(chunk: bytes, sep: str) -> bool:
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


def _id_shape(ids: pl.Series) -> str | None:
    """A regex for ids like these (nine in ten of them): digits; hex strings of one length (hashes);
    or one skeleton of letters and digits ("d0000014": a lower-case letter and seven digits).
    None when the ids have no shape (titles, URLs): then rows cannot be recognised in a text."""
    if ids.str.contains(r"^\d{1,18}$").mean() >= 0.9:
        return r"\d{1,18}"
    lengths = ids.str.len_chars()
    if ids.str.contains(r"^[0-9a-fA-F]{8,64}$").mean() >= 0.9 and lengths.n_unique() == 1:
        return f"[0-9a-fA-F]{{{lengths[0]}}}"
    skeleton = (
        ids.str.replace_all(r"\d", "9").str.replace_all(r"[a-z]", "a").str.replace_all(r"[A-Z]", "A")
    )
    common = skeleton.mode().sort()[0]
    if (skeleton == common).mean() < 0.9 or len(common) > 64 or not common.strip("9aA"):
        return None
    classes = {"9": r"\d", "a": "[a-z]", "A": "[A-Z]"}
    return "".join(classes.get(c, re.escape(c)) for c in common)


class TooLong(Exception):
    pass



class DelimitedReader(TableReader):
    """CSV (``,``) or TSV (tab), ``"`` quoting as RFC 4180."""

    def __init__(self, item, opts, sink):
        super().__init__(item, opts, sink)
        self.sep = "," if item.kind == "csv" else "\t"
        self.ncols = 0  # fields in the header
        self.cols: dict[str, str] = {}  # role -> positional column name "c<i>"

    def read(self) -> Iterator[pl.DataFrame]:
        """CSV/TSV in byte chunks cut at record boundaries, each parsed by ``pl.read_csv``."""
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

    def _read_header(self, buf: ByteBuf) -> list[str]:
        for _start, _end, fields in self._py_records(buf, stop=None, limit=1):
            if isinstance(fields, Exception) or not fields:
                raise InputError(f"the first line of {self.source} is not a header row; put the column names on line 1")
            return [restore_cr(f).encode("utf-8", "surrogateescape").decode("utf-8", "replace") for f in fields]
        raise InputError(f"{self.source} is empty; remove it from the input")

    def _chunks(self, buf: ByteBuf) -> Iterator[pl.DataFrame]:
        row = 1
        while True:
            buf.fill(limits.CHUNK_BYTES)
            if buf.avail() == 0:
                return
            ends = record_ends(buf.data, buf.rel, len(buf.data))
            if buf.eof:
                cut = len(buf.data)
                nrec = ends.size + (0 if ends.size and ends[-1] == cut - 1 else 1)
            elif ends.size:
                cut = int(ends[-1]) + 1
                nrec = ends.size
            elif buf.avail() < limits.MAX_RECORD_BYTES:
                buf.grow()
                continue
            else:  # no record boundary within limits.MAX_RECORD_BYTES: let the record parser report it
                row = yield from self._py_chunk(buf, buf.end, row)
                continue
            chunk = buf.data[buf.rel : cut]
            stray = has_stray_quote(chunk, self.sep)
            df = None if stray else self._polars_chunk(chunk, nrec, ends - buf.rel, buf.pos, row)
            if df is None:  # structurally broken: record by record until back in step
                row = yield from self._py_chunk(buf, buf.base + cut, row)
                continue
            buf.pos = buf.base + cut
            row += nrec
            self.last_row = row - 1
            yield self._finish(df, drop_blank=True)

    def _finish(self, df: pl.DataFrame, *, drop_blank: bool) -> pl.DataFrame:
        return super()._finish(self._swallowing(df), drop_blank=drop_blank)

    def _swallowing(self, df: pl.DataFrame) -> pl.DataFrame:
        """Rows whose text swallowed the rows after it, reported and left out.

        A quote opened in a text field and closed only rows later (or never) makes one "document"
        of several rows, which RFC 4180 parsing cannot tell from a text with line breaks.  The
        sign: whole lines inside the text shaped like this file's rows — the id column's values
        (their shape in this batch: all digits, or a token of id characters) at its position, and
        as many separators as a row has, and (numeric ids) an id missing between this row's and the
        next row's ("10,000 people, and more" in a text is no row)."""
        if "id" not in df.columns or "text" not in df.columns or df.height < 2:
            return df
        ids = df["id"].drop_nulls()
        if ids.len() < 2:
            return df
        shape = _id_shape(ids)
        if shape is None:
            return df
        sep = re.escape(self.sep)
        pos = self.roles["id"]
        lead = f'(?:[^{sep}\\n"]*{sep}){{{pos}}}'  # the fields before the id column
        rest = f"(?:[^\\n]*?{sep}){{{max(self.ncols - 2 - pos, 0)}}}[^\\n]*"
        lines = (
            df.select("row", "id", _next=pl.col("id").shift(-1),
                      line=pl.col("text").str.extract_all(f"\\n{lead}{shape}{sep}{rest}"))
            .explode("line").drop_nulls("line")
            .with_columns(_line_id=pl.col("line").str.extract(f"^\\n{lead}({shape}){sep}", 1))
        )
        if shape == r"\d{1,18}":
            # the swallowed rows' ids are the ones missing between this row's and the next's
            as_int = {c: pl.col(c).cast(pl.Int64, strict=False) for c in ("id", "_next", "_line_id")}
            lines = lines.filter((as_int["_line_id"] > as_int["id"])
                                 & (as_int["_next"].is_null() | (as_int["_line_id"] < as_int["_next"])))

        bad = lines.group_by("row", "id", maintain_order=True).agg(n=pl.len(), first=pl.col("line").first())
        for r in bad.iter_rows(named=True):
            first = r["first"].lstrip("\n")[:60]
            self.sink.add(
                self.source, int(r["row"]), r["id"],
                f"its {self.text_name!r} field holds {r['n']} line(s) that look like rows of their own (the "
                f"first: {first!r}): a quote opened in this row is not closed where it should be; fix the "
                "quoting (this row and the rows it swallowed are not read)",
            )
        return df.filter(~pl.col("row").is_in(bad["row"].implode())) if bad.height else df

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
        offsets = np.asarray(invalid_utf8_offsets(chunk), dtype=np.int64)
        records = np.searchsorted(ends, offsets)  # record i ends at ends[i]
        bad_rows = []
        for rec in np.unique(records):  # per bad record only
            first = int(offsets[records == rec][0])
            start = int(ends[rec - 1]) + 1 if rec > 0 else 0
            stop = int(ends[rec]) + 1 if rec < ends.size else len(chunk)
            lines = chunk[start:stop].decode("utf-8", "surrogateescape").split("\n")
            lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
            try:
                reader = csv.reader(map(protect_cr, lines), delimiter=self.sep, quotechar='"', strict=False)
                fields = next(reader, [])
            except csv.Error:  # polars could parse it, Python cannot: count every column as affected
                fields = [CR.join(lines)] * (self.ncols + 1)
            bad = [
                self.names[self.roles[r]]
                for r in self.cols
                if self.roles[r] < len(fields) and HAS_SURROGATE(fields[self.roles[r]])
            ]
            if bad:
                bad_rows.append(row + int(rec))
                self._utf8_error(row + int(rec), bad[0], chunk_start + first)
        return bad_rows

    def _py_records(self, buf: ByteBuf, stop: int | None, limit: int | None = None):
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
                    buf.fill(buf.end - buf.pos + limits.CHUNK_BYTES)
                    continue
                if nl < 0:
                    if rel >= len(buf.data):
                        return
                    nl = len(buf.data) - 1
                line = buf.data[rel : nl + 1]
                state["q"] = buf.base + nl + 1
                if state["q"] - state["start"] > limits.MAX_RECORD_BYTES:
                    raise TooLong
                yield protect_cr(line.decode("utf-8", "surrogateescape"))

        reader = csv.reader(lines(), delimiter=self.sep, quotechar='"', strict=False)
        n = 0
        while True:
            state["start"] = state["q"] = buf.pos
            try:
                fields = next(reader)
            except StopIteration:
                return
            except (TooLong, csv.Error) as exc:
                # Skip to the end of the record's first line and start a fresh parser there.
                rel = buf.rel
                nl = buf.data.find(b"\n", rel)
                end = buf.base + nl + 1 if 0 <= nl < rel + limits.MAX_RECORD_BYTES else state["q"]
                start, buf.pos = buf.pos, end
                yield start, end, exc
                reader = csv.reader(lines(), delimiter=self.sep, quotechar='"', strict=False)
            else:
                start, buf.pos = buf.pos, state["q"]
                yield start, buf.pos, fields  # the record's bytes stay in buf.data until the next fill
            n += 1
            if (stop is not None and buf.pos >= stop) or (limit is not None and n >= limit):
                return

    def _py_chunk(self, buf: ByteBuf, stop: int, row: int):
        """Record-by-record fallback up to the first record boundary at/after ``stop``; returns the next row."""
        strict = self.opts.strict
        used = list(self.cols.items())  # role → "c<i>"
        idx = [self.roles[r] for r, _ in used]
        out: dict[str, list] = {"row": [], **{r: [] for r, _ in used}}
        for start, end, fields in self._py_records(buf, stop):
            if isinstance(fields, Exception):
                what = (
                    f"record longer than {size_text(limits.MAX_RECORD_BYTES)} starting at byte "
                    f"{start}{self.offset_note} "
                    "(a quote that is never closed?); skipped to the next line"
                    if isinstance(fields, TooLong)
                    else f"malformed {self.item.kind.upper()} row at byte {start}{self.offset_note} "
                    f"({csv_problem(fields)}); skipped to the next line"
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
                values = [restore_cr(fields[i]) if i < len(fields) and fields[i] != "" else None for i in idx]
                bad = [k for k, v in enumerate(values) if v is not None and HAS_SURROGATE(v)]
                if bad and strict:
                    raw = buf.data[start - buf.base : end - buf.base]
                    first = invalid_utf8_offsets(raw)[0]
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

