"""Engagement score: how likely a comment responds to a specific statement of its article.

``engages_claim`` (``analysis.claims``) is a rule (a TF-IDF cosine of 0.15 with the best sentence and two shared
terms).  On real reader comments (``tests/validity``) it finds about half of the comments that take up one of
their article's statements, at precision 0.38: most of them argue in their own words, which share few terms with
any one sentence, and comments on the topic share terms without answering a statement.  ``engage_score`` weighs
more evidence, with weights learned from hand labels:

==================  ==========================================================================================
feature             value
==================  ==========================================================================================
``similarity``      ``best_similarity`` (0 when the comment shares no content word with the article)
``shared_terms``    ln(1 + ``shared_terms``)
``length``          ln(characters): longer comments argue, short ones praise or joke
``article_words``   1 − ``drift``: the share of the comment's content words that its article uses
``new_entities``    ln(1 + ``n_new_entities``)
``shared_run``      ln(1 + ``longest_shared_run``)
``addressed``       the comment opens with "@name": a reply to another reader
``second_person``   ln(1 + the number of "you", "your", "you're")
``praise``          a praise or thanks cue (``[praise]`` in ``analysis/data/engagement.toml``)
``argument``        a word of argument (``[argument]``: "but", "disagree", "fact" …)
``reference``       a reference to the article or its author (``[reference]``: "the article", "you say" …)
``question``        a question mark
==================  ==========================================================================================

``engage_score`` = the logistic function of the standardised features' weighted sum
(``analysis/data/engagement.json``: means, deviations, weights, bias; rebuilt exactly by
``python -m validity.train_engagement`` from the development part of the validity set, L2-penalised logistic
regression, Newton steps).  ``engages_claim`` is unchanged (the seed pages' expectations rest on it); the model
file's ``threshold`` is the score that gave the best F1 over the development comments' out-of-fold scores, and
``engage_score >= threshold`` is what the README's validity table measures beside ``engages_claim``.  Null where
``best_similarity`` is null (no article, or no words).  Every feature is a polars expression over the comment
table: nothing runs per comment.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import polars as pl

from analysis.markers import word_regex

FEATURES = ("similarity", "shared_terms", "length", "article_words", "new_entities", "shared_run", "addressed",
            "second_person", "praise", "argument", "reference", "question")
CUE_LISTS = ("praise", "argument", "reference")


@dataclass(frozen=True)
class EngagementModel:
    mean: tuple[float, ...]
    std: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    meta: dict


def _phrase_regex(words: list[str]) -> str:
    """Any of ``words`` as a whole word or phrase (longest first), as the marker file's words are read."""
    return "(?i)(?:" + "|".join(word_regex(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> dict[str, str]:
    """The regex of each cue list of ``analysis/data/engagement.toml`` (or of a file of the same shape)."""
    if path is None:
        text = resources.files("analysis").joinpath("data/engagement.toml").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return {name: _phrase_regex(data[name]["words"]) for name in CUE_LISTS}


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> EngagementModel:
    """The weights of ``analysis/data/engagement.json`` (or of a file written by ``validity.train_engagement``)."""
    if path is None:
        text = resources.files("analysis").joinpath("data/engagement.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = json.loads(text)
    if data.get("features") != list(FEATURES):
        raise ValueError(f"{path or 'analysis/data/engagement.json'}: trained on other features than this version's")
    return EngagementModel(tuple(data["mean"]), tuple(data["std"]), tuple(data["weights"]), float(data["bias"]),
                           float(data["threshold"]), data.get("meta", {}))


def features(text: pl.Expr, cues: dict[str, str] | None = None) -> list[pl.Expr]:
    """The FEATURES as expressions over a frame with the comment's ``text`` and the columns of
    ``analysis.claims.comment_claims`` (``best_similarity``, ``shared_terms``, ``drift``, ``n_new_entities``,
    ``longest_shared_run``), in FEATURES' order."""
    cues = cues or load_cues()
    flag = lambda pattern: text.str.contains(pattern).cast(pl.Float64)  # noqa: E731
    return [
        pl.col("best_similarity").fill_null(0.0).alias("similarity"),
        pl.col("shared_terms").fill_null(0).cast(pl.Float64).log1p().alias("shared_terms"),
        text.str.len_chars().clip(1).cast(pl.Float64).log().alias("length"),
        (1.0 - pl.col("drift").fill_null(1.0)).alias("article_words"),
        pl.col("n_new_entities").fill_null(0).cast(pl.Float64).log1p().alias("new_entities"),
        pl.col("longest_shared_run").fill_null(0).cast(pl.Float64).log1p().alias("shared_run"),
        flag(r"^\s*@\w").alias("addressed"),
        text.str.count_matches(r"(?i)(?-u:\b)you(?:r|['’]re)?(?-u:\b)").cast(pl.Float64).log1p().alias("second_person"),
        flag(cues["praise"]).alias("praise"),
        flag(cues["argument"]).alias("argument"),
        flag(cues["reference"]).alias("reference"),
        flag(r"\?").alias("question"),
    ]


def score(text: pl.Expr, model: EngagementModel | None = None, cues: dict[str, str] | None = None) -> pl.Expr:
    """``engage_score`` in [0, 1] (see the module docstring); null where ``best_similarity`` is null."""
    model = model or load_model()
    z = pl.lit(model.bias)
    for x, m, s, w in zip(features(text, cues), model.mean, model.std, model.weights):
        z = z + w * (x - m) / s
    return pl.when(pl.col("best_similarity").is_not_null()).then((1.0 / (1.0 + (-z).exp())).round(6))
