"""Text helpers of ``analysis.claims``: the word lists, word normalisation, sentence splitting and named entities.

Everything works on long polars tables (one row per white-space chunk or per word); nothing runs in Python per
text, per sentence or per word.

Chunks and sentences
--------------------
A text is cut into *chunks*: runs of non-white-space characters (``str.extract_all(r"\\S+|\\n")``, with a space
inserted after the CJK full stops 。！？ so that those end chunks too).  A sentence ends

- at a line break (every line of an article body is a paragraph; a line of a comment is at least a sentence), or
- after a chunk that ends in ``. ! ? …`` (closing quotes and brackets may follow) when the next chunk does not
  start (after opening quotes or brackets) with a lower-case letter,

except after an abbreviation: a word of ``[abbreviations]`` in ``analysis/claims.toml`` with its full stop
("Gen.", "Mr.", "Corp.", "e.g."), a single capital initial ("M." in "Philip M. Breedlove"), or a dotted initialism
("U.S.", "D.C.") unless the next word is a capitalised stop word ("... by the U.S. The move ..." ends, "the U.S.
Secretary of State" does not).  A sentence's text is its chunks joined by one space (white space collapsed).

Words
-----
A word is :data:`analysis.lengths.WORD` (letters, digits and marks with inner ``'``, ``’`` or ``-``; the same
words ``n_words`` of the profiles counts), except that each Chinese or Japanese character is a word of its own
(:data:`analysis.lengths.COMPARED_WORD`: their text has no spaces, and two-character chunks would cut the same
words differently in a comment and its article).  Matching forms, from the most literal to the loosest:

- ``token``: lower case, ``’``/``‘`` turned into ``'`` (verbatim quoting compares tokens);
- ``term``: the token without a possessive ``'s`` and with a plural ``s`` stripped from words of 4+ characters not
  ending in ``ss``, ``us`` or ``is`` ("terrorists" → "terrorist", "Russia's" → "russia", "ISIS" stays).  A *content
  word* is a token that is not a stop word (``[stopwords]`` + ``[stopwords_extra]``) and has 2+ characters or a
  digit, or is a Chinese or Japanese character; similarity, drift and entity novelty compare terms.

Named entities
--------------
A named entity is a maximal run of adjacent *name words* in one sentence and line, with nothing but white space
between them (a comma, a bracket or a quote mark ends the run; the full stop of an initial or of a title such as
"Gen." does not).  A name word is a word chunk (leading and trailing
punctuation and a possessive ``'s`` removed) that is

- capitalised: an upper-case first letter and a lower-case letter somewhere ("Exxon", "McGurk", "Al-Qaeda"), or a
  lower-case name particle before a capital ("al-Assad", "bin-Salman"); a trailing lower-case hyphen part is cut
  ("US-led" → "US", "Moscow-based" → "Moscow");
- or an acronym: 2 to 5 capitals, optionally a plural ``s`` ("NATO", "ISIS", "NGOs"); longer all-capital words are
  shouting ("TERROR PARTNERSHIP"), not names;
- or, inside a run only, a single capital initial or a capitalised abbreviation with its full stop ("Gen. Philip
  M. Breedlove");

and whose lower-case form is not a stop word or in ``[entity_stop]`` (months, weekdays, interjections, titles),
"US" in capitals excepted.  A run is kept when it has two or more words, or is an acronym, or does not start its
sentence: a lone capitalised word at the start of a sentence ("Exactly.", "Everything happening …") is only a
capital letter.  A one-word entity that is not an acronym is also dropped when the same text (the article, or the
comment) writes that word in lower case elsewhere ("ALL terror whether …" makes "Terror" a common noun).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

from analysis.lengths import COMPARED_WORD, WORD
from comments.lines import CJK

LEXICON_PATH = Path(__file__).with_name("claims.toml")

#: Opening and closing punctuation around a chunk.
_OPEN = r"^[\"“‘'«„‹(\[{¿¡]+"
_END = r"[.!?…。！？]+[\"”’'»›)\]}]*$"
_NON_WORD_LEAD = r"^[^\p{L}\p{N}]+"
_NON_WORD_TRAIL = r"[^\p{L}\p{N}]+$"
#: Lower-case name particles before a capital ("al-Assad").
_PARTICLE = r"^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|de|di|da|du|del|van|von|der|le|la)-\p{Lu}"


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``analysis/claims.toml`` (lower case)."""

    stopwords: frozenset[str]
    entity_stop: frozenset[str]
    abbreviations: frozenset[str]
    attribution: tuple[str, ...]
    source: str


@lru_cache(maxsize=8)
def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The word lists of ``analysis/claims.toml`` (or of a file of the same shape)."""
    p = Path(path) if path is not None else LEXICON_PATH
    with open(p, "rb") as f:
        data = tomllib.load(f)

    def words(section: str) -> list[str]:
        return [w.lower().replace("’", "'") for w in data.get(section, {}).get("words", [])]

    stop = frozenset(words("stopwords")) | frozenset(words("stopwords_extra"))
    return Lexicon(
        stopwords=stop,
        entity_stop=stop | frozenset(words("entity_stop")),
        abbreviations=frozenset(words("abbreviations")),
        attribution=tuple(words("attribution")),
        source=str(p),
    )


def resolve_lexicon(lexicon: Lexicon | str | Path | None) -> Lexicon:
    return lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)


# ---------------------------------------------------------------------------------------------------------------
# word forms


def token(word: pl.Expr) -> pl.Expr:
    """Lower case, ’ and ‘ as '."""
    return word.str.to_lowercase().str.replace_all("’", "'", literal=True).str.replace_all("‘", "'", literal=True)


def term(tok: pl.Expr) -> pl.Expr:
    """A token without possessive 's and plural s (see the module docstring)."""
    return tok.str.replace(r"'s$", "").str.replace(r"^(.{2,}[^sui'])s$", "${1}")


def is_content(tok: pl.Expr, lexicon: Lexicon) -> pl.Expr:
    """A token that is not a stop word and has 2+ characters or a digit, or a Chinese or Japanese character."""
    return ~tok.is_in(sorted(lexicon.stopwords)) & (
        (tok.str.len_chars() >= 2) | tok.str.contains(rf"[0-9{CJK}]"))


def words_of(text: pl.Expr) -> pl.Expr:
    """The words of ``text`` as a list, in order (original case)."""
    return text.fill_null("").str.extract_all(COMPARED_WORD)


# ---------------------------------------------------------------------------------------------------------------
# chunks and sentences


def chunk_table(
    frame: pl.DataFrame, unit: str, text: str, lexicon: Lexicon, *, single: str | None = None
) -> pl.DataFrame:
    """One row per white-space chunk of ``frame[text]``, in order: ``unit``, ``chunk``, ``sent`` (0-based sentence
    index within the unit), ``sent_start`` (first chunk of its sentence), ``glue`` (nothing but one white-space gap
    on the same line links it to the previous chunk of its sentence), ``line`` (0-based line within the unit).

    ``frame`` must be sorted by ``unit`` (an integer key, one text per unit).  ``single`` names a boolean column:
    where true the whole text is one sentence (a headline).
    """
    cols = [unit] + ([single] if single else [])
    t = pl.col(text).fill_null("").str.replace_all("\r\n?", "\n").str.replace_all("([。！？])", "${1} ")
    items = (
        frame.select(*cols, item=t.str.extract_all(r"\S+|\n"))
        .explode("item")
        .drop_nulls("item")
        .with_columns(_line=(pl.col("item") == "\n").cum_sum())
        .filter(pl.col("item") != "\n")
        .rename({"item": "chunk"})
    )
    c = pl.col("chunk")
    same_prev = (pl.col(unit).shift(1) == pl.col(unit)) & (pl.col("_line").shift(1) == pl.col("_line"))
    same_next = (pl.col(unit).shift(-1) == pl.col(unit)) & (pl.col("_line").shift(-1) == pl.col("_line"))
    items = items.with_row_index("_i").with_columns(
        _same=same_prev.fill_null(False), _same_next=same_next.fill_null(False)
    )
    # only a chunk ending in . ! ? … with a next chunk on its line can end a sentence before the line's end
    cand = items.filter(pl.col("_same_next") & c.str.contains(_END)).select("_i", "chunk")
    cand = cand.with_columns(_next=items["chunk"].gather(cand["_i"] + 1))
    bare = c.str.replace(_OPEN, "")
    nxt = pl.col("_next").str.replace(_OPEN, "")
    abbrev = sorted(f"{a}." for a in lexicon.abbreviations)
    stop_caps = nxt.str.contains(r"^\p{Lu}") & token(nxt.str.replace(_NON_WORD_TRAIL, "")).is_in(
        sorted(lexicon.stopwords)
    )
    boundary = (
        ~token(bare).is_in(abbrev)
        & ~bare.str.contains(r"^\p{Lu}\.$")
        & (~bare.str.contains(r"^(?:\p{L}\.){2,}$") | stop_caps)
        & (nxt != "")
        & ~nxt.str.contains(r"^\p{Ll}")
    )
    ends = cand.filter(boundary)["_i"]
    end = ~pl.col("_same_next") | pl.col("_i").is_in(ends.implode())
    if single:
        end = (pl.col(unit).shift(-1) != pl.col(unit)).fill_null(True) | (end & ~pl.col(single))
    items = items.with_columns(_end=end.fill_null(True))
    start = pl.col("_end").shift(1).fill_null(True) | (pl.col(unit).shift(1) != pl.col(unit)).fill_null(True)
    items = items.with_columns(sent_start=start)
    items = items.with_columns(
        sent=(pl.col("sent_start").cum_sum().over(unit) - 1).cast(pl.Int64),
        glue=pl.col("_same") & ~pl.col("sent_start"),
    )
    line = (pl.col("_line") - pl.col("_line").min().over(unit)).cast(pl.Int64)
    return items.select(*cols, "chunk", "sent", "sent_start", "glue", line=line)


# ---------------------------------------------------------------------------------------------------------------
# named entities


def entity_table(
    chunks: pl.DataFrame, unit: str, lexicon: Lexicon, lower_words: pl.DataFrame | None = None
) -> pl.DataFrame:
    """Named entities of a :func:`chunk_table`: ``unit``, ``sent``, ``entity`` (as written, words joined by one
    space), ``key`` (its words without initials and abbreviations such as "Gen.", the part compared with other
    texts), ``order`` (position of the entity's first chunk in ``chunks``), in order.  Rules: module docstring.

    ``lower_words`` (columns ``unit`` and ``w``) lists the words each unit writes in lower case, as :func:`token`
    forms; computed from ``chunks`` when not given.
    """
    c = pl.col("chunk")
    core0 = c.str.replace(_NON_WORD_LEAD, "").str.replace(_NON_WORD_TRAIL, "")
    core1 = core0.str.replace(r"['’]s$", "")
    cut = pl.when(core1.str.contains(r"^\p{Lu}")).then(
        core1.str.replace(r"(?:-\p{Ll}[\p{Ll}\p{M}]*)+$", "")
    ).otherwise(core1)
    stop = sorted(lexicon.entity_stop)
    abbrev = sorted(f"{a}." for a in lexicon.abbreviations)
    # an initial ("M.") or a capitalised abbreviation ("Gen.") joins a run across its full stop but is no name alone
    initial = c.str.contains(r"^\p{Lu}\.$") | (c.str.contains(r"^\p{Lu}") & token(c).is_in(abbrev))
    # only chunks with a capital can be names: the features are computed on those alone
    df = chunks.with_row_index("order").filter(c.str.contains(r"\p{Lu}")).with_columns(
        _core=pl.when(initial).then(c).otherwise(cut),
        _lead=c.str.contains(_NON_WORD_LEAD),
        _trail=c.str.contains(_NON_WORD_TRAIL) | (cut != core1),
        _initial=initial,
    )
    core = pl.col("_core")
    is_word = core.str.contains(f"^(?:{WORD})$")
    acronym = core.str.contains(r"^\p{Lu}{2,5}s?$") & ((core == "US") | ~token(core).is_in(stop))
    titled = (
        (core.str.contains(r"^\p{Lu}") & core.str.contains(r"\p{Ll}") | core.str.contains(_PARTICLE))
        & ~token(core).is_in(stop)
    )
    df = df.with_columns(
        _acr=is_word & acronym,
        _name=(is_word & (acronym | titled)) | pl.col("_initial"),
    ).filter(pl.col("_name"))
    link = (
        pl.col("glue")
        & (pl.col("order").shift(1) == pl.col("order") - 1).fill_null(False)
        & (~pl.col("_trail").shift(1).fill_null(True) | pl.col("_initial").shift(1).fill_null(False))
        & ~pl.col("_lead")
    )
    df = df.with_columns(_run=(~link).cum_sum())
    runs = df.group_by("_run", maintain_order=True).agg(
        pl.col(unit).first(),
        pl.col("sent").first(),
        pl.col("order").first(),
        entity=pl.col("_core").str.join(" "),
        key=pl.col("_core").filter(~pl.col("_initial")).str.join(" "),
        _n=(~pl.col("_initial")).sum(),
        _acr=pl.col("_acr").first() & (pl.len() == 1),
        _at_start=pl.col("sent_start").first() & ~pl.col("_initial").first(),
    )
    runs = runs.filter((pl.col("_n") >= 1) & ((pl.col("_n") >= 2) | pl.col("_acr") | ~pl.col("_at_start")))
    # a one-word, non-acronym entity whose word the same text writes in lower case is a common noun
    if lower_words is None:
        w = pl.col("chunk").str.replace(_NON_WORD_LEAD, "").str.replace(_NON_WORD_TRAIL, "")
        lower_words = chunks.filter(~pl.col("chunk").str.contains(r"\p{Lu}")).select(unit, w=token(w))
    single = runs.filter((pl.col("_n") == 1) & ~pl.col("_acr")).select("_run", unit, w=token(pl.col("key")))
    common = single.join(lower_words.select(unit, "w"), on=[unit, "w"], how="semi").select("_run")
    runs = runs.join(common, on="_run", how="anti", maintain_order="left")
    return runs.select(unit, "sent", "entity", "key", "order")
