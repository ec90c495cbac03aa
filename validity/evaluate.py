"""Measure the toolkit's marker and claim columns against the validity set's labels.

    python -m validity.evaluate                 # table per split (dev, held_out)
    python -m validity.evaluate --kappa         # Cohen's kappa of the two labelling passes
    python -m validity.evaluate --json out.json # everything, machine-readable

Each concept of tests/validity/GUIDE.md is mapped to a predicate over the columns (``CONCEPT_COLUMNS``): the
first alternative whose columns exist is used, so the script measures whatever marker file is loaded (a renamed
marker keeps its measurement).  Per concept and split: true/false positives, false negatives, precision, recall
and F1 with Wilson 95% intervals for precision and recall, and n (labelled comments) and positives.  The macro F1
is over the concepts with at least ``MIN_POSITIVES`` positive comments in that split.  The optional ``offensive``
column (``analysis.offensive``, extra ``[offensive]``) is measured against insult-or-profanity when installed,
beside the lexicon markers' answer to the same question (``offensive_lexicon``: insult or profanity marker > 0);
neither enters the macro F1.
Needs ../shared/dev (the dragnet texts are read from there).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import polars as pl

from analysis.claims import article_sentences, comment_claims
from analysis.markers import load_markers
from validity.data import CONCEPTS, LABELS, LABELS_PASS2, SKIP, available, load_items, read_labels

MIN_POSITIVES = 10
GOLD = "gold_"  # prefix of the label columns
Z = 1.959964

#: concept -> alternatives; each alternative is (required columns, predicate).  The first whose columns exist wins.
CONCEPT_COLUMNS: dict[str, list[tuple[tuple[str, ...], pl.Expr]]] = {
    "question": [(("m_question",), pl.col("m_question") > 0)],
    "exclamation": [(("m_exclamation",), pl.col("m_exclamation") > 0)],
    "caps_emphasis": [(("m_all_caps",), pl.col("m_all_caps") > 0)],
    "scare_quotes": [(("m_scare_quotes", "m_so_called"), (pl.col("m_scare_quotes") + pl.col("m_so_called")) > 0)],
    "laughter_ridicule": [(("m_laughter",), pl.col("m_laughter") > 0)],
    "sarcasm": [(("m_sarcasm_cues",), pl.col("m_sarcasm_cues") > 0), (("m_sarcasm",), pl.col("m_sarcasm") > 0)],
    "insult": [(("m_insult",), pl.col("m_insult") > 0)],
    "profanity": [
        (("m_profanity", "m_obfuscated_profanity"), (pl.col("m_profanity") + pl.col("m_obfuscated_profanity")) > 0),
        (("m_obfuscated_profanity",), pl.col("m_obfuscated_profanity") > 0),
    ],
    "conspiracy": [(("m_conspiracy",), pl.col("m_conspiracy") > 0)],
    "us_vs_them": [
        (("m_us_vs_them",), pl.col("m_us_vs_them") > 0),
        (("m_ingroup_pronoun", "m_outgroup_pronoun"), (pl.col("m_ingroup_pronoun") > 0) & (pl.col("m_outgroup_pronoun") > 0)),
    ],
    "call_to_action": [(("m_call_to_action",), pl.col("m_call_to_action") > 0)],
    "nazi_comparison": [(("m_nazi_comparison",), pl.col("m_nazi_comparison") > 0)],
    "whataboutism": [(("m_whataboutism",), pl.col("m_whataboutism") > 0)],
    "hedge": [(("m_hedge",), pl.col("m_hedge") > 0)],
    "booster": [(("m_booster",), pl.col("m_booster") > 0)],
    "quotes_article": [(("quotes_article",), pl.col("quotes_article").fill_null(False))],
    "engages_claim": [(("engages_claim",), pl.col("engages_claim").fill_null(False))],
}


def wilson(k: int, n: int) -> tuple[float | None, float | None]:
    """Wilson score 95% interval of the proportion k/n (None for n = 0)."""
    if n == 0:
        return None, None
    p = k / n
    d = 1 + Z * Z / n
    c = (p + Z * Z / (2 * n)) / d
    h = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / d
    return round(max(0.0, c - h), 3), round(min(1.0, c + h), 3)


def labelled() -> pl.DataFrame:
    """The labelled comments (skips dropped) with their text, article and labels (columns ``gold_<concept>``)."""
    labels = read_labels(LABELS).rename({c: GOLD + c for c in CONCEPTS})
    return load_items().join(labels, on="item_id", how="inner").filter(~pl.col(SKIP)).drop(SKIP).sort("item_id")


def columns(frame: pl.DataFrame, markers=None, offensive: bool = True, engagement=True) -> pl.DataFrame:
    """``frame`` (item_id, doc_id, text, title, body) with the marker columns, the claim columns and, when the
    optional model is installed, ``offensive``.  ``engagement``: as in ``comment_claims`` (False: no
    ``engage_score``, for the training script)."""
    marker_set = markers if markers is not None else load_markers()
    out = frame.with_columns(*marker_set.expressions(pl.col("text")))
    docs = frame.select("doc_id", "title", "body").unique("doc_id", keep="first").sort("doc_id")
    comments = frame.select("doc_id", pl.int_range(pl.len(), dtype=pl.Int64).alias("comment_id"), "text", "item_id")
    cc = comment_claims(comments.drop("item_id"), article_sentences(docs), engagement=engagement)
    cc = cc.join(comments.select("doc_id", "comment_id", "item_id"), on=["doc_id", "comment_id"])
    out = out.join(cc.drop("doc_id", "comment_id"), on="item_id", how="left")
    if offensive:
        try:
            from analysis.offensive import offensive_scores
        except ImportError:
            return out
        try:
            out = out.with_columns(offensive=offensive_scores(out["text"]))
        except ImportError:
            pass
    return out


def predicates(frame: pl.DataFrame) -> dict[str, tuple[str, pl.Expr]]:
    out = {}
    for concept, alternatives in CONCEPT_COLUMNS.items():
        for cols, expr in alternatives:
            if all(c in frame.columns for c in cols):
                out[concept] = (" + ".join(cols), expr)
                break
    lex = [c for c in ("m_insult", "m_profanity", "m_obfuscated_profanity") if c in frame.columns]
    if lex:  # the lexicon markers' answer to the model's question, measured beside it
        out["offensive_lexicon"] = (" or ".join(lex), pl.any_horizontal(pl.col(c) > 0 for c in lex))
    if "offensive" in frame.columns:
        out["offensive_model"] = ("offensive", pl.col("offensive") >= 0.5)
    if "engage_score" in frame.columns and frame["engage_score"].is_not_null().any():
        from analysis.engagement import load_model

        t = load_model().threshold
        out["engage_score"] = (f"engage_score >= {t}", pl.col("engage_score") >= t)
    return out


#: rows measured beside the concepts (another column's answer to one of them), never in the macro F1
BESIDE = ("offensive_model", "offensive_lexicon", "engage_score")


def _gold(concept: str) -> pl.Expr:
    if concept in ("offensive_model", "offensive_lexicon"):
        return pl.col(GOLD + "insult") | pl.col(GOLD + "profanity")
    if concept == "engage_score":
        return pl.col(GOLD + "engages_claim")
    return pl.col(GOLD + concept)


def measure(frame: pl.DataFrame) -> pl.DataFrame:
    """One row per (split, concept): column(s), n, positives, tp, fp, fn, precision, recall, f1, intervals."""
    rows = []
    preds = predicates(frame)
    for split, part in (("dev", frame.filter(~pl.col("held_out"))), ("held_out", frame.filter(pl.col("held_out"))),
                        ("all", frame)):
        for concept, (cols, expr) in preds.items():
            r = part.select(g=_gold(concept), p=expr.fill_null(False))
            tp = r.filter(pl.col("g") & pl.col("p")).height
            fp = r.filter(~pl.col("g") & pl.col("p")).height
            fn = r.filter(pl.col("g") & ~pl.col("p")).height
            prec = tp / (tp + fp) if tp + fp else None
            rec = tp / (tp + fn) if tp + fn else None
            f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
            rows.append({
                "split": split, "concept": concept, "columns": cols, "n": part.height, "positives": tp + fn,
                "tp": tp, "fp": fp, "fn": fn,
                "precision": None if prec is None else round(prec, 3), "precision_ci": list(wilson(tp, tp + fp)),
                "recall": None if rec is None else round(rec, 3), "recall_ci": list(wilson(tp, tp + fn)),
                "f1": None if f1 is None else round(f1, 3),
            })
    return pl.DataFrame(rows)


def macro_f1(results: pl.DataFrame, split: str) -> float | None:
    part = results.filter((pl.col("split") == split) & (pl.col("positives") >= MIN_POSITIVES)
                          & ~pl.col("concept").is_in(list(BESIDE)))
    return None if part.is_empty() else round(part["f1"].fill_null(0.0).mean(), 3)


def kappa(first: Path = LABELS, second: Path = LABELS_PASS2) -> pl.DataFrame:
    """Cohen's kappa per concept over the items both passes labelled (skips of either pass dropped)."""
    a = read_labels(first)
    b = read_labels(second)
    both = a.join(b, on="item_id", suffix="_2").filter(~pl.col(SKIP) & ~pl.col(SKIP + "_2"))
    rows = []
    n = both.height
    for c in CONCEPTS:
        x, y = both[c], both[c + "_2"]
        agree = (x == y).sum() / n
        px, py = x.sum() / n, y.sum() / n
        pe = px * py + (1 - px) * (1 - py)
        k = None if pe == 1 else round((agree - pe) / (1 - pe), 3)
        rows.append({"concept": c, "n": n, "positives_1": int(x.sum()), "positives_2": int(y.sum()),
                     "agreement": round(agree, 3), "kappa": k})
    return pl.DataFrame(rows)


def _fmt(v, ci=None) -> str:
    if v is None:
        return "–"
    return f"{v:.2f}" + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci and ci[0] is not None else "")


def table(results: pl.DataFrame, split: str) -> str:
    lines = [f"| concept | column(s) | n | positives | precision [95% CI] | recall [95% CI] | F1 |", "|---|---|---:|---:|---|---|---:|"]
    for r in results.filter(pl.col("split") == split).iter_rows(named=True):
        lines.append(f"| {r['concept']} | {r['columns']} | {r['n']} | {r['positives']} | "
                     f"{_fmt(r['precision'], r['precision_ci'])} | {_fmt(r['recall'], r['recall_ci'])} | {_fmt(r['f1'])} |")
    lines.append(f"\nmacro F1 over concepts with >= {MIN_POSITIVES} positives: {macro_f1(results, split)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kappa", action="store_true", help="print Cohen's kappa of the two labelling passes")
    parser.add_argument("--json", type=Path, help="write results (and kappa) as JSON")
    parser.add_argument("--split", choices=("dev", "held_out", "all"), default=None, help="print only this split")
    args = parser.parse_args(argv)
    if not available():
        print("validity: ../shared/dev is not there; the dragnet texts cannot be read", file=sys.stderr)
        return 2
    results = measure(columns(labelled()))
    for split in ([args.split] if args.split else ["dev", "held_out"]):
        print(f"\n## {split}\n")
        print(table(results, split))
    k = kappa() if (args.kappa or args.json) else None
    if args.kappa:
        print("\n## kappa (first pass vs second pass)\n")
        with pl.Config(tbl_rows=40):
            print(k)
    if args.json:
        payload = {"results": results.to_dicts(), "macro_f1": {s: macro_f1(results, s) for s in ("dev", "held_out", "all")},
                   "kappa": k.to_dicts()}
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
