"""Spans and texts as lines: one row per (document, line) with its label or its word count, all in polars."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from comments.evaluate.gold import EvaluationError, check_predictions, some_ids

# A token as ``str.split()`` sees it: Python also splits on the separators \x1c-\x1f,
# which are not white space to the regex engine.
WORD = r"[^\s\x1c-\x1f]+"
KEYS = ["doc_id", "line_no"]
SPAN_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.String(),
    "start": pl.Int64(),
    "end": pl.Int64(),
    "label": pl.String(),
    "comment_id": pl.Int64(),
    "parent_id": pl.Int64(),
    "depth": pl.Int64(),
}
LINE_COLUMNS = ["doc_id", "line_no", "label", "comment_id", "parent_id", "depth"]


def texts_frame(texts: Any) -> pl.DataFrame:
    if texts is None:
        raise EvaluationError("segments gold needs the documents' texts (a dict doc_id -> text, or a DataFrame)")
    if isinstance(texts, Mapping):
        frame = pl.DataFrame(
            {"doc_id": list(texts.keys()), "text": list(texts.values())},
            schema={"doc_id": pl.String(), "text": pl.String()},
        )
    elif isinstance(texts, pl.DataFrame):
        missing = {"doc_id", "text"} - set(texts.columns)
        if missing:
            raise EvaluationError(f"texts need the columns doc_id and text; missing {', '.join(sorted(missing))}")
        frame = texts.select(pl.col("doc_id").cast(pl.String), pl.col("text").cast(pl.String))
    else:
        raise EvaluationError(f"texts must be a dict or a DataFrame, not {type(texts).__name__}")
    duplicated = frame.filter(pl.col("doc_id").is_duplicated())["doc_id"].unique().sort()
    if len(duplicated):
        raise EvaluationError(f"texts: doc_id given twice: {some_ids(duplicated.to_list())}")
    absent = frame.filter(pl.col("text").is_null())["doc_id"].sort()
    if len(absent):
        raise EvaluationError(f"texts: no text (null) for {some_ids(absent.to_list())}")
    return frame


def text_lines(texts: pl.DataFrame) -> pl.DataFrame:
    """``doc_id``, ``line_no``, ``words`` for every non-blank line of ``texts``."""
    return (
        texts.select(
            "doc_id",
            line=pl.col("text")
            .str.replace_all("\r\n", "\n", literal=True)
            .str.replace_all("\r", "\n", literal=True)
            .str.split("\n"),
        )
        .explode("line")
        .with_columns(
            line_no=pl.int_range(1, pl.len() + 1, dtype=pl.Int64).over("doc_id"),
            words=pl.col("line").str.count_matches(WORD).cast(pl.Int64),
        )
        .filter(pl.col("words") > 0)
        .select("doc_id", "line_no", "words")
    )


def spans_frame(records: list[dict]) -> pl.DataFrame:
    rows = [{"doc_id": r["doc_id"], **span} for r in records for span in r["spans"]]
    return pl.DataFrame(rows, schema=SPAN_SCHEMA)


def explode_spans(spans: pl.DataFrame) -> pl.DataFrame:
    """One row per line a span covers; ``span_no`` numbers the spans of a document from 0."""
    return (
        spans.with_columns(
            span_no=pl.int_range(pl.len(), dtype=pl.Int64).over("doc_id"),
            line_no=pl.int_ranges("start", pl.col("end") + 1, dtype=pl.Int64),
        )
        .explode("line_no")
        .select(*LINE_COLUMNS, "span_no")
    )


def spans_to_lines(records: list[dict] | pl.DataFrame, texts: Mapping | pl.DataFrame | None = None) -> pl.DataFrame:
    """One row per line that a span covers: doc_id, line_no, label, comment_id, parent_id, depth.

    ``records`` are segments records (``docs/LABELS.md``) or a DataFrame with ``doc_id`` and ``spans``.
    Without ``texts`` every covered line is listed, blank ones too; with ``texts`` only the
    non-blank lines that exist in the text.
    """
    lines = explode_spans(spans_frame(check_predictions(records))).select(LINE_COLUMNS)
    if texts is not None:
        lines = lines.join(text_lines(texts_frame(texts)).select(KEYS), on=KEYS, how="semi")
    return lines.sort(KEYS)
