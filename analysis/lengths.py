"""Length of a comment: characters, words, sentences, lines (polars expressions)."""

from __future__ import annotations

import polars as pl

from comments.lines import CJK

#: A word: letters or digits, with inner apostrophes or hyphens (it's, anti-terror, 68); emoji and punctuation are
#: not words.  Chinese and Japanese, written without spaces, count one word per two characters, as the
#: segmenter counts them (``comments.lines.WORD``).
_LETTER = rf"[[\p{{L}}\p{{N}}\p{{M}}]--[{CJK}]]"
WORD = rf"[{CJK}]{{1,2}}|{_LETTER}+(?:['’\-]{_LETTER}+)*"
#: The words texts are compared on (``analysis.claims``): as WORD, but each Chinese or Japanese character on its
#: own, so that a comment and its article cut the same text the same way.
COMPARED_WORD = rf"[{CJK}]|{_LETTER}+(?:['’\-]{_LETTER}+)*"

#: A sentence: from a letter or digit up to a run of . ! ? … followed by white space or the end, a run of the
#: full-width 。！？ (Chinese and Japanese put no space after them), a line break, or the end of the text.
#: Abbreviations with inner full stops followed by a space ("U.S. forces") end a sentence.
SENTENCE = r"[\p{L}\p{N}][^\n]*?(?:[.!?…]+(?:\s|$)|[。！？]+|\n|$)"

#: A line: a line with something other than white space.
LINE = r"(?m)^[^\S\n]*\S"


def length_expressions(text: pl.Expr) -> list[pl.Expr]:
    """``n_chars``, ``n_words``, ``n_sentences``, ``n_lines`` (UInt32) of ``text``.

    Examples
    --------
    >>> pl.DataFrame({"t": ["It’s anti-terror. Really?\\n\\nYes", ""]}).select(length_expressions(pl.col("t"))).rows()
    [(30, 4, 3, 2), (0, 0, 0, 0)]
    >>> pl.DataFrame({"t": ["我完全同意。美国不要再玩火了！"]}).select(length_expressions(pl.col("t"))).rows()
    [(15, 7, 2, 1)]
    """
    return [
        text.str.len_chars().alias("n_chars"),
        text.str.count_matches(WORD).alias("n_words"),
        text.str.count_matches(SENTENCE).alias("n_sentences"),
        text.str.count_matches(LINE).alias("n_lines"),
    ]
