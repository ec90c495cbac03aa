"""Why was a line labelled as it was?  ``explain`` shows it for the lines of one document.

For every non-blank (logical) line: its label, the labeller's class probabilities, the
rule that decided when a rule did (comment finder, caption and boilerplate cues, the title
choice), the cues the line matches, and the features that weighed most for the labeller's
class of that label: each feature's weight is how much the class's log-probability drops
when the feature (with the context features made from it) is set to its average over the
training data for every line of the page.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl

from comments.cues import Cues
from comments.labeller import (
    AFTER_FEATURES,
    CLASSES,
    LINE_FEATURES,
    Labeller,
    context_matrix,
    forward,
    line_features,
    model_inputs,
)
from comments.lines import D

# Which labeller class a final label stands for.
_CLASS_OF = {"title": "title", "body": "body", "comment": "comment", "caption": "other", "boilerplate": "other"}
_CUES = ("ui", "prefix", "block", "section", "action", "credit", "nav", "caption_cue", "pingback", "pagination")
_POSITION = ("pos", "wpos", "doc_words", "peak_dist", "peak_wdist", "pw_before", "dens")


def feature_groups() -> dict[str, list[int]]:
    """The network's inputs grouped by the line feature they come from (``prev_prose``,
    ``win10_prose`` → ``prose``); place on the page and the densest run of prose make the
    group ``position``."""
    groups: dict[str, list[int]] = {}
    for j, name in enumerate(model_inputs()):
        if name in _POSITION:
            key = "position"
        elif name.startswith(("prev_", "next_")):
            key = name.split("_", 1)[1]
        elif name.startswith("win") and "_" in name:
            key = name.split("_", 1)[1]
        elif name.startswith("after_"):
            key = name[len("after_"):]
        elif name.endswith("_above_at"):
            key = name[: -len("_above_at")]
        elif name in ("rel_words", "rel_indent"):
            key = {"rel_words": "log_words", "rel_indent": "indent"}[name]
        else:
            key = name
        groups.setdefault(key, []).append(j)
    assert set(AFTER_FEATURES) <= set(groups) and set(LINE_FEATURES) <= set(groups) | {"rule_comment"}
    return groups


def explain(docs: str | pl.DataFrame, doc_id: str | None = None, *, cues: Cues | str | None = None,
            labeller: Labeller | str | Path | None = None, top: int = 3) -> pl.DataFrame:
    """One row per non-blank line of one document: ``line_no``, ``last_line`` (a wrapped
    paragraph spans several), ``label``, ``p_title``, ``p_body``, ``p_comment``, ``p_other``,
    ``rule``, ``cues``, ``weighed_most`` (``feature +weight``, strongest first) and ``text``.

    ``docs``: the text of one page, or a DataFrame of documents (``doc_id``, ``text`` and
    optionally ``title``, ``url``) with ``doc_id`` naming one (default: the first).

    >>> explain("Budget Approved\\n\\nThe council voted on Tuesday to approve the budget for parks.\\n")[
    ...     "label"].to_list()
    ['title', 'body']
    """
    from comments.pipeline import _cues, _labeller, _normalise_input, label_lines

    if isinstance(docs, str):
        docs = pl.DataFrame({"doc_id": ["doc"], "text": [docs]})
    docs = _normalise_input(docs)
    if doc_id is not None:
        docs = docs.filter(pl.col("doc_id") == doc_id)
        if docs.height == 0:
            raise ValueError(f"no document with doc_id {doc_id!r}")
    docs = docs.head(1).with_columns(pl.lit(0, dtype=pl.Int64).alias(D))
    model = _labeller(labeller)
    urls = docs.select(D, "url") if docs["url"].null_count() < docs.height else None
    _, _, lab = label_lines(docs, _cues(cues), model, reasons=True)

    # Occlusion: each group of inputs set to its training mean for the whole page.
    feats = line_features(lab, model.lexicon, urls)
    base = feats.select([f"x_{c}" for c in LINE_FEATURES]).to_numpy().astype(np.float32)
    lengths = np.array([len(base)])
    inputs = context_matrix(base, feats["_pw"].to_numpy(), lengths)
    full = forward(model, inputs, lengths)
    cls = np.array([CLASSES.index(_CLASS_OF[x]) for x in lab["label"].to_list()], dtype=np.int64)
    rows = np.arange(len(cls))
    names, drops = [], []
    for name, cols in feature_groups().items():
        occluded = inputs.copy()
        occluded[:, cols] = model.mean[cols]
        drops.append(full[rows, cls] - forward(model, occluded, lengths)[rows, cls])
        names.append(name)
    drops = np.stack(drops, 1)
    order = np.argsort(-np.abs(drops), axis=1, kind="stable")[:, :top]
    weighed = [
        ", ".join(f"{names[j]} {drops[i, j]:+.2f}" for j in order[i]) for i in range(len(cls))
    ]
    cue_flags = lab.select(
        pl.concat_list(
            [pl.when(pl.col(c)).then(pl.lit(c)) for c in _CUES]
            + [pl.when(pl.col("header").is_not_null()).then(pl.format("header:{}", pl.col("header")))]
        ).list.drop_nulls().list.join(", ").alias("cues")
    )
    p = {f"p_{c}": np.exp(full[:, j]).round(3) for j, c in enumerate(CLASSES)}
    return pl.DataFrame({
        "doc_id": docs["doc_id"][0],
        "line_no": lab["line_no"],
        "last_line": lab["last_line"],
        "label": lab["label"],
        **p,
        "rule": lab["rule"],
        "cues": cue_flags["cues"],
        "weighed_most": weighed,
        "text": lab["s"],
    })
