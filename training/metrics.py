"""Scores on WCXB: main-content word F1 and title accuracy, per converter and page type.

Two views of the main content, both per text and then averaged over texts (macro, as
extraction benchmarks report) and pooled over all words (micro):

* **bag of words** (``f1``): the predicted main content's word tokens against the gold
  main content's, as multisets (what trafilatura and the WCXB paper score; independent of
  how the gold was put on lines);
* **lines** (``line_f1``): word-weighted over the lines, against the aligned line gold
  (``training/align.py``).

The main content is the ``body`` lines; on forum pages, where the posts are the main
content, ``body`` and ``comment`` lines.  A title is correct when the first predicted
title line (or run of adjacent title lines) and the gold title share at least 80% of each
other's words (``TITLE_MATCH``).
"""

from __future__ import annotations

import polars as pl

from comments.lines import CJK

# (Chinese and Japanese, written without spaces, are scored per character, as Chinese
# extraction benchmarks score them.)
TOKEN = rf"[{CJK}]|[^\W_{CJK}]+"
# Link and image targets and bare URLs are markup (html2text), not words: as training/align.py.
MARKUP = r"\]\([^)\s]*\)?|https?://\S+|\(/[^)\s]*\)"
TITLE_MATCH = 0.8
LINK_TARGET = r"\]\([^)]*\)"


def word_bag(frame: pl.DataFrame, text: str) -> pl.DataFrame:
    """``doc_id, tok, n``: word-token counts of a text column."""
    return (
        frame.select("doc_id", tok=pl.col(text).str.replace_all(MARKUP, " ").str.to_lowercase().str.extract_all(TOKEN))
        .explode("tok").drop_nulls("tok")
        .group_by("doc_id", "tok").agg(n=pl.len())
    )


def word_overlap(pred: pl.DataFrame, gold: pl.DataFrame) -> pl.DataFrame:
    """``doc_id, pred_n, gold_n, common``."""
    both = pred.join(gold, on=["doc_id", "tok"], how="full", coalesce=True, suffix="_g")
    return both.group_by("doc_id").agg(
        pred_n=pl.col("n").fill_null(0).sum(),
        gold_n=pl.col("n_g").fill_null(0).sum(),
        common=pl.min_horizontal(pl.col("n").fill_null(0), pl.col("n_g").fill_null(0)).sum(),
    )


def title_match(common: str, pred: str, gold: str) -> pl.Expr:
    """A predicted title is right when it and the gold title share ``TITLE_MATCH`` of each
    other's words (columns of word counts: shared, predicted, gold)."""
    return (
        (pl.col(common) >= TITLE_MATCH * pl.col(pred)) & (pl.col(common) >= TITLE_MATCH * pl.col(gold))
        & (pl.col(gold) > 0)
    )


def _f1(p: pl.Expr, r: pl.Expr) -> pl.Expr:
    return pl.when(p + r > 0).then(2 * p * r / (p + r)).otherwise(0.0)


def score_texts(lines: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """One row per text: bag-of-words and line scores of the main content, and the title.

    ``lines``: ``doc_id, text, label, gold`` — one row per line (physical or logical) with
    the predicted and the gold label (``gold`` null: not scored).
    ``docs``: ``doc_id, page_type, converter, title, main`` — the gold title and main content.
    """
    forum = pl.col("page_type") == "forum"  # the posts are the main content
    lines = lines.join(docs.select("doc_id", "page_type"), on="doc_id", how="left").with_columns(
        _n=pl.col("text").str.replace_all(MARKUP, " ").str.count_matches(TOKEN),
        pred_main=(pl.col("label") == "body") | (forum & (pl.col("label") == "comment")),
        gold_main=(pl.col("gold") == "body") | (forum & (pl.col("gold") == "comment")),
    ).with_columns(pl.col("pred_main").fill_null(False), pl.col("gold_main").fill_null(False))
    # Bag of words.
    pred_bag = word_bag(lines.filter(pl.col("pred_main")), "text")
    gold_bag = word_bag(docs, "main")
    bag = word_overlap(pred_bag, gold_bag)
    # Lines.
    scored = lines.filter(pl.col("gold").is_not_null())
    ln = scored.group_by("doc_id").agg(
        l_tp=(pl.col("_n") * (pl.col("pred_main") & pl.col("gold_main"))).sum(),
        l_pred=(pl.col("_n") * pl.col("pred_main")).sum(),
        l_gold=(pl.col("_n") * pl.col("gold_main")).sum(),
    )
    # Title: the first run of predicted title lines.
    t = lines.with_columns(_t=pl.col("label") == "title").with_columns(
        _run=(pl.col("_t") != pl.col("_t").shift(1).over("doc_id")).fill_null(True).cum_sum().over("doc_id")
    )
    # (a title's link target broken over two lines by html2text, "…-to-" / "files-area)", is
    # markup as a whole once its lines are joined)
    first = t.filter(pl.col("_t")).group_by("doc_id").agg(
        pl.col("text").filter(pl.col("_run") == pl.col("_run").min()).str.join(" ")
        .str.replace_all(LINK_TARGET, " ").alias("pred_title")
    )
    tp = word_overlap(word_bag(first, "pred_title"), word_bag(docs.rename({"title": "_gt"}).with_columns(
        pl.col("_gt").fill_null("")), "_gt"))
    out = (
        docs.select("doc_id", "page_type", "converter")
        .join(bag, on="doc_id", how="left").join(ln, on="doc_id", how="left")
        .join(tp.rename({"pred_n": "t_pred", "gold_n": "t_gold", "common": "t_common"}), on="doc_id", how="left")
        .fill_null(0)
    )
    p = pl.when(pl.col("pred_n") > 0).then(pl.col("common") / pl.col("pred_n")).otherwise(0.0)
    r = pl.when(pl.col("gold_n") > 0).then(pl.col("common") / pl.col("gold_n")).otherwise(0.0)
    lp = pl.when(pl.col("l_pred") > 0).then(pl.col("l_tp") / pl.col("l_pred")).otherwise(0.0)
    lr = pl.when(pl.col("l_gold") > 0).then(pl.col("l_tp") / pl.col("l_gold")).otherwise(0.0)
    return out.with_columns(precision=p, recall=r, line_precision=lp, line_recall=lr).with_columns(
        f1=_f1(pl.col("precision"), pl.col("recall")),
        line_f1=_f1(pl.col("line_precision"), pl.col("line_recall")),
        title_ok=title_match("t_common", "t_pred", "t_gold"),
    )


def summarise(scores: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """Macro averages (and pooled bag-of-words F1) per group."""
    return (
        scores.group_by(by)
        .agg(
            texts=pl.len(),
            f1=pl.col("f1").mean(),
            precision=pl.col("precision").mean(),
            recall=pl.col("recall").mean(),
            f1_micro=_f1(pl.col("common").sum() / pl.col("pred_n").sum(), pl.col("common").sum() / pl.col("gold_n").sum()),
            line_f1=pl.col("line_f1").mean(),
            title_acc=pl.col("title_ok").mean(),
        )
        .sort(by)
    )
