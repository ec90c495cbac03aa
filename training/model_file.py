"""What the training scripts share: writing a model file or a cached table whole (to a temporary
name beside it, renamed when complete), the models each fold leaves for the held-out evaluations,
and the scripts' command line."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import polars as pl


def write_model(path: Path, data: dict, ensure_ascii: bool = True) -> None:
    """``data`` as compact JSON at ``path`` (one line and a newline); never a half-written file."""
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=ensure_ascii, separators=(",", ":")) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def write_table(frame: pl.DataFrame, path: Path) -> None:
    """``frame`` as Parquet at ``path``; never a half-written file."""
    tmp = path.with_suffix(path.suffix + ".part")
    frame.write_parquet(tmp)
    os.replace(tmp, path)


def script_arguments(doc: str | None, out: Path, argv=None, candidates: str = "the candidates") -> argparse.Namespace:
    """A training script's options: ``--out`` (the model file), ``--report`` (held-out figures and the
    fold models only), ``--rebuild`` (recompute its cached ``candidates``)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--rebuild", action="store_true", help=f"recompute {candidates}")
    return ap.parse_args(argv)


def fold_path(name: str, fold: int) -> Path:
    """Where a model fitted without ``fold`` is kept for the held-out evaluations:
    ``build/wcxb/models/<name>-fold<k>.json``."""
    from training.render import DEFAULT_OUT

    return DEFAULT_OUT / "models" / f"{name}-fold{fold}.json"


def write_fold(name: str, fold: int, data: dict) -> None:
    path = fold_path(name, fold)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_model(path, data)


def read_fold(name: str, fold: int) -> dict:
    return json.loads(fold_path(name, fold).read_text(encoding="utf-8"))
