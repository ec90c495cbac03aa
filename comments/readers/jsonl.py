"""JSON lines (``.jsonl``, ``.ndjson``, ``.json``), streamed in chunks cut at newlines; a ``.json`` file holding
one array of objects is read whole."""

from __future__ import annotations

import json
from collections.abc import Iterator

import polars as pl

from comments.errors import InputError
from comments.readers import limits
from comments.readers.buffers import ByteBuf
from comments.readers.common import FIX_UTF8, json_str, size_text
from comments.readers.table import TableReader

class JsonReader(TableReader):
    """JSON lines, or one JSON array of objects."""

    def __init__(self, item, opts, sink):
        super().__init__(item, opts, sink)
        self.keys: dict[str, str] = {}  # role -> JSON key

    def read(self) -> Iterator[pl.DataFrame]:
        buf = self._open()
        try:
            self._start(buf)
            if buf.data[buf.rel :].lstrip()[:1] == b"[":
                yield from self._read_json_array(buf)
                return
            buf.fill(limits.CHUNK_BYTES)
            while not buf.eof and buf.data.find(b"\n", buf.rel) < 0 and buf.avail() < limits.MAX_RECORD_BYTES:
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
                buf.fill(limits.CHUNK_BYTES)
                if buf.avail() == 0:
                    return
                if buf.eof:
                    cut = len(buf.data)
                else:
                    nl = buf.data.rfind(b"\n", buf.rel)
                    if nl < 0:
                        if buf.avail() < limits.MAX_RECORD_BYTES:
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

    def _json_keys(self, buf: ByteBuf) -> list[str] | None:
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
                        f"invalid UTF-8 at byte {line_start + exc.start}{self.offset_note}; {FIX_UTF8}",
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
                out[role].append(json_str(obj.get(key)))
        return pl.DataFrame(out, schema={"row": pl.Int64, **{r: pl.String for r in self.keys}})

    def _skip_long_line(self, buf: ByteBuf, line_no: int) -> int:
        self._error(
            line_no, None,
            f"line longer than {size_text(limits.MAX_RECORD_BYTES)} at byte {buf.pos}{self.offset_note}; skipped",
        )
        while True:
            nl = buf.data.find(b"\n", buf.rel)
            if nl >= 0:
                buf.pos = buf.base + nl + 1
                return line_no + 1
            buf.pos = buf.end
            if buf.eof:
                return line_no + 1
            buf.fill(limits.CHUNK_BYTES)

    def _read_json_array(self, buf: ByteBuf) -> Iterator[pl.DataFrame]:
        """A .json file holding one array of objects: read whole (not streamed)."""
        while not buf.eof:
            buf.grow()
        data = buf.data[buf.rel :]
        try:
            items = json.loads(data.decode("utf-8", "strict" if self.opts.strict else "replace"))
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{self.source}: invalid UTF-8 at byte {exc.start}{self.offset_note}; {FIX_UTF8}"
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
                out[role].append(json_str(obj.get(key)))
        df = pl.DataFrame(out, schema={"row": pl.Int64, **{r: pl.String for r in names}})
        for start in range(0, max(df.height, 1), self.opts.batch_size):
            yield self._finish(df.slice(start, self.opts.batch_size), drop_blank=False)
