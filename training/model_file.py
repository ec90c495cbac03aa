"""Writing a trained model file whole: to a temporary name beside it, renamed when complete."""

from __future__ import annotations

import json
import os
from pathlib import Path


def write_model(path: Path, data: dict, ensure_ascii: bool = True) -> None:
    """``data`` as compact JSON at ``path`` (one line and a newline); never a half-written file."""
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=ensure_ascii, separators=(",", ":")) + "\n", encoding="utf-8")
    os.replace(tmp, path)


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
