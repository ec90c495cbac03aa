"""Build the candidate items of the marker validity set (tests/validity/items.jsonl).

Run once from the repository root: ``python validity/build.py``.  It reads the development data beside the
project (../shared) and writes one line per candidate comment:

- dragnet (../shared/dev/dragnet_train.jsonl, AGPL: never copied into the project): only a reference is stored,
  ``doc_id``, character offsets ``start``/``end`` of the comment line in the page's ``text`` and the SHA-1 of that
  slice.  The article is the page's lines before ``comment_start_line``.  The unit is one line (paragraph) of the
  comment section: dragnet marks where comments start, not where each comment ends; lines that turn out to be
  headers or boilerplate are labelled ``skip``.
- wcxb (../shared/dev/wcxb-dev, CC-BY-4.0, Murrough Foley 2026): the reader comments of article pages with
  comment markup (WordPress ``comment-content``/``comment-body``, wpDiscuz ``wpd-comment-text``, Slashdot
  ``commentBody`` ...), text stored with credit; the article is the page's gold title and main content.
- seeds (the repository's seeds/ with ../shared/gold/seeds.jsonl): the nine gold comments.

The split is by site: held out when ``int(sha1(site)[:8], 16) % 3 == 0``.  Dragnet pages carry no site or URL,
so each dragnet page counts as its own site (a page-disjoint split; two pages of one blog may fall on both sides).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "tests" / "validity" / "items.jsonl"

DRAGNET_DOCS = 60
PER_DOC = 6
WCXB_PAGES = 12
PER_PAGE = 10
_HEADER = re.compile(
    r"(?i)^(?:posted by|by \S+.* (?:on|at) |.*\bsaid\.{0,3}$|.*\bsays:?$|reply\b|.*\b\d+ fans\b|.*\bago\b.*\d|"
    r".*\b(?:am|pm)\s*\.?$|.*\d{1,2}[:./]\d{2}\b.*(?:am|pm)\b|permalink|report abuse|flag\b)"
)
_COMMENT_CLASS = re.compile(r"(?i)(?:^|\s)(?:comment-content|comment-body|comment-text|commentbody|wpd-comment-text)(?:\s|$)")


def held_out(site: str) -> bool:
    return int(hashlib.sha1(site.encode()).hexdigest()[:8], 16) % 3 == 0


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def dragnet_items() -> list[dict]:
    rows = [json.loads(line) for line in open(SHARED / "dev" / "dragnet_train.jsonl", encoding="utf-8")]
    rows = [r for r in rows if r.get("comment_start_line") is not None]
    rng = random.Random(12)
    rng.shuffle(rows)
    items = []
    docs = 0
    for r in rows:
        text = r["text"]
        lines = text.split("\n")
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        cands = []
        for i in range(r["comment_start_line"], len(lines)):
            line = lines[i]
            s = line.strip()
            if len(s.split()) < 5 or _HEADER.match(s) or not re.search(r"[a-z]{3}", s):
                continue
            start = offsets[i] + (len(line) - len(line.lstrip()))
            cands.append((start, start + len(s), s))
        if len(cands) < 3:
            continue
        article = "\n".join(lines[: r["comment_start_line"]])
        if len(article.split()) < 80:
            continue
        docs += 1
        step = max(1, len(cands) // PER_DOC)
        for start, end, s in cands[::step][:PER_DOC]:
            assert text[start:end] == s
            site = r["doc_id"]
            items.append({"source": "dragnet", "site": site, "doc_id": r["doc_id"], "start": start, "end": end,
                          "sha1": sha1(s), "held_out": held_out(site)})
        if docs == DRAGNET_DOCS:
            break
    return items


def _comment_texts(html: str) -> list[str]:
    from lxml import html as lhtml

    tree = lhtml.fromstring(html)
    found = [el for el in tree.iter() if isinstance(el.tag, str) and _COMMENT_CLASS.search(el.get("class") or "")]
    outer = [el for el in found if not any(a in found for a in el.iterancestors())]
    texts = []
    for el in outer:
        for bad in el.xpath(".//script|.//style|.//*[contains(@class,'reply')]|.//*[contains(@class,'comment-meta')]"):
            bad.drop_tree()
        t = re.sub(r"[ \t\r\f\v]+", " ", el.text_content())
        t = re.sub(r"\s*\n\s*", "\n", t).strip()
        if len(t.split()) >= 5:
            texts.append(t)
    return texts


def wcxb_items() -> list[dict]:
    base = SHARED / "dev" / "wcxb-dev"
    gt = {}
    with gzip.open(base / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            gt[d["file_id"]] = d
    pages = []
    for fid, d in sorted(gt.items()):
        if d["page_type"] != "article":
            continue
        html = gzip.open(base / "html" / f"{fid}.html.gz").read().decode("utf-8", "replace")
        if len(_COMMENT_CLASS.findall(" ".join(re.findall(r'class="([^"]*)"', html)))) < 4:
            continue
        texts = _comment_texts(html)
        if len(texts) >= 4:
            pages.append((fid, d, texts))
    pages.sort(key=lambda p: -len(p[2]))
    items, seen = [], set()
    for fid, d, texts in pages:
        site = urlparse(d["url"]).netloc.removeprefix("www.")
        if site in seen:
            continue
        seen.add(site)
        for t in texts[:PER_PAGE]:
            items.append({"source": "wcxb", "site": site, "doc_id": fid, "text": t, "held_out": held_out(site)})
        if len(seen) == WCXB_PAGES:
            break
    return items


def seed_items() -> list[dict]:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_analysis_helpers import seed_comments

    items = []
    for row in seed_comments().iter_rows(named=True):
        items.append({"source": "seeds", "site": row["site"], "doc_id": row["doc_id"], "comment_id": row["comment_id"],
                      "text": row["text"], "held_out": held_out(row["site"])})
    return items


def main() -> None:
    items = dragnet_items() + wcxb_items() + seed_items()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, item in enumerate(items, start=1):
            f.write(json.dumps({"item_id": f"v{n:04d}", **item}, ensure_ascii=False) + "\n")
    print(f"{len(items)} items -> {OUT}")


if __name__ == "__main__":
    main()
