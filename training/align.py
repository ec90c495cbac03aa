"""Align WCXB's gold (title, main content) onto the lines of a converter's text.

WCXB gives each page's title and main content as text, not as positions.  To learn and
score line labels, every line of a rendered page gets a gold label:

``title``    the line (or two or three adjacent lines) whose words are the gold title;
``body``     at least half of the line's words were matched to the main content;
``comment``  at least half of its words come from the page's reader-comment section
             (found in the HTML, see ``comment_text``): WCXB's article gold leaves
             reader comments out of the main content, so without this they would be
             taught as boilerplate;
``other``    the rest (navigation, footers, sidebars, …);
null         blank lines and lines without a word (``* * *``, ``[ ]``): not scored.

Matching is monotone: the page's word tokens and the main content's are aligned with
``difflib.SequenceMatcher`` (longest matching blocks, in order), and only blocks of at
least ``MIN_BLOCK`` words count, so a navigation item that happens to share a word with the
article is not matched.  A page that repeats the article (a print copy, a teaser) has
one copy matched: the one the alignment takes.

Quality (``python -m training.check_alignment``): the share of main-content words that
land on some line, per converter, and a sample of pages printed for checking by eye.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

TOKEN = re.compile(r"[^\W_]+")
# Link and image targets (html2text writes ``[text](url)`` and ``![alt](src)``) and bare
# URLs are markup, not words of the page: blanked before the words are counted.
MARKUP = re.compile(r"\]\([^)\s]*\)?|https?://\S+|\(/[^)\s]*\)")


def visible(text: str) -> str:
    return MARKUP.sub(" ", text)
MIN_BLOCK = 3  # words: shorter matching blocks are chance overlaps
BODY_SHARE = 0.5  # a line is body when at least this share of its words are main content
TITLE_RECALL = 0.9  # a title line (or run of up to three) holds this share of the title's words
TITLE_PRECISION = 0.7  # … and this share of its own words are the title's
REPEAT_MIN = 4  # words: a shorter title is taken once, where the headline stands


def tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text)]


def _matched(page: list[str], gold: list[str]) -> list[bool]:
    """For each page token: matched to a gold token in a block of ``MIN_BLOCK``+ words."""
    hit = [False] * len(page)
    if not page or not gold:
        return hit
    sm = difflib.SequenceMatcher(None, page, gold, autojunk=False)
    for block in sm.get_matching_blocks():
        if block.size >= MIN_BLOCK or (block.size and block.size == len(gold)):
            hit[block.a:block.a + block.size] = [True] * block.size
    return hit


# --------------------------------------------------------------------------- comment sections

# A reader-comment section, or one comment, by its id or one of its classes.  Sections:
# WordPress (#comments, .comments-area, .commentlist, #respond), Disqus (#disqus_thread),
# wpDiscuz (#wpdcom, .wpd-thread-list) and common theme names; items: WordPress
# li.comment / article.comment, wpDiscuz .wpd-comment, and other themes' comment boxes.
_SECTION = re.compile(
    r"^(?:comments|comments?-(?:area|list|section|wrapper|container|block|box|thread|wrap)|commentlist|"
    r"respond|comment-respond|disqus_thread|wpdcom|wpd-thread-list|wpdiscuz_hidden|fb-comments|"
    r"comment_section|comments_section|user-comments|article-comments|post-comments)$",
    re.I,
)
_ITEM = re.compile(r"^(?:comment|wpd-comment|js-comment|newcomment|comment-body|comment_body|commentbody|"
                   r"single-comment|comment-item|comment_item|commentlist-item)$", re.I)


def _is_comment_node(el) -> bool:
    names = (el.get("id") or "").split() + (el.get("class") or "").split()
    return any(_SECTION.match(n) or _ITEM.match(n) for n in names)


def comment_text(html: bytes | str, main_tokens: set[str] | None = None) -> str:
    """The text of the page's reader-comment section(s): the outermost elements named like a
    comment section or a comment, in document order.  An element holding much of the main
    content (a wrapper named ``comments`` around the whole article) is not one."""
    from lxml import html as lxml_html  # training extra

    try:
        root = lxml_html.fromstring(html)
    except (ValueError, TypeError, Exception):  # noqa: BLE001 - an unparsable page has no section
        return ""
    parts: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript"):
            continue
        if not _is_comment_node(el):
            continue
        if any(_is_comment_node(a) for a in el.iterancestors()):
            continue  # outermost only
        text = " ".join(t for t in el.itertext() if t.strip())
        toks = tokens(text)
        if main_tokens and toks and sum(t in main_tokens for t in toks) > 0.8 * len(toks) and len(toks) > 200:
            continue
        parts.append(text)
    return "\n".join(parts)


# --------------------------------------------------------------------------- alignment


@dataclass
class Aligned:
    """Gold labels of one page's lines (index 0 = line 1) and how well the gold landed."""

    labels: list[str | None]
    line_tokens: list[int]
    main_words: int  # words of the gold main content
    main_matched: int  # … matched to some line
    title_found: bool


def _title_lines(line_toks: list[list[str]], title: list[str], first_body: int) -> set[int]:
    """Indexes of the lines that hold the title: a line, or a run of up to three adjacent
    non-blank lines, whose words are the title's (``TITLE_RECALL``/``TITLE_PRECISION``).

    Of several such runs, the headline is the one nearest above the article's first line
    (else the first); the others count only when they repeat the title word for word and
    the title has at least ``REPEAT_MIN`` words (a sub-heading that contains the
    headline, "15 replies to <headline>", or a menu item named like a short title is not
    the title)."""
    if not title:
        return set()
    tset = set(title)
    runs: list[list[int]] = []
    n = len(line_toks)
    for i in range(n):
        if not line_toks[i] or sum(t in tset for t in line_toks[i]) < TITLE_PRECISION * len(line_toks[i]):
            continue
        run: list[str] = []
        idx: list[int] = []
        j = i
        while j < n and len(idx) < 3:
            if not line_toks[j]:
                break
            run += line_toks[j]
            idx.append(j)
            sm = difflib.SequenceMatcher(None, run, title, autojunk=False)
            m = sum(b.size for b in sm.get_matching_blocks())
            if m >= TITLE_RECALL * len(title) and m >= TITLE_PRECISION * len(run):
                runs.append(list(idx))
                break
            if len(run) >= 1.5 * len(title) + 3:
                break
            j += 1
    if not runs:
        return set()
    above = [r for r in runs if r[0] <= first_body]
    head = above[-1] if above else runs[0]
    found = set(head)
    if len(title) >= REPEAT_MIN:
        for r in runs:
            if [t for i in r for t in line_toks[i]] == title:
                found.update(r)
    return found


def align(text: str, title: str | None, main: str, comments: str = "") -> Aligned:
    """Gold labels for the physical lines of ``text`` (``\\n``-separated)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    line_toks = [tokens(visible(s)) for s in lines]
    flat: list[str] = []
    owner: list[int] = []
    for i, toks in enumerate(line_toks):
        flat += toks
        owner += [i] * len(toks)
    gold = tokens(main)
    body_hit = _matched(flat, gold)
    # Comment words: matched among the tokens the main content did not take.
    rest = [k for k, h in enumerate(body_hit) if not h]
    comment_hit = [False] * len(flat)
    ctoks = tokens(comments)
    if ctoks and rest:
        sub = _matched([flat[k] for k in rest], ctoks)
        for k, h in zip(rest, sub):
            comment_hit[k] = h
    n_body = [0] * len(lines)
    n_comment = [0] * len(lines)
    for k, i in enumerate(owner):
        n_body[i] += body_hit[k]
        n_comment[i] += comment_hit[k]
    is_body = [bool(t) and n_body[i] >= BODY_SHARE * len(t) for i, t in enumerate(line_toks)]
    first_body = next((i for i, b in enumerate(is_body) if b), len(lines))
    titles = _title_lines(line_toks, tokens(title or ""), first_body)
    labels: list[str | None] = []
    for i, toks in enumerate(line_toks):
        if not toks:
            labels.append(None)
        elif i in titles:
            labels.append("title")
        elif is_body[i]:
            labels.append("body")
        elif n_comment[i] >= BODY_SHARE * len(toks):
            labels.append("comment")
        else:
            labels.append("other")
    return Aligned(
        labels=labels,
        line_tokens=[len(t) for t in line_toks],
        main_words=len(gold),
        main_matched=sum(body_hit),
        title_found=bool(titles),
    )
