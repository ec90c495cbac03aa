"""Train the thread check (``comments.thread_check``): which found threads are comments.

    python -m training.train_thread_check            # writes comments/data/thread_check.json
    python -m training.train_thread_check --report   # held-out figures only, writes nothing

Candidate threads are what the comment finder finds on WCXB texts and on the synthetic
tune pages (tests/pages*/tune).  A thread is a comment section when at least half of its
words lie in gold comments: for WCXB pages, the comments known from their HTML
(``training.comment_gold``: the marked renderings are the texts); pages whose HTML holds
no comment container are comment-free; pages whose HTML has a comment area the gold
builder does not recognise, and forum pages where it finds no posts, are left out.  The labeller's probabilities come from the
fold model that never saw the page's domain (``training.crossval.fold_model``), as they
would on an unseen site.

Model: logistic regression over standardised features (L2, Newton steps; numpy,
deterministic).  Threshold: the lowest probability that keeps KEEP_RECALL of the
comment-section threads' words, chosen on out-of-fold predictions (5 site-disjoint folds),
so the held-out figures printed are honest.  The same data give the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import polars as pl

from comments import lines as lines_mod
from comments.cues import load_cues
from comments.labeller import score
from comments.lines import D
from comments.segmenter import find_comments
from comments.thread_check import FEATURES, KINDS, ThreadCheck, thread_features, thread_probability
from training import features as feats
from training.comment_gold import comment_free
from training.model_file import read_fold, script_arguments, write_fold, write_model, write_table
from training.render import DEFAULT_OUT

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "comments" / "data" / "thread_check.json"
L2 = 1.0
KEEP_RECALL = 0.97  # of comment-section words kept
SYNTHETIC_WEIGHT = 2.0


def _docs() -> tuple[pl.DataFrame, pl.DataFrame]:
    """(texts: doc_id, text, fold, source; gold comment lines: doc_id, line_no)."""
    out = DEFAULT_OUT
    cg_docs = pl.read_parquet(out / "comment_gold_docs.parquet")
    cg = pl.read_parquet(out / "comment_gold.parquet")
    wc = pl.read_parquet(out / "documents.parquet")
    # pages with a comment area but no container the gold builder knows are unknown, left
    # out (and forum pages without known posts: a forum page has replies the builder missed)
    plain = comment_free(wc, cg_docs)
    cg_docs = cg_docs.filter("consistent")
    marked = cg_docs.join(wc.select("doc_id", "domain"), on="doc_id", how="left", suffix="_wc").with_columns(
        domain=pl.coalesce("domain", "domain_wc"))
    texts = pl.concat([
        plain.select("doc_id", "text", "domain", source=pl.lit("wcxb")),
        marked.select("doc_id", "text", "domain", source=pl.lit("wcxb")),
    ]).with_columns(fold=pl.col("domain").fill_null("").map_elements(feats.fold_of, return_dtype=pl.Int64))
    gold = cg.select("doc_id", line_no=pl.int_ranges("start_line", pl.col("end_line") + 1)).explode("line_no")
    syn, syn_gold = feats.synthetic_documents()
    texts = pl.concat([texts, syn.select("doc_id", "text", "domain", source=pl.lit("synthetic"), fold=pl.lit(-1, pl.Int64))])
    gold = pl.concat([gold, syn_gold.filter(pl.col("gold") == "comment").select("doc_id", "line_no")])
    return texts, gold.unique()


def candidate_threads(texts: pl.DataFrame, gold: pl.DataFrame) -> pl.DataFrame:
    """Thread features and truth for every candidate thread, labeller out of fold."""
    from training.crossval import fold_model

    cues = load_cues()
    parts = []
    for (fold,), part in sorted(texts.partition_by("fold", as_dict=True).items()):
        model = fold_model(max(fold, 0))
        for chunk in part.iter_slices(3000):
            docs = chunk.with_columns(pl.int_range(pl.len()).cast(pl.Int64).alias(D))
            all_lines = lines_mod.split_lines(docs)
            logical, _ = lines_mod.unwrap(all_lines)
            f = lines_mod.features(logical, cues)
            f = score(find_comments(f, cues), model, None)
            t = thread_features(f)
            if not t.height:
                continue
            ids = docs.select(D, "doc_id", "fold", "source")
            cl = f.filter(pl.col("comment_seq").is_not_null()).select(
                D, "line_no", "n_words", comment_kind=pl.col("comment_kind").fill_null("?"))
            cl = cl.join(ids.select(D, "doc_id"), on=D).join(
                gold.with_columns(g=pl.lit(True)), on=["doc_id", "line_no"], how="left")
            truth = cl.group_by(D, "comment_kind").agg(
                words=pl.col("n_words").sum(),
                gold_share=(pl.col("n_words") * pl.col("g").fill_null(False)).sum() / pl.col("n_words").sum().clip(1),
            )
            parts.append(t.join(truth, on=[D, "comment_kind"]).join(ids, on=D).drop(D))
        print(f"fold {fold}: {sum(p.height for p in parts)} threads so far", file=sys.stderr)
    return pl.concat(parts).with_columns(y=pl.col("gold_share") >= 0.5)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2):
    """Weighted L2 logistic regression by Newton's method on standardised features."""
    mean = x.mean(0)
    std = x.std(0)
    std[std < 1e-9] = 1.0
    z = np.hstack([(x - mean) / std, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ beta))
        grad = z.T @ (w * (p - y)) + reg * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    return mean, std, beta[:-1], float(beta[-1])


def _threshold(prob: np.ndarray, y: np.ndarray, words: np.ndarray) -> float:
    """The highest threshold that keeps KEEP_RECALL of the true threads' words."""
    pos = np.argsort(-prob[y])
    kept = np.cumsum(words[y][pos]) / words[y].sum()
    i = int(np.searchsorted(kept, KEEP_RECALL))
    return float(np.floor(prob[y][pos][min(i, len(pos) - 1)] * 1000) / 1000)


def judged(t: pl.DataFrame, kinds=KINDS) -> pl.DataFrame:
    """The candidate threads of the kinds the check judges."""
    return t.filter(pl.col("comment_kind").is_in(list(kinds)))


def _arrays(t: pl.DataFrame):
    x = t.select(FEATURES).to_numpy().astype(np.float64)
    y = t["y"].to_numpy()
    w = np.where(t["source"].to_numpy() == "synthetic", SYNTHETIC_WEIGHT, 1.0)
    return x, y, w


def train(t: pl.DataFrame, meta: dict) -> ThreadCheck:
    x, y, w = _arrays(t)
    mean, std, weights, bias = fit(x, y, w)
    # threshold from out-of-fold probabilities of the WCXB threads
    oof = out_of_fold(t)
    real = t["source"].to_numpy() == "wcxb"
    thr = _threshold(oof[real], y[real], t["words"].to_numpy()[real])
    return ThreadCheck(mean, std, weights, bias, thr, meta)


def out_of_fold(t: pl.DataFrame) -> np.ndarray:
    x, y, w = _arrays(t)
    folds = t["fold"].to_numpy()
    prob = np.zeros(len(t))
    for k in range(feats.N_FOLDS):
        test = folds == k
        mean, std, weights, bias = fit(x[~test], y[~test], w[~test])
        prob[test] = thread_probability(t.filter(pl.Series(test)),
                                        ThreadCheck(mean, std, weights, bias, 0.5, {}))
    return prob




def fold_thread_check(fold: int) -> ThreadCheck:
    """The check fitted without ``fold`` (written by ``report``), for held-out evaluations."""
    from comments.thread_check import from_json

    return from_json(read_fold("threads", fold))


def report(t: pl.DataFrame) -> None:
    """Held-out figures: each fold scored by a model (and threshold) fitted without it;
    the fold's check is kept in ``build/wcxb/models/threads-fold<k>.json``."""
    x, y, w = _arrays(t)
    folds = t["fold"].to_numpy()
    words = t["words"].to_numpy()
    keep = np.zeros(len(t), dtype=bool)
    for k in range(feats.N_FOLDS):
        test = folds == k
        inner = t.filter(pl.Series(~test & (folds >= 0)))
        oof = out_of_fold(inner)
        ix, iy, _ = _arrays(inner)
        thr = _threshold(oof, iy, inner["words"].to_numpy())
        mean, std, weights, bias = fit(x[~test], y[~test], w[~test])
        check = ThreadCheck(mean, std, weights, bias, thr, {"fold": k})
        p = thread_probability(t.filter(pl.Series(test)), check)
        keep[test] = p >= thr
        write_fold("threads", k, check.to_json())
    real = folds >= 0
    r = pl.DataFrame({"y": y[real], "keep": keep[real], "words": words[real], "kind": t["comment_kind"].to_numpy()[real]})
    print(r.group_by("kind").agg(
        threads=pl.len(), true=pl.col("y").sum(), kept_true=(pl.col("y") & pl.col("keep")).sum(),
        false=(~pl.col("y")).sum(), kept_false=(~pl.col("y") & pl.col("keep")).sum(),
    ).sort("threads", descending=True))
    tw = r.filter(pl.col("y"))
    print(f"held out: true threads kept {tw['keep'].mean():.3f} (words {(tw['words'] * tw['keep']).sum() / tw['words'].sum():.3f}); "
          f"false threads kept {r.filter(~pl.col('y'))['keep'].mean():.3f}", file=sys.stderr)


def main(argv=None) -> int:
    args = script_arguments(__doc__, OUT, argv, candidates="the candidate threads")
    cache = DEFAULT_OUT / "threads.parquet"
    if args.rebuild or not cache.exists():
        texts, gold = _docs()
        write_table(candidate_threads(texts, gold), cache)
    t = judged(pl.read_parquet(cache).sort("doc_id", "comment_kind"))
    report(t)
    if args.report:
        return 0
    meta = {"trained_on": f"{t.filter(pl.col('source') == 'wcxb').height} candidate threads on WCXB texts "
                          f"(Murrough Foley, 2026; CC-BY-4.0) and {t.filter(pl.col('source') != 'wcxb').height} "
                          "on tests/pages*/tune", "script": "training/train_thread_check.py",
            "keep_recall": KEEP_RECALL, "l2": L2}
    check = train(t, meta)
    write_model(args.out, check.to_json())
    print(f"wrote {args.out}: threshold {check.threshold}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
