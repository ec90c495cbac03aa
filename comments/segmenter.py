"""Line labels: title, body, caption, boilerplate, comment.

1. **Comments** (``find_comments``, rules).  A comment section is found in one of two ways.
   *List mode*: a list (numbered or bulleted) after the article whose items read
   like prose, set apart from the article (a boilerplate line or two blank lines
   before it, no lead-in line ending in ":"), and followed only by boilerplate.
   *Header mode*: after the first paragraph of prose, the kind of comment header
   line (``Jane says:``, ``Posted by: Jane | date``, ``Jane • 3 years ago`` …)
   that occurs most often delimits the comments; the header kind says whether
   it opens a comment (header) or closes it (footer, as TypePad does).
2. **Everything else** (``label``, learned).  The labeller (``comments.labeller``) gives
   each line the probability of title, body, comment section and other, reading the
   comment finder's result as one of its inputs.  A line outside the comments is body
   when body is its most likely class; the page's title is the line the title ranker
   (``comments.title_ranker``) picks among the labeller's most title-like lines;
   a line the labeller puts in a comment section that the finder did not split into
   comments is boilerplate (its comments cannot be told apart).
3. Captions (caption and credit cues, the caption line above a credit, image lines)
   above the end of the article are ``caption``; the rest is ``boilerplate``.

Every step is a polars expression (or, in the labeller's network, a numpy array
operation) over the non-blank lines of all documents at once.
"""

from __future__ import annotations


import numpy as np
import polars as pl

from comments.body_blocks import check_blocks, load_block_check
from comments.cues import Cues
from comments.labeller import CLASSES, TITLE_WORDS, Labeller, load_labeller, score
from comments.comment_heads import forum_profile_blocks, leading_actions, trailing_markers
from comments.lines import AVATAR_INITIALS, AVATAR_REF, ENDS_WITH_INITIAL, RULE_LINE, D, shifted
from comments.thread_check import drop_unlikely_threads
from comments.threads import REPLY_TO
from comments.title_ranker import load_title_ranker
from comments.title_ranker import pick as pick_title

L = pl.col("line_no")
# Header kinds made from layout rather than the cue file (lines.features): a bare name
# over indented text opens a comment; an action line with "Reply" closes one.
STRUCTURAL_OPENING = ("name_indented", "profile_block")
STRUCTURAL_CLOSING = ("reply_action",)
BIG = 10**9  # "no such line": larger than any line number

# Thresholds of the comment finder, each with its reason.  (Tuned by hand on tests/pages/tune
# and the dragnet pages; the thread check, comments/thread_check.py, judges the result.)
# List mode: a comment list …
LIST_MIN_ITEMS = 2  # … has at least two items (one numbered paragraph is an article's)
LIST_MIN_WORDS_PER_ITEM = 8  # … whose items average a sentence (link and tag lists do not)
LIST_GAP = 2  # … set apart from the article by this many blank lines (or a boilerplate cue)
LIST_CUE_AFTER = 3  # … and ends at a boilerplate cue within this many lines of its last item
# Header mode.
MIN_ANCHORS = 2  # a header kind delimits comments when it occurs this often after the article
MIN_ANCHORS_NAME_INDENTED = 3  # bare names over indented text need more: sub-headings look alike
LONE_AFTER_SHARE = 0.5  # a lone header (cue file: lone) stands after this share of the page's words
LONE_WORDS_AFTER = 3  # … with at least this many words of text after it
OPENING_HEADER_LINES = 2  # a header of the thread's kind on a text's first lines opens a comment, prose above or not
FAR_ANCHOR_WORDS = 250  # a first anchor followed by more words than this before the next one …
FAR_ANCHOR_MEDIANS = 4  # … and this many times the page's median gap is a dateline in the article
FOOTER_TAIL_WORDS = 3  # less text than this after the last anchor: the anchors close comments
NAME_LINE_WORDS = 5  # a name line above a header ("Karl H.") has at most this many words
# A count and what it counts ("1 Reaction", "129 15 Comments", "3 likes"): the counters under a comment
# (or over the first), never the name of the comment under them.
_NUMBER = r"\d[\d,]*(?:\.\d+)?[kKmM]?"  # "129", "1,204", "3.5k" (not "2." of a numbered name)
_COUNT = rf"{_NUMBER}(?:\s+{_NUMBER})*\s+\p{{L}}+"
COUNT_LINE = rf"^{_COUNT}(?:\s+{_COUNT})*$"
LEAD_LINES = 3  # a comment's lead-in (avatar, name, date) is at most this many lines
LEAD_GAP = 1  # blank lines allowed inside a lead-in (html2text and w3m put one)
RETRIES = 2  # ways of finding a page's thread tried after the first is dropped
RETRY_MIN_COMMENTS = 2  # … and the comments a thread found so needs (MIN_ANCHORS, as on the first reading;
# one let lone invented comments through: WCXB comment-free article texts with none 99.52% -> 99.38%)
CLOSER_ACTIONS = 2  # action lines right under a footer that close the comment with it
PAGE_LIST = 8  # page numbers over a page navigation line: at most this many lines above it
RELATED_HEADING_WORDS = 8  # a heading over a list of other stories or threads: at most this many words
# Labels after the labeller.
CAPTION_WORDS = 60  # a line above a photo credit is its caption when it is at most this long
HEADLINE_WORDS = 3  # a headline-shaped line (a link under a caption) has at least 3 words …
HEADLINE_CAPS = 0.5  # … half of them capitalised


def _first(cond: pl.Expr) -> pl.Expr:
    """The first line number in the document where ``cond`` holds (null if none)."""
    return pl.when(cond).then(L).min().over(D)


def _last(cond: pl.Expr) -> pl.Expr:
    return pl.when(cond).then(L).max().over(D)


# Document and line packed in one integer, so a fill over the whole table can tell when it
# crossed into another document (rows are sorted by document; no window needed).
_PACK = 1 << 32


def _next_where(cond: pl.Expr) -> pl.Expr:
    """For each line, the number of the next line (after it) where ``cond`` holds."""
    packed = pl.when(cond).then(pl.col(D) * _PACK + L).shift(-1).backward_fill()
    return pl.when(packed // _PACK == pl.col(D)).then(packed % _PACK)


def _prev_where(cond: pl.Expr) -> pl.Expr:
    """For each line, the number of the closest line before it where ``cond`` holds."""
    packed = pl.when(cond).then(pl.col(D) * _PACK + L).shift(1).forward_fill()
    return pl.when(packed // _PACK == pl.col(D)).then(packed % _PACK)


def _list_zone(f: pl.DataFrame) -> pl.DataFrame:
    """Find the comment list of each document (list mode). Adds ``zone_start``/``zone_end``."""
    keep = set(f.collect_schema().names())
    item = pl.col("marker") & (pl.col("n_words") >= 1)
    prev = lambda c: shifted(pl.col(c), 1)  # noqa: E731 - previous non-blank line
    f = f.with_columns(
        _prev_cue=prev("cue").fill_null(False) | prev("section").fill_null(False),
        _prev_colon=prev("ends_colon").fill_null(False),
        _base=pl.when(item & (L > pl.col("_first_prose"))).then(pl.col("indent")).min().over(D),
    )
    # A line can belong to a comment list: an item, a continuation indented under the
    # items, or a comment's own header/action line.
    member = (
        item
        | (pl.col("indent") > pl.col("_base"))
        | pl.col("action")
        | pl.col("header").is_not_null()
    ) & ~(pl.col("section") | pl.col("ui") | pl.col("block"))
    f = f.with_columns(_member=member.fill_null(False))
    f = f.with_columns(
        _breaker=_next_where(~pl.col("_member")),
        _cum_words=pl.col("n_words").cum_sum().over(D),
        _cum_items=item.cast(pl.Int64).cum_sum().over(D),
    )
    # Words and items from each line up to (not including) its breaker.
    at_breaker = f.select(
        D,
        pl.col("line_no").alias("_breaker"),
        (pl.col("_cum_words") - pl.col("n_words")).alias("_w_before_breaker"),
        (pl.col("_cum_items") - item.cast(pl.Int64)).alias("_i_before_breaker"),
        (pl.col("cue") | pl.col("section")).alias("_breaker_is_cue"),
        pl.col("prose").alias("_breaker_prose"),
        _next_where(pl.col("cue") | pl.col("section")).alias("_cue_after_breaker"),
        pl.col("nb_idx").alias("_breaker_idx"),
    )
    f = f.join(at_breaker, on=[D, "_breaker"], how="left", maintain_order="left")
    total_words = pl.col("n_words").sum().over(D)
    total_items = item.cast(pl.Int64).sum().over(D)
    words = pl.col("_w_before_breaker").fill_null(total_words) - (pl.col("_cum_words") - pl.col("n_words"))
    items = pl.col("_i_before_breaker").fill_null(total_items) - (pl.col("_cum_items") - 1)
    ends_clean = (
        pl.col("_breaker").is_null()
        | pl.col("_breaker_is_cue")
        | (~pl.col("_breaker_prose") & (pl.col("_cue_after_breaker").is_null()))
        | (~pl.col("_breaker_prose") & (pl.col("_cue_after_breaker") - pl.col("_breaker") <= LIST_CUE_AFTER))
    )
    # (a list that opens the text with a sentence, as a comment section scraped on its own does, needs no
    # prose above it; a menu opening the text does not open a sentence)
    opens_text = (pl.col("nb_idx") == 0) & pl.col("prose")
    candidate = (
        item
        & ((L > pl.col("_first_prose")) | opens_text)
        & ~pl.col("_prev_colon")
        & ((pl.col("gap_before") >= LIST_GAP) | pl.col("_prev_cue") | opens_text)
        & (items >= LIST_MIN_ITEMS)
        & (words / items >= LIST_MIN_WORDS_PER_ITEM)
        & ends_clean.fill_null(False)
    )
    # A forum's posts (two or more profile blocks after the first prose) are delimited by
    # their profile blocks, whatever lists the posts hold.
    forum = ((pl.col("header") == "profile_block") & (L > pl.col("_first_prose"))).sum().over(D) >= 2
    f = f.with_columns(zone_start=pl.when(~forum).then(_first(candidate)))
    f = f.with_columns(
        zone_end=pl.when(L == pl.col("zone_start")).then(pl.col("_breaker").fill_null(BIG)).max().over(D)
    )
    return f.drop([c for c in f.collect_schema().names() if c.startswith("_") and c not in keep])


def _min_anchors(kind: pl.Expr) -> pl.Expr:
    """How many headers of ``kind`` a page needs for them to delimit its comments."""
    return pl.when(kind == "name_indented").then(MIN_ANCHORS_NAME_INDENTED).otherwise(MIN_ANCHORS)


def _header_anchors(f: pl.DataFrame, cues: Cues, skip: pl.DataFrame | None = None) -> pl.DataFrame:
    """Header mode: choose each document's comment-delimiting header kind (not one of
    ``skip``'s) and its anchors."""
    opening = [h.id for h in cues.headers if h.position == "header"] + list(STRUCTURAL_OPENING)
    closing = [h.id for h in cues.headers if h.position == "footer"] + list(STRUCTURAL_CLOSING)
    # (a header line the cue file calls an article's meta line, "Posted on Nov 6 2012 1:23 pm", never
    # anchors a comment, so it does not vote for its kind either)
    cand = f.filter(pl.col("header").is_not_null() & (L > pl.col("_first_prose")) & ~pl.col("prefix"))
    if skip is not None:
        cand = cand.join(skip.rename({"comment_kind": "header"}), on=[D, "header"], how="anti")
    # A forum's profile blocks outrank the dates inside its posts (a post date, a quoted
    # post's date, an edit date); a kind seen often enough to delimit comments outranks one
    # that is not (two sub-headings read as bare names do not hide two "X says:" headers);
    # between kinds seen as often, a bare name over indented text, the weakest evidence,
    # comes last.
    kinds = (
        cand.group_by(D, "header")
        .agg(n=pl.len(), first=L.min(), named=pl.col("header_named").mean())
        .with_columns(_prio=(pl.col("header") == "profile_block") & (pl.col("n") >= MIN_ANCHORS),
                      _enough=pl.col("n") >= _min_anchors(pl.col("header")),
                      _bare=pl.col("header") == "name_indented")
        .sort([D, "_prio", "_enough", "n", "_bare", "first"], descending=[False, True, True, True, False, False])
        .group_by(D, maintain_order=True)
        .first()
        .rename({"header": "_dom", "n": "_dom_n", "first": "_dom_first"})
        .drop("named", "_prio", "_enough", "_bare")
    )
    f = f.join(kinds, on=D, how="left", maintain_order="left")
    cum_before = (pl.col("n_words").cum_sum() - pl.col("n_words")).over(D)
    f = f.with_columns(_cum_before=cum_before)
    # A lone header line counts only where a lone comment stands: in the second half of
    # the page, with text after it (or, for a footer kind, closing it).  Article datelines
    # sit near the top; a blog post's own footer ends the page.
    at_first = L == pl.col("_dom_first")
    words_before = pl.when(at_first).then(pl.col("_cum_before")).max().over(D)
    total = pl.col("n_words").sum().over(D)
    words_after = pl.when(
        (L > pl.col("_dom_first")) & pl.col("header").is_null() & ~pl.col("action") & ~pl.col("cue")
    ).then(pl.col("n_words")).sum().over(D)
    section_before = pl.col("_first_section") < pl.col("_dom_first")
    lone_ok = (
        pl.col("_dom").is_in(cues.kinds("lone"))
        & (words_before >= LONE_AFTER_SHARE * total)
        & ((words_after >= LONE_WORDS_AFTER) | pl.col("_dom").is_in(closing))
    )
    accept = (pl.col("_dom_n") >= _min_anchors(pl.col("_dom"))) | ((pl.col("_dom_n") == 1) & (lone_ok | section_before))
    f = f.with_columns(_dom=pl.when(accept).then(pl.col("_dom")))
    # An article-meta line ("By Jane | Published March 3, 2017 at 4:36 pm") never opens a comment.
    # A header of that kind on one of the text's first OPENING_HEADER_LINES lines opens a comment too,
    # though no prose stands above it: a comment section scraped on its own starts with its first
    # comment's header.  (The kind is still chosen from the lines after the first prose: an article's
    # dateline must not outvote the header of a lone comment under it.)
    after_prose = (L > pl.col("_first_prose")) | (pl.col("nb_idx") < OPENING_HEADER_LINES)
    anchor = (pl.col("header") == pl.col("_dom")) & after_prose & ~pl.col("prefix")
    f = f.with_columns(_anchor=anchor.fill_null(False))
    # Drop leading anchors that stand far from the rest (a dateline inside the article):
    # an anchor followed by many more words than a comment usually has before the next one.
    a = f.filter(pl.col("_anchor")).with_columns(
        _seg=(shifted(pl.col("_cum_before"), -1) - pl.col("_cum_before"))
    )
    a = a.with_columns(_thresh=pl.max_horizontal(
        pl.lit(float(FAR_ANCHOR_WORDS)), pl.col("_seg").median().over(D) * FAR_ANCHOR_MEDIANS))
    # An anchor opening the text (above its first prose) must also be followed by no more words than
    # some other comment: a comment section's first comment, not an article under its dateline.
    at_top = ~(L > pl.col("_first_prose")).fill_null(False)
    longest_other = pl.when(~at_top).then(pl.col("_seg")).max().over(D)
    a = a.with_columns(_ok=(pl.col("_seg").is_null() | (pl.col("_seg") <= pl.col("_thresh")))
                       & ~(at_top & ~(pl.col("_seg") <= longest_other).fill_null(False)))
    first_ok = a.filter(pl.col("_ok")).group_by(D).agg(_first_anchor=L.min())
    f = f.join(first_ok, on=D, how="left", maintain_order="left").with_columns(
        _anchor=pl.col("_anchor") & (L >= pl.col("_first_anchor"))
    )
    # Header or footer?  "says/said/wrote" and reddit lines open a comment; for other kinds,
    # text after the last anchor (before the next cue) means the anchors open comments.
    last_anchor = pl.col("_anchor_last")
    f = f.with_columns(_anchor_last=_last(pl.col("_anchor")))
    end_cue = _first((L > last_anchor) & (pl.col("section") | pl.col("ui") | pl.col("block")))
    tail_text = (
        pl.when(
            (L > last_anchor)
            & (L < end_cue.fill_null(BIG))
            & pl.col("header").is_null()
            & ~pl.col("action")
            & ~pl.col("cue")
        )
        .then(pl.col("n_words"))
        .sum()
        .over(D)
    )
    f = f.with_columns(
        _footer=(
            pl.col("_dom").is_in(closing) | (~pl.col("_dom").is_in(opening) & (tail_text < FOOTER_TAIL_WORDS))
        ).fill_null(False)
    )
    return f


def _comment_spans(f: pl.DataFrame, closing: list[str]) -> pl.DataFrame:
    """Mark comment starts and the lines each comment covers: ``comment_seq`` (1, 2 …) or null."""
    list_mode = pl.col("zone_start").is_not_null()
    in_zone = (L >= pl.col("zone_start")) & (L < pl.col("zone_end"))
    item = pl.col("marker") & (pl.col("n_words") >= 1)
    # (a header item right under another — "1. Jane says" / "□ May 22, 2025", w3m's bullets
    # for the parts of one comment's header — is part of that header)
    header_item = item & pl.col("header").is_not_null()
    # (items right under a line of text that ends with a colon, one under the other with no blank line
    # between them — "Try this spray for your plants:" / "• 1 tablespoon baking soda" / "• 1 gallon water"
    # — are a list in that comment's text)
    prev_item = shifted(item, 1).fill_null(False) & (pl.col("gap_before") == 0)
    colon_above = (shifted(pl.col("ends_colon") & ~item & pl.col("header").is_null(), 1).fill_null(False)
                   & (pl.col("gap_before") == 0))
    f = f.with_columns(_item_run=(~(item & prev_item)).cast(pl.Int64).cum_sum().over(D),
                       _colon_head=(item & ~prev_item & colon_above).fill_null(False))
    under_colon = pl.col("_colon_head").any().over(D, "_item_run")
    # (not an item that is a comment's header: "Here are my favourites:" may end a comment right above the next)
    list_start = list_mode & in_zone & item & ~(under_colon & pl.col("header").is_null()) & ~(
        header_item & shifted(header_item, 1).fill_null(False) & (pl.col("gap_before") == 0))

    header_mode = ~list_mode & pl.col("_first_anchor").is_not_null()
    prev_adjacent = pl.col("gap_before") == 0
    nxt = lambda c: shifted(pl.col(c), -1)  # noqa: E731 - next non-blank line
    # A name line just above an anchor that carries no name ("Jane Doe" / "3 years ago"),
    # or another header line just above it ("Jane says:" / "July 10, 2012 at 1:26 am").
    # ("Reply to The White Coat Investor" — whom the comment answers, between its author's name and its
    # date — is part of the lead-in however long the name.)
    name_shape = (
        ((pl.col("n_words") <= NAME_LINE_WORDS) | pl.col("t").str.contains(REPLY_TO))
        & ~pl.col("ends_colon") & ~pl.col("cue") & ~pl.col("action")
        & pl.col("t").str.contains(r"[^\W\d_]") & ~pl.col("t").str.contains(COUNT_LINE)
        & (~pl.col("ends_sent") | pl.col("t").str.contains(ENDS_WITH_INITIAL))
    )
    name_line = name_shape & ~pl.col("marker")
    # Wordless lines that belong to a comment's header: a bare list marker, an avatar image,
    # an avatar reference "[hp38859]" (not form fields "[    ]", "____" or rules "----", "━━━━", nor
    # a bare count: the votes or likes that close the comment above, as wpDiscuz prints them).
    decor = (
        (pl.col("t").str.contains(r"^(?:[^\w\[\]]|\d)*$|" + AVATAR_REF)
         & ~pl.col("t").str.contains(r"_|[-=]{3}|^\d+$|" + RULE_LINE)
         & ~pl.col("s").str.contains("__"))  # (lynx's text area "_____": the comment form)
        | pl.col("s").str.contains(AVATAR_INITIALS)
        | pl.col("image")
    ) & ~pl.col("cue")
    # The lead-in is a chain of up to three adjacent lines ("Karl H." avatar text, "Karl H.",
    # "a year ago"): header lines above an anchor, name lines above an anchor without a name.
    # A comment's number, on a line of its own ("2.") or opening its name line ("2. Jane"),
    # opens it: no line above it is its lead-in.
    numbered = pl.col("s").str.contains(r"^(?:\d{1,4}[.)]?|\(\d{1,4}\)|#\d{1,4})(?:\s|$)")
    # (what does not change from one step of the chain to the next is computed once)
    f = f.with_columns(
        _name_line=name_line.fill_null(False), _name_item=(name_shape & pl.col("marker")).fill_null(False),
        _decor=decor.fill_null(False), _numbered=numbered,
    ).with_columns(
        _next_anchor=nxt("_anchor").fill_null(False),
        # the next line is an anchor that names no one
        _next_unnamed=(nxt("_anchor") & ~nxt("header_named")).fill_null(False),
        _next_gap=nxt("gap_before"),
        _next_numbered=nxt("_numbered").fill_null(False),
        _lead=pl.lit(False),
    )
    # (Above an anchor that names its author, a date line closes the previous comment:
    # Blogger's "June 15, 2013 at 9:03 AM" / "Peggy Ann said...".)
    header_line = pl.col("header").is_not_null() & ~pl.col("header").is_in(closing) & ~pl.col("_anchor")
    # (html2text and w3m put a blank line between a comment's name and its date: one is allowed)
    near_next = (pl.col("_next_gap") <= LEAD_GAP).fill_null(False)
    for _ in range(LEAD_LINES):
        next_lead = (nxt("_lead") & ~pl.col("_next_numbered")).fill_null(False)
        header_lead = header_line & (pl.col("_next_unnamed") | next_lead)
        name_lead = pl.col("header").is_null() & (
            (pl.col("_name_line") & (pl.col("_next_unnamed") | next_lead))
            # (a list item of a name right on top of its date: "1. [avatar] Jane" / "May 3, 2012")
            | (pl.col("_name_item") & pl.col("_next_unnamed") & (pl.col("_next_gap") == 0))
        )
        # A line without words (a bare list marker, an avatar "[hp38859]") above a header.
        # (html2text puts a blank line between the avatar and the name: allow one.)
        decor_lead = pl.col("_decor") & (pl.col("_next_anchor") | next_lead) & near_next
        f = f.with_columns(_lead=((near_next & (header_lead | name_lead)) | decor_lead).fill_null(False))
    lead_in = pl.col("_lead") & ~shifted(pl.col("_lead"), 1).fill_null(False)
    anchor_start = pl.col("_anchor") & ~(shifted(pl.col("_anchor"), 1).fill_null(False) & prev_adjacent)
    header_start = header_mode & ~pl.col("_footer") & (
        lead_in | (anchor_start & ~shifted(pl.col("_lead"), 1).fill_null(False))
    )
    # A pingback/trackback entry among the comments is a span of its own (made boilerplate later).
    pingback_start = header_mode & ~pl.col("_footer") & pl.col("pingback") & (L > pl.col("_first_anchor"))
    f = f.with_columns(_start=(list_start | header_start | pingback_start).fill_null(False))

    # Footer mode: each anchor closes a comment that starts after the previous one.
    footer_mode = header_mode & pl.col("_footer")
    # A footer closes its comment together with the action lines right under it
    # ("15 апр в 15:48 Ответить" / "Мне нравится 34").
    closer = pl.col("_anchor")
    for _ in range(CLOSER_ACTIONS):
        f = f.with_columns(_closer=closer)
        closer = pl.col("_anchor") | (
            pl.col("action") & shifted(pl.col("_closer"), 1).fill_null(False) & (pl.col("gap_before") <= 1)
        )
    f = f.with_columns(_closer=closer)
    first_anchor = pl.col("_first_anchor")
    prev_of_first = pl.when(L < first_anchor).then(pl.col("para")).max().over(D)
    last_cue_before = pl.when((L < first_anchor) & (pl.col("cue") | pl.col("section"))).then(L).max().over(D)
    first_footer_start = pl.max_horizontal(
        pl.when(pl.col("para") == prev_of_first).then(L).min().over(D),
        (last_cue_before + 1).fill_null(0),
        pl.col("_first_prose") + 1,
    )
    f = f.with_columns(
        _start=pl.col("_start")
        | (footer_mode & (L == first_footer_start)).fill_null(False)
        | (footer_mode & shifted(pl.col("_closer"), 1).fill_null(False) & ~pl.col("_closer")
           & (L > first_anchor)).fill_null(False),
        _footer_last=pl.when(footer_mode).then(_last(pl.col("_closer"))),
    )
    # A comment runs from its start to the line before the next start; it stops early at a
    # boilerplate cue (comment form, "Comments are closed", footer) or at the list zone's end.
    # (and at the thread's page navigation, with the page numbers listed over it, which read as
    # counters: "• 1" / "• 2" / "Next" / "1 of 3" / "Go to page")
    page_number = pl.col("marker") & pl.col("t").str.contains(r"^\d{1,4}$")
    pages_below = pl.any_horizontal(
        [shifted(pl.col("pagination"), -k).fill_null(False) for k in range(1, PAGE_LIST + 1)])
    cue_stop = pl.any_horizontal("section", "ui", "block", "prefix", "nav", "pagination") & ~pl.col("action")
    stopper = (cue_stop | (page_number & pages_below)) & ~pl.col("_start") & pl.col("header").is_null()
    f = f.with_columns(_seq=pl.col("_start").cast(pl.Int64).cum_sum().over(D))
    f = f.with_columns(_stopped=stopper.cast(pl.Int64).cum_sum().over(D, "_seq") > 0)
    in_comment = (
        (pl.col("_seq") > 0)
        & ~pl.col("_stopped")
        & (~list_mode | in_zone)
        & (pl.col("_footer_last").is_null() | (L <= pl.col("_footer_last")))
    )
    return f.with_columns(comment_seq=pl.when(in_comment).then(pl.col("_seq")))


def find_comments(f: pl.DataFrame, cues: Cues, skip: pl.DataFrame | None = None) -> pl.DataFrame:
    """Add ``comment_seq`` (1, 2 … per comment, null outside comments) and
    ``has_comment_section`` to the non-blank lines table from ``lines.features``.
    ``skip`` (doc_idx, comment_kind): ways of finding a thread to pass over in a document
    ("list", or a header kind)."""
    sentence = pl.col("prose") & ~pl.col("cue") & ~pl.col("caption_cue") & ~pl.col("credit")
    keep = f.columns
    f = f.with_columns(_first_prose=_first(sentence))
    f = f.with_columns(_first_section=_first(pl.col("section") & (L > pl.col("_first_prose"))))
    f = _list_zone(f)
    if skip is not None:
        no_list = skip.filter(pl.col("comment_kind") == "list").select(D).unique().with_columns(_no_list=pl.lit(True))
        f = f.join(no_list, on=D, how="left", maintain_order="left").with_columns(
            zone_start=pl.when(pl.col("_no_list").is_null()).then(pl.col("zone_start")),
            zone_end=pl.when(pl.col("_no_list").is_null()).then(pl.col("zone_end")),
        ).drop("_no_list")
    f = _header_anchors(f, cues, skip)
    closing = [h.id for h in cues.headers if h.position == "footer"] + list(STRUCTURAL_CLOSING)
    # Comment spans only on the pages with a list zone or header anchors (most pages of a
    # corpus have neither); the others get no comment.
    active = pl.col("zone_start").is_not_null() | pl.col("_first_anchor").is_not_null()
    f = pl.concat([
        _comment_spans(f.filter(active), closing),
        f.filter(~active).with_columns(comment_seq=pl.lit(None, dtype=pl.Int64)),
    ], how="diagonal_relaxed").sort(D, L)
    # Pingbacks/trackbacks listed among the comments are boilerplate, not comments: its first
    # line ("Pingback: …") or, for TypePad's footer "Tracked on …", its last.
    is_comment = pl.col("comment_seq").is_not_null()
    pings = (
        f.filter(is_comment).group_by(D, "comment_seq")
        .agg(_ping=pl.col("pingback").first() | pl.col("pingback").last())
    )
    # So is everything under a "Trackbacks" heading (a section cue that is a pingback cue, in
    # the plural: TypePad's "TrackBack" heads the trackback URL box above the comments), up
    # to the next section cue: its entries' date lines would open comments of their own.
    heading = pl.col("section") & pl.col("pingback") & pl.col("t").str.contains(r"(?i)backs\W*$")
    under_pings = (
        pl.when(heading).then(True).when(pl.col("section")).then(False).forward_fill().over(D).fill_null(False)
    )
    f = f.join(pings, on=[D, "comment_seq"], how="left", maintain_order="left")
    f = f.with_columns(
        comment_seq=pl.when(pl.col("_ping").fill_null(False) | under_pings).then(None).otherwise(pl.col("comment_seq")),
    )
    f = f.with_columns(
        has_comment_section=pl.col("section").any().over(D) | is_comment.any().over(D),
        # how the thread was found: "list", or the header kind that delimits it
        comment_kind=pl.when(pl.col("zone_start").is_not_null()).then(pl.lit("list")).otherwise(pl.col("_dom")),
    )
    return f.select(*keep, "comment_seq", "has_comment_section", "comment_kind")


# After the labeller: a body line it is not sure of (probability under SURE) is not body
# when it stands above the page's title or after a block cue ("Related:", "About the
# author", "Community standards") that follows at least END_SHARE of the article's words.
# (Not above a title that stands under more than TITLE_BELOW_SHARE of the page's main text,
# the words the labeller reads as body and the comments: that "title" is a footer or sidebar
# line the ranker took, and the article above it is kept.)
SURE = 0.9
END_SHARE = 0.5
TITLE_BELOW_SHARE = 0.5


def checked_threads(f: pl.DataFrame, cues: Cues, model: Labeller, urls: pl.DataFrame | None) -> pl.DataFrame:
    """The comment finder, the labeller's scores and the thread check: ``comment_seq``,
    ``comment_kind``, ``lp_<class>`` added to the lines table.

    Threads that do not read as a comment section (a related-story list, a dated archive,
    the article itself under a dateline) are dropped.  The finder takes one way of finding
    a page's thread (a list outranks header lines, the most frequent header kind the
    others), so where the check drops a page's thread, the page is read again without that
    way, up to RETRIES times: the comments under "Joe : 11:58 AM" headers below a
    related-story list, the "Jane says:" comments below a sidebar of dated teasers.
    """
    f = drop_unlikely_threads(score(find_comments(f, cues), model, urls), model.thread_check)
    added = ("comment_seq", "has_comment_section", "comment_kind", *(f"lp_{c}" for c in CLASSES))
    dropped = pl.col("comment_kind").is_not_null() & pl.col("comment_seq").is_null().all().over(D)
    skip = pl.DataFrame(schema={D: pl.Int64, "comment_kind": pl.String})
    redo = f.filter(dropped)
    for _ in range(RETRIES):
        skip = pl.concat([skip, redo.select(D, "comment_kind").unique()])
        # only pages with another header kind on enough lines can give a thread now
        others = (
            redo.filter(pl.col("header").is_not_null()).group_by(D, "header").len()
            .join(skip.rename({"comment_kind": "header"}), on=[D, "header"], how="anti")
            .filter(pl.col("len") >= RETRY_MIN_COMMENTS).select(D).unique()
        )
        redo = redo.join(others, on=D, how="semi")
        if not redo.height:
            break
        again = find_comments(redo.drop(added), cues, skip).filter(pl.col("comment_kind").is_not_null())
        if not again.height:
            break
        docs = again.select(D).unique()
        again = drop_unlikely_threads(
            score(again, model, urls.join(docs, on=D) if urls is not None else None), model.thread_check)
        found = again.filter(pl.col("comment_seq").drop_nulls().n_unique().over(D) >= RETRY_MIN_COMMENTS)
        if found.height:
            f = pl.concat([f.join(found.select(D).unique(), on=D, how="anti"), found.select(f.columns)]).sort(D, L)
        redo = again.filter(dropped)
    return f


# A thread's first "comment" is its opening post (the article) where a page has no article above it
# and a page around it (at least OPENING_PAGE_LINES lines above: a scraper's extract of a comment
# section starts with its comments).  No article: fewer than OPENING_ARTICLE_WORDS words the labeller
# reads as body and fewer than two lines of prose.
OPENING_ARTICLE_WORDS = 30
OPENING_PAGE_LINES = 8


def opening_post(f: pl.DataFrame) -> pl.DataFrame:
    """A forum thread's opening post, found as its first comment, is the page's article."""
    is_c = pl.col("comment_seq").is_not_null()
    first_line = _first(is_c)
    above = L < first_line.fill_null(0)
    body = above & (pl.col("lp_body") >= pl.col("lp_other"))
    prose = above & pl.col("prose") & ~pl.col("cue")
    article = (
        (pl.when(body).then(pl.col("n_words")).otherwise(0).sum().over(D) >= OPENING_ARTICLE_WORDS)
        | (prose.sum().over(D) >= 2)
    )
    # (a head of the thread's kind above its first comment: the finder, which opens comments only
    # after the page's first prose, has left the opening post out already)
    head_above = (above & (pl.col("header") == pl.col("comment_kind"))).any().over(D)
    first_seq = pl.col("comment_seq").filter(L == first_line).first().over(D)
    opening = (
        (pl.col("comment_seq") == first_seq) & ~article & ~head_above
        & (above.sum().over(D) >= OPENING_PAGE_LINES)
        & (pl.col("comment_seq").n_unique().over(D) >= 3)  # (null and two comments at least)
    ).fill_null(False)
    return f.with_columns(comment_seq=pl.when(opening).then(None).otherwise(pl.col("comment_seq")))


def teasers_below_thread(f: pl.DataFrame) -> pl.DataFrame:
    """No comment below a heading over the site's other stories or threads ("Similar threads",
    "Related posts": the cue file's ``ends_thread`` entries) that stands under a thread's second
    comment: what follows it is a list of teasers, whose dated items read like comments.  (One
    "comment" above such a heading is more often the page's author box or a dated teaser, and the
    thread is below the heading.  After the thread check, which judges the thread as the finder
    found it.)"""
    is_comment = pl.col("comment_seq").is_not_null()
    second = pl.col("comment_seq").drop_nulls().unique().sort().get(1, null_on_oob=True).over(D)
    heading = (
        pl.col("ends_thread") & (pl.col("n_words") <= RELATED_HEADING_WORDS) & ~is_comment
        & (L > _first(pl.col("comment_seq") == second))
    )
    return f.with_columns(comment_seq=pl.when(L > _first(heading).fill_null(BIG)).then(None)
                          .otherwise(pl.col("comment_seq")))


def label(f: pl.DataFrame, cues: Cues, titles: pl.DataFrame | None = None,
          model: Labeller | None = None, urls: pl.DataFrame | None = None, reasons: bool = False) -> pl.DataFrame:
    """Add ``label`` and ``comment_seq`` to the non-blank lines table from ``lines.features``.

    Comments come from the comment finder (``find_comments``); every other line takes the
    learned labeller's most likely class (``labeller.score``), the title being the one line
    per page the labeller rates most title-like (and the lines that repeat it).  ``titles``
    (doc_idx, title) gives titles known from metadata; ``urls`` (doc_idx, url) page URLs.
    ``reasons``: also a ``rule`` column naming what decided each label (for ``explain``).
    """
    model = model or load_labeller()
    f = opening_post(trailing_markers(leading_actions(forum_profile_blocks(checked_threads(f, cues, model, urls)), cues)))
    f = teasers_below_thread(f)
    is_comment = pl.col("comment_seq").is_not_null()
    lp = {c: pl.col(f"lp_{c}") for c in CLASSES}
    # Body or not: the more likely of body, other and comment section.  Above the first
    # comment the finder found, no line belongs to its thread: body or other only.
    above_thread = L < _first(is_comment).fill_null(0)
    best = pl.when((lp["body"] >= lp["other"]) & ((lp["body"] >= lp["comment"]) | above_thread)).then(pl.lit("body"))
    best = best.when(lp["comment"] > lp["other"]).then(pl.lit("comment")).otherwise(pl.lit("other"))
    # Title: the title ranker's pick among the page's most title-like lines (when the most
    # title-like clears the labeller's threshold), and every line that repeats its text.
    norm = pl.col("t").str.to_lowercase().str.replace_all(r"[^\w\s]+", "").str.replace_all(r"\s+", " ").str.strip_chars()
    picked = pick_title(f, model.title_ranker or load_title_ranker(), model.title_min, urls)
    f = f.with_columns(_best=best, _norm=norm).join(
        picked.rename({"line_no": "_title_line"}), on=D, how="left", maintain_order="left")
    if titles is not None and titles.height:
        meta = titles.select(
            D, pl.col("title").str.to_lowercase().str.replace_all(r"[^\w\s]+", "")
            .str.replace_all(r"\s+", " ").str.strip_chars().alias("_meta_title")
        ).filter(pl.col("_meta_title").str.len_chars() > 0)
        f = f.join(meta, on=D, how="left", maintain_order="left")
        match = (pl.col("_norm") == pl.col("_meta_title")) & ~is_comment
        f = f.with_columns(
            _title_line=pl.when(match.any().over(D)).then(_first(match)).otherwise(pl.col("_title_line"))
        )
    title_norm = pl.when(L == pl.col("_title_line")).then(pl.col("_norm")).max().over(D)
    body_end = _last(pl.col("_best") == "body")
    # (a repeat below the article is another story's link to it, in a list or a sidebar)
    # (and an image whose alt text is the headline is the article's picture)
    repeat = (
        (pl.col("_norm") == title_norm) & (pl.col("n_words") <= TITLE_WORDS) & (L < body_end.fill_null(BIG))
        & ~pl.col("image")
    )
    # (a list item that repeats the headline — the last crumb of a breadcrumb, a contents
    # entry — is navigation when the headline also stands on a line of its own)
    plain_repeat = (repeat & ~pl.col("marker")).any().over(D)
    # (html2text ends every heading with a blank line and wraps it like a paragraph: a line
    # right under the title's "# heading" line, with no blank between, is its wrapped tail)
    tail = (pl.col("layout_gap") == 0) & ~pl.col("heading") & ~pl.col("marker") & ~pl.col("cue") & ~is_comment
    tail1 = tail & shifted((L == pl.col("_title_line")) & pl.col("heading"), 1).fill_null(False)
    f = f.with_columns(_tail=tail1)
    f = f.with_columns(title_tail=pl.col("_tail") | (tail & shifted(pl.col("_tail"), 1).fill_null(False)))
    is_title = (
        ((L == pl.col("_title_line")) | repeat) & ~(pl.col("marker") & plain_repeat) & ~is_comment
    ) | pl.col("title_tail")
    # Captions: cue lines, credits, image lines, the caption line just above a credit and
    # the caption under an image that repeats its alt text, above the article's end.
    next_credit = shifted(pl.col("credit"), -1).fill_null(False) & (shifted(pl.col("layout_gap"), -1) == 0)
    prev_image_text = shifted(pl.when(pl.col("image")).then(pl.col("t")), 1)
    repeats_alt = ((pl.col("t") == prev_image_text) & (pl.col("layout_gap") <= 1)).fill_null(False)
    caption = (
        pl.col("caption_cue") | pl.col("credit") | pl.col("image") | repeats_alt
        | (next_credit & ~pl.col("cue") & (pl.col("n_words") <= CAPTION_WORDS))
    ) & (L <= body_end.fill_null(0))
    # Boilerplate blocks: a paragraph that opens with a block cue (author box, disclaimer,
    # "Related:" list) …
    block_para = pl.col("block").any().over(D, "para") & (pl.when(pl.col("block")).then(L).min().over(D, "para") <= L)
    # … and everything after a block cue that follows most of the article.
    body_words = pl.when(pl.col("_best") == "body").then(pl.col("n_words")).otherwise(0)
    f = f.with_columns(_bw_before=body_words.cum_sum().over(D) - body_words, _bw_total=body_words.sum().over(D))
    end_cue = _first(pl.col("block") & (pl.col("_bw_before") >= END_SHARE * pl.col("_bw_total")))
    # A headline-shaped line right under a photo caption is an embedded "read also" link.
    headline = (
        ~pl.col("t").str.contains(r"[.!…]['\"”’»)\]]*$") & ~pl.col("ends_colon") & (pl.col("n_words") >= HEADLINE_WORDS)
        & (pl.col("n_caps") >= pl.col("n_words") * HEADLINE_CAPS) & ~pl.col("prose")
    )
    # (kept as a column: the block check leaves these links out of the article's gaps)
    f = f.with_columns(link_under_caption=(headline & shifted(caption, 1).fill_null(False)).fill_null(False))
    title_line = pl.col("_title_line")
    unsure = pl.col("lp_body") < np.log(SURE)
    # (the page's main text: the lines the labeller reads as body, and the comments)
    main_words = pl.when((pl.col("_best") == "body") | is_comment).then(pl.col("n_words")).otherwise(0)
    title_below = (
        main_words.filter(L < title_line).sum().over(D) > TITLE_BELOW_SHARE * main_words.sum().over(D)
    )
    before_title = (L < title_line.fill_null(0)) & ~title_below.fill_null(False)
    not_body = (
        block_para
        | (pl.col("cue") & unsure)
        | pl.col("link_under_caption")
        | (before_title & unsure)
        | ((L > end_cue.fill_null(BIG)) & unsure)
    )
    # a sentence above the title (outside the article) is an image's caption
    above_title = before_title & pl.col("prose") & ~pl.col("cue") & ~pl.col("ends_colon")
    lab = (
        pl.when(is_comment).then(pl.lit("comment"))
        .when(is_title).then(pl.lit("title"))
        .when(caption | (above_title & (pl.col("_best") != "body"))).then(pl.lit("caption"))
        .when((pl.col("_best") == "body") & ~not_body).then(pl.lit("body"))
        .otherwise(pl.lit("boilerplate"))
    )
    f = f.with_columns(label=lab)
    # body blocks that stand apart from the article (teaser lists, blurbs) are boilerplate;
    # the lines between the article's blocks that belong to it (lists, sub-headings) are body
    f = check_blocks(f.with_columns(_pre=pl.col("label")), model.block_check or load_block_check())
    if reasons:
        meta_title = pl.col("_meta_title").is_not_null() if "_meta_title" in f.columns else pl.lit(False)
        rule = (
            pl.when((pl.col("label") != pl.col("_pre")) & (pl.col("label") == "boilerplate"))
            .then(pl.lit("boilerplate: a body block apart from the article (block check)"))
            .when(pl.col("label") != pl.col("_pre"))
            .then(pl.lit("body: between the article's body blocks (block check)"))
            .when(is_comment).then(pl.format("comment finder ({})", pl.col("comment_kind").fill_null("?")))
            .when(is_title & (L == title_line) & meta_title).then(pl.lit("title: the metadata title"))
            .when(is_title & (L == title_line)).then(pl.lit("title: the ranker's pick of the most title-like lines"))
            .when(pl.col("title_tail")).then(pl.lit("title: the wrapped tail of a title heading"))
            .when(is_title).then(pl.lit("title: repeats the title"))
            .when(caption).then(pl.lit("caption: caption/credit cue, image, or the line above a credit"))
            .when(above_title & (pl.col("_best") != "body")).then(pl.lit("caption: a sentence above the title"))
            .when(pl.col("_best") != "body").then(pl.lit("labeller"))
            .when(block_para).then(pl.lit("boilerplate: paragraph opened by a block cue"))
            .when(pl.col("cue") & unsure).then(pl.lit("boilerplate: a cue line the labeller is unsure of"))
            .when(pl.col("link_under_caption")).then(pl.lit("boilerplate: a link under a caption"))
            .when(before_title & unsure).then(pl.lit("boilerplate: above the title"))
            .when((L > end_cue.fill_null(BIG)) & unsure).then(pl.lit("boilerplate: after an end-of-article cue"))
            .otherwise(pl.lit("labeller"))
        )
        f = f.with_columns(rule=rule)
    return f.drop([c for c in f.columns if c.startswith(("_", "x_"))])
