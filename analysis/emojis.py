"""Emoji in a comment, found with one regex built from the ``emoji`` package's list (polars expressions).

The module is not called ``emoji`` so that it does not shadow the package.
"""

from __future__ import annotations

import functools

import polars as pl

#: Characters the emoji package lists as (unqualified) emoji that in comments are almost always plain text.
TEXT_SYMBOLS = frozenset("©®™‼⁉ℹⓂ")

_META = set("\\.+*?()|[]{}^$#&-~")
# what may stand between or around emoji in an emoji-only comment: white space, variation selectors, ZWJ,
# skin-tone modifiers
_NOT_GLUE = r"[^\s\x{FE0E}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]"


@functools.cache
def emoji_regex() -> str:
    """One alternation of every emoji sequence the ``emoji`` package knows, longest first."""
    import emoji

    keys = sorted((k for k in emoji.EMOJI_DATA if k not in TEXT_SYMBOLS), key=lambda k: (-len(k), k))
    return "(?:" + "|".join("".join("\\" + c if c in _META else c for c in k) for k in keys) + ")"


def emoji_expressions(text: pl.Expr) -> list[pl.Expr]:
    """``emojis`` (List[String], in order), ``n_emoji`` (UInt32), ``emoji_only`` (Boolean) of ``text``.

    Examples
    --------
    >>> pl.DataFrame({"t": ["so true 😂😂", " 👍🏽 🇺🇸 ", "©"]}).select(emoji_expressions(pl.col("t"))).rows()
    [(['😂', '😂'], 2, False), (['👍🏽', '🇺🇸'], 2, True), ([], 0, False)]
    """
    rx = emoji_regex()
    found = text.str.extract_all(rx)
    n = found.list.len().cast(pl.UInt32)
    other = text.str.replace_all(rx, "").str.contains(_NOT_GLUE)
    return [
        found.alias("emojis"),
        n.alias("n_emoji"),
        ((n > 0) & ~other).alias("emoji_only"),
    ]
