"""Summary statistics per site (or per document) from the profile tables: the table of ``comments stats``.

Public API
----------
site_stats(documents, comments, threads=None, *, by="site", top=3) -> DataFrame
    one row per site (``by="site"``) or per document (``by="doc"``): documents, comments, comment length, replies,
    repetition, quoting and claim engagement, the most frequent markers, the language mix
marker_shares(comments, threads=None, *, by="site") -> DataFrame
    long table (keys, marker, comments, share): share of comments with at least one match of each marker
language_shares(comments, threads=None, *, by="site") -> DataFrame
    long table (keys, lang, n, share): comments per language (``und`` included)
document_rows(documents, comments, threads) -> DataFrame
    one row per document (doc_id, site, has_comment_section), as the stats count them
comments_with_site(documents, comments, threads) -> DataFrame
    the comments with the site of their document, as the stats group them
load_profile_dir(path) -> (documents, comments, threads)
    the tables ``comments profile -o DIR`` wrote; ``is_profile_dir(path)`` tells such a directory
scan_profile_dir(path) -> (None, comments query, threads, run record) | None
    what ``comments stats DIR`` reads: the columns the stats use, the comments streamed from their file
summary_columns(name, schema) -> list of expressions
    the columns of a profile table that the stats and the figures read (``SUMMARY_COLUMNS``, marker counts)
add_claims(documents, comments, threads) -> (comments, threads)
    the claim-overlap columns of ``analysis.claims`` joined in when the tables lack them
render_stats(df, fmt, *, width=None) -> str
    ``table`` (aligned, split into column blocks to fit ``width``), ``markdown`` or ``latex`` (booktabs) text
STATS_COLUMNS
    name → (type, meaning) of every column, in order (the README section is ``columns_markdown()``)

Everything is polars expressions over whole columns (group-bys, joins, an unpivot of the per-group marker
shares); no Python runs per comment, document or site.  Rows are sorted by site (null last), then ``doc_id``.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from comments.errors import InputError, UsageError

MARKER_PREFIX = "m_"
MAX_SITES = 30  # sites a figure shows by default: more rows than this do not fit a page at a readable size
UND = "und"
BY = ("site", "doc")

# name -> (polars type as documented, meaning).  The order is the column order of ``site_stats``.
STATS_COLUMNS: dict[str, tuple[str, str]] = {
    "site": ("String", "the site's domain; one row gathers the documents without a known site (null)"),
    "doc_id": ("String", "the document (only with `--by doc`)"),
    "docs": ("UInt32", "documents (rows of the profile's threads table: every document read, with or without "
                       "comments)"),
    "docs_with_section": ("UInt32", "documents where a comment section or widget was seen, even with no comment "
                                    "in the text (`has_comment_section`)"),
    "docs_with_comments": ("UInt32", "documents with at least one comment"),
    "comments": ("UInt32", "comments"),
    "comments_per_doc": ("Float64", "`comments` / `docs` (documents without comments count)"),
    "words_median": ("Float64", "median words per comment (`n_words` of the comments table); null without "
                                "comments"),
    "reply_share": ("Float64", "share of comments that are replies (depth > 0)"),
    "dup_share": ("Float64", "share of comments with an exact duplicate (normalised text) in the same thread "
                             "(`dup_count_thread` > 1)"),
    "dup_share_corpus": ("Float64", "share of comments with an exact duplicate anywhere in the corpus, on any "
                                    "site (`dup_count` > 1)"),
    "near_dup_share": ("Float64", "share of comments in a near-duplicate cluster of 2+ within the thread "
                                  "(`near_dup_size_thread` > 1)"),
    "near_dup_share_corpus": ("Float64", "share of comments in a near-duplicate cluster of 2+ across the corpus "
                                         "(`near_dup_size` > 1)"),
    "quote_share": ("Float64", "share of comments that quote their article verbatim (`quotes_article`), over the "
                               "comments with an article to compare with; null when the claim-overlap columns "
                               "are absent"),
    "engage_share": ("Float64", "share of comments that engage a sentence of their article (`engages_claim`), "
                                "same base as `quote_share`"),
    "engage_score_mean": ("Float64", "mean `engage_score` (the learned probability that a comment responds to a "
                                     "statement of its article): the share of such comments the model expects, "
                                     "over the comments with a score; null when the tables lack the column"),
    "claim_coverage": ("Float64", "claim-like article sentences engaged by at least one comment / claim-like "
                                  "sentences, summed over the documents with comments (`n_claims_engaged`, "
                                  "`n_claim_sentences` of the threads table); null without such sentences"),
    "top_markers": ("String", "the markers most comments use: up to 3 `marker share%` (share of comments with "
                              "at least one match, rounded; `<1%` below 0.5%), most frequent first (ties: "
                              "alphabetical), markers no comment uses left out; null without comments"),
    "languages": ("String", "language mix: up to 3 `lang share%` (share of all comments, `und` counted in the "
                            "base but not listed), most frequent first, then `+N` more languages; null without "
                            "comments"),
}

_SHARE_SOURCES = {
    "reply_share": ("depth", lambda c: c > 0),
    "dup_share": ("dup_count_thread", lambda c: c > 1),
    "dup_share_corpus": ("dup_count", lambda c: c > 1),
    "near_dup_share": ("near_dup_size_thread", lambda c: c > 1),
    "near_dup_share_corpus": ("near_dup_size", lambda c: c > 1),
}
CLAIM_COMMENT_COLUMNS = ("quotes_article", "engages_claim")
CLAIM_THREAD_COLUMNS = ("n_claim_sentences", "n_claims_engaged")


# What ``site_stats``, ``marker_shares``, ``language_shares`` and the figures read of each profile table (besides
# the ``m_<id>`` marker counts): ``summary_columns`` picks them when a profile folder is read for them, so that the
# texts (most of a corpus's bytes) are never loaded.
SUMMARY_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "site", "has_comment_section"),
    "comments": ("doc_id", "site", "depth", "n_words", "lang", "dup_count", "dup_count_thread",
                 "near_dup_size", "near_dup_size_thread", *CLAIM_COMMENT_COLUMNS, "engage_score"),
    "threads": ("doc_id", "site", "has_comment_section", *CLAIM_THREAD_COLUMNS),
}


def summary_columns(name: str, schema: dict) -> list[pl.Expr]:
    """The columns of table ``name`` (schema ``schema``) that the stats and the figures read: those of
    ``SUMMARY_COLUMNS`` it has and, in the comments table, the marker counts capped at 255 as ``UInt8`` (the
    stats and figures only ask whether a count is above 0) and the language as a ``Categorical``: about 100
    bytes per comment instead of its text.

    >>> c = pl.DataFrame({"doc_id": ["a"], "text": ["a long text"], "m_hedge": [300]}, schema_overrides={"m_hedge": pl.UInt32})
    >>> lean = c.select(summary_columns("comments", c.schema))
    >>> lean.columns, lean.row(0), lean.schema["m_hedge"]
    (['doc_id', 'm_hedge'], ('a', 255), UInt8)
    """
    keep = [pl.col(c).cast(pl.Categorical) if c == "lang" else pl.col(c) for c in SUMMARY_COLUMNS[name] if c in schema]
    if name == "comments":
        keep += [pl.col(c).clip(upper_bound=255).cast(pl.UInt8) for c, t in schema.items()
                 if c.startswith(MARKER_PREFIX) and not c.endswith(("_per_1k", "_share")) and t.is_integer()]
    return keep


class StatsInputError(InputError):
    """The tables or the directory handed to the stats cannot be used; the message says why."""


# --------------------------------------------------------------------------------------------- keys and inputs


def _keys(by: str) -> list[str]:
    if by not in BY:
        raise StatsInputError(f"by must be one of {', '.join(BY)}, not {by!r}")
    return ["site"] if by == "site" else ["site", "doc_id"]


def _names(frame: pl.DataFrame | pl.LazyFrame) -> list[str]:
    return frame.collect_schema().names() if isinstance(frame, pl.LazyFrame) else frame.columns


def _need(frame: pl.DataFrame | pl.LazyFrame, columns: list[str] | tuple[str, ...], name: str) -> None:
    missing = [c for c in columns if c not in _names(frame)]
    if missing:
        raise StatsInputError(
            f"the {name} table lacks column(s) {missing}; give the tables of `comments profile` "
            "(analysis.profile) — see the README, Profiles"
        )


def document_rows(documents: pl.DataFrame | None, comments: pl.DataFrame, threads: pl.DataFrame | None) -> pl.DataFrame:
    """One row per document: doc_id, site, has_comment_section — the threads table's documents when given, else
    the documents table's plus the documents only the comments name (as ``profile_threads`` does)."""
    if threads is not None:
        _need(threads, ["doc_id", "site"], "threads")
        section = pl.col("has_comment_section") if "has_comment_section" in threads.columns else pl.lit(None)
        return threads.select("doc_id", "site", section.cast(pl.Boolean).alias("has_comment_section"))
    if documents is None:
        raise StatsInputError("give the documents or the threads table")
    _need(documents, ["doc_id", "site"], "documents")
    section = pl.col("has_comment_section") if "has_comment_section" in documents.columns else pl.lit(None)
    docs = documents.select("doc_id", "site", section.cast(pl.Boolean).alias("has_comment_section"))
    extra = (
        comments.select("doc_id", "site").unique("doc_id", keep="first", maintain_order=True)
        .join(docs, on="doc_id", how="anti")
        .with_columns(has_comment_section=pl.lit(True))
    )
    return pl.concat([docs, extra], how="vertical_relaxed")


def _keyed_comments(comments: pl.DataFrame, docs: pl.DataFrame) -> pl.LazyFrame:
    """The comments with their document's ``site`` (the documents table decides the site), as a query: the
    aggregations over it never hold a second copy of the comments."""
    _need(comments, ["doc_id"], "comments")
    return comments.lazy().drop("site", strict=False).join(
        docs.lazy().select("doc_id", "site").unique("doc_id", keep="first", maintain_order=True),
        on="doc_id", how="left", maintain_order="left",
    )


def comments_with_site(
    documents: pl.DataFrame | None, comments: pl.DataFrame, threads: pl.DataFrame | None = None
) -> pl.DataFrame:
    """The comments profile table with ``site`` taken from the documents (threads) table, as the stats group
    them."""
    return _keyed_comments(comments, document_rows(documents, comments, threads)).collect()


def _sort(frame: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    return frame.sort(keys, nulls_last=True, maintain_order=True)


def marker_columns(comments: pl.DataFrame | pl.LazyFrame) -> list[str]:
    """The ``m_<id>`` count columns of a comments profile table, in lexicon order."""
    schema = comments.collect_schema()
    return [
        c for c, t in schema.items()
        if c.startswith(MARKER_PREFIX) and not c.endswith(("_per_1k", "_share")) and t.is_integer()
    ]


def _pct(share: pl.Expr) -> pl.Expr:
    """0.8 → "80%", 0.004 → "<1%"."""
    return (
        pl.when(share < 0.005).then(pl.lit("<1%"))
        .otherwise((share * 100).round(0).cast(pl.Int64).cast(pl.String) + "%")
    )


# --------------------------------------------------------------------------------------------- long tables


def marker_shares(
    comments: pl.DataFrame, threads: pl.DataFrame | None = None, *, by: str = "site",
    documents: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Long table: one row per (site[, doc_id], marker) of the groups that have comments, with ``comments``
    (the group's comments) and ``share`` (share of them with at least one match of the marker).  ``marker`` is
    the id without ``m_``; markers keep the lexicon's order within a group."""
    keys = _keys(by)
    docs = document_rows(documents, comments, threads)
    c = _keyed_comments(comments, docs)
    markers = marker_columns(c)
    schema = {**{k: pl.String for k in keys}, "marker": pl.String, "comments": pl.UInt32, "share": pl.Float64}
    if not markers:
        return pl.DataFrame(schema=schema)
    wide = c.group_by(keys).agg(pl.len().cast(pl.UInt32).alias("comments"), *_marker_shares(markers)).collect(
        engine="streaming")
    if wide.height == 0:
        return pl.DataFrame(schema=schema)
    ids = [m[len(MARKER_PREFIX):] for m in markers]
    order = pl.DataFrame({"marker": ids, "_order": list(range(len(ids)))})
    long = (
        wide.unpivot(index=[*keys, "comments"], on=ids, variable_name="marker", value_name="share")
        .join(order, on="marker", how="left")
    )
    return long.sort([*keys, "_order"], nulls_last=True).drop("_order").select(list(schema)).cast(schema)


def _marker_shares(markers: list[str]) -> list[pl.Expr]:
    """Per group, the share of comments with at least one match of each marker column, named by marker id."""
    return [(pl.col(m) > 0).fill_null(False).cast(pl.Float64).mean().alias(m[len(MARKER_PREFIX):]) for m in markers]


def language_shares(
    comments: pl.DataFrame, threads: pl.DataFrame | None = None, *, by: str = "site",
    documents: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Long table: one row per (site[, doc_id], lang) with ``n`` comments and ``share`` of the group's comments
    (``und`` included); most frequent first within a group (ties: alphabetical)."""
    keys = _keys(by)
    docs = document_rows(documents, comments, threads)
    c = _keyed_comments(comments, docs)
    _need(c, ["lang"], "comments")
    schema = {**{k: pl.String for k in keys}, "lang": pl.String, "n": pl.UInt32, "share": pl.Float64}
    out = (
        c.group_by([*keys, "lang"]).agg(n=pl.len().cast(pl.UInt32)).collect(engine="streaming")
        .with_columns(share=pl.col("n") / pl.col("n").sum().over(keys))
    )
    return (
        out.sort([*keys, "n", "lang"], descending=[False] * len(keys) + [True, False], nulls_last=True)
        .select(list(schema)).cast(schema)
    )


# --------------------------------------------------------------------------------------------- the stats table


def site_stats(
    documents: pl.DataFrame | None,
    comments: pl.DataFrame,
    threads: pl.DataFrame | None = None,
    *,
    by: str = "site",
    top: int = 3,
) -> pl.DataFrame:
    """One row per site (``by="site"``) or per document (``by="doc"``) of the profile tables
    (``analysis.profile`` or ``load_profile_dir``): the columns of ``STATS_COLUMNS``.

    ``comments`` is the per-comment profile (it needs ``doc_id``, ``depth``, ``n_words``, ``lang``, the
    duplicate columns and the ``m_<id>`` markers).  The documents come from ``threads`` when given (every
    document, with or without comments), else from ``documents`` plus those only the comments name.  The claim
    columns (``quote_share``, ``engage_share``, ``claim_coverage``) are null when the tables lack the
    claim-overlap columns (profile tables of versions before them: ``add_claims`` adds them).  ``top``: how many
    markers and languages the text columns list.
    """
    keys = _keys(by)
    docs = document_rows(documents, comments, threads)
    c = _keyed_comments(comments, docs)
    _need(c, ["depth", "n_words", "lang", *(col for col, _ in _SHARE_SOURCES.values())], "comments")

    n_per_doc = c.group_by("doc_id").agg(_n=pl.len()).collect(engine="streaming")
    doc_rows = docs.join(n_per_doc, on="doc_id", how="left").with_columns(pl.col("_n").fill_null(0))
    per_docs = doc_rows.group_by(keys).agg(
        docs=pl.len().cast(pl.UInt32),
        docs_with_section=pl.col("has_comment_section").fill_null(False).sum().cast(pl.UInt32),
        docs_with_comments=(pl.col("_n") > 0).sum().cast(pl.UInt32),
    )

    def share(expr: pl.Expr) -> pl.Expr:
        return expr.fill_null(False).cast(pl.Float64).mean()

    def claim_share(name: str) -> pl.Expr:
        if name not in _names(c):
            return pl.lit(None, pl.Float64)
        return pl.col(name).cast(pl.Float64).mean()  # over comments with an article (non-null)

    per_comments = c.group_by(keys).agg(
        comments=pl.len().cast(pl.UInt32),
        **{name: share(test(pl.col(col))) for name, (col, test) in _SHARE_SOURCES.items()},
        quote_share=claim_share("quotes_article"),
        engage_share=claim_share("engages_claim"),
        engage_score_mean=claim_share("engage_score"),
    ).collect(engine="streaming").join(_median_words(c, keys), on=keys, how="left", nulls_equal=True)

    if threads is not None and all(col in threads.columns for col in CLAIM_THREAD_COLUMNS):
        t = threads.select("doc_id", *CLAIM_THREAD_COLUMNS).join(
            doc_rows.select("doc_id", *(k for k in keys if k != "doc_id"), "_n").unique("doc_id", keep="first"),
            on="doc_id", how="inner",
        ).filter(pl.col("_n") > 0)
        coverage = t.group_by(keys).agg(
            _engaged=pl.col("n_claims_engaged").sum(), _claims=pl.col("n_claim_sentences").sum()
        ).select(*keys, claim_coverage=pl.when(pl.col("_claims") > 0).then(pl.col("_engaged") / pl.col("_claims")))
    else:
        coverage = per_docs.select(*keys, claim_coverage=pl.lit(None, pl.Float64))

    top_markers = _top_markers(c, keys, top)
    langs = language_shares(c, threads=docs, by=by)
    languages = _top_strings(
        langs.filter(pl.col("lang") != UND).rename({"lang": "_label"}), keys, top, "languages", more=True,
    )
    # groups whose comments are all `und` list nothing but are not null
    has_comments = per_comments.select(keys)

    out = (
        per_docs.join(per_comments, on=keys, how="left", nulls_equal=True)
        .join(coverage, on=keys, how="left", nulls_equal=True)
        .join(top_markers, on=keys, how="left", nulls_equal=True)
        .join(languages, on=keys, how="left", nulls_equal=True)
        .join(has_comments.with_columns(_has=pl.lit(True)), on=keys, how="left", nulls_equal=True)
        .with_columns(
            pl.col("comments").fill_null(0),
            pl.when(pl.col("_has")).then(pl.col("top_markers").fill_null("")),
            pl.when(pl.col("_has")).then(pl.col("languages").fill_null("")),
        )
        .with_columns(comments_per_doc=pl.col("comments") / pl.col("docs"))
    )
    columns = [name for name in STATS_COLUMNS if name in keys or name not in ("site", "doc_id")]
    schema = {name: getattr(pl, STATS_COLUMNS[name][0]) for name in columns}
    return _sort(out.select(columns).cast(schema), keys)


def _median_words(c: pl.LazyFrame, keys: list[str]) -> pl.DataFrame:
    """``keys, words_median``: the median of ``n_words`` per group, from the counts of each value (a table as
    small as the distinct lengths, where a median over the comments would hold them all).

    >>> c = pl.LazyFrame({"site": ["a", "a", "a", "a", "b"], "n_words": [1, 9, 3, 4, 7]})
    >>> _median_words(c, ["site"]).sort("site").rows()
    [('a', 3.5), ('b', 7.0)]
    """
    counts = (
        c.filter(pl.col("n_words").is_not_null())
        .group_by([*keys, "n_words"]).agg(_k=pl.len()).collect(engine="streaming")
        .sort([*keys, "n_words"], nulls_last=True)
        .with_columns(_cum=pl.col("_k").cum_sum().over(keys), _n=pl.col("_k").sum().over(keys))
    )
    # the values at 0-based ranks (n - 1) // 2 and n // 2: the first whose cumulative count passes the rank
    value_at = lambda rank: pl.col("n_words").filter(pl.col("_cum") > rank).first()  # noqa: E731
    lower, upper = (pl.col("_n").first() - 1) // 2, pl.col("_n").first() // 2
    return counts.group_by(keys).agg(
        words_median=((value_at(lower).cast(pl.Float64) + value_at(upper).cast(pl.Float64)) / 2))


def pick_sites(table: pl.DataFrame, *, sites: list[str] | None = None, max_sites: int | None = None) -> pl.DataFrame:
    """The rows of some sites of a ``site_stats`` table (per site or per document): those of ``sites``, in that
    order, or those of the ``max_sites`` sites with most comments (ties: the first in the table), in the table's
    order.  ``None`` keeps every site.

    >>> t = pl.DataFrame({"site": ["a", "b", "c"], "comments": [5, 9, 5]})
    >>> pick_sites(t, max_sites=2)["site"].to_list(), pick_sites(t, sites=["c", "a"])["site"].to_list()
    (['a', 'b'], ['c', 'a'])
    """
    if sites is not None:
        order = pl.DataFrame({"site": list(sites), "_order": list(range(len(sites)))},
                             schema={"site": pl.String, "_order": pl.Int64})
        return table.join(order, on="site", how="inner", nulls_equal=True).sort("_order", maintain_order=True).drop(
            "_order")
    if max_sites is None:
        return table
    if max_sites < 0:
        raise UsageError(f"max_sites must be 0 or more, got {max_sites}")
    totals = (table.group_by("site", maintain_order=True).agg(_c=pl.col("comments").sum()).with_row_index("_i")
              .sort(["_c", "_i"], descending=[True, False]).head(max_sites).select("site"))
    return table.join(totals, on="site", how="semi", nulls_equal=True, maintain_order="left")


def _top_markers(c: pl.LazyFrame, keys: list[str], top: int) -> pl.DataFrame:
    """``keys, top_markers`` of the groups where some marker is used: as ``marker_shares`` then ``_top_strings``,
    but the long table holds a group number instead of the keys and only the markers used (with ``--by doc``
    the groups are the documents: a long table of every document × marker with its keys was 22 times the
    documents' size)."""
    markers = marker_columns(c)
    if not markers:
        return pl.DataFrame(schema={**{k: pl.String for k in keys}, "top_markers": pl.String})
    ids = [m[len(MARKER_PREFIX):] for m in markers]
    wide = c.group_by(keys).agg(*_marker_shares(markers)).collect(engine="streaming").with_row_index("_g")
    used = (
        wide.lazy().select("_g", *ids).unpivot(index="_g", variable_name="_label", value_name="share")
        .filter(pl.col("share") > 0).collect(engine="streaming")
    )
    text = _top_strings(used, ["_g"], top, "top_markers", more=False)
    return wide.select("_g", *keys).join(text, on="_g", how="inner").drop("_g")


def _top_strings(long: pl.DataFrame, keys: list[str], top: int, name: str, *, more: bool) -> pl.DataFrame:
    """``label share%, …`` of the ``top`` rows of each group of a long (keys, _label, share) table, largest
    share first (ties: alphabetical), with ``, +N`` for the rest when ``more``."""
    ranked = long.sort([*keys, "share", "_label"], descending=[False] * len(keys) + [True, False], nulls_last=True)
    text = ranked.group_by(keys, maintain_order=True).agg(
        _items=(pl.col("_label") + " " + _pct(pl.col("share"))).head(top).str.join(", "),
        _rest=(pl.len().cast(pl.Int64) - top).clip(lower_bound=0),
    )
    suffix = pl.when(pl.lit(more) & (pl.col("_rest") > 0)).then(", +" + pl.col("_rest").cast(pl.String)).otherwise(
        pl.lit("")
    )
    return text.select(*keys, (pl.col("_items") + suffix).alias(name))


# --------------------------------------------------------------------------------------------- loading


def profile_dir_of(path: str | Path) -> Path:
    """The directory of a profile: ``path`` itself, or the folder of a ``run.json`` given instead."""
    p = Path(path)
    return p.parent if p.name == "run.json" and p.is_file() else p


def has_claim_columns(comment_columns, thread_columns) -> bool:
    """Tables written with the claim overlap (those before it need ``add_claims``, which reads the texts)."""
    return (all(c in comment_columns for c in CLAIM_COMMENT_COLUMNS)
            and all(c in thread_columns for c in CLAIM_THREAD_COLUMNS))


def is_profile_dir(path: str | Path) -> bool:
    """A directory written by ``comments profile`` (it holds run.json)."""
    p = Path(path)
    return p.is_dir() and (p / "run.json").is_file()


def read_run_record(path: str | Path) -> dict:
    """The run.json of a directory written by ``comments profile``."""
    p = profile_dir_of(path)
    if not is_profile_dir(p):
        raise StatsInputError(f"{p} is not a directory written by `comments profile` (no run.json in it)")
    try:
        return json.loads((p / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StatsInputError(f"{p / 'run.json'}: cannot read it ({exc})") from exc


def load_profile_dir(path: str | Path) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(documents, comments, threads) as ``comments profile -o DIR`` wrote them (the file names come from
    run.json's ``tables``).  ``analysis.Profiles.load`` gives all of it (also the claims table and run.json)."""
    p = profile_dir_of(path)
    run = read_run_record(p)
    files = run.get("tables") or {}
    tables = []
    for name in ("documents", "comments", "threads"):
        f = p / files.get(name, f"{name}.parquet")
        if not f.is_file():
            raise StatsInputError(f"{f}: missing; {p} is not a complete `comments profile` output")
        tables.append(pl.read_parquet(f))
    return tables[0], tables[1], tables[2]


def scan_profile_dir(path: str | Path) -> tuple[None, pl.LazyFrame, pl.DataFrame, dict] | None:
    """(None, comments, threads, run record) of one complete profile directory with only the columns the stats
    read (``summary_columns``; the threads table gives every document, so the documents table is not read), the
    comments as a query over their file: ``site_stats`` then streams them, so a corpus of any size is summarised
    in memory that grows with its documents only (a few dozen bytes each).  None when ``path`` is not a
    profile directory, or its tables lack the claim-overlap columns (written before them: ``add_claims`` needs
    the texts)."""
    from analysis.run import check_manifest, read_tables

    directory = profile_dir_of(path)
    if not is_profile_dir(directory):
        return None
    run = read_run_record(directory)
    check_manifest(directory, run)
    files = run.get("tables") or {}
    scan = pl.scan_parquet(directory / files.get("comments", "comments.parquet"))
    schema = scan.collect_schema()
    _, _, threads, _ = read_tables(directory, run, summary=True, only=("threads",))
    if not has_claim_columns(schema, threads.columns):
        return None
    return None, scan.select(summary_columns("comments", schema)), threads, run


def add_claims(
    documents: pl.DataFrame, comments: pl.DataFrame, threads: pl.DataFrame | None = None
) -> tuple[pl.DataFrame, pl.DataFrame | None]:
    """(comments, threads) with the claim-overlap columns of ``analysis.claims`` (README, "Overlap with the
    article's claims") joined in when they lack them: profile tables written before ``comments profile`` had
    them.  The tables unchanged when they have them (``analysis.profile`` adds them) or the claims module is not
    available."""
    need_c = any(col not in comments.columns for col in CLAIM_COMMENT_COLUMNS)
    need_t = threads is not None and any(col not in threads.columns for col in CLAIM_THREAD_COLUMNS)
    if not (need_c or need_t):
        return comments, threads
    try:
        from analysis.claims import article_sentences, claims_table, comment_claims, thread_claims
    except ImportError:  # pragma: no cover - the claims module is optional
        return comments, threads
    if not {"doc_id", "title", "body"} <= set(documents.columns) or "text" not in comments.columns:
        return comments, threads
    sentences = article_sentences(documents)
    per_comment = comment_claims(comments, sentences)
    if need_c:
        new = [c for c in per_comment.columns if c not in comments.columns or c in ("doc_id", "comment_id")]
        comments = comments.join(per_comment.select(new), on=["doc_id", "comment_id"], how="left",
                                 maintain_order="left")
    if need_t:
        per_thread = thread_claims(documents, per_comment, claims_table(sentences, per_comment))
        new = [c for c in per_thread.columns if c not in threads.columns or c == "doc_id"]
        threads = threads.join(per_thread.select(new), on="doc_id", how="left", maintain_order="left")
    return comments, threads


# --------------------------------------------------------------------------------------------- rendering


def render_stats(df: pl.DataFrame, fmt: str, *, width: int | None = None, keys: int | None = None) -> str:
    """``df`` (a stats table, or any flat table) as text: ``table`` (aligned pipe table for the terminal; when
    wider than ``width`` characters it is split into blocks of columns, each repeating the ``keys`` first
    columns — default: ``site`` and ``doc_id`` when present), ``markdown`` (a GitHub pipe table, one block) or
    ``latex`` (a booktabs ``tabular``: needs ``\\usepackage{booktabs}``).  Numbers right-aligned, floats with 3
    decimals, null as an en dash (``--`` in LaTeX).  The toolkit's one table renderer,
    ``comments.output.text_table``."""
    from comments.output import TEXT_TABLES, text_table

    if fmt not in TEXT_TABLES:
        raise UsageError(f"render_stats renders table, markdown or latex, not {fmt!r}")
    return text_table(df, fmt, width=width, keys=keys)


def columns_markdown() -> str:
    """The column table of ``STATS_COLUMNS`` as markdown (the README section)."""
    rows = ["| column | type | meaning |", "|---|---|---|"]
    rows += [f"| `{name}` | {dtype} | {meaning} |" for name, (dtype, meaning) in STATS_COLUMNS.items()]
    return "\n".join(rows) + "\n"
