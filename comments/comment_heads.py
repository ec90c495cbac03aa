"""Where a comment begins and ends, once the finder and the labeller have read the page.

The comment finder (``segmenter.find_comments``) delimits comments at header lines; LABELS.md
counts a comment's avatar text, author line and its own action line ("Reply") as the
comment's.  What the finder leaves on the wrong side of a boundary is moved here, on the
lines table after the labeller (so the labeller's inputs, on which it was trained, do not
change):

* ``forum_profile_blocks``: a forum post's profile block (avatar, name, rank, join date,
  counts) that stood as a text-less "comment" of its own, at the end of the post before, or
  outside every comment, opens its post;
* ``leading_actions``: a comment's own action line that opened the next comment closes it;
* ``trailing_markers``: a list marker on a line of its own (or with only an avatar picture)
  at the end of a comment, right above the next one, opens that one.

All three are windows over the comment lines (and the few lines right above them): no loop.
"""

from __future__ import annotations

import polars as pl

from comments.cues import Cues
from comments.lines import AVATAR_INITIALS, AVATAR_REF, D, IMAGE_LINE, MARKER_TOKEN, flag_avatar, link_words, shifted
from comments.threads import HEAD_WORDS

# A forum post's profile block — avatar letter, name, rank, join date, post count — stands
# above the line the finder delimits posts with, and often holds a date itself (the join
# date), so the finder makes it a "comment" of its own, or leaves its avatar at the end of
# the post before.  Its lines are short: at most this many words, no sentence.
PROFILE_WORDS = 4
# A page's wordless "comments" (and avatars at comments' ends) are read as profile blocks
# only when at least this share of its comments (and PROFILE_MIN_POSTS of them) have them.
PROFILE_SHARE = 0.3
PROFILE_MIN_POSTS = 3
AVATAR_MIN_POSTS = 2  # (an avatar over a name is clearer than a wordless block: fewer will do)
AVATAR_SHARE = 0.15
PROFILE_CHAIN = 3  # heads that follow heads, followed through
USER_AVATAR = r"(?i)^(?:user\s+)?avatar$"  # phpBB's picture's alt text


def forum_profile_blocks(f: pl.DataFrame) -> pl.DataFrame:
    """Give each forum post its profile block and avatar (``comment_seq`` moved).

    LABELS.md counts a comment's avatar text and author line as its own:
    * a "comment" with no line of text (all its lines short: "C" / "cynics" / "macrumors
      G5" / "Jan 8, 2012" / "12,094") followed straight by another is the head of that
      one, on pages where such blocks are common (a collapsed comment, "Post by jane »"
      and nothing else, stays a comment of its own elsewhere);
    * an avatar — a lone initial, "[JS]", a picture (also a linked one html2text broke over
      lines), "User avatar", a name its alt text repeats on the next line or, with a count or a
      profile field between, a few lines down — with only short
      lines after it (the name, rank, "Posts: 158") at the end of a comment, or among the
      lines outside the comments right above one (no cue among them), is the head of that
      next one, on pages where such avatars are common (a sign-off "MS" under one comment
      is its own; a repeated name needs no company).
    """
    seq = pl.col("comment_seq")
    is_c = seq.is_not_null()
    key = [D, "comment_seq"]
    # (an avatar's alt text is often the poster's name, printed again under it: XenForo's
    # "MacrosTheBlack" / "MacrosTheBlack" / "Prominent Member")
    # (also with the country of a flag picture after it: "SmellSharpe [canada]" / "SmellSharpe", which lynx
    # prints "SmellSharpe canada")
    short_line = pl.col("n_words").is_between(1, PROFILE_WORDS) & pl.col("header").is_null()
    below = shifted(pl.col("t"), -1)
    same_below = ((pl.col("t") == below) | flag_avatar(pl.col("t"), below)) & short_line
    # (or a few lines further down, under the poster's counts: "Flameblade" / "516" / "Member Member" /
    # "Flameblade" / "516": with a count or a profile field between the two; such a block needs company)
    same_soon = pl.any_horizontal(
        (pl.col("t") == shifted(pl.col("t"), -k)) & pl.any_horizontal(shifted(pl.col("_field"), -j) for j in range(1, k))
        for k in range(2, PROFILE_WORDS + 1)
    ) & short_line & pl.col("t").str.contains(r"[^\W\d_]{2}") & ~pl.col("action") & ~pl.col("cue")
    # (html2text breaks a linked avatar over lines: "[ ![](/styles/…/default-avatar.webp)" /
    # "](/members/manbig.9151/)")
    linked_image = pl.col("s").str.contains(r"^\[\s*!\[[^\]]*\]\(")
    decor = (pl.col("t").str.contains(f"{AVATAR_INITIALS}|{AVATAR_REF}|{USER_AVATAR}") | pl.col("image") | linked_image
             | same_below | same_soon)
    # (only the documents with comments: the others have nothing to move)
    sub = f.join(f.filter(is_c).select(D).unique(), on=D, how="semi", maintain_order="left").with_columns(
        _field=(pl.col("t").str.contains(r"^[\d.,]+\s*[kKmM]?$") | pl.col("profile")).fill_null(False))
    flags = sub.select(
        D, "line_no", "comment_seq",
        # (a header line is no text, however long: "[–]Zythophile 34 points 2 days ago")
        _text=((pl.col("n_words") > PROFILE_WORDS) | pl.col("ends_sent")) & pl.col("header").is_null(),
        _decor=decor.fill_null(False),
        _named_avatar=same_below.fill_null(False),
        _short=(pl.col("n_words") <= HEAD_WORDS) & ~pl.col("ends_sent"),
        _cue=pl.col("cue"),
        # the next line opens another comment
        _next=seq.shift(-1).over(D),
        # (between comments: the next comment below, and which stretch of lines outside
        # comments the line is in)
        _below=seq.backward_fill().over(D),
        _stretch=is_c.cast(pl.Int32).cum_sum().over(D),
    )
    # Lines outside the comments right above one (phpBB's profile block the finder left out,
    # "User avatar" / name / rank / "Posts: 158" over a post opened by its join date): from an
    # avatar with only short lines after it, no cue, they are that comment's head.
    out = flags.filter(~is_c & pl.col("_below").is_not_null())
    skey = [D, "_stretch"]
    out = out.with_columns(
        _tail=_to_the_end(pl.col("_short") & ~pl.col("_cue"), skey),
        _i=pl.int_range(pl.len()).over(skey),
    )
    out = out.filter(pl.col("_i") >= pl.when(pl.col("_decor") & pl.col("_tail")).then(pl.col("_i")).min().over(skey))
    g = flags.with_columns(_next_opens=pl.col("_next").is_not_null() & (pl.col("_next") != seq)).filter(is_c)
    g = g.with_columns(
        _wordless=~pl.col("_text").any().over(key),
        _to=pl.col("_next").last().over(key),
        _followed=pl.col("_next_opens").last().over(key),
        _pos=pl.int_range(pl.len()).over(key),
        # the line and all after it in its comment are short
        _tail=_to_the_end(pl.col("_short"), key),
    )
    # an avatar with only short lines after it (a name, a rank, "Posts: 158"), not the
    # comment's first line: from there on the lines are the next post's head
    opens_head = pl.col("_decor") & (pl.col("_pos") > 0) & pl.col("_tail")
    g = g.with_columns(_avatar=pl.col("_pos") >= pl.when(opens_head).then(pl.col("_pos")).min().over(key))
    heads = g.filter(pl.col("_wordless") & pl.col("_followed"))
    posts = g.group_by(D).agg(_posts=pl.col("comment_seq").n_unique())
    pages = heads.group_by(D).agg(_heads=pl.col("comment_seq").n_unique()).join(posts, on=D).filter(
        (pl.col("_heads") >= PROFILE_MIN_POSTS) & (pl.col("_heads") >= PROFILE_SHARE * pl.col("_posts"))
    ).select(D)
    heads = heads.join(pages, on=D, how="semi")
    # (avatars too only where they are common: a sign-off "MS" under one comment is its own)
    tails = g.filter(pl.col("_avatar") & pl.col("_followed") & ~pl.col("_wordless"))
    avatars = pl.concat([
        tails.select(D, "line_no", "comment_seq", "_to"),
        out.select(D, "line_no", comment_seq=pl.lit(-1, pl.Int64) - pl.col("_stretch"), _to="_below"),
    ])
    # (counting the posts whose head came as a wordless "comment": one page often has both)
    n_heads = heads.group_by(D).agg(_h=pl.col("comment_seq").n_unique())
    avatar_pages = avatars.group_by(D).agg(_n=pl.col("comment_seq").n_unique()).join(posts, on=D).join(
        n_heads, on=D, how="left").filter(
        (pl.col("_n") >= AVATAR_MIN_POSTS)
        & (pl.col("_n") + pl.col("_h").fill_null(0) >= AVATAR_SHARE * pl.col("_posts"))
    ).select(D)
    # (a name its avatar's alt text repeats right above it needs no company: it is no
    # sign-off)
    named = tails.filter(pl.col("_named_avatar").first().over(key))
    moved = pl.concat([
        heads.select(D, "line_no", "_to"),
        avatars.join(avatar_pages, on=D, how="semi").select(D, "line_no", "_to"),
        named.select(D, "line_no", "_to"),
    ]).unique([D, "line_no"], keep="first", maintain_order=True)
    # (a line moved into a head that moves on itself goes where the head goes: "F" at the
    # end of one post, "felixen" / "macrumors 6502a" / "Apr 13, 2009" as the next "comment")
    onward = heads.select(D, _to="comment_seq", _on="_to").unique()
    for _ in range(PROFILE_CHAIN):
        moved = moved.join(onward, on=[D, "_to"], how="left").with_columns(
            _to=pl.coalesce("_on", "_to")).drop("_on")
    return _move(f, moved)


LEAD_LINES = 3  # a comment's first lines searched for an action line that belongs above


def leading_actions(f: pl.DataFrame, cues: Cues) -> pl.DataFrame:
    """A comment's own action line ("Reply", "Like") that opens the next comment, above that
    one's header, closes the comment above (``comment_seq`` moved).

    html2text breaks a long "[Reply](…/restaurants-in-oklahoma-" / "city/?replytocom=…)" link
    inside its target, so the line was not read as an action and the finder took it (with a
    wordless line) for the next comment's lead-in; LABELS.md gives a comment its own action
    line.  Read here with the link's words ("Reply"), whatever its target holds.  So does a
    widget's close button printed alone (the cue file's ``control`` kind: "×" under Drupal's
    reply form, which the finder took for the next comment's lead-in).
    """
    seq = pl.col("comment_seq")
    key = [D, "comment_seq"]
    # (read on the first LEAD_LINES lines of each comment only: the regex is the cost)
    g = f.select(D, "line_no", "comment_seq", "s", "header", _above=seq.shift(1).over(D)).filter(seq.is_not_null())
    g = g.with_columns(_n=pl.len().over(key)).filter(pl.int_range(pl.len()).over(key) < LEAD_LINES)
    # (or a widget's close button, "×", under the comment's own reply form; one regex pass for both)
    either = f"(?:{cues.regex['action']})|(?:{cues.regex['control']})"
    action = link_words(pl.col("s")).str.strip_chars().str.contains(either) & pl.col("header").is_null()
    g = g.with_columns(_act=action.fill_null(False)).with_columns(
        _lead=pl.col("_act").cast(pl.Int8).cum_min().over(key).cast(pl.Boolean),
        _to=pl.col("_above").first().over(key),
    )
    # (never the whole comment: one of only action lines stays itself)
    whole = pl.col("_lead").all().over(key) & (pl.col("_n") <= LEAD_LINES)
    moved = g.filter(
        pl.col("_lead") & pl.col("_to").is_not_null() & (pl.col("_to") != seq) & ~whole
    ).select(D, "line_no", "_to")
    return _move(f, moved)


# A list item's marker alone on its line ("1.", "o", "•"; lynx and w3m print a reply's
# bullet above its header), or with only the avatar's picture ("+ [jane-150x150.jpg]").
BARE_MARKER = rf"^{MARKER_TOKEN}$"


def trailing_markers(f: pl.DataFrame) -> pl.DataFrame:
    """A list marker that ends a comment, with the next comment right below it, is the next
    comment's first line (LABELS.md: a comment runs from its list marker; ``comment_seq``
    moved).  The finder opens a reply at its header, so the bullet a converter put above it
    ("o", "+ [rui_ma-150x150.jpg]") stayed with the comment before.  Never a whole comment.
    """
    seq = pl.col("comment_seq")
    key = [D, "comment_seq"]
    bare = (pl.col("s").str.contains(BARE_MARKER) | (pl.col("marker") & pl.col("t").str.contains(IMAGE_LINE))) \
        & pl.col("header").is_null()
    # (the regexes read the comments' lines only)
    g = f.select(D, "line_no", "comment_seq", "s", "t", "marker", "header", _next=shifted(seq, -1)) \
        .filter(seq.is_not_null()).with_columns(_bare=bare.fill_null(False))
    g = g.with_columns(
        _tail=_to_the_end(pl.col("_bare"), key),
        _to=pl.col("_next").last().over(key),
        _whole=pl.col("_bare").all().over(key),
    )
    moved = g.filter(
        pl.col("_tail") & pl.col("_to").is_not_null() & (pl.col("_to") != pl.col("comment_seq")) & ~pl.col("_whole")
    ).select(D, "line_no", "_to")
    return _move(f, moved)


def _to_the_end(cond: pl.Expr, key: list[str]) -> pl.Expr:
    """The condition holds on the line and on every line after it in its group."""
    return cond.cast(pl.Int8).reverse().cum_min().reverse().over(key).cast(pl.Boolean)


def _move(f: pl.DataFrame, moved: pl.DataFrame) -> pl.DataFrame:
    """The lines of ``moved`` (doc_idx, line_no, _to) given to comment ``_to``."""
    if not moved.height:
        return f
    return f.join(moved, on=[D, "line_no"], how="left", maintain_order="left").with_columns(
        comment_seq=pl.coalesce("_to", "comment_seq")).drop("_to")
