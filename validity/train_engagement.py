"""Train the engagement score (``analysis.engagement``) from the validity set's hand labels.

    python -m validity.train_engagement             # writes analysis/data/engagement.json
    python -m validity.train_engagement --report    # figures only, writes nothing

Data: the labelled comments of ``tests/validity`` (``engages_claim`` of tests/validity/GUIDE.md) of the
*development* part only; the held-out part (split by site) is never read for fitting or for the threshold, only
scored at the end for the report.  Needs ../shared/dev (the dragnet texts).

Model: logistic regression over the standardised ``analysis.engagement.FEATURES`` with an L2 penalty
(``training.train_thread_check.fit``: Newton steps from zero, numpy, deterministic: the same labels give the same
file).  Threshold: the score that gives the best F1 over out-of-fold scores of the development comments, folds by
site (a site's comments are scored by a model fitted without them).
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

import numpy as np
import polars as pl

from analysis.engagement import FEATURES, features
from training.train_thread_check import fit
from validity.data import available
from validity.evaluate import columns, labelled

OUT = Path(__file__).resolve().parent.parent / "analysis" / "data" / "engagement.json"
L2 = 3.0
FOLDS = 5
THRESHOLDS = np.round(np.arange(0.10, 0.701, 0.01), 2)


def _fold(site: str) -> int:
    return zlib.crc32(site.encode("utf-8")) % FOLDS


def _prob(x: np.ndarray, mean, std, weights, bias) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(((x - mean) / std) @ weights + bias)))


def _f1(pred: np.ndarray, y: np.ndarray) -> float:
    tp = (pred & y).sum()
    return 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0


def data() -> pl.DataFrame:
    """The labelled comments with their engagement features (FEATURES), label and split."""
    frame = columns(labelled(), offensive=False, engagement=False)
    return frame.select("item_id", "site", "held_out", y=pl.col("gold_engages_claim"),
                        has=pl.col("best_similarity").is_not_null(), *features(pl.col("text")))


def train(d: pl.DataFrame) -> tuple[dict, str]:
    dev = d.filter(~pl.col("held_out") & pl.col("has"))
    x = dev.select(FEATURES).to_numpy().astype(np.float64)
    y = dev["y"].to_numpy().astype(bool)
    w = np.ones(len(y))
    folds = np.array([_fold(s) for s in dev["site"]])
    oof = np.zeros(len(y))
    for k in range(FOLDS):
        test = folds == k
        oof[test] = _prob(x[test], *fit(x[~test], y[~test].astype(float), w[~test], L2))
    f1s = [_f1(oof >= t, y) for t in THRESHOLDS]
    threshold = float(THRESHOLDS[int(np.argmax(f1s))])
    mean, std, weights, bias = fit(x, y.astype(float), w, L2)
    model = {
        "format": "comments-toolkit engagement score", "version": 1, "features": list(FEATURES),
        "mean": mean.round(6).tolist(), "std": std.round(6).tolist(), "weights": weights.round(6).tolist(),
        "bias": round(bias, 6), "threshold": threshold,
        "meta": {"trained_on": f"{len(y)} comments of the development part of tests/validity ({int(y.sum())} "
                               "engage a statement of their article)",
                 "script": "validity/train_engagement.py", "l2": L2,
                 "dev_out_of_fold_f1": round(max(f1s), 3)},
    }
    report = f"development, out of fold: F1 {max(f1s):.3f} at threshold {threshold}"
    held = d.filter(pl.col("held_out"))
    if held.height:
        xh = held.select(FEATURES).to_numpy().astype(np.float64)
        yh = held["y"].to_numpy().astype(bool)
        ph = np.where(held["has"].to_numpy(), _prob(xh, mean, std, weights, bias), 0.0)
        pred = ph >= threshold
        tp = int((pred & yh).sum())
        report += (f"\nheld out: {held.height} comments, {int(yh.sum())} engage; at {threshold}: precision "
                   f"{tp / max(pred.sum(), 1):.3f}, recall {tp / max(yh.sum(), 1):.3f}, F1 {_f1(pred, yh):.3f}")
    return model, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--report", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not available():
        print("train_engagement: ../shared/dev is not there; the dragnet texts cannot be read", file=sys.stderr)
        return 2
    model, report = train(data())
    print(report)
    if not args.report:
        from training.model_file import write_model

        write_model(args.out, model)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
