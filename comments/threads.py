"""Labelled lines → one row per comment: ids, depth, parent, author, date, text."""

from __future__ import annotations

import polars as pl

from comments.cues import Cues
from comments.dates import DT, REL, parse_datetime
from comments.lines import AVATAR_INITIALS, AVATAR_REF, ENDS_WITH_INITIAL, D, flag_avatar, link_words

L = pl.col("line_no")
HEAD_WORDS = 6  # a post's head lines (name, rank, flair, location) are at most this long
LISTED_SHARE = 0.8  # comments opening with a list item, of a page's, from which their items' columns give depth
# a link to a member's page (XenForo /members/, Discourse /u/, Stack Exchange /users/ …)
PROFILE_LINK = r"(?i)\]\([^)]*/(?:members?|users?|u|profile|profiles|people|author|authors|community/profile)/"
LONE_TOP_MIN = 5  # comments a thread needs before its top level can be judged …
LONE_TOP_SHARE = 0.1  # … to be no level: under this share of them stand there
HEAD_NAME_WORDS = 4  # a name found among those lines, when the header names no one, is at most this long

_SEPARATORS = " \t—–-•·|/@,:()[]»«›‹"
# Whom a comment answers, where the page says so: "Reply to Karl H." (wpDiscuz), "In reply
# to Karl", "Dale Hurst → Big Red Fan • a year ago" (Disqus), "replied to Karl".
REPLY_TO = (
    r"(?i)^(?:in\s+)?(?:reply|replying|replied|response|responding)\s+to:?\s+(?:@)?(.{1,40}?)\s*$"
    r"|^(?:antwort auf|en réponse à|réponse à|en respuesta a|respuesta a|in risposta a|em resposta a|ответ)"
    r"(?:\s+#\d+)?(?:\s+von)?:?\s+(?:@)?(.{1,40}?)\s*$"
)
_ARROW_TARGET = r"\s*(?:→|->|►|▶)\s*.*$"
_ARROW = r"^.{1,40}?\s*(?:→|->|►|▶)\s*(.{1,40}?)\s*(?:[•·|]|$)"


_AVATAR = r"(?i)^(?:\[?[^\s\]\[]{0,40}\]\s*|\S+(?:'s|’s) avatar\s+|avatar(?: of| for)?\s+|(?:user )?avatar(?: image)?(?:\s+|$))+"
# An avatar's alt text on a line of its own: "Saty Chary's avatar" (Substack), "Avatar of Jane".
_AVATAR_ALT = r"(?i)^(?:\S+(?:\s\S+){0,3}(?:'s|’s) (?:avatar|picture|photo|profile (?:picture|photo|image))|avatar of \S+(?:\s\S+){0,3})$"


# What a name never holds: a link target cut off by the converter ("Jane](https://…" or
# its tail "…/~jane)"), an address or a path, a link's title ('"Go to profile"'), a user
# number ("( 127135 )", Slashdot), a score ("58 points").
_NOT_NAME = (
    r"\]\([^)]*\)?|(?:https?:|javascript:)\S*|(?:^|[\s\[])\.{0,2}/\S*|\S+\.(?:php|html?|aspx?|gif|png|jpe?g|svg|webp)\S*|\S*[/=?]\S*\)"
    r"|\S*/\S*[?=]\S*|\(\s*\d+\s*\)?|-?\d+\s+points?|\s\"[^\"]*\"?\s*$"
)
# "_(verified owner)_", "_Start date_": html2text's emphasis marks around a word
_EMPHASIS = r"(?:^|\s)_+|_+(?:\s|$)"


def _plain_name(name: pl.Expr, speech: str | None = None) -> pl.Expr:
    """A name without html2text's markup (``**Jane**``, ``[Jane](https://…)``), the pieces
    of a link a converter broke apart, separators and (with ``speech``, the cue file's
    speech verbs) a trailing "writes"; null when no letter is left (a bare marker, a
    score) or only a count ("2.5k" posts)."""
    name = (
        link_words(name).str.replace_all(r"\*\*|__", "")
        .str.replace_all(_NOT_NAME, " ").str.replace_all(_EMPHASIS, " ")
    )
    # (vBulletin's online status and rank after the name: "Jane is offline Junior Guru")
    name = name.str.replace(r"(?i)\s+is\s+(?:offline|online)\b.*$", "")
    # (a profile field glued after the name, inscriptis on phpBB: "invest4 Posts: 2630 Joined")
    name = name.str.replace(
        r"(?i)\s+(?:posts|joined|join date|messages|reputation|location|member since|registered|reaction score|points)\s*:.*$", "")
    if speech:
        name = name.str.replace(rf"(?i)\s+{speech}\s*:?\s*$", "")
    # (one chain of string steps, each using the one before once: an expression used twice
    # is computed twice)
    return (
        # ("by Jane", phpBB's "Post by Jane »")
        name.str.replace_all(r"\s+", " ").str.strip_chars(" ").str.replace(r"(?i)^(?:post(?:ed)?\s+)?by\s+", "")
        .str.strip_chars(_SEPARATORS.replace(")", "") + "*")
        # a closing parenthesis stays when it closes one in the name: "meyay (Metin Y.)"
        .str.replace(r"^([^(]*?)[\s)]+$", "$1").str.strip_chars(_SEPARATORS.replace(")", "") + "*")
        # no letter left, or only a count ("2.5k")
        .str.replace(r"^(?:[^\p{L}]*|[\d.,]+\s*[kKmM])$", "")
        .replace("", None)
    )


def _not_name(cues: Cues) -> str:
    """What stands in a name's place but is none: a label before a header's date
    ("answered", "Last edited": the cue file's NOT_NAME), a bare speech verb ("writes"),
    a section's count ("5 Answers"), a post's meta line ("Well-known member", "#14")."""
    # (a label may stand twice: "Start date Start date", html2text's link text and title)
    return (rf"(?i)^(?:(?:{cues.whole_words('NOT_NAME')}(?:\s+(?:on|at|by))?:?\s*)+|{cues.whole_words('SPEECH')}"
            r"|\d+\s+(?:answers?|comments?|replies|responses))$"
            f"|{cues.regex['post_meta']}")


def _name_of(text: pl.Expr, cues: Cues, speech: bool = False, lead: bool = True) -> pl.Expr:
    """The name a name line or a header holds: no arrow target or avatar before it (with
    ``lead``), plain (``_plain_name``, with the speech verbs when ``speech``), null for a
    label (``_not_name``)."""
    if lead:
        text = text.str.replace(_ARROW_TARGET, "").str.replace(_AVATAR, "")
    return (_plain_name(text, cues.whole_words("SPEECH") if speech else None)
            .str.replace(_not_name(cues), "").replace("", None))


def _authors(heads: pl.DataFrame, cues: Cues) -> pl.DataFrame:
    """``doc_idx, line_no, _author``: the commenter's name on each header line of ``heads``
    (doc_idx, line_no, t, header, image, and _next_t, the comment's next line): the
    ``author`` pattern of the line's header kind (cue file), or for date lines whatever
    stands before the date.  Each pattern runs on the lines of its own kind only."""
    t = pl.col("t")
    keys = [D, "line_no"]
    by_kind = [
        part.select(*keys, _by_kind=t.str.extract(h.author, 1))
        for h in cues.headers if h.author
        for part in (heads.filter(pl.col("header") == h.id),) if part.height
    ]
    # Date lines: whatever stands before the date ("Jane — July 10th, 2012"), if anything.
    before_date = (
        t.str.replace(f"(?i)(?:(?-u:\\b)on\\s+|(?-u:\\b)at\\s+)?(?-u:\\b)(?:{DT}|{REL}).*$", "")
        .str.strip_chars(_SEPARATORS)
        .str.replace(r"(?i)\s+(?:on|at|posted)$", "")
        .str.strip_chars(_SEPARATORS)
    )
    # … or, when that is only a label ("posted on"), the name after "by" behind the date
    # ("posted on October 24, 2012 at 7:26 PM by Darren")
    # (up to a bracket: "by ErnestQ (see edit history)")
    by_after = t.str.extract(f"(?i)(?-u:\\b)(?:{DT}|{REL}).*?(?-u:\\b)by\\s+([^\\s(\\[|][^(\\[|]{{0,59}}?)\\s*(?:[(\\[|].*)?$", 1)
    # (read only on the lines whose text before the date names no one: the pattern is slow)
    named = pl.col("_dated").str.contains(r"[^\W\d_]{2,}")
    dated = heads.filter(pl.col("header").is_in(cues.kinds("date_line"))).select(
        *keys, "t", _dated=before_date.str.replace(_not_name(cues), ""))
    dated = dated.join(dated.filter(~named).select(*keys, _by_after=by_after), on=keys, how="left",
                       maintain_order="left").select(*keys, _dated=pl.when(named).then("_dated").otherwise("_by_after"))
    # A profile block opens with the poster's name, or with the initials standing in for
    # their avatar and the name on the next line (XenForo: "L" / "LondonAussie").
    initials = t.str.contains(AVATAR_INITIALS) & pl.col("_next_t").is_not_null()
    profile = pl.when(initials).then(pl.col("_next_t")).otherwise(t)
    # (unless with their avatar image)
    out = heads.select(*keys, _profile=pl.when((pl.col("header") == "profile_block") & ~pl.col("image")).then(profile))
    if by_kind:
        out = out.join(pl.concat(by_kind), on=keys, how="left", maintain_order="left")
    else:
        out = out.with_columns(_by_kind=pl.lit(None, dtype=pl.String))
    out = out.join(dated, on=keys, how="left", maintain_order="left")
    # (an avatar rendered before the name is not part of it: w3m's image text "[4b2079a]" or
    # "[svg]" — its "[" often taken as a list marker —, "Unknown's avatar", "Avatar of")
    return out.select(*keys, _author=_name_of(pl.coalesce("_by_kind", "_dated", "_profile"), cues, speech=True))


def _depth_levels(starts: pl.DataFrame) -> pl.DataFrame:
    """Depth from indentation: the distinct start indents of a document's comments ranked;
    indents one column apart count as one level (right-aligned "9." and "10.").

    The levels come from the comments opened by the document's most common header kind
    (all comments where none has a header): a comment opened another way (a date line
    under a list in a comment, a stray Reply line) can stand at any column, and would
    otherwise add a level and push the comments below it one deeper.  Every comment then
    takes the deepest level at or left of its indent."""
    kind = pl.col("_kind")
    common = kind.drop_nulls().mode().sort().first().over(D)  # (sorted: ties break the same way every run)
    typical = pl.when(common.is_null()).then(True).otherwise(kind == common).fill_null(False)
    # the column where each level begins (a handful per document)
    level_starts = (
        starts.filter(typical).select(D, "indent").unique().sort(D, "indent")
        .filter(pl.col("indent").diff().over(D).fill_null(99) > 1)
        .select(D, _level=pl.col("indent"))
    )
    depth = (
        starts.select(D, "indent").unique().join(level_starts, on=D)
        .group_by(D, "indent").agg(depth=((pl.col("_level") <= pl.col("indent")).sum().cast(pl.Int64) - 1).clip(0))
    )
    out = starts.join(depth, on=[D, "indent"], how="left", maintain_order="left").with_columns(
        pl.col("depth").fill_null(0).cast(pl.Int64))
    # A top level that holds almost none of a thread's comments is no level: a converter
    # that indents one post of a flat forum less than the rest (lynx on an Invision forum)
    # made all the others replies.  (A thread's top-level comments are never so few.)
    top = (pl.col("depth") == 0).sum().over(D)
    n = pl.len().over(D)
    lone_top = (n >= LONE_TOP_MIN) & (top < LONE_TOP_SHARE * n) & (pl.col("depth").max().over(D) > 0)
    return out.with_columns(depth=pl.when(lone_top).then((pl.col("depth") - 1).clip(0)).otherwise(pl.col("depth")))


def _parents(c: pl.DataFrame) -> pl.DataFrame:
    """Parent = the closest earlier comment of smaller depth, when it is exactly one level up."""
    max_depth = int(c["depth"].max() or 0)
    parent = pl.lit(None, dtype=pl.Int64)
    for d in range(1, max_depth + 1):
        # closest earlier comment with depth < d, and its depth
        last_id = pl.when(pl.col("depth") < d).then(pl.col("comment_id")).shift(1).forward_fill().over(D)
        last_depth = pl.when(pl.col("depth") < d).then(pl.col("depth")).shift(1).forward_fill().over(D)
        parent = pl.when(pl.col("depth") == d).then(
            pl.when(last_depth == d - 1).then(last_id)
        ).otherwise(parent)
    return c.with_columns(parent_id=parent.cast(pl.Int64))


def _named_replies(c: pl.DataFrame, cl: pl.DataFrame) -> pl.DataFrame:
    """Where a comment names the comment it answers ("Reply to Karl H.", "Dale → Karl"), its
    parent is the closest earlier comment by that author and its depth one more than the
    parent's; this holds even where the converter dropped the indentation."""
    head = cl.filter(pl.col("_pos") < 4).select(
        D, "comment_id",
        pl.coalesce(
            pl.col("t").str.extract(REPLY_TO, 1), pl.col("t").str.extract(REPLY_TO, 2),
            pl.col("t").str.extract(_ARROW, 1),
        ).alias("_to"),
    ).drop_nulls("_to").group_by(D, "comment_id", maintain_order=True).agg(pl.col("_to").first())
    if head.height == 0:
        return c
    norm = lambda e: e.str.to_lowercase().str.strip_chars(_SEPARATORS)  # noqa: E731
    targets = head.with_columns(_to=norm(pl.col("_to")))
    authors = c.select(D, pl.col("comment_id").alias("_pid"), norm(pl.col("author")).alias("_to")).drop_nulls()
    found = (
        targets.join(authors, on=[D, "_to"], how="inner")
        .filter(pl.col("_pid") < pl.col("comment_id"))
        .group_by(D, "comment_id").agg(pl.col("_pid").max())
    )
    c = c.join(found, on=[D, "comment_id"], how="left", maintain_order="left")
    # Depths follow parents in reading order; replies are a few levels deep at most.
    for _ in range(6):
        parent_depth = c.select(D, pl.col("comment_id").alias("_pid"), pl.col("depth").alias("_pdepth"))
        c = c.join(parent_depth, on=[D, "_pid"], how="left", maintain_order="left").with_columns(
            depth=pl.when(pl.col("_pid").is_not_null()).then(pl.col("_pdepth") + 1).otherwise(pl.col("depth")),
            parent_id=pl.coalesce(pl.col("_pid"), pl.col("parent_id")),
        ).drop("_pdepth")
    return c.drop("_pid")


def comments_table(lab: pl.DataFrame, cues: Cues) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(comments, line→comment_id map) from the labelled non-blank lines.

    comments: doc_idx, comment_id, parent_id, depth, author, posted_at, text, start_line, end_line.
    ``has_text`` is false for a comment without text of its own (only header, name and
    action lines).
    """
    cl = lab.filter(pl.col("label") == "comment").select(
        D, "line_no", "last_line", "comment_seq", "t", "indent", "header", "action", "n_words", "ends_sent",
        "profile", "image", "header_named", "marker",
        # the line as the comment's text: plain text (``t`` is, but for html2text's links
        # whose target or title holds a space: they give their words too), without the
        # tail of a link that opened on the line above ("pm](https://…#comment-66)", the end
        # of a header's date link) or of a link's title ('this post")')
        _text=link_words(
            pl.col("t").str.replace(r"^[^\[\]]*\]\([^)]*\)", "").str.replace(r'^[^"\[\]()]{0,40}"\)', "")
        ).str.strip_chars(),
    )
    # one integer key per comment: windows over it are cheaper than over (doc_idx, comment_seq)
    cl = cl.with_columns(_ck=pl.col(D) * (1 << 24) + pl.col("comment_seq"))
    if cl["_ck"].is_sorted():  # (as it is when each comment's lines follow one another: the windows' fast path)
        cl = cl.with_columns(pl.col("_ck").set_sorted())
    cl = cl.with_columns(
        # a post's meta lines ("#14", "Thread starter", "Prominent Member") and the widget's
        # buttons ("Click to expand...", "[Share](/a/979 …)"): not its text
        # (an action line whose link has a title: "[Reply](/a/1 "Reply to this")"; an
        # avatar's initial, a bare list marker — lynx's "o" —, or the URL-encoded picture
        # html2text broke over lines)  One regex, one pass.
        _meta=pl.col("_text").str.replace_all(r"\s+", " ").str.contains(
            f"(?:{cues.regex['post_meta']})|(?:{cues.regex['action']})"
            r"|^\p{Lu}$|^[o•*·◦▪▫‣●○■□☆►▸◆◇–+-]$|^\S*(?:%[0-9A-Fa-f]{2}\S*){3,}$"
        ),
    )
    # (positions count the comment's lines other than a forum poster's profile fields)
    cl = cl.with_columns(
        _pos=(~pl.col("profile")).cast(pl.Int64).cum_sum().over("_ck") - 1,
        _n=(~pl.col("profile")).cast(pl.Int64).sum().over("_ck"),
    )
    # Header lines: near the top of the comment (or its last line, for footers).
    is_head = pl.col("header").is_not_null() & ((pl.col("_pos") < 3) | (pl.col("_pos") == pl.col("_n") - 1))
    nxt_head = is_head.shift(-1).over("_ck").fill_null(False)
    # (wpDiscuz puts "Reply to Jane" between a reply's name and its date)
    reply_to = pl.col("t").str.contains(REPLY_TO)
    after_reply_to = (
        reply_to.shift(-1).over("_ck") & is_head.shift(-2).over("_ck")).fill_null(False)
    # (second line when the first is an avatar, initials, a bare list marker or w3m's "[svg]")
    decor = (
        ~pl.col("t").str.contains(r"[^\W\d_]") | pl.col("t").str.contains(f"{AVATAR_INITIALS}|{AVATAR_REF}")
        | pl.col("image") | pl.col("t").str.contains(_AVATAR_ALT)
    )
    wordless_first = decor.shift(1).over("_ck").fill_null(False)
    name_line = (
        ((pl.col("_pos") == 0) | ((pl.col("_pos") == 1) & wordless_first))
        & pl.col("header").is_null() & (nxt_head | after_reply_to) & (pl.col("n_words").is_between(1, 5))
        & (~pl.col("ends_sent") | pl.col("t").str.contains(ENDS_WITH_INITIAL))
    )
    # (a comment's number or avatar on its first line, over its name or header, is no text)
    cl = cl.with_columns(_head=is_head, _name=name_line)
    # A name under a post's opening header that names no one, past wordless and meta lines,
    # with a rank or a member menu under it: "11-30-2024, 04:19 PM #7" / "Phil McKerracher"
    # / "View Profile" (vBulletin), "• Oct 8, 2024" / "• #2" / "phinds" / "Science Advisor"
    skip = ~pl.col("_text").str.contains(r"[^\W\d_]") | pl.col("_meta") | pl.col("action") | pl.col("_head")
    opens_unnamed = ((pl.col("_pos") == 0) & pl.col("_head") & ~pl.col("header_named")).any().over("_ck")
    nxt_short = ((pl.col("n_words") <= HEAD_NAME_WORDS) & ~pl.col("ends_sent") | pl.col("_meta") | pl.col("profile"))
    name_under = (
        ~skip & ((~skip).cast(pl.Int32).cum_sum().over("_ck") == 1) & opens_unnamed
        & pl.col("n_words").is_between(1, 3) & ~pl.col("ends_sent") & pl.col("header").is_null() & ~pl.col("profile")
        & ~pl.col("t").str.contains(r"[,;\"\[\]]|[-:]\s*$") & nxt_short.shift(-1).over("_ck").fill_null(False)
        # (not a URL's slug, "for-before-purchasing-new", nor a lone word of the page's UI)
        & ~pl.col("t").str.contains(r"(?i)^\s*(?:[a-z0-9]+(?:-[a-z0-9]+){2,}|this|that|the|on|in|at|view|more|share|edit|quote|reply)\s*$")
    )
    cl = cl.with_columns(_name=pl.col("_name") | name_under)
    lead_decor = (pl.col("_pos") == 0) & decor & (
        pl.col("_head") | pl.col("_name")).shift(-1).over("_ck").fill_null(False)
    cl = cl.with_columns(_decor=lead_decor)
    # (a forum post's profile fields — rank, join date, post count — are not its text, nor
    # the value a converter put on the line under a field's bare label: "Joined" / "    Feb 8,
    # 2023", "Location" / "    Germany")
    # (rows are in comment order: the row above is the same comment's when its seq matches)
    same_above = pl.col("_ck").shift(1) == pl.col("_ck")
    label_above = same_above & (
        pl.col("profile") & ~pl.col("t").str.contains(r"\d") & (pl.col("n_words") <= 3)
    ).shift(1)
    field_value = label_above & (pl.col("n_words") <= 4) & ~pl.col("ends_sent") & (
        (pl.col("indent") > pl.col("indent").shift(1))
        | pl.col("t").str.contains(rf"(?i)^(?:[\d.,]+\s*[km]?|{DT})$")
    )
    field_value = field_value.fill_null(False)
    # A forum post's head: its lines down to its first date line, when all above it are
    # short (the poster's name, rank, flair, location: "felixen" / "macrumors 6502a" /
    # "Apr 13, 2009"), however many there are.
    # (not a date under the text: "Great post" / "Jan 3, 2024" is a comment and its footer)
    # (down to the last such date: the poster's join date, then the post's, "Jan 8, 2012" /
    # "12,094" / "• Jul 10, 2022", when the profile block opens the post)
    date_line = pl.col("header").is_in(cues.kinds("date_line")).fill_null(False) & (pl.col("_ck").shift(-1) == pl.col("_ck"))
    long = ((pl.col("n_words") > HEAD_WORDS) | pl.col("ends_sent")).cast(pl.Int32)
    long_above = (long.cum_sum().over("_ck") - long) > 0
    head_end = pl.when(date_line & ~long_above).then(L).max().over("_ck")
    post_head = (L <= head_end).fill_null(False)
    # An earlier post quoted in a reply (XenForo: "Jane said:", the quote, "Click to
    # expand..."): not the replier's words.  From a speech line to the expander after it.
    # (a speech line other than the comment's own header: "Jane says:" over Jane's comment)
    own_header = L == pl.when(pl.col("_head")).then(L).min().over("_ck")
    said = (
        pl.col("_text").str.contains(rf"(?i)\s{cues.whole_words('SPEECH')}:$") & (pl.col("_text").str.len_chars() <= 70)
        & ~own_header.fill_null(False)
    )
    expander = pl.col("_text").str.contains(r"(?i)^click to expand")
    n_said = said.cast(pl.Int32).cum_sum().over("_ck")
    expanders_before = expander.cast(pl.Int32).cum_sum().over("_ck") - expander.cast(pl.Int32)
    expanders_left = expander.cast(pl.Int32).sum().over("_ck") - expanders_before
    quoted = (n_said > expanders_before) & (expanders_left > 0)
    # (nor is a line with no word left — a share icon's link —, "Reply to Jane", which
    # names the comment's parent, or a forum post's meta line)
    keep = (
        ~pl.col("_head") & ~pl.col("_name") & ~pl.col("_decor") & ~pl.col("action") & ~pl.col("profile")
        & ~field_value & pl.col("_text").str.contains(r"[^\W_]") & ~reply_to & ~pl.col("_meta") & ~post_head & ~quoted
    )
    # (comment ids 1, 2 … per document in comment_seq order: numbered on the comments, not on their lines)
    ids = cl.select(D, "_ck").unique().sort("_ck").with_columns(comment_id=pl.int_range(1, pl.len() + 1).over(D))
    cl = cl.with_columns(_keep=keep).join(ids.select("_ck", "comment_id"), on="_ck", how="left", maintain_order="left")
    # A name line among the comment's lines above its text that are not text, for a comment
    # whose header names no one (a forum post: "Phishfry" / "• Jan 2, 2024" / "#17", or
    # "12-09-2024, 08:25 AM #13" / "John Mo" / "View Profile"): short, no sentence, no
    # header, action, meta or profile field.
    # (html2text: a link only when it goes to a profile, "#### [piizog](/members/piizog.77075/)",
    # not to a location or a post; no emphasised or heading label, "**Basenotes Plus**",
    # "##### All-Pro"; no piece of a link broken over lines, 'this post")', "post-"; no
    # place, "Cape Coral, FL"; no "message 26: by", "Started by …", lynx button or avatar)
    link = pl.col("t").str.contains(r"\]\(")
    head_name = (
        (pl.col("_keep").cast(pl.Int32).cum_sum().over("_ck") == 0) & ~pl.col("_keep")
        & pl.col("header").is_null() & pl.col("n_words").is_between(1, HEAD_NAME_WORDS) & ~pl.col("ends_sent")
        & ~pl.col("action") & ~pl.col("_meta") & ~pl.col("profile") & ~reply_to & ~decor
        & pl.when(link).then(pl.col("t").str.contains(PROFILE_LINK))
        .otherwise(~pl.col("t").str.contains(r"^\s*(?:#{1,6}\s|\*\*|_)"))
        & ~pl.col("t").str.contains(r"(?i)[\"%,]|-$|\bby$|^\s*started by\b|button\)|avatar|profile picture|!\[")
        & (L < pl.when(pl.col("header").is_not_null()).then(L).min().over("_ck"))
        # (an avatar's alt text with a flag's country, "SmellSharpe [canada]": the name is the next line)
        & ~flag_avatar(pl.col("t"), pl.col("t").shift(-1).over("_ck")).fill_null(False)
    )
    cl = cl.with_columns(_head_name=head_name)
    authors = _authors(cl.with_columns(_next_t=pl.col("t").shift(-1).over("_ck")).filter(pl.col("_head")), cues)
    cl = cl.join(authors, on=[D, "line_no"], how="left", maintain_order="left")
    # names on name lines, worked out on those lines only (not per comment in the aggregation)
    named = cl.filter(
        pl.col("_name") | pl.col("_head_name") | (pl.col("_head") & (pl.col("header") == "name_indented"))
    ).select(
        D, "line_no", _name_line=_name_of(pl.col("t"), cues),
        _name_bare=_name_of(pl.col("t"), cues, lead=False),
    )
    cl = cl.join(named, on=[D, "line_no"], how="left", maintain_order="left")
    agg = cl.group_by(D, "comment_id", maintain_order=True).agg(
        start_line=L.min(),
        end_line=pl.col("last_line").max(),
        # depth comes from the header line's indentation where there is one (a lead-in
        # line above it — avatar, bare marker — can sit at another column)
        _head_indent=pl.col("indent").filter(pl.col("_head")).first(),
        _first_indent=pl.col("indent").first(),
        _first_marker=pl.col("marker").first(),
        _kind=pl.col("header").filter(pl.col("_head")).first(),
        author=pl.coalesce(
            pl.col("_author").filter(pl.col("_head")).drop_nulls().first(),
            pl.col("_name_line").filter(pl.col("_name")).first(),
        ),
        # last, a bare name over indented text (on forums the same shape can be a title, or
        # a rank under the poster's name: "Lizzard899" / "macrumors 6502" / "Feb 8, 2023")
        _bare=pl.col("_name_bare").filter(pl.col("_head") & (pl.col("header") == "name_indented")).first(),
        _head_name=pl.col("_name_line").filter(pl.col("_head_name")).drop_nulls().first(),
        _header_text=pl.col("t").filter(pl.col("_head")).str.join(" ; "),
        text=pl.col("_text").filter(pl.col("_keep")).str.join("\n"),
        # A comment with no text of its own (a header, "Post by jane »", and nothing after
        # it: a collapsed or deleted comment) is segmented as a comment but flagged.
        has_text=pl.col("_keep").any(),
    )
    # (what stands there on most of a page's comments is a label — a rank, a language, a
    # vote button's name —, not a name: "All-Pro", "English", "arrow-up")
    n_same = pl.len().over(D, "_head_name")
    agg = agg.with_columns(
        author=pl.coalesce("author", pl.when((n_same < 3) | (n_same <= 0.5 * pl.len().over(D))).then("_head_name"),
                           "_bare"),
        posted_at=parse_datetime(pl.col("_header_text")),
    ).drop("_header_text", "_head_name", "_bare")
    # (but where every header stands at one column and the comments' first lines at
    # several, the first lines carry the nesting: html2text indents a list item's first
    # line — "    * [](avatar)" — and none of the lines under it; so too for a comment that opens
    # with a list item where nearly all do, whether its header is on that line — "    * July 26,
    # 2019" — or under it, at column 0)
    flat_heads = (pl.col("_head_indent").drop_nulls().n_unique().over(D) <= 1) \
        & (pl.col("_first_indent").n_unique().over(D) > 1)
    first_marker = pl.col("_first_marker").fill_null(False)
    listed = first_marker & (first_marker.mean().over(D) >= LISTED_SHARE)
    agg = agg.with_columns(indent=pl.when(flat_heads | listed).then(pl.col("_first_indent"))
                           .otherwise(pl.coalesce("_head_indent", "_first_indent"))
                           ).drop("_head_indent", "_first_indent", "_first_marker")
    agg = _depth_levels(agg).sort(D, "comment_id")
    agg = _parents(agg)
    agg = _named_replies(agg, cl)
    comments = agg.select(
        D, "comment_id", "parent_id", pl.col("depth").cast(pl.Int64), "author", "posted_at", "text",
        "has_text", "start_line", "end_line",
    )
    line_map = cl.select(D, "line_no", "comment_id")
    return comments, line_map
