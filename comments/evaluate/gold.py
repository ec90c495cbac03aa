"""Gold: reading and validating the two gold formats (segments JSONL, dragnet), and checking predictions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from comments.errors import CommentsError, InputError
from comments.schema import LABELS


class EvaluationError(CommentsError, ValueError):
    """Predictions or texts that cannot be scored; the message names the document."""


class GoldFormatError(EvaluationError, InputError):
    """Gold that follows neither format; the message names the file and line (or record)."""


# --------------------------------------------------------------------------- reading and checking


@dataclass(frozen=True)
class Gold:
    """Validated gold records.

    ``mode`` is ``"segments"`` (records as in ``docs/LABELS.md``) or ``"dragnet"`` (records with
    ``doc_id``, ``text``, ``comment_start_line``); ``source`` names where they came from.
    """

    mode: str
    records: tuple[dict, ...]
    source: str | None = None

    @property
    def doc_ids(self) -> list[str]:
        return [record["doc_id"] for record in self.records]

    def texts(self) -> pl.DataFrame | None:
        """``doc_id``, ``text`` of dragnet gold (which carries its texts); ``None`` for segments."""
        if self.mode != "dragnet":
            return None
        return pl.DataFrame(
            {"doc_id": self.doc_ids, "text": [r["text"] for r in self.records]},
            schema={"doc_id": pl.String(), "text": pl.String()},
        )

    def as_predictions(self) -> list[dict]:
        """The gold as segment records, e.g. to score gold against itself.

        Dragnet gold becomes one ``body`` span before ``comment_start_line`` and one ``comment``
        span from there to the end.
        """
        if self.mode == "segments":
            return [dict(record, spans=[dict(s) for s in record["spans"]]) for record in self.records]
        predictions = []
        for record in self.records:
            n_lines = len(split_lines(record["text"]))
            start = record["comment_start_line"] or n_lines + 1
            spans = []
            if start > 1:
                spans.append({"start": 1, "end": start - 1, "label": "body"})
            if start <= n_lines:
                spans.append(
                    {"start": start, "end": n_lines, "label": "comment",
                     "comment_id": 1, "parent_id": None, "depth": 0}
                )
            predictions.append({"doc_id": record["doc_id"], "site": None, "spans": spans})
        return predictions


def load_gold(path: str | Path) -> Gold:
    """Read gold JSONL, either the segments format of ``docs/LABELS.md`` or dragnet-style records.

    The format is detected from the first record; every record is checked and the first problem
    is raised as :class:`GoldFormatError` naming the file and line (blank lines are skipped).
    """
    path = Path(path)
    numbered: list[tuple[str, Any]] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    numbered.append((f"{path}:{line_no}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise GoldFormatError(
                        f"{path}:{line_no}: not valid JSON ({exc.msg}, column {exc.colno})"
                    ) from None
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return _parse_gold(numbered, str(path))


def gold_from_records(records: Iterable[Mapping], source: str | None = None) -> Gold:
    """Gold from records already in memory (either format), checked as :func:`load_gold` checks."""
    return _parse_gold([(f"gold record {i}", r) for i, r in enumerate(records, 1)], source)


def _parse_gold(numbered: list[tuple[str, Any]], source: str | None) -> Gold:
    if not numbered:
        raise GoldFormatError(f"{source or 'gold'}: no gold records")
    mode = None
    records: list[dict] = []
    seen: dict[str, str] = {}
    for where, obj in numbered:
        if not isinstance(obj, Mapping):
            raise GoldFormatError(f"{where}: expected a JSON object, found {type(obj).__name__}")
        this = "segments" if "spans" in obj else "dragnet" if "comment_start_line" in obj else None
        if this is None:
            raise GoldFormatError(
                f"{where}: neither segments gold ('spans') nor dragnet gold "
                "('text' and 'comment_start_line')"
            )
        if mode is None:
            mode = this
        elif this != mode:
            raise GoldFormatError(f"{where}: a {this} record in {mode} gold (the first record sets the format)")
        record = _check_segments(obj, where, strict=True) if mode == "segments" else _check_dragnet(obj, where)
        if record["doc_id"] in seen:
            raise GoldFormatError(f"{where}: doc_id {record['doc_id']!r} again (first at {seen[record['doc_id']]})")
        seen[record["doc_id"]] = where
        records.append(record)
    return Gold(mode=mode, records=tuple(records), source=source)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_doc_id(obj: Mapping, where: str, error: type[Exception]) -> str:
    doc_id = obj.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id:
        raise error(f"{where}: 'doc_id' must be a non-empty string, found {doc_id!r}")
    return doc_id


def _check_dragnet(obj: Mapping, where: str) -> dict:
    doc_id = _check_doc_id(obj, where, GoldFormatError)
    text, start = obj.get("text"), obj.get("comment_start_line")
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}: 'text' must be a string ({doc_id})")
    if start is not None:
        n_lines = len(split_lines(text))
        if not _is_int(start) or not 1 <= start <= n_lines:
            raise GoldFormatError(
                f"{where}: 'comment_start_line' must be null or a line number 1..{n_lines}, "
                f"found {start!r} ({doc_id})"
            )
    return {"doc_id": doc_id, "text": text, "comment_start_line": start}


def _check_segments(obj: Mapping, where: str, strict: bool) -> dict:
    """Check one segments record; ``strict`` (gold) also requires the comment fields of docs/LABELS.md."""
    error = GoldFormatError if strict else EvaluationError
    doc_id = _check_doc_id(obj, where, error)
    spans = obj.get("spans")
    if not isinstance(spans, list):
        raise error(f"{where}: 'spans' must be a list ({doc_id})")
    checked = []
    previous_end = 0
    comment_ids: set[int] = set()
    for n, span in enumerate(spans, 1):
        at = f"{where}: span {n} of {doc_id}"
        if not isinstance(span, Mapping):
            raise error(f"{at}: expected an object, found {type(span).__name__}")
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not (_is_int(start) and _is_int(end)) or start < 1:
            raise error(f"{at}: 'start' and 'end' must be line numbers from 1, found {start!r}, {end!r}")
        if end < start:
            raise error(f"{at}: 'end' ({end}) is before 'start' ({start})")
        if start <= previous_end:
            raise error(f"{at}: starts at line {start}, inside or before the span ending at line {previous_end}")
        if label not in LABELS:
            raise error(f"{at}: unknown label {label!r} (one of {', '.join(LABELS)})")
        row = {"start": start, "end": end, "label": label, "comment_id": None, "parent_id": None, "depth": None}
        if label == "comment":
            for key in ("comment_id", "parent_id", "depth"):
                value = span.get(key)
                if value is not None and (not _is_int(value) or value < 0):
                    raise error(f"{at}: {key!r} must be null or a whole number, found {value!r}")
                row[key] = value
            if strict:
                if row["comment_id"] is None or row["depth"] is None:
                    raise error(f"{at}: a comment needs 'comment_id' and 'depth'")
                if row["comment_id"] in comment_ids:
                    raise error(f"{at}: comment_id {row['comment_id']} again")
                comment_ids.add(row["comment_id"])
        checked.append(row)
        previous_end = end
    if strict:
        for n, row in enumerate(checked, 1):
            if row["parent_id"] is not None and row["parent_id"] not in comment_ids:
                raise error(
                    f"{where}: span {n} of {doc_id}: parent_id {row['parent_id']} is no comment_id of the document"
                )
    return {"doc_id": doc_id, "site": obj.get("site"), "spans": checked}


def check_predictions(predicted: Any) -> list[dict]:
    if isinstance(predicted, Gold):
        if predicted.mode != "segments":
            raise EvaluationError("predictions must be segment records, not dragnet gold (use .as_predictions())")
        predicted = predicted.records
    elif isinstance(predicted, pl.DataFrame):
        missing = {"doc_id", "spans"} - set(predicted.columns)
        if missing:
            raise EvaluationError(
                f"predictions need the columns doc_id and spans; missing {', '.join(sorted(missing))}"
            )
        predicted = predicted.select("doc_id", "spans").to_dicts()
    records = []
    seen: set[str] = set()
    for n, obj in enumerate(predicted, 1):
        if not isinstance(obj, Mapping):
            raise EvaluationError(f"prediction {n}: expected a segments record, found {type(obj).__name__}")
        record = _check_segments(obj, f"prediction {n}", strict=False)
        if record["doc_id"] in seen:
            raise EvaluationError(f"prediction {n}: doc_id {record['doc_id']!r} again")
        seen.add(record["doc_id"])
        records.append(record)
    return records


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def some_ids(ids: list[str], n: int = 5) -> str:
    return ", ".join(ids[:n]) + (f" and {len(ids) - n} more" if len(ids) > n else "")
