"""Is a found thread really reader comments?  A learned check on whole threads.

The comment finder (``segmenter.find_comments``) reads comment headers and lists from
single lines; on real pages many things look like that: related-story lists (a caption
line, then a headline), live feeds and archives with a date per item, the numbered
sections of a quoted bill, product specs.  This check looks at each candidate thread as
a whole — one per document and header kind (``comment_kind``) — and keeps it only when a
logistic model over thread-level features says it is a comment section:

* how the thread was found (its header kind);
* how many comments, their length, how many have little or no text of their own,
  how many read as prose, how many end a sentence;
* how many have a clock time in their header (``August 6, 2012 at 3:37 pm``): comment
  widgets stamp the time, teaser lists and archives the date alone;
* how many have their own Reply button;
* layout: how many have their text indented under their first line (a comment widget's
  name or date over the indented text), and how many stand deeper than most of the
  thread's comments (replies nested under another);
* what the line labeller (``comments.labeller``) reads in its lines: comment section,
  article body, other;
* how much article stands above it and where on the page it starts;
* whether a comment-section cue ("12 Responses", "Comments") stands just above it.

Weights: ``data/thread_check.json``, rebuilt exactly by ``training/train_thread_check.py``
from WCXB pages whose reader comments are known from their HTML
(``training/comment_gold.py``).  All features are polars aggregations over the lines
table: no loop per thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import polars as pl

from comments.dates import REL, TIME
from comments.lines import D
from comments.model_files import read_model
from comments.threads import REPLY_TO

L = pl.col("line_no")
_CLOCK = "(?i)" + TIME  # a clock time in a comment header
_AGE = "(?i)" + REL  # an age: "19 hrs ago"
# header kinds with their own weight
KINDS = ("list", "date_only", "dated", "name_indented")
FEATURES = (
    *(f"kind_{k}" for k in KINDS),
    "log_comments", "log_words_per_comment", "short_share", "prose_share", "sent_share",
    "p_comment", "p_body", "p_other", "log_body_above", "rel_start", "section_near", "log_lines_per_comment",
    "header_share", "personal_share", "headline_share", "log_other_between", "clock_share", "age_share",
    "reply_share", "named_share", "indented_share", "nested_share",
)
# Words that mark a reader speaking to readers (first and second person, thanks,
# agreement): common in comments, rare in teaser lists and specs.  Stored with the weights
# (``personal_words`` in the model file); this is the default the training script uses.
PERSONAL_WORDS = ("i", "i'm", "i've", "i'd", "i'll", "im", "my", "me", "you", "your", "you're", "thanks",
                  "thank", "lol", "agree", "love", "great", "wow", "yes", "no", "hi", "hello")
# A reader speaking of themself or their side: "I", "my", "we" (not "you": how-to lists
# address their reader in every step).
FIRST_PERSON = ("i", "i'm", "i've", "i'd", "i'll", "im", "my", "me", "we", "us", "our")


def _any_word(words) -> str:
    """A regex for any of ``words`` as a whole word (an apostrophe matches ' or ’)."""
    return r"(?i)(?:^|[^\w'])(?:" + "|".join(w.replace("'", "['’]") for w in words) + r")(?:[^\w'’]|$)"


@dataclass(frozen=True)
class ThreadCheck:
    mean: np.ndarray
    std: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float  # keep a thread when its probability is at least this
    meta: dict
    personal_words: tuple[str, ...] = PERSONAL_WORDS
    # the header kinds the model judges: those whose threads on real pages are often not
    # comments; threads found by other kinds only need an article above them (see
    # ``drop_unlikely_threads``)
    kinds: tuple[str, ...] = KINDS

    def to_json(self) -> dict:
        return {"format": "comments-toolkit thread check", "version": 1, "features": list(FEATURES),
                "mean": self.mean.round(6).tolist(), "std": self.std.round(6).tolist(),
                "weights": self.weights.round(6).tolist(), "bias": round(float(self.bias), 6),
                "threshold": self.threshold, "kinds": list(self.kinds), "personal_words": list(self.personal_words),
                "meta": self.meta}


def from_json(data: dict) -> ThreadCheck:
    if data.get("features") != list(FEATURES):
        raise ValueError("thread check: its features are not this version's")
    return ThreadCheck(np.array(data["mean"]), np.array(data["std"]), np.array(data["weights"]),
                       float(data["bias"]), float(data["threshold"]), data.get("meta", {}),
                       tuple(data["personal_words"]), tuple(data["kinds"]))


@lru_cache(maxsize=4)
def load_thread_check(path: str | Path | None = None) -> ThreadCheck:
    data, _ = read_model("thread_check.json", path)
    return from_json(data)


def thread_features(f: pl.DataFrame, personal_words=PERSONAL_WORDS) -> pl.DataFrame:
    """One row per candidate thread (doc_idx, comment_kind) with ``FEATURES``; ``f`` is the
    labelled lines table after ``labeller.score`` (lp_* columns) with ``comment_seq``."""
    is_comment = pl.col("comment_seq").is_not_null()
    kind = pl.col("comment_kind").fill_null("?")
    w = pl.col("n_words").clip(1).cast(pl.Float64)
    body_line = (pl.col("lp_body") >= pl.col("lp_other")) & (pl.col("lp_body") >= pl.col("lp_comment"))
    g = f.with_columns(
        _kind=pl.when(is_comment).then(kind),
        _n=pl.len().over(D),
        _rank=pl.int_range(pl.len()).over(D),
    )
    g = g.with_columns(_first=pl.when(is_comment).then(L).min().over(D))  # first line of any thread
    # body words above the first comment
    above = g.filter(L < pl.col("_first")).group_by(D).agg(
        _body_above=pl.when(body_line & ~is_comment).then(pl.col("n_words")).otherwise(0).sum(),
        _last_body=pl.when(body_line).then(L).max(),
    )
    # lines the labeller reads as other (share bars, author box, "Related") between the
    # article's last line and the thread: a list right under the article's text is its own
    between = g.join(above.select(D, "_last_body"), on=D, how="left").filter(
        (L < pl.col("_first")) & (L > pl.col("_last_body").fill_null(0)) & ~body_line
    ).group_by(D).agg(_between=pl.len())
    # a section cue in the 6 non-blank lines above the page's first comment
    first_rank = pl.when(L == pl.col("_first")).then(pl.col("_rank")).max().over(D)
    sec = g.filter(
        pl.col("section") & ~is_comment & pl.col("_rank").is_between(first_rank - 6, first_rank)
    ).group_by(D).agg(_section_near=pl.lit(1.0))
    # a related-stories heading ("Related Posts", "More from …", "You may also like") in
    # the 2 non-blank lines above the page's first comment: a list under it is other stories
    related = g.filter(
        pl.col("related") & ~is_comment & pl.col("_rank").is_between(first_rank - RELATED_LINES, first_rank)
    ).group_by(D).agg(_related=pl.lit(True))
    text_line = pl.col("header").is_null() & ~pl.col("action")
    personal = _any_word(personal_words)
    first_person = _any_word(FIRST_PERSON)
    # (a "Replying to Jane Doe" line names a comment's parent: capitalised, but no headline)
    headline = ((pl.col("n_caps") >= 0.6 * pl.col("n_words")) & (pl.col("n_words") >= 3) & ~pl.col("ends_sent")
                & ~pl.col("t").str.contains(REPLY_TO))
    header_text = pl.col("t").filter(pl.col("header").is_not_null())
    per_comment = g.filter(is_comment).group_by(D, "_kind", "comment_seq").agg(
        words=pl.col("n_words").filter(text_line).sum(),
        personal=pl.col("t").filter(text_line).str.contains(personal).any(),
        first_person=pl.col("t").filter(text_line).str.contains(first_person).any(),
        headline=(headline & text_line).any(),
        lines=pl.len(),
        headed=pl.col("header").is_not_null().any(),
        clock=header_text.str.contains(_CLOCK).any(),
        age=header_text.str.contains(_AGE).any(),
        # its own Reply button ("Reply", "Like · Reply · 2w": the reply_action line kind)
        reply=(pl.col("header") == "reply_action").any(),
        named=pl.col("header_named").filter(pl.col("header").is_not_null()).any(),
        short_first=pl.col("n_words").first() <= TAG_WORDS,
        # its text ends in an ellipsis: a teaser's excerpt cut short ("… create an ergonomic workst...")
        teaser=(pl.col("t").filter(text_line).last().str.contains(TEASER_END)
                & (pl.col("n_words").filter(text_line).last() >= TEASER_WORDS)).fill_null(False),
        action_first=pl.col("action").first(),
        # its text stands deeper than its first line (the header over indented text)
        indented=pl.col("indent").filter(text_line & (pl.int_range(pl.len()) > 0)).min() > pl.col("indent").first(),
        first_indent=pl.col("indent").first(),
    )
    pc = per_comment.group_by(D, "_kind").agg(
        n=pl.len(),
        wpc=pl.col("words").mean(),
        short=(pl.col("words") <= 3).mean(),
        lpc=pl.col("lines").mean(),
        headed=pl.col("headed").mean(),
        personal=pl.col("personal").mean(),
        first_person=pl.col("first_person").mean(),
        headline=pl.col("headline").mean(),
        clock=pl.col("clock").mean(),
        age=pl.col("age").mean(),
        reply=pl.col("reply").mean(),
        named=pl.col("named").mean(),
        short_first=pl.col("short_first").mean(),
        teaser=pl.col("teaser").mean(),
        action_first=pl.col("action_first").mean(),
        indented=pl.col("indented").fill_null(False).mean(),
        # deeper than most of the thread's comments: a reply nested under another
        nested=(pl.col("first_indent") > pl.col("first_indent").mode().min()).mean(),
    )
    lines = g.filter(is_comment).group_by(D, "_kind").agg(
        prose=(pl.col("prose").cast(pl.Float64) * w).sum() / w.sum(),
        sent=pl.col("ends_sent").cast(pl.Float64).mean(),
        p_comment=(pl.col("lp_comment").exp() * w).sum() / w.sum(),
        p_body=(pl.col("lp_body").exp() * w).sum() / w.sum(),
        p_other=(pl.col("lp_other").exp() * w).sum() / w.sum(),
        rel_start=(pl.col("_rank").min() / pl.col("_n").first()),
    )
    t = (pc.join(lines, on=[D, "_kind"]).join(above, on=D, how="left").join(sec, on=D, how="left")
         .join(between, on=D, how="left").join(related, on=D, how="left"))
    cols = [pl.col("_kind").eq(k).cast(pl.Float64).alias(f"kind_{k}") for k in KINDS]
    t = t.with_columns(
        *cols,
        log_comments=pl.col("n").cast(pl.Float64).log1p(),
        log_words_per_comment=pl.col("wpc").cast(pl.Float64).log1p(),
        short_share=pl.col("short").cast(pl.Float64),
        prose_share=pl.col("prose"),
        sent_share=pl.col("sent"),
        log_body_above=pl.col("_body_above").fill_null(0).cast(pl.Float64).log1p(),
        section_near=pl.col("_section_near").fill_null(0.0),
        log_lines_per_comment=pl.col("lpc").cast(pl.Float64).log1p(),
        header_share=pl.col("headed").cast(pl.Float64),
        personal_share=pl.col("personal").cast(pl.Float64),
        headline_share=pl.col("headline").cast(pl.Float64),
        log_other_between=pl.col("_between").fill_null(0).cast(pl.Float64).log1p(),
        clock_share=pl.col("clock").cast(pl.Float64),
        age_share=pl.col("age").cast(pl.Float64),
        reply_share=pl.col("reply").cast(pl.Float64),
        named_share=pl.col("named").cast(pl.Float64),
        indented_share=pl.col("indented").cast(pl.Float64),
        nested_share=pl.col("nested").cast(pl.Float64),
    )
    return t.select(
        D, pl.col("_kind").alias("comment_kind"), *FEATURES, related=pl.col("_related").fill_null(False),
        first_person_share=pl.col("first_person").cast(pl.Float64),
        short_first_share=pl.col("short_first").cast(pl.Float64),
        teaser_share=pl.col("teaser").cast(pl.Float64),
        action_first_share=pl.col("action_first").cast(pl.Float64),
    ).sort(D, "comment_kind")


def thread_probability(t: pl.DataFrame, check: ThreadCheck) -> np.ndarray:
    x = t.select(FEATURES).to_numpy().astype(np.float64)
    z = ((x - check.mean) / check.std) @ check.weights + check.bias
    return 1.0 / (1.0 + np.exp(-z))


# A thread needs an article above it: when the labeller finds fewer than NO_ARTICLE_WORDS
# article words above the first comment and reads the thread itself as article text, the
# "thread" is the article (a dateline or a byline taken for a comment header).
NO_ARTICLE_WORDS = 50
# … unless the check is at least NO_ARTICLE_SURE sure of the thread: a comment section scraped on
# its own has no article above it, and the labeller, which learned from whole pages, reads the first
# comments of such a text as article text (WCXB's article pages cut to their comment section: comment
# word-F1 0.906 -> 0.929; on whole pages only some forum threads change, README: Accuracy).
NO_ARTICLE_SURE = 0.9
# A list whose items are long first-person prose is a comment thread even when nothing
# else says so (headerless numbered comments under an article, as on the seed pages):
# the real pages the check learns from have few such threads, so it cannot learn them.
# Items of at least READER_WORDS words on average, at least READER_PERSONAL of them with a
# first-person word (``FIRST_PERSON``: "I", "my", "we"; "you" is how-to lists' word too).
# On WCXB article pages without comments, the lists this let through at one half were
# how-to and essay-advice steps or pairs of paragraphs with "I" or "we" in half of them
# (at most 54%); the seed pages' comments have it in 3 of 5 and 3 of 4.
READER_WORDS = 40
READER_PERSONAL = 0.6
# Such a list needs no article above it when it opens the text and at least OPENING_LIST_PROSE of
# its lines read as prose (a numbered comment section scraped on its own, as the seed pages' are);
# menus that open a text do not.
OPENING_LIST_PROSE = 0.5
# A list whose every item opens with a line of at most TAG_WORDS words and none has a comment
# header is a list of tags, categories or short links, whatever follows each item ("Retail" /
# "Social Media Marketing" under "Categories", then the author box): on WCXB every real
# thread of such items has headers.
TAG_WORDS = 3
# A list right under a related-stories heading ("Related Posts", "More from …", "You may
# also like": ``kind = "related"`` in cues.toml), within RELATED_LINES non-blank
# lines, is a list of other stories: on WCXB no real thread starts there (0 of 440), while
# teaser lists of related posts do.  (Threads of header lines can: on 2008-era blogs the
# related-posts widget often left only its heading above the comments.)
RELATED_LINES = 2
# A thread most of whose items end in an ellipsis after a word ("… an ergonomic workst...", "… it flew by
# at comet speed…") is a list of other posts' teasers, their excerpts cut short: at least TEASER_SHARE
# of its items.  (Of the threads the finder finds on WCXB texts, no comment section has more than 17% of
# its comments end so, and no thread of the tune pages has one; 35 of the 2,033 other threads have half or more.)
TEASER_SHARE = 0.5
TEASER_END = r"\w(?:\.\.\.|…)$"
TEASER_WORDS = 10  # … on a paragraph of at least this many words (not a button: "More sharing options...")
# A list whose items open, most of them, with a comment's action button ("• permalink", "• save", "• reply":
# old reddit's bar under each comment, forums' "• Reply with quote") is the buttons of a comment, not a thread
# of comments; dropped, the page is read again by its comment headers.
ACTION_BAR_SHARE = 0.5


def drop_unlikely_threads(f: pl.DataFrame, check: ThreadCheck | None = None) -> pl.DataFrame:
    """Clear ``comment_seq`` on the lines of threads that are not kept: threads of the check's
    kinds below its threshold (unless they are lists of reader prose, see ``READER_WORDS``),
    threads of any kind without an article above them that read as article text (unless the
    check is sure of them, ``NO_ARTICLE_SURE``, or they are lists of reader prose opening the
    text, ``OPENING_LIST_PROSE``), lists right under a related-stories cue
    (``RELATED_LINES``), lists of short headerless items (``TAG_WORDS``), lists of action
    buttons (``ACTION_BAR_SHARE``) and threads of teasers cut short (``TEASER_SHARE``)."""
    check = check or load_thread_check()
    t = thread_features(f, check.personal_words)
    if not t.height:
        return f
    judged = t["comment_kind"].is_in(list(check.kinds)).to_numpy()
    no_article = (
        (t["log_body_above"] < np.log1p(NO_ARTICLE_WORDS)) & (t["p_body"] > t["p_comment"])
    ).to_numpy()
    reader_prose = (
        (t["comment_kind"] == "list") & (t["log_words_per_comment"] >= np.log1p(READER_WORDS))
        & (t["first_person_share"] >= READER_PERSONAL)
    ).to_numpy()
    prob = thread_probability(t, check)
    opens_text = ((t["rel_start"] == 0) & (t["prose_share"] >= OPENING_LIST_PROSE)).to_numpy()
    no_article &= ~(judged & (prob >= NO_ARTICLE_SURE)) & ~(reader_prose & opens_text)
    keep = (
        (np.where(judged, prob >= check.threshold, True) | reader_prose)
        & ~(t["related"] & (t["comment_kind"] == "list")).to_numpy()
        & ~((t["comment_kind"] == "list") & (t["short_first_share"] == 1.0) & (t["header_share"] == 0.0)).to_numpy()
        & ~((t["comment_kind"] == "list") & (t["action_first_share"] >= ACTION_BAR_SHARE)).to_numpy()
        & ~(t["teaser_share"] >= TEASER_SHARE).to_numpy()
        & ~no_article
    )
    keep = t.select(D, "comment_kind").with_columns(_keep=pl.Series(keep))
    f = f.with_columns(_kind=pl.col("comment_kind").fill_null("?")).join(
        keep.rename({"comment_kind": "_kind"}), on=[D, "_kind"], how="left", maintain_order="left")
    return f.with_columns(
        comment_seq=pl.when(pl.col("_keep").fill_null(True)).then(pl.col("comment_seq"))
    ).drop("_kind", "_keep")
