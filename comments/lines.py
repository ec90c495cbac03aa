"""Documents → lines: one row per line, and the per-line features the segmenter reads.

Everything here is a polars expression over the whole lines table; no Python runs
per line.
"""

from __future__ import annotations

import polars as pl

from comments.cues import Cues
from comments.dates import DATE, DT, REL, split_edited

D = "doc_idx"  # internal document key: position in the input batch (doc_ids may repeat)

# A list marker as converters render <li>: "1.", "12)", "(3)", "•", "*", "-", "o" …
# A list item's marker: a number, a bullet, lynx's "o".
MARKER_TOKEN = r"(?:\d{1,3}[.)]|\(\d{1,3}\)|[•*·◦▪▫‣●○■□☆►▸◆◇–+-]|o)"
MARKER = rf"^{MARKER_TOKEN}\s+"
# The clock time that opens the rest of a date header html2text broke over two lines ("1:13am  2",
# "2024, 7:24am  4"): a time (with a year before it) and at most a post number after it.
SPLIT_CLOCK = r"(?i)^(?:(?:19|20)\d{2},?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+#?\d{1,5})?$"
# Converters wrap at 72–80 columns; a page whose lines reach past this is not wrapped.
MAX_WRAP_WIDTH = 100
# A horizontal rule as converters print <hr> and box borders: "-----", "_____", "* * *", "━━━━".
RULE_LINE = r"^\s*(?:[-_=*~─━═]\s*){3,}$"
# An image as w3m and lynx print it: [photo.jpg], [IMG], [image].
PRINTED_IMAGE = r"\[[^\]]*\.(?:jpe?g|png|gif|webp|svg)\]|\[(?:img|image|photo)\]"
# A line that is only an image: markdown ![alt](src), or a printed image.
IMAGE_LINE = rf"(?i)^(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?|{PRINTED_IMAGE})$"
# The printed images in front of a line's text ("[blog.png] 10 Tips to …"): not its words.
LEADING_IMAGES = rf"(?i)^(?:(?:{PRINTED_IMAGE})\s*)+"


# html2text's backslash escapes: "13\. Sep 2024", "3\. Creating N-grams", "\- Cotton balls"
# (a digit and a full stop, or a dash, that would otherwise open a markdown list).
MD_ESCAPE = r"\\([\\`*_{}\[\]()#+\-.!>])"


def _plain(text: pl.Expr) -> pl.Expr:
    """Text without markdown (html2text output): heading hashes, quote markers, emphasis,
    image and link targets (``[text](url)`` → ``text``), backslash escapes (``13\\. Sep`` →
    ``13. Sep``; after the links, whose targets may hold escaped brackets: ``void\\(0\\)``)."""
    return (
        text.str.replace(r"^(?:#{1,6}|>)\s+", "")
        .str.replace_all(r"!\[([^\]]*)\]\((?:\\[()]|[^)])*\)", "$1")
        .str.replace_all(r"\[([^\]]*)\]\((?:\\[()]|[^)\s])*\)", "$1")
        .str.replace_all(r"\*\*|__", "")
        .str.replace_all(MD_ESCAPE, "$1")
        .str.strip_chars()
    )


def link_words(text: pl.Expr) -> pl.Expr:
    """Links give their words (``[text](url)`` → ``text``), also where the target holds a
    space: html2text broke it over lines ("](/q/442960/set-focus-to- files-area)") or gave
    it a title ("](/a/979 "Short permalink")").  (``_plain`` leaves these: its text feeds
    the learned models, which were trained on it.)"""
    return text.str.replace_all(r"!?\[([^\]]*)\]\([^)]*\)", "$1")


def plain_text(text: pl.Expr) -> pl.Expr:
    """``_plain``, and ``link_words``: the plain text of lines for people to read (a title,
    a comment's text)."""
    return link_words(_plain(text))


# Lines longer than this (in words) are never UI strings, credits or navigation.
SHORT_LINE = 40
# Chinese and Japanese write words without spaces between them: a run of their characters
# counts as one word per two characters (Chinese words are one to two characters long on
# average), so that a line's word count means the same in every script; Korean, written with
# spaces, counts as any other.  Their sentences end with full-width marks (。！？).
CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
WORD = rf"[{CJK}]{{1,2}}|[^\s{CJK}]+"
# (and their punctuation: a line wrapped after "，" or before "。" joins without a space too)
CJK_TEXT = CJK + r"\u3000-\u303f\uff01-\uff60"
_ENDS_SENTENCE = r"[.!?…。！？．]['\"”’»)\]」』）】]*$"
ENDS_QUESTION = r"[?？]['\"”’»)\]」』）]*$"
# A name that ends with an initial ("Karl H.") ends with a full stop, not a sentence.
ENDS_WITH_INITIAL = r"(?:^|\s)\p{Lu}\.$"  # (any script: "Priya N.", "Сергей К.")
# Lines that stand in for a commenter's avatar: the initials of one without a picture
# ("SP"), w3m's reference to the picture ("[svg]", "[hp38859]").
AVATAR_INITIALS = r"^\p{Lu}{1,3}$"
AVATAR_REF = r"^\[[^\]\s_]+\]$"
# An avatar's alt text that is the poster's name and the country of a flag picture after it
# ("SmellSharpe [canada]" over "SmellSharpe"; lynx prints "SmellSharpe canada"): its tail.
FLAG_TAIL = r"\s\[?[^\W\d_]{2,}\]?$"


def flag_avatar(line: pl.Expr, below: pl.Expr) -> pl.Expr:
    """The line is the name on the line ``below`` with a flag's country after it (``FLAG_TAIL``)."""
    return line.str.starts_with(below + " ") & line.str.contains(FLAG_TAIL)


# Separators of a navigation line: "Home | News | Sport", "About VT - Read Full Policy Notice - Comment Policy".
_NAV_SEP = r"\s[|•·»/]\s|\s[-–]\s"
# What is left of a header line once dates and header words are removed: a name, if anything.
# (and the cue file's SPEECH and REPLY words)
_HEADER_WORDS = r"(?i)\b(?:at|on|posted|by|am|pm|permalink|edit|edited|report|ago|utc|gmt|[ecmp][sd]t)\b|#\d+|[^\w\s]"


def shifted(expr: pl.Expr, n: int) -> pl.Expr:
    """``expr`` on the row ``n`` rows away (n > 0: before, n < 0: after) in the same
    document, else null.  Rows are sorted by document, so a masked shift gives what a
    window over documents would, without building one."""
    return pl.when(pl.col(D).shift(n) == pl.col(D)).then(expr.shift(n))


def split_lines(docs: pl.DataFrame) -> pl.DataFrame:
    """All lines of all documents: ``doc_idx, line_no, raw`` (line_no from 1, as LABELS.md counts)."""
    return (
        docs.select(
            pl.col(D),
            pl.col("text").str.replace_all("\r\n?", "\n").str.split("\n").alias("raw"),
        )
        .with_columns(line_no=pl.int_ranges(1, pl.col("raw").list.len() + 1))
        .explode(["raw", "line_no"])
        # doc_idx is sorted: telling polars lets every window over it take the fast path.
        .with_columns(pl.col("line_no").cast(pl.Int64), pl.col(D).set_sorted())
    )


# Characters two columns wide on a terminal (East Asian Wide and Fullwidth, the common blocks).
WIDE = CJK_TEXT + r"\p{Hangul}\uffe0-\uffe6"


def _columns(text: pl.Expr) -> pl.Expr:
    """The width of ``text`` in display columns."""
    return (text.str.len_chars() + text.str.count_matches(f"[{WIDE}]")).cast(pl.Int64)


def unwrap(lines: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Join the lines of paragraphs that a converter wrapped (w3m, lynx and html2text wrap
    at about 80 columns) into logical lines.

    A page counts as wrapped when many of its lines end just short of one width and
    hardly any run past it.  On such a page a line continues the one above when the one
    above was full: its length plus a space and this line's first word exceed the width
    (that is how greedy wrapping breaks lines), and this line does not open a list item.

    Returns the non-blank logical lines (``line_no`` = first physical line, ``last_line``,
    ``raw`` = first physical line, ``s`` = the stripped text of all its lines joined by
    spaces, or without one between Chinese or Japanese characters) and the map ``doc_idx,
    phys_line, line_no`` from physical to logical lines.
    """
    # (the tab-expanded text once, read by every test below)
    nb = lines.filter(pl.col("raw").str.strip_chars() != "").with_columns(
        _raw=pl.col("raw").str.replace_all("\t", "    "))
    raw = pl.col("_raw")
    nb = nb.with_columns(
        # (in display columns, as w3m and lynx wrap: a Chinese, Japanese or Korean character is two)
        _len=_columns(raw.str.strip_chars_end()),
        # (a Chinese or Japanese line wraps after any character: its first "word" is one character)
        _first_word=_columns(raw.str.strip_chars().str.extract(rf"^(?:[{CJK}]|[^\s{CJK}]+)", 0)),
        _item=raw.str.strip_chars().str.contains(MARKER),
        # a dash a sentence held ("… from infecting my Kale" / "– there is a white powder …"): greedy
        # wrapping puts it at the head of the next line, where it reads as a list item's dash
        _dash=raw.str.contains(r"^\s*[–-]\s"),
        _indent=raw.str.len_chars() - raw.str.strip_chars_start().str.len_chars(),
        # html2text breaks a long link inside its target: "[May 3, 2012](https://…/the-" / "post/#c12)"
        # (or / 'post/#c12 "Dec 14, 2025, 7:40 PM")', with the link's title)
        _open_link=raw.str.strip_chars_end().str.contains(r"\]\([^)\s]*$"),
        # html2text counts a link's target in its line width, so a comment header "[jane](/u/jane) January
        # 11, 2025," / "1:13am  2" breaks inside its date, however short the text: a line that ends with a
        # comma over one that opens with a clock time ("2025, 7:24am", "1:13am") is one line
        _comma=raw.str.strip_chars_end().str.ends_with(","),
        _clock=raw.str.strip_chars().str.contains(SPLIT_CLOCK),
        _cjk_end=raw.str.strip_chars_end().str.contains(f"[{CJK_TEXT}]$"),
    )
    # The wrap width: where most long lines end (90th percentile of lines of 30+ characters,
    # snapped to the longest line there); a few longer lines (URLs, links) may run past it.
    long = pl.col("_len") >= 30
    p90 = pl.col("_len").filter(long).quantile(0.9, "nearest").over(D)
    nb = nb.with_columns(_p90=p90)
    width = pl.when(long & (pl.col("_len") <= pl.col("_p90") + 3)).then(pl.col("_len")).max().over(D)
    nb = nb.with_columns(_width=width)
    width = pl.col("_width")
    near = ((pl.col("_len") >= width - 12) & (pl.col("_len") <= width)).sum().over(D)
    over = (pl.col("_len") > width).sum().over(D)
    wrapped = (width <= MAX_WRAP_WIDTH) & (near >= 3) & (over <= 0.15 * long.sum().over(D) + 1)
    prev = lambda c: shifted(pl.col(c), 1)  # noqa: E731
    next_line = pl.col("line_no") - prev("line_no") == 1
    adjacent = next_line & ~pl.col("_item")
    # (a dash under a full line of the same indent continues it: a list's next dash item would have fitted
    # only if the line above had been the item's last, and that line is full)
    held_dash = next_line & pl.col("_dash") & (pl.col("_indent") == prev("_indent")) & ~prev("_item")
    joins = (
        (wrapped & (adjacent | held_dash) & (prev("_len") + 1 + pl.col("_first_word") > width))
        | (adjacent & prev("_open_link") & pl.col("raw").str.contains(r'^\S+(?:\s+"[^"]*")?\)'))
        | (adjacent & prev("_comma") & pl.col("_clock"))
    ).fill_null(False)
    # One id per logical line over the whole batch (a document's first line never joins the one
    # above): a sorted integer key.  Most logical lines are one physical line; only the others
    # are grouped.
    # A wrapped line joins the one above with a space, except inside Chinese or Japanese text, which
    # has no spaces between its words (w3m and lynx wrap it after any character).
    cjk_pair = prev("_cjk_end") & pl.col("raw").str.strip_chars_start().str.contains(f"^[{CJK_TEXT}]")
    nb = nb.with_columns(_join=joins).with_columns(
        _id=(~pl.col("_join")).cast(pl.Int64).cum_sum().set_sorted(),
        _sep=pl.when(pl.col("_join") & cjk_pair.fill_null(False)).then(pl.lit("")).otherwise(pl.lit(" ")),
    )
    mapping = nb.select(
        D, pl.col("line_no").alias("phys_line"),
        pl.when(~pl.col("_join")).then(pl.col("line_no")).forward_fill().alias("line_no"),
    )
    multi = pl.col("_join") | pl.col("_join").shift(-1).fill_null(False)
    nb = nb.with_columns(_multi=multi)
    single = nb.filter(~pl.col("_multi")).select(
        "_id", D, "line_no", last_line=pl.col("line_no"), raw=pl.col("raw"), s=pl.col("raw").str.strip_chars())
    joined = nb.filter(pl.col("_multi")).group_by("_id", maintain_order=True).agg(
        pl.col(D).first(),
        line_no=pl.col("line_no").first(),
        last_line=pl.col("line_no").last(),
        raw=pl.col("raw").first(),
        s=(pl.col("_sep") + pl.col("raw").str.strip_chars()).str.join("").str.strip_chars_start(),
    )
    logical = pl.concat([single, joined]).sort("_id").drop("_id").with_columns(pl.col(D).set_sorted())
    return logical, mapping


def _header_kinds(nb: pl.DataFrame, cues: Cues) -> pl.DataFrame:
    """``doc_idx, line_no, header``: the first header entry of the cue file each line matches.

    Header lines are short, so only short lines are tried; an entry's full pattern (with
    its date grammar) runs only on the lines that pass its cheap ``requires`` prefilter.
    """
    max_words = max((h.max_words for h in cues.headers), default=0)
    # (a link's target is not read: the date in "[Next Post](https://…/2025/12/14/…)" is the
    # URL's; html2text's "[May 3, 2012](https://…#comment-12)" keeps its date, and so does a
    # link's title with a number in it, Substack's "[6d](https://…/comment/187784548 "Dec 14,
    # 2025, 7:32 PM")" (not phpBB's "Reply with quote", read as before).  A target html2text
    # broke over two lines holds a space once the lines are joined: "[Previous
    # Post](https://…/2025/12/12/critique-navidad-the- lady-the-tiger/)")
    short = nb.filter(pl.col("n_words") <= max_words).select(
        D, "line_no", "n_words",
        t=pl.when(pl.col("t").str.contains("](", literal=True))
        .then(pl.col("t").str.replace_all(r'\]\([^)"]*"([^"]*\d[^"]*)"\s*\)', "] ${1}")
              .str.replace_all(r"\]\([^)]*\)", "]")).otherwise(pl.col("t")),
    # (a line the cue file calls a post's own meta line — "Last edited: Sep 6, 2022", "#14" —
    # heads no post, though it holds a date)
    ).filter(~pl.col("t").str.contains(cues.regex["post_meta"]))
    # (entries share prefilters: each distinct one runs once)
    requires = list(dict.fromkeys(h.requires for h in cues.headers if h.requires))
    short = short.with_columns(
        *(pl.col("t").str.contains(r).alias(f"_req{i}") for i, r in enumerate(requires))
    )
    hits = []
    for order, h in enumerate(cues.headers):
        keep = pl.col("n_words") <= h.max_words
        if h.requires:
            keep = keep & pl.col(f"_req{requires.index(h.requires)}")
        cand = short.filter(keep)
        hits.append(
            cand.filter(pl.col("t").str.contains(h.regex))
            .select(D, "line_no", pl.lit(order).alias("_order"), pl.lit(h.id).alias("header"))
        )
    if not hits:
        return short.select(D, "line_no", pl.lit(None, dtype=pl.String).alias("header")).head(0)
    return (
        pl.concat(hits).sort(D, "line_no", "_order")
        .unique([D, "line_no"], keep="first", maintain_order=True)
        .select(D, "line_no", "header")
    )


NO_BLANK_MIN_LINES = 10  # a text this long without a blank line has one paragraph per line
PROFILE_WINDOW = 6  # lines after a poster's name in which profile fields open a post
DATED_PROFILE_WINDOW = 3  # lines after it in which one dated field (a join date) opens it


def features(lines: pl.DataFrame, cues: Cues) -> pl.DataFrame:
    """Logical non-blank lines (see ``unwrap``) with their features (README: segmentation)."""
    rx = cues.regex
    raw = pl.col("raw").str.replace_all("\t", "    ")
    nb = lines.with_columns(
        indent=(raw.str.len_chars() - raw.str.strip_chars_start().str.len_chars()).cast(pl.Int64),
    )
    nb = nb.with_columns(
        marker=pl.col("s").str.contains(MARKER),
        heading=pl.col("s").str.contains(r"^#{1,6}\s"),
        image=pl.col("s").str.contains(IMAGE_LINE),
        t=_plain(pl.col("s").str.replace(MARKER, "")),
    ).with_columns(
        n_words=pl.col("t").str.count_matches(WORD).cast(pl.Int64),
        ends_sent=pl.col("t").str.contains(_ENDS_SENTENCE),
        ends_colon=pl.col("t").str.contains(r"[:：]$"),
        # Cues anchored at the start of a line: cheap on any line, and a disclaimer or a
        # pingback can be a long line.
        prefix=pl.col("t").str.contains(rx["prefix"]),
        block=pl.col("t").str.contains(rx["block"]),
        related=pl.col("t").str.contains(rx["related"]),
        caption_cue=pl.col("t").str.contains(rx["caption"]),
        pingback=pl.col("t").str.contains(rx["pingback"]),
    )
    # Whole-line UI cues, credits, navigation and capitalisation only matter on short
    # lines; matching them there alone spares the long prose lines that hold most bytes.
    short = nb.filter(pl.col("n_words") <= SHORT_LINE).select(
        D, "line_no",
        n_caps=pl.col("t").str.count_matches(r"(?:^|\s)[\"'“‘(]?[[:upper:]]").cast(pl.Int64),
        ui=pl.col("t").str.contains(rx["ui"]),
        section=pl.col("t").str.contains(rx["section"]),
        action=pl.col("t").str.contains(rx["action"]),
        credit=pl.col("t").str.contains(rx["credit"]),
        nav=pl.col("t").str.count_matches(_NAV_SEP) >= 2,
        profile=pl.col("t").str.contains(rx["profile"]),
        pagination=pl.col("t").str.contains(rx["pagination"]),
        ends_thread=pl.col("t").str.contains(rx["ends_thread"]),
    )
    nb = nb.join(short, on=[D, "line_no"], how="left", maintain_order="left").with_columns(
        pl.col("n_caps").fill_null(0),
        *(pl.col(c).fill_null(False) for c in ("ui", "section", "action", "credit", "nav", "profile", "pagination",
                                            "ends_thread")),
    )
    authored = [h.id for h in cues.headers if h.has_author]
    nb = nb.join(_header_kinds(nb, cues), on=[D, "line_no"], how="left", maintain_order="left").with_columns(
        nav=pl.col("nav") & (pl.col("n_words") <= 20) & ~pl.col("ends_sent"),
        credit=pl.col("credit") & (pl.col("n_words") <= 15),
    )
    # Does a header line carry a name?  What is left once dates and header words are
    # removed.  Computed on header lines only (few), then joined back.
    # (a link's target is no name: html2text's "[May 3, 2012 at 4:36 pm](https://…#comment-12)")
    # (nor is a compact age, "6d" or "6dEdited": the compact_age header kind, nor a
    # Slashdot score, "(Score:5, Insightful)")
    residual = (
        split_edited(pl.col("t")).str.replace_all(r"\]\([^)]*\)?|(?i:https?://|www\.)\S*|(?i:\(score:[^)]*\))", " ")
        .str.replace(r"^\d{1,2}(?:mo|[smhdwy])(?:\s*[•·]?\s*(?i:edited))?$", " ")
        .str.replace_all(f"(?i){DT}|{REL}", " ").str.replace_all(_HEADER_WORDS, " ")
    )
    for name in ("SPEECH", "REPLY"):
        if name in cues.vocabulary:
            residual = residual.str.replace_all("(?i)" + cues.whole_words(name), " ")
    named = nb.filter(pl.col("header").is_not_null()).select(
        D, "line_no",
        header_named=pl.col("header").is_in(authored) | residual.str.contains(r"[^\W\d_]{2,}"),
    )
    nb = nb.join(named, on=[D, "line_no"], how="left", maintain_order="left").with_columns(
        header_named=pl.col("header_named").fill_null(False),
        cue=pl.col("ui") | pl.col("prefix") | pl.col("block") | pl.col("section") | pl.col("nav"),
        # A sentence of prose; a short question is more often a headline than a paragraph.
        prose=((pl.col("n_words") >= 8) & pl.col("ends_sent")
               & ~pl.col("t").str.contains(ENDS_QUESTION))
        | (pl.col("n_words") >= 20),
    )
    not_delimiting = [h.id for h in cues.headers if not h.delimits]
    nb = nb.with_columns(header=pl.when(pl.col("header").is_in(not_delimiting)).then(None).otherwise(pl.col("header")))
    # A date line that ends like a sentence ("… due August 15.") or leads in to something
    # ("Update (10/29/12):") is prose, not a comment header.
    nb = nb.with_columns(
        header=pl.when(
            pl.col("header").is_in(cues.kinds("date_line"))
            & (pl.col("ends_colon") | (pl.col("ends_sent") & (pl.col("n_words") >= 6)))
        ).then(None).otherwise(pl.col("header"))
    )
    # A quoted e-mail's header block (two field lines in a row, "Date: …" / "From: …"): its
    # date line is the mail's, no comment header.
    if "MAIL_FIELD" in cues.vocabulary:
        field = pl.col("t").str.contains("(?i)^" + cues.whole_words("MAIL_FIELD") + r"\s*:\s*\S")
        in_mail = field & (shifted(field, 1) | shifted(field, -1)).fill_null(False)
        nb = nb.with_columns(header=pl.when(in_mail).then(None).otherwise(pl.col("header")))
    # A bare name with the comment's text indented under it (threaded templates that
    # show no date): "Gibbo" / "    Brilliant! I only had …".
    nxt = lambda c: shifted(pl.col(c), -1)  # noqa: E731 - next non-blank line
    # Or a bare name nested deeper than the article's prose, with its text at that depth.
    prose_indent = pl.col("indent").filter(pl.col("prose")).first().over(D)
    bare_name = (
        pl.col("header").is_null() & (pl.col("n_words") <= 4)
        & pl.col("t").str.contains(r"[^\W\d_]")  # (a name has a letter: not "•", not "_____")
        & ~pl.col("ends_sent") & ~pl.col("ends_colon")
        & ~pl.col("cue") & ~pl.col("action") & ~pl.col("marker") & (nxt("n_words") >= 3)
        & ~nxt("marker").fill_null(True)
    )
    # The text must stand deeper than the article's own paragraphs: lynx prints every
    # sub-heading at column 0 over its section's paragraphs, indented like all the others.
    name_over_indent = (
        bare_name
        & (nxt("indent") > pl.col("indent"))
        & (nxt("indent") > prose_indent).fill_null(True)
    ).fill_null(False)
    # A comment's own action line with "Reply" in it ("Like · Reply · 1d"): where a page
    # shows no header line at all (Facebook plugin, some news widgets), these close comments.
    # (not a count of replies: "3 replies", "1 reply by Karen")
    reply_action = (
        pl.col("header").is_null() & pl.col("action")
        & pl.col("t").str.contains("(?i)" + cues.whole_words("REPLY")) & ~pl.col("t").str.contains(r"^\d+\s")
    )
    # A forum poster's profile block: a short line (the name, an avatar) with profile fields
    # ("Joined", "4.7k posts", "Senior Member") in the next PROFILE_WINDOW lines opens a
    # post.  A date in the block (the join date) is no post header.
    profile_after = pl.sum_horizontal(
        [shifted(pl.col("profile"), -k).fill_null(False).cast(pl.Int32) for k in range(1, PROFILE_WINDOW + 1)]
    )
    in_block = pl.any_horizontal(
        [shifted(pl.col("profile"), k).fill_null(False) for k in range(1, 3)]
    )
    # (or one field that holds a date, the join date, with the counts beside it: "Pippin06" /
    # "always learning--often laughing" / "Feb 8, 2017 5,421 29,758"; XenForo through inscriptis)
    dated = pl.when(pl.col("profile")).then(pl.col("t")).str.contains(f"(?i){DATE}").fill_null(False)
    dated_after = pl.any_horizontal([shifted(dated, -k).fill_null(False) for k in range(1, DATED_PROFILE_WINDOW + 1)])
    block_start = (
        ~pl.col("profile") & (pl.col("n_words") <= 6) & ~pl.col("ends_sent") & ~pl.col("cue") & ~pl.col("action")
        & ~in_block
        & (((profile_after >= 2) & (shifted(pl.col("profile"), -1) | shifted(pl.col("profile"), -2)).fill_null(False))
           | dated_after)
        & ~pl.col("t").str.contains(r"(?i)^\W*(?:reply|quote|report|like|share|thanks)(?-u:\b)")  # the post above's buttons
    )
    nb = nb.with_columns(_block_start=block_start.fill_null(False)).with_columns(
        # (the name repeated under the avatar: only the block's first line opens it)
        _block_start=pl.col("_block_start") & ~pl.any_horizontal(
            [shifted(pl.col("_block_start"), k).fill_null(False) for k in range(1, 4)])
    )
    join_label = shifted(pl.col("t"), 1).str.contains(r"(?i)^(?:joined|join date|member since|registered)\s*:?$")
    # (a date under a bare label of the article's meta: "Posted on" / "Nov 21, 2018")
    meta_label = shifted(pl.col("t"), 1).str.contains(
        r"(?i)^(?:(?:posted|published|updated|last updated|modified|last modified|created|date)(?:\s+(?:on|at))?)\s*:?$")
    join_date = pl.col("header").is_in(cues.kinds("date_line")) & (pl.col("profile") | join_label | meta_label).fill_null(False)
    nb = nb.with_columns(
        header=pl.when(name_over_indent).then(pl.lit("name_indented"))
        .when(reply_action).then(pl.lit("reply_action"))
        .when(pl.col("_block_start")).then(pl.lit("profile_block"))
        .when(join_date).then(None)
        .otherwise(pl.col("header")),
        header_named=pl.col("header_named") | name_over_indent | pl.col("_block_start"),
    ).drop("_block_start")
    # Layout: blank lines before each line, paragraph (block of adjacent lines) id.
    prev_line = shifted(pl.col("line_no"), 1)
    prev_last = shifted(pl.col("last_line"), 1)
    gap = pl.col("line_no") - prev_last.fill_null(0) - 1
    # For paragraphs, the labeller, the title ranker and the title and caption rules (``layout_gap``),
    # a text without a single blank line (a scraper that wrote one block element per line, as
    # BeautifulSoup's get_text("\n") does) has its paragraphs on lines of their own: each line break
    # counts as a blank line.  (Physical lines: a wrapped paragraph is one logical line.)  The comment
    # finder reads ``gap_before`` as it is: its header and list rules look at which lines stand together.
    physical = (pl.col("last_line") - pl.col("line_no") + 1).sum()
    no_blank = ((pl.col("last_line").max() - pl.col("line_no").min() + 1 == physical).over(D)
                & (pl.len().over(D) >= NO_BLANK_MIN_LINES))
    nb = nb.with_columns(gap_before=gap, layout_gap=pl.when(no_blank & prev_last.is_not_null()).then(1).otherwise(gap))
    nb = nb.with_columns(
        para=((pl.col("layout_gap") > 0) | prev_line.is_null()).cast(pl.Int64).cum_sum().over(D),
        nb_idx=pl.int_range(pl.len()).over(D).cast(pl.Int64),
    )
    return nb
