"""Scoring: word-weighted label precision, recall and F1, exact comment boundaries, titles, per document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from comments.evaluate.gold import EvaluationError, Gold, check_predictions, gold_from_records, some_ids
from comments.evaluate.lines import KEYS, explode_spans, spans_frame, text_lines, texts_frame
from comments.evaluate.report import Evaluation

#: The labels as scored: ``caption`` is merged into ``boilerplate``.
SCORED_LABELS = ("title", "body", "boilerplate", "comment")
#: What a non-blank line that no predicted span covers counts as.
NONE = "none"


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


def evaluate(predicted: Any, gold: Gold | list[dict], texts: Mapping | pl.DataFrame | None = None) -> Evaluation:
    """Score ``predicted`` segment records against ``gold``.

    ``texts`` (dict doc_id -> text, or a DataFrame with doc_id and text) give the word weights
    and the blank lines; dragnet gold carries its own texts and ignores ``texts``.
    """
    if not isinstance(gold, Gold):
        gold = gold_from_records(gold)
    predictions = check_predictions(predicted)
    gold_ids = gold.doc_ids
    predicted_ids = {r["doc_id"] for r in predictions}
    gold_set = set(gold_ids)
    missing = [d for d in gold_ids if d not in predicted_ids]
    extra = sorted(predicted_ids - gold_set)

    text_frame = gold.texts() if gold.mode == "dragnet" else texts_frame(texts)
    text_frame = text_frame.filter(pl.col("doc_id").is_in(gold_ids))
    if text_frame.height < len(gold_set):
        lacking = sorted(gold_set - set(text_frame["doc_id"].to_list()))
        raise EvaluationError(f"no text for {len(lacking)} gold documents: {some_ids(lacking)}")
    lines = text_lines(text_frame)
    pred_lines = (
        explode_spans(spans_frame([r for r in predictions if r["doc_id"] in gold_set]))
        .with_columns(comment=_comment_key())
        .select(*KEYS, pred=pl.col("label"), pred_comment="comment", pred_parent="parent_id", pred_depth="depth")
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
    gold_spans = spans_frame(list(gold.records))
    beyond = gold_spans.join(
        text_frame.select("doc_id", n_lines=pl.col("text").str.count_matches(r"\r\n|\r|\n") + 1), on="doc_id"
    ).filter(pl.col("end") > pl.col("n_lines"))
    if beyond.height:
        ids = beyond["doc_id"].unique().sort().to_list()
        warnings.append(
            f"gold spans run past the last line of the text in {len(ids)} documents ({some_ids(ids)}); "
            "is the text the one the gold was made on?"
        )
    gold_lines = (
        explode_spans(gold_spans)
        .with_columns(comment=_comment_key())
        .select(*KEYS, "label", gold_comment="comment", gold_parent="parent_id", gold_depth="depth")
    )
    joined = lines.join(gold_lines, on=KEYS, how="left").join(pred_lines, on=KEYS, how="left")
    unlabelled = joined.filter(pl.col("label").is_null())
    if unlabelled.height:
        ids = unlabelled["doc_id"].unique().sort().to_list()
        warnings.append(
            f"the gold leaves {unlabelled.height} non-blank lines ({unlabelled['words'].sum()} words) in "
            f"{len(ids)} documents without a label ({some_ids(ids)}); they are not scored"
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
        word_accuracy=safe_ratio(int(words - documents["error_words"].sum()), words),
        title_accuracy=safe_ratio(titles_correct, documents.height),
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
        .join(pred_lines, on=KEYS, how="left")
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
        word_accuracy=safe_ratio(int(words - documents["error_words"].sum()), words),
        comment_pages=comment_pages.height,
        comment_free_pages=free_pages.height,
        comment_free_zero=free_zero,
        comment_free_zero_share=safe_ratio(free_zero, free_pages.height),
        comment_precision=row["precision"],
        comment_recall=row["recall"],
        comment_f1=row["f1"],
        macro_comment_f1=comment_pages["comment_f1"].mean(),
    )
    return Evaluation(labels=labels, comments=comments, summary=summary, documents=documents, confusion=confusion)


def safe_ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None
