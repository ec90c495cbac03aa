"""Train the title ranker (``comments.title_ranker``): which of a page's most title-like
lines is its headline.

    python -m training.train_title_ranker            # writes comments/data/title_ranker.json
    python -m training.train_title_ranker --report   # held-out figures only, writes nothing

Candidates are the ``K`` most title-like lines of every usable WCXB text (all page
types; each text twice, bare and with its page URL), with the labeller's probabilities from the fold model that never saw the page's
domain (``training.crossval.fold_model``, with its fold's thread check), as they would be
on an unseen site.  A candidate is the headline when it and the gold title share at least
80% of each other's words (``training.metrics``' title measure).

Model: a conditional logit — one softmax over each page's candidates, the likelihood of
the page's correct candidates (pages without one are left out) — with an L2 penalty,
fitted by full-batch Adam for a fixed number of steps from zero weights (numpy,
deterministic: the same data give the same file).  ``--report`` prints the held-out pick
accuracy per page type and converter: each fold ranked by a model fitted without it,
kept in ``build/wcxb/models/title-fold<k>.json`` for the cross-validation
(``training.crossval``) and the other held-out evaluations.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np
import polars as pl

from comments import lines as lines_mod
from comments.cues import load_cues
from comments.lines import D
from comments.segmenter import checked_threads
from comments.title_ranker import FEATURES, K, TitleRanker, candidate_features, from_json
from training import features as feats
from training.metrics import LINK_TARGET, title_match, word_bag, word_overlap
from training.model_file import read_fold, script_arguments, write_fold, write_model, write_table
from training.render import DEFAULT_OUT

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "comments" / "data" / "title_ranker.json"
CACHE = DEFAULT_OUT / "title_candidates.parquet"
L2 = 1.0
STEPS = 3000
RATE = 0.05
URL_SUFFIX = "~url"  # the candidates of a text scored with its page URL
SYNTHETIC_WEIGHT = 2.0  # a tune test page counts as two real ones (as in the thread check)


def candidates() -> pl.DataFrame:
    """``doc_id, fold, page_type, converter, line_no, ok, FEATURES`` for every usable text."""
    from training.crossval import fold_model, gold_documents
    from training.train_thread_check import fold_thread_check

    docs = gold_documents()
    folds = pl.read_parquet(DEFAULT_OUT / "lines.parquet", columns=["doc_id", "fold"]).unique()
    docs = docs.join(folds, on="doc_id").sort("doc_id")
    cues = load_cues()
    parts = []
    for fold in range(feats.N_FOLDS):
        model = dataclasses.replace(fold_model(fold), thread_check=fold_thread_check(fold))
        d = docs.filter(pl.col("fold") == fold).with_columns(pl.int_range(pl.len()).cast(pl.Int64).alias(D))
        # each text twice: as a bare text, and with its page URL (another "page" of the data)
        for urls, suffix in ((None, ""), (d.select(D, "url"), URL_SUFFIX)):
            f = _scored(d, cues, model, urls)
            cand = candidate_features(f, K, urls).join(f.select(D, "line_no", "s"), on=[D, "line_no"], how="left")
            ids = d.select(D, (pl.col("doc_id") + suffix).alias("doc_id"), "fold", "page_type", "converter", "title")
            parts.append(cand.join(ids, on=D).drop(D))
            print(f"fold {fold}{suffix}: {cand.height} candidates", file=sys.stderr)
    # the tune test pages (always training data, like the labeller's and the thread check's)
    syn, syn_gold = feats.synthetic_documents()
    title = syn.select("doc_id", line=pl.col("text").str.split("\n")).with_columns(
        line_no=pl.int_ranges(1, pl.col("line").list.len() + 1)).explode("line", "line_no").join(
        syn_gold.filter(pl.col("gold") == "title"), on=["doc_id", "line_no"]).group_by("doc_id").agg(
        title=pl.col("line").sort_by("line_no").str.join(" "))
    d = syn.join(title, on="doc_id", how="left").sort("doc_id").with_columns(
        pl.int_range(pl.len()).cast(pl.Int64).alias(D))
    f = _scored(d, cues, dataclasses.replace(fold_model(0), thread_check=fold_thread_check(0)))
    cand = candidate_features(f, K).join(f.select(D, "line_no", "s"), on=[D, "line_no"], how="left")
    parts.append(cand.join(d.select(D, "doc_id", "fold", "page_type", "converter", "title"), on=D).drop(D))
    print(f"tune pages: {cand.height} candidates", file=sys.stderr)
    cand = pl.concat(parts)
    return _judged(cand).select("doc_id", "fold", "page_type", "converter", "line_no", "ok", *FEATURES)


def _scored(d: pl.DataFrame, cues, model, urls: pl.DataFrame | None = None) -> pl.DataFrame:
    """The lines table with the labeller's scores and the comments found, as ``label`` sees it."""
    logical, _ = lines_mod.unwrap(lines_mod.split_lines(d.select(D, "text")))
    return checked_threads(lines_mod.features(logical, cues), cues, model, urls)


def _judged(cand: pl.DataFrame) -> pl.DataFrame:
    """``ok``: the candidate would be a right title by ``training.metrics``' title measure."""
    key = pl.concat_str("doc_id", pl.col("line_no").cast(pl.String), separator="#")
    lines = cand.select(doc_id=key, line=pl.col("s").fill_null("").str.replace_all(LINK_TARGET, " "),
                        title=pl.col("title").fill_null(""))
    both = word_overlap(word_bag(lines, "line"), word_bag(lines, "title"))
    return cand.with_columns(key=key).join(
        both.select(key="doc_id", ok=title_match("common", "pred_n", "gold_n")), on="key", how="left"
    ).with_columns(pl.col("ok").fill_null(False)).drop("key").sort("doc_id", "line_no")


def fit(x: np.ndarray, y: np.ndarray, page: np.ndarray, meta: dict | None = None,
        weight: np.ndarray | None = None) -> TitleRanker:
    """The conditional logit over pages (``page``: 0..n-1 per candidate, sorted; ``weight``:
    each page's weight, 1 by default)."""
    mean, std = x.mean(0), x.std(0)
    std[std < 1e-9] = 1.0
    z = (x - mean) / std
    n_pages = int(page.max()) + 1
    has = np.bincount(page, weights=y, minlength=n_pages) > 0
    rows = has[page]  # pages with a correct candidate
    weight = np.ones(n_pages) if weight is None else weight
    weight = weight[has]
    z, y, page = z[rows], y[rows], np.unique(page[rows], return_inverse=True)[1]
    n_pages = int(page.max()) + 1
    total = weight.sum()
    w = np.zeros(z.shape[1])
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        s = z @ w
        top = np.full(n_pages, -np.inf)
        np.maximum.at(top, page, s)
        e = np.exp(s - top[page])
        p = e / np.bincount(page, weights=e, minlength=n_pages)[page]
        p_ok = np.bincount(page, weights=p * y, minlength=n_pages)
        # d(-log Σ_ok p)/ds = p - p·y / Σ_ok p
        grad = z.T @ (weight[page] * (p - p * y / p_ok[page])) / total + L2 * w / total
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad**2
        w -= RATE * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    return TitleRanker(mean, std, w, K, meta or {})


def _arrays(c: pl.DataFrame):
    """(candidates sorted, features, truth, page index, page weights)."""
    c = c.sort("doc_id", "line_no")
    page = c.select(pl.col("doc_id").rank("dense") - 1)["doc_id"].to_numpy().astype(np.int64)
    x = np.nan_to_num(c.select(FEATURES).to_numpy().astype(np.float64))
    pages = c.group_by("doc_id").agg(pl.col("fold").first()).sort("doc_id")
    weight = np.where(pages["fold"].to_numpy() < 0, SYNTHETIC_WEIGHT, 1.0)
    return c, x, c["ok"].to_numpy().astype(np.float64), page, weight


def _picks(c: pl.DataFrame, ranker: TitleRanker) -> pl.DataFrame:
    """Per text: whether the ranker's pick and the labeller's first choice are the headline."""
    from comments.title_ranker import scores

    c = c.with_columns(_s=pl.Series(scores(c, ranker)))
    first = c.sort("doc_id", "_s", "line_no", descending=[False, True, False]).group_by("doc_id", maintain_order=True).first()
    return first.select("doc_id", "page_type", "converter", ranked="ok").join(
        c.filter(pl.col("log_rank") == 0).select("doc_id", labeller="ok"), on="doc_id", how="left")


def report(c: pl.DataFrame) -> None:
    """Held-out pick accuracy; each fold's ranker is kept for the cross-validation."""
    picks = []
    for fold in range(feats.N_FOLDS):
        train, x, y, page, weight = _arrays(c.filter(pl.col("fold") != fold))
        ranker = fit(x, y, page, {"fold": fold}, weight)
        write_fold("title", fold, ranker.to_json())
        picks.append(_picks(c.filter(pl.col("fold") == fold), from_json(ranker.to_json())))
    p = pl.concat(picks).filter(pl.col("page_type") != "synthetic").with_columns(
        with_url=pl.col("doc_id").str.ends_with(URL_SUFFIX))
    for by in ("page_type", "converter", "with_url"):
        print(p.group_by(by).agg(texts=pl.len(), labeller=pl.col("labeller").mean(), ranked=pl.col("ranked").mean())
              .sort("texts", descending=True))
    print(f"held out, headline among the candidates picked: labeller's first {p['labeller'].mean():.3f}, "
          f"ranker {p['ranked'].mean():.3f} ({p.height} texts)", file=sys.stderr)


def fold_title_ranker(fold: int) -> TitleRanker:
    """The ranker fitted without ``fold`` (written by ``report``), for held-out evaluations."""
    return from_json(read_fold("title", fold))


def main(argv=None) -> int:
    args = script_arguments(__doc__, OUT, argv)
    if args.rebuild or not CACHE.exists():
        write_table(candidates(), CACHE)
    c = pl.read_parquet(CACHE)
    report(c)
    if args.report:
        return 0
    _, x, y, page, weight = _arrays(c)
    wcxb = c.filter(pl.col("fold") >= 0)["doc_id"].n_unique()
    meta = {"trained_on": f"{wcxb} WCXB texts (Murrough Foley, 2026; CC-BY-4.0), labeller scores from the "
                          f"fold models, and {c['doc_id'].n_unique() - wcxb} tune test pages (tests/pages*/tune)", "script": "training/train_title_ranker.py",
            "l2": L2, "steps": STEPS}
    ranker = fit(x, y, page, meta, weight)
    write_model(args.out, ranker.to_json())
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
