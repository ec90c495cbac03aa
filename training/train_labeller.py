"""Train the labeller shipped in the package (``comments/data/labeller.json``).

    python training/render.py            # 1. the WCXB pages as text, four converters (~15 min)
    python -m training.dataset           # 2. gold labels on their lines (~1 min)
    python -m training.features          # 3. the segmenter's features of every line (~30 s)
    python -m training.train_labeller    # 4. lexicon and network → the model file (~3 min)
    python -m training.train_labeller --check   # does the shipped file match what 1–4 build?

The same data give the same file, byte for byte (seeded, single-threaded training; the
model file has no dates).  ``--out`` writes elsewhere; a model file is used with
``comments segment --labeller FILE`` or ``segment_frame(..., labeller=FILE)``.
Needs the ``training`` extra (``pip install -e '.[training]'``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import polars as pl

from comments.labeller import MODEL_PATH
from training.model import EPOCHS, fit
from training.model_file import write_model
from training.render import DEFAULT_OUT


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true",
                    help="train into a temporary file and say whether it is byte for byte the --out file, the "
                         "shipped one by default (exit 1 if not: it no longer matches the features and scripts)")
    args = ap.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            built = Path(tmp) / "labeller.json"
            train(args, built)
            same = args.out.exists() and built.read_bytes() == args.out.read_bytes()
        print(f"{args.out}: {'rebuilt byte for byte' if same else 'differs from what the scripts build'}",
              file=sys.stderr)
        return 0 if same else 1
    train(args, args.out)
    return 0


def train(args: argparse.Namespace, out: Path) -> None:
    """Train on ``build/wcxb/lines.parquet`` with ``args``' epochs and seed and write the model to ``out``."""
    lines = pl.read_parquet(DEFAULT_OUT / "lines.parquet")
    import torch

    docs = lines.select("doc_id", "file_id", "domain", "page_type").unique()
    real = docs.filter(pl.col("page_type") != "synthetic")
    meta = {
        "trained_on": "WCXB development split (Murrough Foley, 2026; CC-BY-4.0): "
                      f"{real['file_id'].n_unique()} pages of {real['domain'].n_unique()} domains, "
                      f"{real.height} texts from w3m, lynx, html2text and inscriptis "
                      f"({real.filter(pl.col('doc_id').str.ends_with('~clean')).height} of them cut to the article); "
                      f"and {docs.height - real.height} texts of tests/pages/tune and tests/pages2/tune",
        "lines": lines.height,
        "script": "training/train_labeller.py",
        "epochs": args.epochs,
        "seed": args.seed,
        "torch": torch.__version__.split("+")[0],
    }
    model = fit(lines, epochs=args.epochs, seed=args.seed, meta=meta)
    write_model(out, model.to_json(), ensure_ascii=False)
    print(f"wrote {out} ({out.stat().st_size / 1e3:.0f} kB)", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
