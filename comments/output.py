"""One renderer for every command that returns rows: table, csv, tsv, json, jsonl, parquet, markdown.

Data goes to stdout or to the file named by ``-o``; messages go to stderr.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import IO

import polars as pl

from comments.errors import UsageError

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "parquet", "markdown")
BINARY = {"parquet"}


def _json_default(value):
    return str(value)


def render(df: pl.DataFrame, fmt: str, *, max_rows: int | None = None) -> str:
    """``df`` as text in ``fmt`` (any format but parquet)."""
    if fmt == "table":
        with pl.Config(
            tbl_rows=max_rows if max_rows is not None else max(df.height, 1),
            tbl_cols=-1,
            tbl_width_chars=200,
            fmt_str_lengths=60,
            tbl_hide_dataframe_shape=True,
            tbl_hide_column_data_types=True,
            tbl_formatting="ASCII_MARKDOWN",
            float_precision=3,
        ):
            return str(df) + "\n"
    if fmt == "markdown":
        with pl.Config(
            tbl_rows=max(df.height, 1), tbl_cols=-1, tbl_formatting="ASCII_MARKDOWN",
            tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True, fmt_str_lengths=1000,
            tbl_width_chars=10_000, float_precision=3,
        ):
            return str(df) + "\n"
    if fmt in ("csv", "tsv"):
        flat = _flatten(df)
        return flat.write_csv(separator="," if fmt == "csv" else "\t")
    if fmt == "json":
        return json.dumps(df.to_dicts(), ensure_ascii=False, indent=1, default=_json_default) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, default=_json_default) + "\n" for r in df.to_dicts())
    raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _flatten(df: pl.DataFrame) -> pl.DataFrame:
    """CSV cannot hold lists or structs: write them as JSON text."""
    nested = [c for c, t in df.schema.items() if isinstance(t, (pl.List, pl.Struct, pl.Array))]
    if not nested:
        return df
    return df.with_columns(
        pl.col(c).map_elements(lambda v: json.dumps(v.to_list() if hasattr(v, "to_list") else v,
                                                    ensure_ascii=False, default=_json_default),
                               return_dtype=pl.String)
        for c in nested
    )


def write(df: pl.DataFrame, fmt: str, out: str | Path | None, *, max_rows: int | None = None) -> None:
    """Write ``df`` in ``fmt`` to the file ``out``, or to stdout when ``out`` is None or '-'."""
    if fmt == "parquet":
        if out in (None, "-"):
            buf = io.BytesIO()
            df.write_parquet(buf)
            sys.stdout.buffer.write(buf.getvalue())
            sys.stdout.buffer.flush()
        else:
            df.write_parquet(out)
        return
    text = render(df, fmt, max_rows=max_rows)
    if out in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(out).write_text(text, encoding="utf-8")


class StreamWriter:
    """Append batches of rows to one output (stdout or a file) in a streaming format.

    jsonl/csv/tsv are appended as they come; parquet batches go to part files that are
    merged into one file at ``close`` (polars streams the merge).
    """

    def __init__(self, fmt: str, out: str | Path | None):
        self.fmt, self.out = fmt, out
        self._header_done = False
        self._parts: list[Path] = []
        self._fh: IO[str] | None = None
        if fmt == "parquet":
            if out in (None, "-"):
                raise UsageError("--format parquet needs a file: add -o FILE.parquet")
            self._tmpdir = Path(str(out) + ".parts")
            self._tmpdir.mkdir(parents=True, exist_ok=True)
        elif out not in (None, "-"):
            self._fh = open(out, "w", encoding="utf-8", newline="")

    def _stream(self) -> IO[str]:
        return self._fh if self._fh is not None else sys.stdout

    def write_text(self, text: str) -> None:
        self._stream().write(text)

    def write(self, df: pl.DataFrame) -> None:
        if self.fmt == "parquet":
            part = self._tmpdir / f"part-{len(self._parts):06d}.parquet"
            df.write_parquet(part)
            self._parts.append(part)
        elif self.fmt in ("csv", "tsv"):
            flat = _flatten(df)
            self._stream().write(
                flat.write_csv(separator="," if self.fmt == "csv" else "\t", include_header=not self._header_done)
            )
            self._header_done = True
        elif self.fmt == "jsonl":
            self._stream().write(render(df, "jsonl"))
        else:
            raise UsageError(f"format {self.fmt!r} cannot be streamed; use jsonl, csv, tsv or parquet")

    def close(self, schema: dict | None = None) -> None:
        if self.fmt == "parquet":
            if self._parts:
                pl.scan_parquet(self._parts).sink_parquet(self.out)
            else:
                pl.DataFrame(schema=schema or {}).write_parquet(self.out)
            for p in self._parts:
                p.unlink()
            self._tmpdir.rmdir()
        if self._fh is not None:
            self._fh.close()
        else:
            sys.stdout.flush()
