"""The result of a scoring and its two renderings: plain data (``--format json``) and a text report."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from comments.evaluate.gold import some_ids

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
        return rounded(
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
            f"Word accuracy {cell(s['word_accuracy'])}",
        ]
        if s["mode"] == "segments":
            out[-1] += (
                f"   title accuracy {cell(s['title_accuracy'])} ({s['titles_correct']}/{s['docs']})"
                f"   macro F1 {cell(s['macro_f1'])}"
            )
        else:
            out.append(
                f"Comment pages {s['comment_pages']}, comment-free pages {s['comment_free_pages']}: "
                f"{s['comment_free_zero']} of them predicted without comment lines "
                f"(share {cell(s['comment_free_zero_share'])})"
            )
            out.append(f"Comment word F1 macro-averaged over comment pages {cell(s['macro_comment_f1'])}")
        out += ["", "Words by label" + (" (caption scored as boilerplate)" if s["mode"] == "segments" else
                                         " (comment lines against all other lines)"),
                text_table(self.labels, {"gold_words": "gold words", "predicted_words": "predicted words"})]
        if s["mode"] == "segments":
            out += ["", "Comments (exact boundaries)", text_table(self.comments, {
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
                    text_table(shown.select(list(columns)), columns)]
        for key, what in (("missing_prediction_ids", "Gold documents without a prediction (scored as unlabelled)"),
                          ("extra_prediction_ids", "Predicted documents not in the gold (not scored)")):
            if s[key]:
                out += ["", f"{what}: {len(s[key])}: {some_ids(s[key], 10)}"]
        for warning in s["warnings"]:
            out += ["", f"Warning: {warning}"]
        return "\n".join(out)


def rounded(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v) for v in value]
    return value


def cell(value: Any) -> str:
    """A headline number: 4 decimals, null as an en dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def text_table(frame: pl.DataFrame, headers: Mapping[str, str] | None = None) -> str:
    """A table of the report, through the toolkit's one renderer (``comments.output``): 4 decimals."""
    from comments.output import text_table as render

    return render(frame.rename(dict(headers or {}), strict=False), "table", decimals=4).rstrip("\n")
