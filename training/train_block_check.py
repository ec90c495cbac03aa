"""Train the body block check (``comments.body_blocks``): which runs of body lines are the
article's, and which lines between them are.

    python -m training.train_block_check             # writes comments/data/block_check.json
    python -m training.train_block_check --report    # held-out figures only, writes nothing
    python -m training.train_block_check --rebuild   # recompute the candidates first

Candidates come from the segmenter run on every usable WCXB text, bare, with the fold
models that never saw the page's domain (labeller, thread check, title ranker:
``training.crossval.held_out_model``), as on an unseen site, and from the tune test pages
(tests/pages*/tune).  Two stages, as the segmenter applies them:

1. **stray**: the body blocks the segmenter finds without the check.  A block belongs to
   the article when at least half of its words lie on gold main-content lines
   (``build/wcxb/gold_lines.parquet``; on forum pages the posts too).  A page's largest
   block is always kept, so it is neither trained on nor judged.
2. **gaps**: the boilerplate lines of the gaps between the blocks the segmenter keeps with
   each fold's stray model (fitted without the fold), each judged by its gold label.

Each part: weighted L2 logistic regression by Newton's method
(``training.train_thread_check.fit``; numpy, deterministic: the same data give the same
file), each candidate weighted by its words over its page's predicted main-content words,
so that every page weighs alike, as in the macro-averaged F1 the cross-validation reports.
Threshold: the one whose out-of-fold decisions give the best mean main-content F1 (line
words) over the WCXB article and forum texts (5 site-disjoint folds), among those whose
decided words are at least 70% rightly decided (``MIN_PRECISION``); the other page types
are reported, not optimised.  ``--report`` prints each fold's
texts decided by a part fitted (and thresholded) without it; those checks are kept in
``build/wcxb/models/blocks-fold<k>.json`` for ``training.crossval`` and the other held-out
evaluations.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from comments.body_blocks import (
    FEATURES, GAP_FEATURES, BlockCheck, Logistic, block_features, from_json, gap_features, with_blocks, with_gaps,
)
from comments.cues import load_cues
from comments.lines import D
from comments.pipeline import label_lines
from training import features as feats
from training.model_file import read_fold, script_arguments, write_fold, write_model, write_table
from training.render import DEFAULT_OUT
from training.train_thread_check import fit

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "comments" / "data" / "block_check.json"
SYNTHETIC_WEIGHT = 2.0  # a tune test page counts as two real ones (as in the thread check)
# the page types a threshold is chosen on: the pages this toolkit is for (articles with their
# readers' comments, forums); listing, collection and other pages are reported, not optimised
TARGET_TYPES = ("article", "forum")
# a part may move only words it moves rightly seven times in ten (out of fold, on those texts):
# a lower stray threshold or gap threshold would add a little F1 at the price of more
# article paragraphs lost or more buttons and links read as article
MIN_PRECISION = 0.7


@dataclass(frozen=True)
class Part:
    name: str
    features: tuple[str, ...]
    mark: str  # the column that marks the candidates' lines
    unit: tuple[str, ...]  # the candidate's id columns (with the page's)
    sign: int  # -1: a decision removes the candidate's words from the main content; +1: adds them
    thresholds: np.ndarray  # searched for the best mean F1

    def decide(self, prob: np.ndarray, threshold: float) -> np.ndarray:
        return prob < threshold if self.sign < 0 else prob >= threshold


STRAY = Part("stray", FEATURES, "_blk", ("_blk",), -1, np.round(np.arange(0.02, 0.62, 0.02), 2))
GAPS = Part("gaps", GAP_FEATURES, "_gap", ("line_no",), +1, np.round(np.arange(0.30, 1.0, 0.02), 2))


def _texts() -> tuple[pl.DataFrame, pl.DataFrame]:
    """(texts: doc_id, text, fold, page_type, converter; gold physical lines: doc_id, line_no, main)."""
    from training.crossval import gold_documents  # (crossval imports this module)

    docs = gold_documents().select("doc_id", "text", "fold", "page_type", "converter")
    gold = pl.read_parquet(DEFAULT_OUT / "gold_lines.parquet").join(docs.select("doc_id", "page_type"), on="doc_id")
    gold = gold.select("doc_id", "line_no", main=(pl.col("gold") == "body")
                       | ((pl.col("page_type") == "forum") & (pl.col("gold") == "comment")))
    syn, syn_gold = feats.synthetic_documents()
    docs = pl.concat([docs, syn.select("doc_id", "text", pl.col("fold").cast(pl.Int64), "page_type", "converter")])
    gold = pl.concat([gold, syn_gold.filter(pl.col("gold").is_not_null())
                      .select("doc_id", "line_no", main=pl.col("gold") == "body")])
    return docs, gold


def candidates(part: Part, checks: dict[int, BlockCheck]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(candidates: doc_id, fold, page_type, converter, <unit>, words, gold_words, y, weight,
    features; texts: doc_id, fold, page_type, converter, tp, pred, gold — the line words of
    the main content as the segmenter with ``checks[fold]`` predicts it)."""
    from training.crossval import held_out_model

    docs, gold = _texts()
    cues = load_cues()
    found, texts = [], []
    mark, describe = (with_blocks, block_features) if part is STRAY else (with_gaps, gap_features)
    for (fold,), group in sorted(docs.partition_by("fold", as_dict=True).items()):
        k = max(fold, 0)  # (the tune pages: with fold 0's models, as the other checks')
        model = held_out_model(k, block_check=checks[k])
        for chunk in group.sort("doc_id").iter_slices(2000):
            d = chunk.with_columns(pl.int_range(pl.len()).cast(pl.Int64).alias(D))
            _, phys, lab = label_lines(d, cues, model)
            ids = d.select(D, "doc_id", "fold", "page_type", "converter")
            # a logical line is main content when half its physical lines are
            main = (
                phys.join(ids.select(D, "doc_id"), on=D)
                .join(gold, left_on=["doc_id", "phys_line"], right_on=["doc_id", "line_no"], how="inner")
                .group_by(D, "line_no").agg(main=pl.col("main").mean() >= 0.5)
            )
            lab = mark(lab).join(main, on=[D, "line_no"], how="left")
            forum = pl.col("page_type") == "forum"
            scored = lab.join(ids, on=D).filter(pl.col("main").is_not_null()).with_columns(
                w=pl.col("n_words").cast(pl.Float64),
                pred=(pl.col("label") == "body") | (forum & (pl.col("label") == "comment")))
            texts.append(scored.group_by("doc_id", "fold", "page_type", "converter").agg(
                tp=(pl.col("w") * (pl.col("pred") & pl.col("main"))).sum(),
                pred=(pl.col("w") * pl.col("pred")).sum(), gold=(pl.col("w") * pl.col("main")).sum()))
            truth = scored.filter(pl.col(part.mark).is_not_null()).group_by(D, *part.unit).agg(
                words=pl.col("w").sum(), gold_words=(pl.col("w") * pl.col("main")).sum())
            found.append(describe(lab).join(truth, on=[D, *part.unit], how="inner").join(ids, on=D).drop(D))
        print(f"{part.name}, fold {fold}: {sum(c.height for c in found)} candidates so far", file=sys.stderr)
    texts = pl.concat(texts).sort("doc_id")
    found = pl.concat(found).join(texts.select("doc_id", "pred"), on="doc_id", how="left").with_columns(
        y=pl.col("gold_words") >= 0.5 * pl.col("words"),
        weight=pl.col("words") / pl.col("pred").clip(1) * pl.when(pl.col("fold") < 0).then(SYNTHETIC_WEIGHT).otherwise(1.0),
    ).drop("pred")
    if part is STRAY:
        found = found.filter(pl.col("largest") == 0)  # (always kept)
    return found.sort("doc_id", *part.unit), texts


def _fit(part: Part, c: pl.DataFrame, threshold: float = 0.5) -> Logistic:
    x = np.nan_to_num(c.select(part.features).to_numpy().astype(np.float64))
    mean, std, weights, bias = fit(x, c["y"].to_numpy().astype(np.float64), c["weight"].to_numpy())
    return Logistic(part.features, mean, std, weights, bias, threshold)


def _f1(tp, pred, gold):
    return pl.when(pred + gold > 0).then(2 * tp / (pred + gold)).otherwise(0.0)


def f1_after(part: Part, texts: pl.DataFrame, c: pl.DataFrame, decided: np.ndarray) -> pl.DataFrame:
    """Per text: line-word F1 of the main content before and after the decided candidates."""
    d = c.filter(pl.Series(decided)).group_by("doc_id").agg(dw=pl.col("words").sum(), dg=pl.col("gold_words").sum())
    t = texts.join(d, on="doc_id", how="left").with_columns(pl.col("dw", "dg").fill_null(0.0) * part.sign)
    return t.with_columns(before=_f1(pl.col("tp"), pl.col("pred"), pl.col("gold")),
                          after=_f1(pl.col("tp") + pl.col("dg"), pl.col("pred") + pl.col("dw"), pl.col("gold")))


def out_of_fold(part: Part, c: pl.DataFrame) -> np.ndarray:
    folds = c["fold"].to_numpy()
    prob = np.zeros(c.height)
    for k in sorted(set(folds[folds >= 0].tolist())):
        test = folds == k
        prob[test] = _fit(part, c.filter(pl.Series(~test))).probabilities(c.filter(pl.Series(test)))
    return prob


def best_threshold(part: Part, c: pl.DataFrame, texts: pl.DataFrame) -> float:
    """The threshold whose out-of-fold decisions give the best mean F1 over the WCXB texts
    of the ``TARGET_TYPES``, among those whose decided words are ``MIN_PRECISION`` right."""
    is_real = (c["fold"].to_numpy() >= 0) & c["page_type"].is_in(TARGET_TYPES).to_numpy()
    prob = out_of_fold(part, c)[is_real]
    real = c.filter(pl.Series(is_real))
    real_texts = texts.filter(pl.col("fold") >= 0, pl.col("page_type").is_in(TARGET_TYPES))
    words, gold = real["words"].to_numpy(), real["gold_words"].to_numpy()
    best, best_f1 = float(part.thresholds[0] if part.sign > 0 else 0.0), -1.0
    for t in part.thresholds:
        d = part.decide(prob, t)
        right = gold[d].sum() if part.sign > 0 else (words[d] - gold[d]).sum()
        if not d.any() or right < MIN_PRECISION * words[d].sum():
            continue
        f1 = f1_after(part, real_texts, real, d)["after"].mean()
        if f1 > best_f1:
            best, best_f1 = float(t), f1
    return best


def fold_parts(part: Part, c: pl.DataFrame, texts: pl.DataFrame) -> tuple[dict[int, Logistic], np.ndarray]:
    """Each fold's model fitted and thresholded without it, and the held-out decisions."""
    folds = c["fold"].to_numpy()
    decided = np.zeros(c.height, dtype=bool)
    models = {}
    for k in range(feats.N_FOLDS):
        test = folds == k
        train = c.filter(pl.Series(~test))
        thr = best_threshold(part, train, texts.filter(pl.col("fold") != k))
        models[k] = _fit(part, train, thr)
        decided[test] = part.decide(models[k].probabilities(c.filter(pl.Series(test))), thr)
        print(f"{part.name}, fold {k}: threshold {thr}", file=sys.stderr)
    return models, decided


def report(part: Part, c: pl.DataFrame, texts: pl.DataFrame, decided: np.ndarray) -> None:
    real = c["fold"].to_numpy() >= 0
    r = f1_after(part, texts.filter(pl.col("fold") >= 0), c.filter(pl.Series(real)), decided[real])
    agg = dict(texts=pl.len(), before=pl.col("before").mean(), after=pl.col("after").mean(),
               worse=(pl.col("after") < pl.col("before") - 1e-9).sum(),
               better=(pl.col("after") > pl.col("before") + 1e-9).sum())
    print(f"\n{part.name}: held-out line-word F1 of the main content, by page type and (article pages) converter")
    print(r.group_by("page_type").agg(**agg).sort("page_type"))
    print(r.filter(pl.col("page_type") == "article").group_by("converter").agg(**agg).sort("converter"))
    cc = c.filter(pl.Series(real)).with_columns(decided=pl.Series(decided[real]))
    a = r.filter(pl.col("page_type") == "article")
    print(f"{part.name}: held out, {int(cc['decided'].sum())} of {cc.height} candidates decided, "
          f"{int((cc['decided'] & (cc['y'] == (part.sign < 0))).sum())} of them wrongly; article texts "
          f"{a['before'].mean():.4f} -> {a['after'].mean():.4f}", file=sys.stderr)


def _cached(part: Part, checks: dict[int, BlockCheck], rebuild: bool) -> tuple[pl.DataFrame, pl.DataFrame]:
    paths = DEFAULT_OUT / f"block_check_{part.name}.parquet", DEFAULT_OUT / f"block_check_{part.name}_texts.parquet"
    if rebuild or not all(p.exists() for p in paths):
        for frame, path in zip(candidates(part, checks), paths):
            write_table(frame, path)
    return pl.read_parquet(paths[0]), pl.read_parquet(paths[1])


def _write_folds(checks: dict[int, BlockCheck]) -> None:
    for k, check in checks.items():
        write_fold("blocks", k, check.to_json())


def fold_block_check(fold: int) -> BlockCheck:
    """The check fitted without ``fold`` (written by this script), for held-out evaluations."""
    return from_json(read_fold("blocks", fold))


def main(argv=None) -> int:
    args = script_arguments(__doc__, OUT, argv)
    off = BlockCheck.off()
    # 1. stray blocks, found without the check
    blocks, block_texts = _cached(STRAY, {k: off for k in range(feats.N_FOLDS)}, args.rebuild)
    stray, decided = fold_parts(STRAY, blocks, block_texts)
    report(STRAY, blocks, block_texts, decided)
    checks = {k: BlockCheck(stray[k], off.gaps, {"fold": k}) for k in stray}
    _write_folds(checks)
    # 2. gaps, between the blocks each fold's stray part keeps
    gaps, gap_texts = _cached(GAPS, checks, args.rebuild)
    gap_parts, decided = fold_parts(GAPS, gaps, gap_texts)
    report(GAPS, gaps, gap_texts, decided)
    _write_folds({k: BlockCheck(stray[k], gap_parts[k], {"fold": k}) for k in stray})
    if args.report:
        return 0
    wcxb_blocks, wcxb_gaps = blocks.filter(pl.col("fold") >= 0), gaps.filter(pl.col("fold") >= 0)
    meta = {"trained_on": f"{wcxb_blocks.height} body blocks and {wcxb_gaps.height} gaps of "
                          f"{block_texts.filter(pl.col('fold') >= 0).height} WCXB texts (Murrough Foley, 2026; "
                          f"CC-BY-4.0), labeller scores from the fold models, and {blocks.height - wcxb_blocks.height} "
                          f"blocks and {gaps.height - wcxb_gaps.height} gaps of tests/pages*/tune",
            "script": "training/train_block_check.py"}
    check = BlockCheck(_fit(STRAY, blocks, best_threshold(STRAY, blocks, block_texts)),
                       _fit(GAPS, gaps, best_threshold(GAPS, gaps, gap_texts)), meta)
    write_model(args.out, check.to_json())
    print(f"wrote {args.out}: thresholds {check.stray.threshold} (stray), {check.gaps.threshold} (gaps)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
