"""The WCXB line-label corpus: rendered texts with gold labels per line.

    python -m training.dataset            # after training/render.py

Writes, beside the rendered texts (``build/wcxb/``):

``documents.parquet``  one row per rendered text: ``doc_id`` (``<file_id>.<converter>``),
                       ``file_id``, ``converter``, ``page_type``, ``domain``, ``url``,
                       ``title``, ``text``, ``main_words``, ``main_matched``, ``title_found``,
                       ``comment_words`` (words of the page's comment section in the HTML),
                       ``comment_gold`` (its comments are known from the HTML: the text is
                       the marked rendering of ``training.comment_gold``)
``gold_lines.parquet`` one row per line: ``doc_id``, ``line_no``, ``gold`` (title, body,
                       comment, other; null for blank and wordless lines), ``n_tokens``;
                       comment lines are those of the known comments where the page has
                       them, else those of the HTML's comment section (``align``)

Run after ``training.comment_gold``.

Domains decide the cross-validation folds (``training.folds``): no domain is in two folds.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import polars as pl

from training.align import align, comment_text, tokens
from training.render import CONVERTERS, DEFAULT_OUT, DEFAULT_WCXB


_CANONICAL = re.compile(rb'<(?:link[^>]+rel=["\']canonical["\'][^>]+href|meta[^>]+property=["\']og:url["\'][^>]+content)=["\']([^"\']+)', re.I)


def domain(url: str | None, html: bytes = b"") -> str | None:
    """The page's host without ``www.``; from its canonical link when the record has no URL."""
    if not url:
        m = _CANONICAL.search(html)
        url = m.group(1).decode("utf-8", "replace") if m else None
    if not url or "//" not in url:
        return None
    host = url.split("/")[2].lower()
    host = host.split(":")[0]
    return host[4:] if host.startswith("www.") else host


_SPANS: dict[str, list[tuple[int, int]]] | None = None


def _comment_spans(out: Path) -> dict[str, list[tuple[int, int]]]:
    """doc_id → its reader comments' line spans, from ``training.comment_gold`` (once per process)."""
    global _SPANS
    if _SPANS is None:
        path = out / "comment_gold.parquet"
        _SPANS = {}
        if path.exists():
            for doc_id, a, b in pl.read_parquet(path).select("doc_id", "start_line", "end_line").iter_rows():
                _SPANS.setdefault(doc_id, []).append((a, b))
    return _SPANS


def with_comments(labels: list[str | None], spans: list[tuple[int, int]]) -> list[str | None]:
    """Lines inside a known comment are ``comment`` (blank lines stay unlabelled); other lines
    keep their label, except ``comment`` (the comment area's widgets are not comments)."""
    inside = set()
    for a, b in spans:
        inside.update(range(a - 1, b))
    return [lab if lab is None else "comment" if i in inside else ("other" if lab == "comment" else lab)
            for i, lab in enumerate(labels)]


def _one(args):
    wcxb, out, rec = args
    html = gzip.open(Path(wcxb) / "html" / f"{rec['file_id']}.html.gz").read()
    main = rec["main_content"] or ""
    ctext = comment_text(html, set(tokens(main)))
    docs, lines = [], []
    if not main.strip():  # 20 pages have no gold main content: nothing to learn or score
        return docs, lines
    spans = _comment_spans(Path(out))
    for conv in CONVERTERS:
        path = Path(out) / conv / f"{rec['file_id']}.txt"
        marked = Path(out) / "comment_gold" / conv / f"{rec['file_id']}.txt"
        doc_id = f"{rec['file_id']}.{conv}"
        has_gold = doc_id in spans and marked.exists()
        if has_gold:  # the text rendered with comment markers (stripped): its comments are known
            path = marked
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        a = align(text, rec["title"], main, "" if has_gold else ctext)
        if has_gold:
            a.labels = with_comments(a.labels, spans[doc_id])
        docs.append({
            "doc_id": doc_id, "file_id": rec["file_id"], "converter": conv, "page_type": rec["page_type"],
            "domain": domain(rec["url"], html) or f"unknown-{rec['file_id']}", "url": rec["url"], "title": rec["title"], "text": text,
            "main_words": a.main_words, "main_matched": a.main_matched, "title_found": a.title_found,
            "comment_words": len(tokens(ctext)), "comment_gold": has_gold,
        })
        lines.append(pl.DataFrame({
            "doc_id": doc_id, "line_no": range(1, len(a.labels) + 1), "gold": a.labels, "n_tokens": a.line_tokens,
        }, schema={"doc_id": pl.String, "line_no": pl.Int64, "gold": pl.String, "n_tokens": pl.Int64}))
    return docs, lines


def build(wcxb: Path = DEFAULT_WCXB, out: Path = DEFAULT_OUT, jobs: int | None = None) -> None:
    with gzip.open(wcxb / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    docs, lines = [], []
    with ProcessPoolExecutor(jobs or os.cpu_count()) as pool:
        for i, (d, ls) in enumerate(pool.map(_one, [(str(wcxb), str(out), r) for r in records], chunksize=8), 1):
            docs += d
            lines += ls
            if i % 250 == 0:
                print(f"{i}/{len(records)} pages", file=sys.stderr)
    pl.DataFrame(docs).sort("doc_id").write_parquet(out / "documents.parquet")
    pl.concat(lines).sort("doc_id", "line_no").write_parquet(out / "gold_lines.parquet")
    print(f"{len(docs)} texts of {len(records)} pages → {out}", file=sys.stderr)


if __name__ == "__main__":
    build()
