"""What the readers share: the input kinds and how a path is resolved to one, the column roles, the checks for
text, the last step from raw columns to INPUT_SCHEMA rows, and small helpers."""

from __future__ import annotations

import codecs
import csv
import json
import os
import sys
import re
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from comments.errors import InputError
from comments.readers import limits
from comments.readers.sink import ErrorSink

TEXT_EXT = {".txt"}
TABLE_EXT = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
FIX_UTF8 = "fix the file or rerun with --encoding-errors replace"
# Pages as HTML: the segmenter reads what a converter makes of them, not the markup.
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
CONVERT_HTML = ("convert it to text first (w3m -dump page.html > page.txt, html2text, or inscriptis: "
                "README, Inputs) and pass the .txt")
#: Text that opens as an HTML document ("<!DOCTYPE html", "<html …>", "<body …>") is markup, not a
#: page's text; so is text with HTML_TAGS tags in its first HTML_HEAD characters (converted WCXB pages,
#: code tutorials among them, hold at most 18 there).
HTML_OPENING = r"(?i)^\s*(?:<!doctype\s+html|<(?:html|head|body)[\s>])"
HTML_TAG = r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>"
HTML_TAGS = 40
HTML_HEAD = 2000


def html_markup(text: pl.Expr) -> pl.Expr:
    """Whether a text is HTML markup rather than a page's text (see HTML_OPENING)."""
    head = text.str.slice(0, HTML_HEAD)
    return head.str.contains(HTML_OPENING) | (head.str.count_matches(HTML_TAG) >= HTML_TAGS)
KNOWN = ".txt, .csv, .tsv, .jsonl, .ndjson, .json, .parquet (and .csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz, .json.gz)"

#: Column roles and the names that fill them, in order of preference.
ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body"),
    "id": ("id", "doc_id"),
    "site": ("site", "domain"),
    "url": ("url",),
    "title": ("title",),
    "published": ("published", "date", "published_at"),
}
OPTION = {"text": "--text-col", "id": "--id-col", "site": "--site-col"}
META_ROLES = ("site", "url", "title", "published")

BOM = codecs.BOM_UTF8
CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"
HAS_SURROGATE = re.compile("[\udc80-\udcff]").search
HOST_RE = r"^\s*(?:[A-Za-z][A-Za-z0-9+.\-]*:)?(?://)?(?:[^@/?#\s]*@)?([^:/?#\s@]+\.[^:/?#\s@]+)"

csv.field_size_limit(2**31 - 1)  # our own guard, limits.MAX_RECORD_BYTES, applies instead

# Collects the offsets of undecodable bytes: bytes.decode(errors=_RECORD_ERRORS).
_bad_bytes = threading.local()


def _record_bad_byte(exc: UnicodeError) -> tuple[str, int]:
    _bad_bytes.offsets.append(exc.start)  # type: ignore[attr-defined]
    return "\ufffd", exc.end  # type: ignore[attr-defined]


_RECORD_ERRORS = "comments.readers.record"
codecs.register_error(_RECORD_ERRORS, _record_bad_byte)


def invalid_utf8_offsets(data: bytes) -> list[int]:
    """Offsets of the invalid UTF-8 sequences in ``data`` (one C-level decode)."""
    _bad_bytes.offsets = []
    data.decode("utf-8", _RECORD_ERRORS)
    return _bad_bytes.offsets


# ------------------------------------------------------------------ inputs


@dataclass
class ReadOptions:
    overrides: dict[str, str | None]
    batch_size: int
    strict: bool
    limit: int | None = None  # the first documents only
    sample: int | None = None  # a random sample of the documents (``seed``)
    seed: int = 0


@dataclass
class Input:
    kind: str  # "dir", "txt", "csv", "tsv", "jsonl", "parquet"
    path: Path
    gz: bool = False


#: The path ``-``: standard input, read as one plain-text document (doc_id ``stdin``).
STDIN = Path("-")
STDIN_SOURCE = "<stdin>"


def resolve(path: Path) -> Input:
    if path == STDIN:
        return Input("txt", STDIN)
    if not path.exists():
        raise InputError(f"{path} does not exist (relative paths start at {Path.cwd()}); check the path")
    if path.is_dir():
        return Input("dir", path)
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    ext = suffixes[-2] if gz and len(suffixes) > 1 else (suffixes[-1] if suffixes and not gz else "")
    if ext in TEXT_EXT and not gz:
        return Input("txt", path)
    if ext in TABLE_EXT and not (gz and TABLE_EXT[ext] == "parquet"):
        return Input(TABLE_EXT[ext], path, gz)
    if ext in HTML_EXT:
        raise InputError(f"{path} is HTML; {CONVERT_HTML}")
    raise InputError(
        f"cannot tell the format of {path} from its name (readable: {KNOWN}); convert it to one of these or rename it"
    )


_WARNED: set[Path] = set()  # paths already warned about (the listing is made more than once)


def _special(path: Path) -> bool:
    """A FIFO, socket or device (a dangling link is not: reading it gives an error row)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode)


def txt_files(root: Path) -> list[Path]:
    """The ``.txt`` files under ``root`` (hidden ones aside), in path order.  A FIFO, socket or
    device named ``*.txt`` is skipped with a warning on stderr: reading it could block forever."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.lower().endswith(".txt") and not name.startswith("."):
                path = Path(dirpath, name)
                if _special(path):
                    if path not in _WARNED:
                        _WARNED.add(path)
                        print(f"warning: {path} is not a regular file (a FIFO or a device?): skipped", file=sys.stderr)
                    continue
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


def fmt_columns(names: list[str]) -> str:
    shown = [repr(n) if (n == "" or n != n.strip() or "," in n) else n for n in names[:30]]
    return ", ".join(shown) + (f", … ({len(names)} in all)" if len(names) > 30 else "")


def pick_columns(
    names: list[str], source: str, overrides: dict[str, str | None], what: str = "columns"
) -> dict[str, int]:
    """Role → index into ``names``; InputError if there is no text column."""
    lower = [n.strip().lower() for n in names]
    roles: dict[str, int] = {}
    for role, candidates in ROLE_NAMES.items():
        wanted = overrides.get(role)
        if wanted is not None:
            if wanted in names:
                roles[role] = names.index(wanted)
            elif wanted.strip().lower() in lower:
                roles[role] = lower.index(wanted.strip().lower())
            else:
                raise InputError(
                    f"column {wanted!r} given with {OPTION[role]} is not in {source} "
                    f"({what}: {fmt_columns(names)}); check the spelling"
                )
            continue
        for cand in candidates:
            if cand in lower:
                roles[role] = lower.index(cand)
                break
    if "text" not in roles:
        raise InputError(f"no text column in {source} ({what}: {fmt_columns(names)}); name it with --text-col")
    return roles


def sniff(head: bytes, source: str) -> None:
    """InputError if the first bytes of a text/table file show it is not UTF-8 text."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{source} looks like UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in head:
        raise InputError(f"{source} is a binary file (NUL bytes), not text; remove it or convert it to text")
    sample = head[:limits.SNIFF_BYTES]
    if sample and len(sample) - len(sample.translate(None, CONTROL_BYTES)) > 0.1 * len(sample):
        raise InputError(f"{source} is a binary file (mostly control bytes), not text; remove it or convert it to text")


def host(url: pl.Expr) -> pl.Expr:
    """Host of a URL, lower-cased, without "www." (null if none)."""
    host = url.str.extract(HOST_RE, 1).str.to_lowercase().str.strip_chars_end(".")
    return host.str.replace(r"^www\.", "")


def nonblank(expr: pl.Expr) -> pl.Expr:
    stripped = expr.str.strip_chars()
    return pl.when(stripped == "").then(None).otherwise(stripped)


# ------------------------------------------------------------ shared finish


def finish_frame(
    sink: ErrorSink,
    df: pl.DataFrame,
    source: str,
    stem: str,
    *,
    text_name: str,
    drop_blank: bool,
) -> pl.DataFrame:
    """Raw role columns (+ ``row``) → INPUT_SCHEMA frame; rows without text go to ``sink``.

    Vectorised: one pass of polars expressions per batch.
    """
    present = [r for r in ROLE_NAMES if r in df.columns]
    df = df.with_columns(
        [pl.lit(None, pl.String).alias(r) for r in ROLE_NAMES if r not in df.columns] + [pl.col("row").cast(pl.Int64)]
    )
    if drop_blank and present:
        df = df.filter(~pl.all_horizontal([pl.col(r).is_null() for r in present]))
    if "doc_id" not in df.columns:
        fallback = pl.format("{}:{}", pl.lit(stem), pl.col("row"))
        df = df.with_columns(doc_id=pl.coalesce(nonblank(pl.col("id")), fallback))
    df = df.with_columns(site=pl.coalesce(nonblank(pl.col("site")), host(pl.col("url"))))
    missing = pl.col("text").is_null()
    blank = pl.col("text").str.strip_chars() == ""
    html = html_markup(pl.col("text"))
    bad = missing | blank | html
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
            .when(blank)
            .then(pl.concat_str(where, pl.lit("empty text")))
            .otherwise(pl.concat_str(where, pl.lit(f"the text is HTML markup; {CONVERT_HTML}"))),
        )
        sink.extend(errs.to_dicts())
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




# Python's csv module rejects a bare carriage return in an unquoted field; polars
# keeps it as a character.  The fallback parser hides it behind a code point
# that decoding never produces (surrogateescape only makes U+DC80-U+DCFF).
CR = "\ud800"


def protect_cr(line: str) -> str:
    if "\r" not in line:
        return line
    for end in ("\r\n", "\n", "\r"):
        if line.endswith(end):
            return line[: -len(end)].replace("\r", CR) + end
    return line.replace("\r", CR)


def restore_cr(field: str) -> str:
    return field.replace(CR, "\r") if CR in field else field


def size_text(n: int) -> str:
    return f"{n >> 20} MB" if n >= 1 << 20 else f"{n} bytes"


def csv_problem(exc: Exception) -> str:
    text = str(exc)
    if "new-line character" in text:
        return "a carriage return inside an unquoted field"
    return text


def stem_of(path: Path) -> str:
    name = path.name
    for suffix in reversed(path.suffixes):
        if name.lower().endswith(suffix.lower()) and suffix.lower() in (".gz", *TABLE_EXT):
            name = name[: -len(suffix)]
        else:
            break
    return name


def json_str(value: Any) -> str | None:
    """A JSON value as a column string, as polars renders it (strings as is, others as JSON)."""
    if value is None or isinstance(value, str):
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:  # lone surrogate from a "\udXXX" escape
                value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        return value
    return json.dumps(value, ensure_ascii=False)

