"""Parser for the small markup the page texts in content.py are written in.

    T:  title                       S:  standfirst / dek (body)
    P:  paragraph                   H:  sub-heading
    Q:  block quote paragraph       OL: / UL: list item (consecutive -> one list)
    FIG: caption || photo credit    REL: related-story link dropped in the body
    QA: question || answer          A:  byline author      TAGS: a, b, c
    C: author | text // paragraph   top-level comment ("//" separates paragraphs)
    C:> author | text               reply (one ">" per level)
    C:^> author | text              reply whose parent is not on the page
    C: author {key=value; key=value} | text   extra per-comment fields for a template
                                    (score, uid, subject, rating, badge, work, more, ...)
A comment paragraph starting with "Q> " is a quotation (of the article or of
another comment).  An author "-" leaves the name to the template.
"""
from __future__ import annotations


def parse(key, src):
    art = {"key": key, "title": None, "standfirst": None, "author": None,
           "tags": [], "blocks": [], "comments": []}
    stack = []
    for raw in src.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#") or line == "---":
            continue
        tag, _, rest = line.partition(":")
        rest = rest.strip()
        if tag == "T":
            art["title"] = rest
        elif tag == "S":
            art["standfirst"] = rest
        elif tag == "A":
            art["author"] = rest
        elif tag == "TAGS":
            art["tags"] = [t.strip() for t in rest.split(",")]
        elif tag == "P":
            art["blocks"].append(("p", rest))
        elif tag == "H":
            art["blocks"].append(("h", rest))
        elif tag == "Q":
            art["blocks"].append(("q", rest))
        elif tag in ("OL", "UL"):
            kind = tag.lower()
            if art["blocks"] and art["blocks"][-1][0] == kind:
                art["blocks"][-1][1].append(rest)
            else:
                art["blocks"].append((kind, [rest]))
        elif tag == "FIG":
            cap, _, credit = rest.partition("||")
            art["blocks"].append(("fig", cap.strip(), credit.strip()))
        elif tag == "REL":
            art["blocks"].append(("rel", rest))
        elif tag == "QA":
            q, _, a = rest.partition("||")
            art["blocks"].append(("qa", q.strip(), a.strip()))
        elif tag == "C":
            orphan = rest.startswith("^")
            if orphan:
                rest = rest[1:]
            depth = len(rest) - len(rest.lstrip(">"))
            rest = rest.lstrip(">").strip()
            author, _, text = rest.partition("|")
            author = author.strip()
            attrs = {}
            if author.endswith("}") and "{" in author:
                author, _, a = author[:-1].partition("{")
                author = author.strip()
                for kv in a.split(";"):
                    k, _, val = kv.partition("=")
                    val = val.strip()
                    attrs[k.strip()] = int(val) if val.lstrip("-").isdigit() else val
            node = {"author": author, "paras": [t.strip() for t in text.split("//")],
                    "depth": depth, "children": [], "orphan": orphan}
            node.update(attrs)
            if depth == 0:
                art["comments"].append(node)
                stack = [node]
            elif orphan:
                art["comments"].append(node)
                stack = [None] * depth + [node]
            else:
                if len(stack) < depth or stack[depth - 1] is None:
                    raise ValueError(f"{key}: reply without parent: {line[:50]}")
                stack[depth - 1]["children"].append(node)
                stack = stack[:depth] + [node]
        else:
            raise ValueError(f"{key}: bad line {line[:60]!r}")
    if not art["title"]:
        raise ValueError(f"{key}: no title")
    return art


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n["children"])
