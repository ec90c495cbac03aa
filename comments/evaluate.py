"""Score a segmentation against gold: word-weighted label P/R/F1, exact comment boundaries, titles.

The scorer behind ``comments evaluate --gold GOLD.jsonl PATH...``.  Two kinds of gold are read:

* **segments** gold, the JSONL format of ``docs/LABELS.md`` (``doc_id``, ``site``, ``spans``): every
  label is scored, ``caption`` as ``boilerplate``, and each reader comment is matched exactly;
* **dragnet** gold (``doc_id``, ``text``, ``comment_start_line``): the lines from
  ``comment_start_line`` on are reader comments, the lines before are the article; only the
  comment class is scored, and the texts come with the gold.

Lines are numbered as ``docs/LABELS.md`` numbers them; blank lines are never scored; a line weighs as
many words as ``str.split()`` finds in it.  All per-line work is done in polars: spans become lines
with ``int_ranges``, lines are joined to their word counts and everything is counted by
``group_by``.

>>> gold = load_gold("seeds/gold.jsonl")                        # doctest: +SKIP
>>> result = evaluate(predicted_records, gold, texts)             # doctest: +SKIP
>>> print(result.render(worst=5))                                 # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from comments.errors import CommentsError, InputError
from comments.schema import LABELS

#: The labels as scored: ``caption`` is merged into ``boilerplate``.
SCORED_LABELS = ("title", "body", "boilerplate", "comment")
#: What a non-blank line that no predicted span covers counts as.
NONE = "none"

# A token as ``str.split()`` sees it: Python also splits on the separators \x1c-\x1f,
# which are not white space to the regex engine.
_WORD = r"[^\s\x1c-\x1f]+"
_KEYS = ["doc_id", "line_no"]
_SPAN_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.String(),
    "start": pl.Int64(),
    "end": pl.Int64(),
    "label": pl.String(),
    "comment_id": pl.Int64(),
    "parent_id": pl.Int64(),
    "depth": pl.Int64(),
}
_LINE_COLUMNS = ["doc_id", "line_no", "label", "comment_id", "parent_id", "depth"]


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
            n_lines = len(_split_lines(record["text"]))
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
        n_lines = len(_split_lines(text))
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


def _check_predictions(predicted: Any) -> list[dict]:
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


# --------------------------------------------------------------------------- lines


def _split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _texts_frame(texts: Any) -> pl.DataFrame:
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
        raise EvaluationError(f"texts: doc_id given twice: {_some(duplicated.to_list())}")
    absent = frame.filter(pl.col("text").is_null())["doc_id"].sort()
    if len(absent):
        raise EvaluationError(f"texts: no text (null) for {_some(absent.to_list())}")
    return frame


def _text_lines(texts: pl.DataFrame) -> pl.DataFrame:
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
            words=pl.col("line").str.count_matches(_WORD).cast(pl.Int64),
        )
        .filter(pl.col("words") > 0)
        .select("doc_id", "line_no", "words")
    )


def _spans_frame(records: list[dict]) -> pl.DataFrame:
    rows = [{"doc_id": r["doc_id"], **span} for r in records for span in r["spans"]]
    return pl.DataFrame(rows, schema=_SPAN_SCHEMA)


def _explode(spans: pl.DataFrame) -> pl.DataFrame:
    """One row per line a span covers; ``span_no`` numbers the spans of a document from 0."""
    return (
        spans.with_columns(
            span_no=pl.int_range(pl.len(), dtype=pl.Int64).over("doc_id"),
            line_no=pl.int_ranges("start", pl.col("end") + 1, dtype=pl.Int64),
        )
        .explode("line_no")
        .select(*_LINE_COLUMNS, "span_no")
    )


def spans_to_lines(records: list[dict] | pl.DataFrame, texts: Mapping | pl.DataFrame | None = None) -> pl.DataFrame:
    """One row per line that a span covers: doc_id, line_no, label, comment_id, parent_id, depth.

    ``records`` are segments records (``docs/LABELS.md``) or a DataFrame with ``doc_id`` and ``spans``.
    Without ``texts`` every covered line is listed, blank ones too; with ``texts`` only the
    non-blank lines that exist in the text.
    """
    lines = _explode(_spans_frame(_check_predictions(records))).select(_LINE_COLUMNS)
    if texts is not None:
        lines = lines.join(_text_lines(_texts_frame(texts)).select(_KEYS), on=_KEYS, how="semi")
    return lines.sort(_KEYS)


# --------------------------------------------------------------------------- arithmetic


def _ratio(numerator: pl.Expr, denominator: pl.Expr) -> pl.Expr:
    return pl.when(denominator > 0).then(numerator / denominator)


def _prf(tp: str, predicted: str, gold: str, prefix: str = "") -> list[pl.Expr]:
    """Precision, recall and F1 (= 2·TP / (gold + predicted)); null where the ratio is 0/0."""
    tp_, pred_, gold_ = pl.col(tp), pl.col(predicted), pl.col(gold)
    return [
        _ratio(tp_, pred_).alias(f"{prefix}precision"),
        _ratio(tp_, gold_).alias(f"{prefix}recall"),
        _ratio(2 * tp_, gold_ + pred_).alias(f"{prefix}f1"),
    ]


def _label_counts(scored: pl.DataFrame) -> pl.DataFrame:
    """Per document and label: gold_words, predicted_words, tp (words labelled so in both)."""
    by = ["doc_id", "label"]
    words = pl.col("words").sum()
    gold = scored.group_by("doc_id", label="gold_class").agg(gold_words=words)
    predicted = scored.group_by("doc_id", label="pred_class").agg(predicted_words=words)
    agree = scored.filter(pl.col("gold_class") == pl.col("pred_class"))
    tp = agree.group_by("doc_id", label="gold_class").agg(tp=words)
    return (
        gold.join(predicted, on=by, how="full", coalesce=True)
        .join(tp, on=by, how="left")
        .with_columns(pl.col("gold_words", "predicted_words", "tp").fill_null(0))
        .filter(pl.col("label") != NONE)
    )


def _label_table(counts: pl.DataFrame, labels: tuple[str, ...]) -> pl.DataFrame:
    pooled = counts.group_by("label").agg(pl.col("gold_words", "predicted_words", "tp").sum())
    return (
        pl.DataFrame({"label": list(labels)})
        .join(pooled, on="label", how="left")
        .with_columns(pl.col("gold_words", "predicted_words", "tp").fill_null(0))
        .select("label", *_prf("tp", "predicted_words", "gold_words"), "gold_words", "predicted_words")
    )


def _some(ids: list[str], n: int = 5) -> str:
    return ", ".join(ids[:n]) + (f" and {len(ids) - n} more" if len(ids) > n else "")


# --------------------------------------------------------------------------- evaluation


@dataclass
class Evaluation:
    """The scores of one prediction against one gold.

    ``labels``: label, precision, recall, f1, gold_words, predicted_words (micro over documents).
    ``comments``: one row of exact-boundary comment scores (segments mode; null in dragnet mode).
    ``summary``: the headline numbers, missing/extra documents and warnings.
    ``documents``: one row per gold document, worst first.
    ``confusion``: words per (gold label, predicted label), caption merged into boilerplate.
    """

    labels: pl.DataFrame
    comments: pl.DataFrame
    summary: dict
    documents: pl.DataFrame
    confusion: pl.DataFrame = field(default_factory=pl.DataFrame)

    def to_dict(self) -> dict:
        """Plain data for ``--format json``: floats rounded to 4 places, nulls as ``None``."""
        return _rounded(
            {
                "summary": self.summary,
                "labels": self.labels.to_dicts(),
                "comments": self.comments.to_dicts()[0],
                "confusion": self.confusion.to_dicts(),
                "documents": self.documents.to_dicts(),
            }
        )

    def render(self, worst: int = 10) -> str:
        """A report for the terminal: headline, label table, comment table, worst documents."""
        s = self.summary
        out = [
            f"Gold: {s.get('gold') or '(records)'} ({s['mode']}), {s['docs']} documents, {s['words']} words",
            f"Word accuracy {_cell(s['word_accuracy'])}",
        ]
        if s["mode"] == "segments":
            out[-1] += (
                f"   title accuracy {_cell(s['title_accuracy'])} ({s['titles_correct']}/{s['docs']})"
                f"   macro F1 {_cell(s['macro_f1'])}"
            )
        else:
            out.append(
                f"Comment pages {s['comment_pages']}, comment-free pages {s['comment_free_pages']}: "
                f"{s['comment_free_zero']} of them predicted without comment lines "
                f"(share {_cell(s['comment_free_zero_share'])})"
            )
            out.append(f"Comment word F1 macro-averaged over comment pages {_cell(s['macro_comment_f1'])}")
        out += ["", "Words by label" + (" (caption scored as boilerplate)" if s["mode"] == "segments" else
                                         " (comment lines against all other lines)"),
                _table(self.labels, {"gold_words": "gold words", "predicted_words": "predicted words"})]
        if s["mode"] == "segments":
            out += ["", "Comments (exact boundaries)", _table(self.comments, {
                "gold_comments": "gold", "predicted_comments": "predicted", "depth_accuracy": "depth acc",
                "parent_accuracy": "parent acc"})]
        if worst > 0 and self.documents.height:
            if s["mode"] == "segments":
                columns = {"doc_id": "document", "words": "words", "error_words": "errors", "accuracy": "accuracy",
                           "f1_title": "F1 title", "f1_body": "F1 body", "f1_boilerplate": "F1 boilerpl.",
                           "f1_comment": "F1 comment", "comment_f1": "boundary F1"}
            else:
                columns = {"doc_id": "document", "has_comments": "comments", "words": "words",
                           "error_words": "errors", "accuracy": "accuracy", "comment_precision": "comment P",
                           "comment_recall": "comment R", "comment_f1": "comment F1"}
            shown = self.documents.head(worst)
            out += ["", f"Worst {shown.height} documents (by word accuracy, then comment F1)",
                    _table(shown.select(list(columns)), columns)]
        for key, what in (("missing_prediction_ids", "Gold documents without a prediction (scored as unlabelled)"),
                          ("extra_prediction_ids", "Predicted documents not in the gold (not scored)")):
            if s[key]:
                out += ["", f"{what}: {len(s[key])}: {_some(s[key], 10)}"]
        for warning in s["warnings"]:
            out += ["", f"Warning: {warning}"]
        return "\n".join(out)


def evaluate(predicted: Any, gold: Gold | list[dict], texts: Mapping | pl.DataFrame | None = None) -> Evaluation:
    """Score ``predicted`` segment records against ``gold``.

    ``texts`` (dict doc_id -> text, or a DataFrame with doc_id and text) give the word weights
    and the blank lines; dragnet gold carries its own texts and ignores ``texts``.
    """
    if not isinstance(gold, Gold):
        gold = gold_from_records(gold)
    predictions = _check_predictions(predicted)
    gold_ids = gold.doc_ids
    predicted_ids = {r["doc_id"] for r in predictions}
    gold_set = set(gold_ids)
    missing = [d for d in gold_ids if d not in predicted_ids]
    extra = sorted(predicted_ids - gold_set)

    text_frame = gold.texts() if gold.mode == "dragnet" else _texts_frame(texts)
    text_frame = text_frame.filter(pl.col("doc_id").is_in(gold_ids))
    if text_frame.height < len(gold_set):
        lacking = sorted(gold_set - set(text_frame["doc_id"].to_list()))
        raise EvaluationError(f"no text for {len(lacking)} gold documents: {_some(lacking)}")
    lines = _text_lines(text_frame)
    pred_lines = (
        _explode(_spans_frame([r for r in predictions if r["doc_id"] in gold_set]))
        .with_columns(comment=_comment_key())
        .select(*_KEYS, pred=pl.col("label"), pred_comment="comment", pred_parent="parent_id", pred_depth="depth")
    )
    docs = pl.DataFrame({"doc_id": gold_ids}, schema={"doc_id": pl.String()}).with_columns(
        predicted=pl.col("doc_id").is_in(list(predicted_ids))
    )
    summary: dict[str, Any] = {
        "mode": gold.mode,
        "gold": gold.source,
        "docs": len(gold_ids),
        "missing_predictions": len(missing),
        "missing_prediction_ids": missing,
        "extra_predictions": len(extra),
        "extra_prediction_ids": extra,
        "warnings": [],
    }
    if gold.mode == "dragnet":
        return _evaluate_dragnet(gold, lines, pred_lines, docs, summary)
    return _evaluate_segments(gold, text_frame, lines, pred_lines, docs, summary)


def _comment_key() -> pl.Expr:
    """A comment's identity: its comment_id, or (when a prediction gives none) its own span."""
    return pl.when(pl.col("label") == "comment").then(pl.coalesce("comment_id", -1 - pl.col("span_no")))


def _merge_caption(column: str) -> pl.Expr:
    return pl.col(column).replace("caption", "boilerplate")


def _document_accuracy(scored: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    per_doc = scored.group_by("doc_id").agg(
        words=pl.col("words").sum(),
        correct=pl.col("words").filter(pl.col("gold_class") == pl.col("pred_class")).sum(),
    )
    return (
        docs.join(per_doc, on="doc_id", how="left")
        .with_columns(pl.col("words", "correct").fill_null(0))
        .with_columns(
            error_words=pl.col("words") - pl.col("correct"),
            accuracy=_ratio(pl.col("correct"), pl.col("words")),
        )
    )


def _worst_first(documents: pl.DataFrame) -> pl.DataFrame:
    return documents.sort(["accuracy", "comment_f1", "doc_id"], nulls_last=True)


def _evaluate_segments(gold, text_frame, lines, pred_lines, docs, summary) -> Evaluation:
    warnings = summary["warnings"]
    gold_spans = _spans_frame(list(gold.records))
    beyond = gold_spans.join(
        text_frame.select("doc_id", n_lines=pl.col("text").str.count_matches(r"\r\n|\r|\n") + 1), on="doc_id"
    ).filter(pl.col("end") > pl.col("n_lines"))
    if beyond.height:
        ids = beyond["doc_id"].unique().sort().to_list()
        warnings.append(
            f"gold spans run past the last line of the text in {len(ids)} documents ({_some(ids)}); "
            "is the text the one the gold was made on?"
        )
    gold_lines = (
        _explode(gold_spans)
        .with_columns(comment=_comment_key())
        .select(*_KEYS, "label", gold_comment="comment", gold_parent="parent_id", gold_depth="depth")
    )
    joined = lines.join(gold_lines, on=_KEYS, how="left").join(pred_lines, on=_KEYS, how="left")
    unlabelled = joined.filter(pl.col("label").is_null())
    if unlabelled.height:
        ids = unlabelled["doc_id"].unique().sort().to_list()
        warnings.append(
            f"the gold leaves {unlabelled.height} non-blank lines ({unlabelled['words'].sum()} words) in "
            f"{len(ids)} documents without a label ({_some(ids)}); they are not scored"
        )
    scored = joined.filter(pl.col("label").is_not_null()).with_columns(
        gold_class=_merge_caption("label"), pred_class=_merge_caption("pred").fill_null(NONE)
    )

    counts = _label_counts(scored)
    labels = _label_table(counts, SCORED_LABELS)
    confusion = (
        scored.group_by(gold="gold_class", predicted="pred_class")
        .agg(words=pl.col("words").sum(), lines=pl.len().cast(pl.Int64))
        .sort("gold", "predicted")
    )

    # Comments: a predicted comment matches a gold one when they share all their non-blank lines.
    gold_comments = scored.filter(pl.col("gold_comment").is_not_null()).group_by("doc_id", "gold_comment").agg(
        gold_n=pl.len(), gold_parent=pl.col("gold_parent").first(), gold_depth=pl.col("gold_depth").first()
    )
    pred_comments = scored.filter(pl.col("pred_comment").is_not_null()).group_by("doc_id", "pred_comment").agg(
        pred_n=pl.len(), pred_parent=pl.col("pred_parent").first(), pred_depth=pl.col("pred_depth").first()
    )
    pairs = scored.filter(pl.col("gold_comment").is_not_null() & pl.col("pred_comment").is_not_null())
    matched = (
        pairs.group_by("doc_id", "gold_comment", "pred_comment")
        .agg(shared=pl.len())
        .join(gold_comments, on=["doc_id", "gold_comment"])
        .join(pred_comments, on=["doc_id", "pred_comment"])
        .filter((pl.col("shared") == pl.col("gold_n")) & (pl.col("shared") == pl.col("pred_n")))
    )
    matched = matched.join(
        matched.select("doc_id", pred_parent="pred_comment", mapped_parent="gold_comment"),
        on=["doc_id", "pred_parent"],
        how="left",
    ).with_columns(
        depth_ok=pl.col("gold_depth").eq_missing(pl.col("pred_depth")),
        parent_ok=(pl.col("pred_parent").is_null() & pl.col("gold_parent").is_null())
        | (pl.col("mapped_parent") == pl.col("gold_parent")).fill_null(False),
    )
    n_matched = matched.height
    comments = pl.DataFrame(
        {
            "gold_comments": [gold_comments.height],
            "predicted_comments": [pred_comments.height],
            "matched": [n_matched],
            "depth_ok": [matched["depth_ok"].sum()],
            "parent_ok": [matched["parent_ok"].sum()],
        }
    ).select(
        "gold_comments",
        "predicted_comments",
        "matched",
        *_prf("matched", "predicted_comments", "gold_comments"),
        depth_accuracy=_ratio(pl.col("depth_ok"), pl.col("matched")),
        parent_accuracy=_ratio(pl.col("parent_ok"), pl.col("matched")),
    )

    # Titles: the set of predicted title lines equals the gold set.
    title_ok = scored.group_by("doc_id").agg(
        title_ok=((pl.col("label") == "title") != (pl.col("pred") == "title").fill_null(False)).sum() == 0
    )
    per_label = (
        counts.with_columns(f1=_ratio(2 * pl.col("tp"), pl.col("gold_words") + pl.col("predicted_words")))
        .with_columns(label="f1_" + pl.col("label"))
        .pivot(on="label", index="doc_id", values="f1")
    )
    per_comment = (
        docs.select("doc_id")
        .join(gold_comments.group_by("doc_id").agg(gold_comments=pl.len()), on="doc_id", how="left")
        .join(pred_comments.group_by("doc_id").agg(predicted_comments=pl.len()), on="doc_id", how="left")
        .join(matched.group_by("doc_id").agg(matched_comments=pl.len()), on="doc_id", how="left")
        .with_columns(pl.col("gold_comments", "predicted_comments", "matched_comments").fill_null(0).cast(pl.Int64))
        .with_columns(_prf("matched_comments", "predicted_comments", "gold_comments", prefix="comment_"))
    )
    documents = (
        _document_accuracy(scored, docs)
        .join(title_ok, on="doc_id", how="left")
        .join(per_label, on="doc_id", how="left")
        .join(per_comment, on="doc_id", how="left")
        .with_columns(pl.col("title_ok").fill_null(True))
        .with_columns(
            pl.lit(None, pl.Float64).alias(f"f1_{label}")
            for label in SCORED_LABELS
            if f"f1_{label}" not in per_label.columns
        )
        .select("doc_id", "predicted", "words", "error_words", "accuracy", "title_ok",
                *(f"f1_{l}" for l in SCORED_LABELS), "gold_comments", "predicted_comments",
                "matched_comments", "comment_precision", "comment_recall", "comment_f1")
    )
    documents = _worst_first(documents)

    words = int(documents["words"].sum())
    titles_correct = int(documents["title_ok"].sum())
    summary.update(
        words=words,
        word_accuracy=_safe(int(words - documents["error_words"].sum()), words),
        title_accuracy=_safe(titles_correct, documents.height),
        titles_correct=titles_correct,
        macro_precision=labels["precision"].mean(),
        macro_recall=labels["recall"].mean(),
        macro_f1=labels["f1"].mean(),
    )
    return Evaluation(labels=labels, comments=comments, summary=summary, documents=documents, confusion=confusion)


def _evaluate_dragnet(gold, lines, pred_lines, docs, summary) -> Evaluation:
    starts = pl.DataFrame(
        {"doc_id": gold.doc_ids, "comment_start_line": [r["comment_start_line"] for r in gold.records]},
        schema={"doc_id": pl.String(), "comment_start_line": pl.Int64()},
    )
    is_comment = pl.col("line_no") >= pl.col("comment_start_line")
    scored = (
        lines.join(starts, on="doc_id", how="left")
        .join(pred_lines, on=_KEYS, how="left")
        .with_columns(
            # Only comment against not comment: an unlabelled line counts as not comment.
            gold_class=pl.when(is_comment.fill_null(False)).then(pl.lit("comment")).otherwise(pl.lit("other")),
            pred_class=pl.when(pl.col("pred") == "comment").then(pl.lit("comment")).otherwise(pl.lit("other")),
        )
    )
    counts = _label_counts(scored)
    labels = _label_table(counts, ("comment",))
    confusion = (
        scored.group_by(gold="gold_class", predicted="pred_class")
        .agg(words=pl.col("words").sum(), lines=pl.len().cast(pl.Int64))
        .sort("gold", "predicted")
    )
    per_page = (
        counts.filter(pl.col("label") == "comment")
        .select("doc_id", gold_comment_words="gold_words", predicted_comment_words="predicted_words", tp="tp")
    )
    documents = (
        _document_accuracy(scored, docs)
        .join(starts, on="doc_id", how="left")
        .join(per_page, on="doc_id", how="left")
        .with_columns(pl.col("gold_comment_words", "predicted_comment_words", "tp").fill_null(0))
        .with_columns(has_comments=pl.col("comment_start_line").is_not_null(),
                      *_prf("tp", "predicted_comment_words", "gold_comment_words", prefix="comment_"))
        .select("doc_id", "predicted", "has_comments", "words", "error_words", "accuracy",
                "gold_comment_words", "predicted_comment_words", "comment_precision", "comment_recall", "comment_f1")
    )
    documents = _worst_first(documents)
    comment_pages = documents.filter(pl.col("has_comments"))
    free_pages = documents.filter(~pl.col("has_comments"))
    free_zero = int((free_pages["predicted_comment_words"] == 0).sum())
    words = int(documents["words"].sum())
    comments = pl.DataFrame(
        {"gold_comments": [None], "predicted_comments": [
            scored.filter(pl.col("pred_comment").is_not_null()).select("doc_id", "pred_comment").n_unique()]},
        schema={"gold_comments": pl.Int64(), "predicted_comments": pl.Int64()},
    ).with_columns(pl.lit(None, pl.Int64).alias("matched"),
                   *(pl.lit(None, pl.Float64).alias(c) for c in
                     ("precision", "recall", "f1", "depth_accuracy", "parent_accuracy")))
    row = labels.row(0, named=True)
    summary.update(
        words=words,
        word_accuracy=_safe(int(words - documents["error_words"].sum()), words),
        comment_pages=comment_pages.height,
        comment_free_pages=free_pages.height,
        comment_free_zero=free_zero,
        comment_free_zero_share=_safe(free_zero, free_pages.height),
        comment_precision=row["precision"],
        comment_recall=row["recall"],
        comment_f1=row["f1"],
        macro_comment_f1=comment_pages["comment_f1"].mean(),
    )
    return Evaluation(labels=labels, comments=comments, summary=summary, documents=documents, confusion=confusion)


# --------------------------------------------------------------------------- output


def _safe(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def _table(frame: pl.DataFrame, headers: Mapping[str, str] | None = None) -> str:
    """An aligned text table: text columns to the left, numbers to the right, nulls as "—"."""
    headers = headers or {}
    names = [headers.get(c, c) for c in frame.columns]
    rows = [[_cell(v) for v in row] for row in frame.iter_rows()]
    left = [frame.schema[c] == pl.String for c in frame.columns]
    widths = [max(len(x) for x in column) for column in zip(names, *rows)]
    lines = []
    for row in [names, *rows]:
        cells = [c.ljust(w) if l else c.rjust(w) for c, w, l in zip(row, widths, left)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
