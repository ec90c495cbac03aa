"""Reader-comment gold from real HTML: comment boundaries, depth and authors per line.

    python -m training.comment_gold              # find, mark, render, collect (about 5 minutes)
    python -m training.comment_gold --check 12   # print 12 marked texts' comments to check by eye
    python -m training.comment_gold --threads    # the forum pages' threaded gold (evaluation only)

WCXB marks a page's title and main content, not its reader comments.  But each comment
of a real page is a DOM container: WordPress ``li.comment`` / ``article.comment``,
wpDiscuz ``.wpd-comment``, other themes' ``.comment-item``, schema.org ``Comment``
microdata …, and on forum pages each post (phpBB ``div.post``, XenForo ``article.message``,
Discourse ``.crawler-post`` / ``DiscussionForumPosting``, vBulletin ``.postcontainer``,
Invision ``.ipsComment``, Q&A sites' question and answers).  Before rendering, an
invisible marker goes at the start of each container's own first text and at the end of
its own last text (text of nested replies excluded); after rendering with each converter
the markers are found and stripped.  That gives, per rendered text:

* the line each comment starts on; it runs to the line before the next comment starts
  (or to the end of its thread's last text): the spans of docs/LABELS-style gold;
* its depth (number of comment containers around it) and parent;
* its author, where the markup names it (``.fn``, ``.comment-author``, ``.wpd-comment-author``,
  ``.username``, ``.message-name`` …).

A text whose nesting does not read as a thread (its first comment not at depth 0, or a
comment more than one level below the one before it: collapsed or lazily loaded threads)
is left out.

Forum pages: the first post is the thread's opening post, i.e. the article, not a comment;
the later posts are comments of depth 0 (forums quote, they do not nest).  ``--threads`` builds
a second gold of the forum pages only (``comment_gold_threads*``, for ``comment_eval
--forum-threads``; no training step reads it) in which replies nest: reddit, Lemmy, Q&A
answers and their comments, and the replies XenForo and NodeBB themes put inside the thread's
container (see ``mark``).

Markers are private-use characters (U+E000 start, U+E001 end, digits U+E010–U+E019 for the
comment's index, U+E002 closing), which all four converters pass through unchanged.  A
marker occupies one column, so a marked text may wrap a line differently from the unmarked
rendering: the stripped marked text is the document that is scored.

Writes ``build/wcxb/comment_gold/<converter>/<file_id>.txt`` (stripped text) and
``build/wcxb/comment_gold.parquet`` (one row per comment and text: ``doc_id``, ``file_id``,
``converter``, ``comment_id``, ``start_line``, ``end_line``, ``depth``, ``parent_id``,
``author``) and ``comment_gold_docs.parquet`` (one row per text of a page with comments: ``n_items`` in
the HTML, ``n_found`` in the text, ``merged`` = comments that start on the same line as
another, ``consistent``: false where the nesting could not be read — those texts have no
gold, but their pages are known to have comments).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import polars as pl

from training.render import CONVERTERS, DEFAULT_OUT, DEFAULT_WCXB, render

START, END, CLOSE, DIGIT0 = "\ue000", "\ue001", "\ue002", 0xE010
MARK = re.compile("([\ue000\ue001])([\ue010-\ue019]+)\ue002")
# (not noscript: converters run no script, so they show what it holds — Discourse's posts)
BULLET_ONLY = re.compile(r"^\s*(?:\d{1,4}[.)]|[•*+\-□☆◦▪▫■o#]|\(\d{1,4}\))\s*$")
SKIP_TAGS = {"script", "style", "template", "head", "title"}

# Comment containers by an exact class token (or id prefix ``comment-<n>`` on li/article).
COMMENT_CLASSES = {"comment", "wpd-comment", "js-comment", "newcomment", "single-comment",
                   "comment-item", "commentlist-item", "comment_item", "disqus-comment", "ipsComment",
                   "comments__list-item", "group/comment", "comment_container"}
# Forum post containers (only on forum pages: ``post`` is also a blog article's class).
POST_CLASSES = {"post", "message--post", "topic-post", "crawler-post", "postcontainer",
                "postbit", "postbitlegacy", "forumpost", "post-container", "bbp-reply", "ipsEntry--post",
                "question", "answer"}
AUTHOR_CLASSES = {"fn", "comment-author", "comment-author-name", "wpd-comment-author", "comment-author-link",
                  "author-name", "username", "message-name", "creator", "postauthor", "post-author",
                  "bbp-author-name", "comment__author", "ipsComment_author", "cAuthorPane_author", "comment-meta-author", "commenter", "comment-name"}


# Pages with a reader-comment section that neither the containers above nor the section
# names of ``training.align.comment_text`` recognise (so ``comment_words`` is 0 for them),
# found among the comment-free pages' false threads and checked by eye in the HTML.  They
# are pages with comments of unknown extent: neither comment-free nor gold.
UNMARKED_COMMENT_PAGES = {
    "0098": "comment cards under '6 comments' marked up with utility classes only",
    "0384": "LessWrong (ForumMagnum) comments: CommentsItem / CommentBody-commentStyling",
    "0452": "TypePad comments: comments-head, comments-body, comments-post",
}
# (threads mode) an item whose first OPENING_WORDS words are at least OPENING_SHARE among the first
# OPENING_WORDS of the main content is the thread's opening post
OPENING_WORDS = 20
OPENING_SHARE = 0.6
# A page whose HTML has more words than this in comment-named elements has a comment section.
COMMENT_AREA_WORDS = 50


def comment_free(documents: pl.DataFrame, gold_docs: pl.DataFrame) -> pl.DataFrame:
    """The texts of ``documents.parquet`` whose pages have no reader comments: no comment
    container (``gold_docs``: ``comment_gold_docs.parquet``), no comment-named area in the
    HTML and not in ``UNMARKED_COMMENT_PAGES``; forum pages are never comment-free."""
    with_comments = pl.concat([gold_docs["file_id"].unique(), pl.Series(list(UNMARKED_COMMENT_PAGES))])
    return documents.filter(
        ~pl.col("file_id").is_in(with_comments.implode()) & (pl.col("comment_words") <= COMMENT_AREA_WORDS)
        & (pl.col("page_type") != "forum")
    )


def _classes(el) -> set[str]:
    return set((el.get("class") or "").split())


def is_item(el, forum: bool) -> bool:
    if not isinstance(el.tag, str):
        return False
    cls = _classes(el)
    if cls & COMMENT_CLASSES:
        return True
    if forum and cls & POST_CLASSES:
        return True
    # schema.org microdata: a Comment, or a forum post
    itemtype = el.get("itemtype") or ""
    if forum and itemtype.endswith(("/Question", "/Answer")):  # Q&A sites: the question, its answers
        return True
    return el.get("itemprop") == "comment" or itemtype.endswith(("/Comment", "/DiscussionForumPosting"))


def comment_like(el) -> bool:
    """A reader-comment container (a reply can nest in it), not a forum post's or a thread's."""
    itemtype = el.get("itemtype") or ""
    return bool(_classes(el) & COMMENT_CLASSES) or el.get("itemprop") == "comment" or itemtype.endswith("/Comment")


def _slots(el, active):
    """The item's own visible slots in document order, nested items excluded:
    (element, 'text'|'tail') for non-blank text, (img, 'before') for an image (an avatar
    rendered as its alt text can be a comment's first line)."""
    if el.text and el.text.strip():
        yield el, "text"
    for child in el:
        if isinstance(child.tag, str) and child.tag not in SKIP_TAGS and id(child) not in active:
            if child.tag == "img":
                yield child, "before"
            yield from _slots(child, active)
        if child.tail and child.tail.strip():
            yield child, "tail"


def _nearest(el, active):
    return next((a for a in el.iterancestors() if id(a) in active), None)


def _digits(k: int) -> str:
    return "".join(chr(DIGIT0 + int(c)) for c in str(k))


def _author(item, active) -> str | None:
    """The text of the item's author element: the first one (of this item, not a nested
    reply) that holds no other author element (a profile pane holds the name, a rank and
    a post count; the name is wanted)."""
    cands = [el for el in item.iter() if el is not item and isinstance(el.tag, str) and _classes(el) & AUTHOR_CLASSES
             and _nearest(el, active) is item]
    for el in cands:
        if any(other is not el and el in other.iterancestors() for other in cands):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        text = re.sub(r"\s*(says|said|wrote)\s*:?$", "", text, flags=re.I).strip()
        if text:
            return text[:100]
    return None


def mark(html: bytes, forum: bool, threads: bool = False):
    """The page with markers and its comment items (index, depth, parent, author), or None.

    ``threads`` (forum pages): a comment container inside a post or another comment is a
    reply of its own, not part of it (reddit, Lemmy, Slashdot, the XenForo and NodeBB themes whose
    thread container, schema.org ``DiscussionForumPosting``, holds the replies as ``Comment``);
    its depth is the number of comment containers around it other than the opening post (a Q&A
    site's comment under an answer is at depth 1).  Otherwise posts do not nest."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - an unparsable page has no gold
        return None, []
    cands = [el for el in root.iter() if is_item(el, forum)
             and not any(a.tag in SKIP_TAGS for a in el.iterancestors() if isinstance(a.tag, str))]
    # A container without text of its own around exactly one other (li.comment around
    # article.comment) is one comment, not a comment and its reply; around several (or
    # none) it is a wrapper.
    active = {id(el) for el in cands}
    changed = True
    while changed:
        changed = False
        for el in cands:
            if id(el) in active and not any(a != "before" for _, a in _slots(el, active)):
                inner = [d for d in el.iter() if d is not el and id(d) in active and _nearest(d, active) is el]
                if len(inner) == 1:
                    active.discard(id(inner[0]))
                else:  # a list of replies named "comment": a wrapper, not a comment
                    active.discard(id(el))
                changed = True
    # A nested container without an author of its own inside one that has an author is the
    # comment's text box (li.comment holding the name and date, div.comment the text), not
    # a reply.
    for el in cands:
        outer = _nearest(el, active) if id(el) in active else None
        if outer is not None and _author(el, active) is None and _author(outer, active) is not None \
                and not (forum and threads and not comment_like(outer)):  # (a reply in a thread's opening post)
            active.discard(id(el))
    if forum:  # posts do not nest: a post container inside another is part of it
        # (threads: a comment container is a reply, and so is an answer in a Q&A page's question)
        for el in cands:
            outer = _nearest(el, active) if id(el) in active else None
            answer = "answer" in _classes(el) or (el.get("itemtype") or "").endswith("/Answer")
            if outer is not None and not (threads and (comment_like(el) or answer)):
                active.discard(id(el))
    items = [el for el in cands if id(el) in active]
    if not items:
        return None, []
    index = {id(el): k for k, el in enumerate(items)}
    meta = []
    for k, el in enumerate(items):
        anc = [a for a in el.iterancestors() if id(a) in index]
        slots = list(_slots(el, active))
        texts = [s for s in slots if s[1] != "before"]
        own = " ".join(getattr(node, attr) or "" for node, attr in texts[:20])
        meta.append({"item": k, "depth": len(anc), "parent_item": index[id(anc[0])] if anc else None,
                     "ancestors": [index[id(a)] for a in anc],
                     "author": _author(el, active), "has_text": bool(texts), "comment_like": comment_like(el),
                     "words": re.findall(r"[^\W_]+", own.lower())[:OPENING_WORDS]})
        if not texts:
            continue
        node, attr = slots[0]
        mark_start = START + _digits(k) + CLOSE
        if attr == "before":
            prev = node.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + mark_start
            else:
                parent = node.getparent()
                parent.text = (parent.text or "") + mark_start
        else:
            text = getattr(node, attr)
            lead = len(text) - len(text.lstrip())
            setattr(node, attr, text[:lead] + mark_start + text[lead:])
        node, attr = texts[-1]
        text = getattr(node, attr)
        trail = len(text.rstrip())
        setattr(node, attr, text[:trail] + END + _digits(k) + CLOSE + text[trail:])
    out = etree.tostring(root, encoding="utf-8", method="html")
    if b"<meta charset" not in out[:2000].lower():
        out = b'<meta charset="utf-8">' + out
    return out, meta


def opening_post(order: list[tuple[int, int]], meta: list[dict], main: str) -> set[int]:
    """The items that are a forum thread's opening post (the article) in ``threads`` mode: the first item,
    unless it is a comment container (reddit and Slashdot mark no post, so their first item is a comment, and so
    are warriorforum's replies under an unmarked opening post); and the second too where the first is a wrapper
    whose words do not open WCXB's main content and the second's do (NodeBB and Windy: the thread's
    ``DiscussionForumPosting`` holds its title, the opening post is a ``Comment`` in it)."""
    head = set(re.findall(r"[^\W_]+", main.lower())[:OPENING_WORDS])

    def opens(k: int) -> bool:
        words = meta[k].get("words") or []
        return bool(words) and sum(w in head for w in words) >= OPENING_SHARE * len(words)

    first = order[0][1]
    if meta[first].get("comment_like"):
        return set()
    if len(order) > 1 and not opens(first) and opens(order[1][1]):
        return {first, order[1][1]}
    return {first}


def collect(text: str, meta: list[dict], forum: bool, threads: bool = False, main: str = ""):
    """Strip the markers from a rendered text; the comments' line spans (``threads``: see ``mark``;
    ``main``: the page's gold main content, whose first words tell the opening post)."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    lines = text.split("\n")
    clean = []
    for no, line in enumerate(lines, 1):
        for m in MARK.finditer(line):
            k = int("".join(str(ord(c) - DIGIT0) for c in m.group(2)))
            if m.group(1) == START:
                starts.setdefault(k, no)
            else:
                ends[k] = no
        clean.append(MARK.sub("", line))
    # subtree end: the last end marker among an item and its descendants
    children: dict[int, list[int]] = {}
    for m in meta:
        if m["parent_item"] is not None:
            children.setdefault(m["parent_item"], []).append(m["item"])

    def subtree_end(k):
        e = ends.get(k, 0)
        for c in children.get(k, []):
            e = max(e, subtree_end(c))
        return e

    def top(k):  # (its top-level comment; the opening post above it, ``drop`` below, is none)
        while meta[k]["parent_item"] is not None and meta[k]["parent_item"] not in drop:
            k = meta[k]["parent_item"]
        return k

    # A list item's number or bullet that the converter put on a line of its own (lynx:
    # "1." above "Jane says:") opens the comment (docs/LABELS.md: "the list marker").
    taken = set(starts.values())
    for k, line in list(starts.items()):
        while line > 1 and BULLET_ONLY.match(clean[line - 2]) and (line - 1) not in taken:
            line -= 1
        starts[k] = line
    order = sorted((line, k) for k, line in starts.items())
    drop: set[int] = set()
    if forum and order:  # the opening post is the article
        drop = opening_post(order, meta, main) if threads else {order[0][1]}
        order = [(line, k) for line, k in order if k not in drop]
    rows = []
    merged = 0
    for j, (line, k) in enumerate(order):
        nxt = order[j + 1][0] if j + 1 < len(order) else None
        if nxt == line:
            merged += 1
        end = subtree_end(top(k))
        if nxt is not None and nxt - 1 < end:
            end = nxt - 1
        end = max(end, line)
        while end > line and not clean[end - 1].strip():
            end -= 1
        depth = meta[k]["depth"]
        if forum:  # (threads: the opening post around the replies is no level of nesting)
            depth = len([a for a in meta[k]["ancestors"] if a not in drop]) if threads else 0
        rows.append({"comment_id": j + 1, "item": k, "start_line": line, "end_line": end,
                     "depth": depth, "author": meta[k]["author"]})
    ids = {r["item"]: r["comment_id"] for r in rows}
    for r in rows:
        p = meta[r["item"]]["parent_item"]
        if forum:
            p = next((a for a in meta[r["item"]]["ancestors"] if a not in drop), None) if threads else None
        r["parent_id"] = ids.get(p) if p is not None else None
    # Nesting read from the DOM must be readable as a thread: the first comment at depth 0,
    # none deeper than one below the comment before it (collapsed or lazily loaded threads,
    # such as Slashdot's, break this and are left out).
    depths = [r["depth"] for r in rows]
    consistent = bool(rows) and depths[0] == 0 and all(b <= a + 1 for a, b in zip(depths, depths[1:]))
    return "\n".join(clean), rows, len(starts), merged, consistent


def _one(task):
    wcxb, out, rec, converters, threads = task
    forum = rec["page_type"] == "forum"
    if threads and not forum:  # (threads mode changes forum pages only)
        return [], []
    html = gzip.open(Path(wcxb) / "html" / f"{rec['file_id']}.html.gz").read()
    marked, meta = mark(html, forum, threads)
    if marked is None or len([m for m in meta if m["has_text"]]) < (2 if forum else 1):
        return [], []
    docs, rows = [], []
    for conv in converters:
        target = Path(out) / gold_name(threads) / conv / f"{rec['file_id']}.txt"
        # (the rendering is cached under the marked page's hash: a change in marking renders anew)
        digest = hashlib.sha1(marked).hexdigest()[:12]
        raw = target.with_suffix(f".{digest}.marked")
        if raw.exists():
            text = raw.read_text(encoding="utf-8")
        else:
            try:
                text = render(marked, conv)
            except Exception as exc:  # noqa: BLE001 - a converter failure loses one text
                print(f"{conv} {rec['file_id']}: {exc}", file=sys.stderr)
                continue
            raw.parent.mkdir(parents=True, exist_ok=True)
            raw.write_text(text, encoding="utf-8")
        clean, comments, found, merged, consistent = collect(text, meta, forum, threads, rec.get("main_content") or "")
        doc_id = f"{rec['file_id']}.{conv}"
        docs.append({"doc_id": doc_id, "file_id": rec["file_id"], "converter": conv, "page_type": rec["page_type"],
                     "url": rec.get("url"), "n_items": sum(m["has_text"] for m in meta), "n_found": found,
                     "merged": merged, "consistent": consistent, "text": clean})
        if not consistent:  # a page with comments, but no gold for them
            continue
        target.write_text(clean, encoding="utf-8")
        rows += [{"doc_id": doc_id, **{k: v for k, v in c.items() if k != "item"}} for c in comments]
    return docs, rows


def gold_name(threads: bool = False) -> str:
    """``comment_gold`` (forum posts flat: what the labeller's training data and the thread check use) or
    ``comment_gold_threads`` (forum pages only, replies nested: ``mark``'s ``threads``)."""
    return "comment_gold_threads" if threads else "comment_gold"


def build(wcxb=DEFAULT_WCXB, out=DEFAULT_OUT, converters=CONVERTERS, jobs=None, only=None, threads=False):
    from training.dataset import domain

    with gzip.open(Path(wcxb) / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        recs = [r for r in map(json.loads, fh) if not only or r["file_id"] in only]
    tasks = [(str(wcxb), str(out), r, list(converters), threads) for r in recs]
    docs, rows = [], []
    with ProcessPoolExecutor(jobs or os.cpu_count() or 1) as pool:
        for d, r in pool.map(_one, tasks, chunksize=4):
            docs += d
            rows += r
    docs = pl.DataFrame(docs, infer_schema_length=None)
    if docs.height:
        docs = docs.with_columns(domain=pl.col("url").map_elements(domain, return_dtype=pl.String))
    schema = {"doc_id": pl.String, "comment_id": pl.Int64, "start_line": pl.Int64, "end_line": pl.Int64,
              "depth": pl.Int64, "author": pl.String, "parent_id": pl.Int64}
    gold = pl.DataFrame(rows, schema=schema)
    docs.write_parquet(Path(out) / f"{gold_name(threads)}_docs.parquet")
    gold.write_parquet(Path(out) / f"{gold_name(threads)}.parquet")
    return docs, gold


def check(n: int, out=DEFAULT_OUT, seed: int = 7, threads: bool = False):
    """Print the gold comments of ``n`` sampled texts (first lines of each) to check by eye."""
    docs = pl.read_parquet(Path(out) / f"{gold_name(threads)}_docs.parquet").filter("consistent")
    docs = docs.sample(min(n, docs.height), seed=seed)
    gold = pl.read_parquet(Path(out) / f"{gold_name(threads)}.parquet")
    for d in docs.iter_rows(named=True):
        lines = d["text"].split("\n")
        print(f"===== {d['doc_id']} ({d['page_type']}) items {d['n_items']} found {d['n_found']} merged {d['merged']}")
        for c in gold.filter(pl.col("doc_id") == d["doc_id"]).head(6).iter_rows(named=True):
            print(f"--- #{c['comment_id']} lines {c['start_line']}-{c['end_line']} depth {c['depth']} "
                  f"parent {c['parent_id']} author {c['author']!r}")
            for s in lines[c["start_line"] - 1:min(c["end_line"], c["start_line"] + 4)]:
                print("   |", s[:100])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wcxb", type=Path, default=DEFAULT_WCXB)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--converters", nargs="+", default=list(CONVERTERS), choices=CONVERTERS)
    ap.add_argument("--only", nargs="+")
    ap.add_argument("--jobs", type=int)
    ap.add_argument("--check", type=int, metavar="N", help="print N sampled texts' gold comments")
    ap.add_argument("--threads", action="store_true",
                    help="forum pages only, replies nested in their comment (comment_gold_threads*)")
    args = ap.parse_args(argv)
    if args.check:
        check(args.check, args.out, threads=args.threads)
        return 0
    docs, gold = build(args.wcxb, args.out, args.converters, args.jobs, set(args.only) if args.only else None,
                       args.threads)
    print(f"{docs.height} texts, {gold.height} comments", file=sys.stderr)
    if docs.height:
        print(docs.group_by("converter", "page_type").agg(
            texts=pl.len(), items=pl.col("n_items").sum(), found=pl.col("n_found").sum(), merged=pl.col("merged").sum()
        ).sort("converter", "page_type"), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
