"""The one renderer of rows for every command: table (aligned, for the terminal), markdown, latex (booktabs), csv,
tsv, json, jsonl, and parquet files; ``comments stats``, ``comments segment --format table``, ``--explain`` and the
``comments evaluate`` report all draw their tables here.

Data goes to stdout or to the file named by ``-o``; messages go to stderr.
"""

from __future__ import annotations

import io
import os
import json
import sys
from pathlib import Path
from typing import IO

import polars as pl

from comments.errors import UsageError

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "parquet", "markdown", "latex")
TEXT_TABLES = ("table", "markdown", "latex")
BINARY = {"parquet"}
NULL = "–"  # an empty cell (``--`` in LaTeX)
KEY_COLUMNS = ("site", "doc_id", "comment_id", "line_no")  # leading ones are repeated in every block of a table


def _json_default(value):
    return str(value)


def render(df: pl.DataFrame, fmt: str, *, max_rows: int | None = None, width: int | None = None,
           keys: int | None = None, max_chars: int | None = None, decimals: int | None = None) -> str:
    """``df`` as text in ``fmt`` (any format but parquet).

    The text tables (``table``, ``markdown``, ``latex``) right-align numbers, print floats with 3 decimals when a
    column holds shares (all in [0, 1]) and 2 otherwise (``decimals`` fixes them), integers with thousands
    separators, and null as an en dash.  ``table`` is split into blocks of columns to fit ``width`` characters,
    each block repeating the ``keys`` first columns (default: the leading ``KEY_COLUMNS``);
    ``max_chars`` shortens longer cells with "…"; ``max_rows`` shows the first rows only.
    """
    if max_rows is not None:
        df = df.head(max_rows)
    if fmt in TEXT_TABLES:
        return text_table(df, fmt, width=width, keys=keys, max_chars=max_chars, decimals=decimals)
    if fmt in ("csv", "tsv"):
        flat = _flatten(df)
        return flat.write_csv(separator="," if fmt == "csv" else "\t")
    if fmt == "json":
        return json.dumps(df.to_dicts(), ensure_ascii=False, indent=1, default=_json_default) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, default=_json_default) + "\n" for r in df.to_dicts())
    raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


# --------------------------------------------------------------------------------------------- text tables


def _decimals(column: pl.Series) -> int:
    """3 decimals for a float column of shares (all values in [0, 1]), else 2."""
    if not column.dtype.is_float():
        return 0
    values = column.drop_nulls().drop_nans()
    return 3 if values.len() == 0 or (values.min() >= 0 and values.max() <= 1) else 2


def _cell(value, dtype: pl.DataType, fmt: str, decimals: int = 3, max_chars: int | None = None) -> str:
    if value is None:
        return "--" if fmt == "latex" else NULL
    if dtype.is_float():
        return f"{value:,.{decimals}f}".replace(",", "{,}" if fmt == "latex" else ",")
    if dtype.is_integer():
        return f"{value:,}".replace(",", "{,}") if fmt == "latex" else f"{value:,}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict, pl.Series)):
        value = json.dumps(value.to_list() if isinstance(value, pl.Series) else value, ensure_ascii=False,
                           default=_json_default)
    text = str(value)
    if fmt != "latex":
        text = text.replace("\r", " ").replace("\n", " ")  # one row, one line
    if max_chars is not None and len(text) > max_chars:
        text = text[: max_chars - 1] + "…"
    return text


_LATEX_ESCAPES = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "<": r"\textless{}",
    ">": r"\textgreater{}",
}


def _latex_escape(text: str) -> str:
    return "".join(_LATEX_ESCAPES.get(ch, ch) for ch in text)


def _pipe_table(header: list[str], rows: list[list[str]], numeric: list[bool], pad: bool) -> list[str]:
    if pad:
        widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    else:
        widths = [0] * len(header)

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(
            (c.rjust(w) if n else c.ljust(w)) for c, w, n in zip(cells, widths, numeric)
        ) + " |"

    rule = "|" + "|".join(("-" * (max(w, 3) + 1) + ":") if n else "-" * (max(w, 3) + 2)
                          for w, n in zip(widths, numeric)) + "|"
    return [line(header), rule, *(line(r) for r in rows)]


def text_table(df: pl.DataFrame, fmt: str = "table", *, width: int | None = None, keys: int | None = None,
               max_chars: int | None = None, decimals: int | None = None) -> str:
    """``df`` as ``table`` (aligned pipe table, split into blocks of columns wider than ``width``), ``markdown``
    (a GitHub pipe table, one block) or ``latex`` (a booktabs ``tabular``: needs ``\\usepackage{booktabs}``)."""
    if fmt not in TEXT_TABLES:
        raise UsageError(f"text tables are table, markdown or latex, not {fmt!r}")
    header = list(df.columns)
    numeric = [dtype.is_numeric() for dtype in df.dtypes]
    places = [decimals if decimals is not None and dt.is_float() else _decimals(df.get_column(c))
              for c, dt in zip(header, df.dtypes)]
    rows = [[_cell(v, dtype, fmt, d, max_chars) for v, dtype, d in zip(row, df.dtypes, places)]
            for row in df.iter_rows()]
    if fmt == "latex":
        spec = "".join("r" if n else "l" for n in numeric)
        body = [" & ".join(c if (n or c == "--") else _latex_escape(c) for c, n in zip(r, numeric)) + r" \\"
                for r in rows]
        return "\n".join([
            rf"\begin{{tabular}}{{{spec}}}", r"\toprule", " & ".join(_latex_escape(h) for h in header) + r" \\",
            r"\midrule", *body, r"\bottomrule", r"\end{tabular}",
        ]) + "\n"
    if fmt == "markdown":
        esc = [[c.replace("|", "\\|") for c in r] for r in rows]
        return "\n".join(_pipe_table(header, esc, numeric, pad=False)) + "\n"
    if keys is None:
        keys = next((k for k, c in enumerate(header) if c not in KEY_COLUMNS), len(header))
    cols = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    limit = width if width and width > 0 else 10**9
    blocks: list[list[int]] = []
    current: list[int] = list(range(keys))
    used = 1 + sum(cols[i] + 3 for i in current)
    for i in range(keys, len(header)):
        if len(current) > keys and used + cols[i] + 3 > limit:
            blocks.append(current)
            current, used = list(range(keys)), 1 + sum(cols[j] + 3 for j in range(keys))
        current.append(i)
        used += cols[i] + 3
    blocks.append(current)
    parts = []
    for block in blocks:
        parts.append("\n".join(_pipe_table(
            [header[i] for i in block], [[r[i] for i in block] for r in rows], [numeric[i] for i in block], pad=True,
        )))
    return "\n\n".join(parts) + "\n"


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


def check_output(out: str | Path | None, inputs=(), *, what: str = "output") -> None:
    """Refuse, before any work is done, an output file that cannot be written safely: one that is
    also an input (writing it would destroy the input before it is read), an existing directory,
    a file in a folder that does not exist or cannot be written."""
    if out in (None, "-"):
        return
    path = Path(out)
    if path.is_dir():
        raise UsageError(f"{what} {out} is a directory: give a file name")
    target = path.resolve()
    if not target.parent.is_dir():
        raise UsageError(f"{what} {out}: the folder {target.parent} does not exist")
    if not os.access(target.parent, os.W_OK):
        raise UsageError(f"{what} {out}: cannot write in {target.parent}")
    for given in inputs:
        if given in (None, "-"):
            continue
        source = Path(given).resolve()
        if source == target:
            raise UsageError(f"{what} {out} is also an input: writing it would destroy it before it is read; "
                             "choose another name")
        if source.is_dir() and source in target.parents and target.suffix.lower() == ".txt":
            raise UsageError(f"{what} {out} lies in the input folder {given}, where it would be read as a page; "
                             "write it elsewhere")


def _partial(out: str | Path) -> Path:
    """The temporary name a file is written under, beside its target, until it is complete."""
    path = Path(out)
    return path.with_name(f".{path.name}.part")


def write_atomic(out: str | Path, writer) -> None:
    """Call ``writer(temporary_path)`` and rename the result to ``out`` only when it returns:
    an interrupted write leaves no file at ``out`` (and no temporary one)."""
    tmp = _partial(out)
    try:
        writer(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write(df: pl.DataFrame, fmt: str, out: str | Path | None, *, max_rows: int | None = None,
          width: int | None = None, max_chars: int | None = None) -> None:
    """Write ``df`` in ``fmt`` to the file ``out``, or to stdout when ``out`` is None or '-' (the options of the
    text tables as for :func:`render`).  A file is written under a temporary name and renamed when complete."""
    if fmt == "parquet":
        if out in (None, "-"):
            buf = io.BytesIO()
            df.write_parquet(buf)
            sys.stdout.buffer.write(buf.getvalue())
            sys.stdout.buffer.flush()
        else:
            write_atomic(out, df.write_parquet)
        return
    text = render(df, fmt, max_rows=max_rows, width=width, max_chars=max_chars)
    if out in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(out, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


class StreamWriter:
    """Append batches of rows to one output (stdout or a file) in a streaming format.

    jsonl/csv/tsv are appended as they come; parquet batches go to part files that are
    merged into one file at ``close`` (polars streams the merge).  A file is written under a
    temporary name beside it and renamed only by ``close``; ``abort`` (an error, Ctrl-C)
    removes what was written, so no file that looks complete but is not is ever left.
    """

    def __init__(self, fmt: str, out: str | Path | None):
        self.fmt, self.out = fmt, out
        self._header_done = False
        self._parts: list[Path] = []
        self._fh: IO[str] | None = None
        if fmt == "parquet":
            if out in (None, "-"):
                raise UsageError("--format parquet needs a file: add -o FILE.parquet")
            self._tmpdir = Path(out).with_name(f".{Path(out).name}.parts")
            self._tmpdir.mkdir(parents=True, exist_ok=True)
        elif out not in (None, "-"):
            self._fh = open(_partial(out), "w", encoding="utf-8", newline="")

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
        """Finish the output: merge the parquet parts, rename the file into place."""
        if self.fmt == "parquet":
            if self._parts:
                write_atomic(self.out, lambda tmp: pl.scan_parquet(self._parts).sink_parquet(tmp))
            else:
                write_atomic(self.out, pl.DataFrame(schema=schema or {}).write_parquet)
            self._remove_parts()
        if self._fh is not None:
            self._fh.close()
            os.replace(_partial(self.out), self.out)
        else:
            sys.stdout.flush()

    def abort(self) -> None:
        """Drop what was written: the run did not finish."""
        if self.fmt == "parquet":
            self._remove_parts()
        if self._fh is not None:
            self._fh.close()
            _partial(self.out).unlink(missing_ok=True)

    def _remove_parts(self) -> None:
        for p in self._parts:
            p.unlink(missing_ok=True)
        self._parts = []
        if self._tmpdir.is_dir():
            for p in self._tmpdir.iterdir():
                p.unlink()
            self._tmpdir.rmdir()
