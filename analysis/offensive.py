"""Optional ``offensive`` score: a linear model of offensive language, where a lexicon cannot judge.

Install the extra: ``pip install -e '.[offensive]'`` (alt-profanity-check, MIT licence: a linear SVM over
character and word features, calibrated to probabilities, trained by its authors on about 200k human-labelled
comments; its weights ship inside the package, nothing is downloaded).  The toolkit works without it:
:func:`available` says whether it is installed and :func:`offensive_scores` raises ImportError when it is not.

Measured on the validity set (tests/validity) against "insult or profanity" as ``offensive >= 0.5``; the figures
are in the README beside the lexicon markers.  The model is English-only and scores text, not intent: quoted
slurs and swearing in friendly banter score high too.
"""

from __future__ import annotations

import polars as pl

#: The score at or above which a comment counts as offensive in the validity measurement.
THRESHOLD = 0.5


def available() -> bool:
    """True when the optional model (alt-profanity-check) is installed."""
    try:
        import profanity_check  # noqa: F401
    except ImportError:
        return False
    return True


def offensive_scores(texts: pl.Series) -> pl.Series:
    """``offensive``: the model's probability (0..1) that each text is offensive; null for a null text.

    One vectorised call over all non-null texts (the model's own sparse feature pipeline); raises ImportError with
    the install hint when the extra is missing.
    """
    try:
        from profanity_check import predict_prob
    except ImportError as e:
        raise ImportError("the offensive score needs the optional extra: pip install 'comments-toolkit[offensive]'") from e
    texts = texts.cast(pl.String)
    mask = texts.is_not_null()
    values = texts.filter(mask).to_list()
    probs = predict_prob(values).tolist() if values else []
    it = iter(probs)
    return pl.Series("offensive", [round(float(next(it)), 6) if m else None for m in mask.to_list()], dtype=pl.Float64)
