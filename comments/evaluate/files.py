"""Read, segment and score in one call: the whole of ``comments evaluate``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import polars as pl

from comments.errors import UsageError
from comments.evaluate.gold import Gold, load_gold
from comments.evaluate.report import Evaluation
from comments.evaluate.scoring import evaluate
from comments.readers.limits import BATCH_SIZE


def evaluate_files(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    gold: Gold | str | Path,
    *,
    text_col: str | None = None,
    id_col: str | None = None,
    site_col: str | None = None,
    encoding_errors: str = "strict",
    batch_size: int = BATCH_SIZE,
    jobs: int = 1,
    cues=None,
    labeller=None,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
) -> tuple[Evaluation, pl.DataFrame]:
    """Segment the documents of ``paths`` (the options of ``comments.segment_files``) and score them against
    ``gold`` (a :class:`Gold` or a gold file): the evaluation and the documents that could not be read or
    segmented (ERROR_SCHEMA).  Segments gold takes the texts from ``paths`` (read a second time), dragnet gold
    carries them.

    >>> result, errors = evaluate_files("seeds/", "seeds/gold.jsonl")
    >>> result.summary["word_accuracy"], errors.height
    (1.0, 0)
    """
    from comments.pipeline import segment_files
    from comments.readers import read_documents

    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    if any(str(p) == "-" for p in paths):
        raise UsageError("comments evaluate reads its documents twice (to segment them, and their texts): give "
                         "files, not standard input")
    gold = gold if isinstance(gold, Gold) else load_gold(gold)
    options = dict(text_col=text_col, id_col=id_col, site_col=site_col, encoding_errors=encoding_errors,
                   limit=limit, sample=sample, seed=seed)
    seg = segment_files(paths, batch_size=batch_size, jobs=jobs, cues=cues, labeller=labeller, **options)
    texts = None
    if gold.mode != "dragnet":
        docs, _ = read_documents(paths, batch_size=batch_size, **options)
        texts = docs.select("doc_id", "text")
    return evaluate(seg.spans, gold, texts), seg.errors
