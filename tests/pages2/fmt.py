"""Parser for the page texts of tests/pages2 (texts_*.py).

The markup is that of tests/pages/content_format.py, plus block kinds for the
hard negatives and forum threads:

    T:  title                        S:  standfirst / dek (body)
    P:  paragraph                    H:  sub-heading
    Q:  block quote paragraph        OL: / UL: list item (consecutive -> one list)
    FIG: caption || photo credit     REL: related-story link dropped in the body
    QA: question || answer           A:  byline author (forum: opening poster)
    TAGS: a, b, c
    TW: tweet text || name || @handle || date      embedded tweet (body)
    LET: para // para || signature                 quoted reader letter (body)
    EV: when || what || where || note              event listing entry (body)
    SPK: speaker || text                           transcript line "NAME: text" (body)
    RC: label || value                             recipe card fact (Prep time, Serves)
    ING: ingredient / STEP: method step            recipe card lists
    OPSIG: text                                    forum opening post signature
    OPX: key=value; key=value                      forum opening post fields
    C: author | text // paragraph    top-level comment (" // " with spaces separates
                                     paragraphs, so URLs keep their "//")
    C:> author | text                reply (one ">" per level)
    C:^> author | text               reply whose parent is not on the page
    C: author {key=value; key=value} | text   per-comment fields for the widget

A comment paragraph starting with "Q> " is a quotation (of the article or of
another comment; the widget may take the quoted author from the `qa` field).
An author "-" leaves the name to the widget (Anonymous / Guest / Гость).
"""
from __future__ import annotations


def _attrs(s):
    out = {}
    for kv in s.split(";"):
        if not kv.strip():
            continue
        k, _, val = kv.partition("=")
        val = val.strip()
        out[k.strip()] = int(val) if val.lstrip("-").isdigit() else val
    return out


def parse(key, src):
    art = {"key": key, "title": None, "standfirst": None, "author": None,
           "tags": [], "blocks": [], "comments": [], "opsig": None, "op": {}}
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
        elif tag == "OPSIG":
            art["opsig"] = rest
        elif tag == "OPX":
            art["op"] = _attrs(rest)
        elif tag in ("P", "H", "Q", "REL"):
            art["blocks"].append(({"P": "p", "H": "h", "Q": "q", "REL": "rel"}[tag], rest))
        elif tag in ("OL", "UL", "ING", "STEP"):
            kind = tag.lower()
            if art["blocks"] and art["blocks"][-1][0] == kind:
                art["blocks"][-1][1].append(rest)
            else:
                art["blocks"].append((kind, [rest]))
        elif tag == "FIG":
            cap, _, credit = rest.partition("||")
            art["blocks"].append(("fig", cap.strip(), credit.strip()))
        elif tag == "QA":
            q, _, a = rest.partition("||")
            art["blocks"].append(("qa", q.strip(), a.strip()))
        elif tag == "TW":
            parts = [x.strip() for x in rest.split("||")]
            art["blocks"].append(("tw", *parts))
        elif tag == "LET":
            text, _, sig = rest.partition("||")
            art["blocks"].append(("let", [t.strip() for t in text.split(" // ")], sig.strip()))
        elif tag == "EV":
            parts = [x.strip() for x in rest.split("||")]
            if art["blocks"] and art["blocks"][-1][0] == "ev":
                art["blocks"][-1][1].append(parts)
            else:
                art["blocks"].append(("ev", [parts]))
        elif tag == "SPK":
            spk, _, text = rest.partition("||")
            art["blocks"].append(("spk", spk.strip(), text.strip()))
        elif tag == "RC":
            k, _, val = rest.partition("||")
            if art["blocks"] and art["blocks"][-1][0] == "rc":
                art["blocks"][-1][1].append((k.strip(), val.strip()))
            else:
                art["blocks"].append(("rc", [(k.strip(), val.strip())]))
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
                attrs = _attrs(a)
            node = {"author": author, "paras": [t.strip() for t in text.split(" // ")],
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
