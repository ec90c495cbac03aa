#!/usr/bin/env python3
"""Validate segments-JSONL gold against its text files (LABELS.md contract).

    python tests/pages/check_gold.py                 # tune/ and heldout/
    python tests/pages/check_gold.py DIR [DIR ...]   # any dir with gold.jsonl + *.txt

Checks per document: spans 1-based, inside the text, in order, not overlapping,
covering every non-blank line; labels from the label set; comment spans carry
comment_id 1..n in reading order, depth >= 0 and a parent_id that is null or an
earlier comment whose depth is depth-1; non-comment spans carry no comment
fields.  Per directory: metadata.csv (doc_id,site) agrees with gold.jsonl and
every .txt has gold.  Across the default sets: no doc_id and no article or
comment text line is shared between tune/ and heldout/.
Exit status 1 on any problem.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"title", "body", "caption", "boilerplate", "comment"}
COMMENT_KEYS = {"comment_id", "parent_id", "depth"}


def read_lines(path):
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def check_doc(doc, lines):
    errs = []
    spans = doc.get("spans")
    if not isinstance(spans, list):
        return ["spans missing"]
    n = len(lines)
    covered = set()
    prev_end = 0
    comments = {}
    expect_id = 1
    for i, s in enumerate(spans):
        where = f"span {i}"
        st, en, lab = s.get("start"), s.get("end"), s.get("label")
        if not (isinstance(st, int) and isinstance(en, int)) or st < 1 or en < st or en > n:
            errs.append(f"{where}: bad range {st}-{en} (text has {n} lines)")
            continue
        if st <= prev_end:
            errs.append(f"{where}: starts at {st}, not after previous end {prev_end}")
        prev_end = en
        if lab not in LABELS:
            errs.append(f"{where}: unknown label {lab!r}")
        if not lines[st - 1].strip() or not lines[en - 1].strip():
            errs.append(f"{where}: starts or ends on a blank line ({st}-{en})")
        covered.update(range(st, en + 1))
        keys = set(s) - {"start", "end", "label"}
        if lab == "comment":
            if keys != COMMENT_KEYS:
                errs.append(f"{where}: comment fields {sorted(keys)}")
                continue
            cid, par, dep = s["comment_id"], s["parent_id"], s["depth"]
            if cid != expect_id:
                errs.append(f"{where}: comment_id {cid}, expected {expect_id}")
            expect_id = (cid if isinstance(cid, int) else expect_id) + 1
            if not isinstance(dep, int) or dep < 0:
                errs.append(f"{where}: bad depth {dep!r}")
            if par is not None:
                if par not in comments:
                    errs.append(f"{where}: parent {par} is not an earlier comment")
                elif comments[par] != dep - 1:
                    errs.append(f"{where}: depth {dep} but parent {par} has depth {comments[par]}")
            comments[cid] = dep
        elif keys:
            errs.append(f"{where}: {lab} span with extra fields {sorted(keys)}")
    nonblank = {i for i, line in enumerate(lines, 1) if line.strip()}
    missing = sorted(nonblank - covered)
    if missing:
        errs.append(f"{len(missing)} non-blank lines not covered, e.g. {missing[:8]}")
    return errs


def check_dir(d):
    d = Path(d)
    errs = []
    gold = {}
    with open(d / "gold.jsonl", encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            doc = json.loads(raw)
            did = doc.get("doc_id")
            if did in gold:
                errs.append(f"{d.name}: duplicate doc_id {did}")
            if set(doc) != {"doc_id", "site", "spans"}:
                errs.append(f"{d.name}:{did}: keys {sorted(doc)}")
            gold[did] = doc
    txts = {p.name[:-4]: p for p in d.glob("*.txt")}
    for did in sorted(set(txts) - set(gold)):
        errs.append(f"{d.name}: {did}.txt has no gold")
    for did in sorted(set(gold) - set(txts)):
        errs.append(f"{d.name}: gold for {did} has no text file")
    meta = d / "metadata.csv"
    if meta.exists():
        with open(meta, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        if rows and list(rows[0].keys()) != ["doc_id", "site"]:
            errs.append(f"{d.name}: metadata.csv columns {list(rows[0].keys())}")
        msite = {r["doc_id"]: r["site"] for r in rows}
        if set(msite) != set(gold):
            errs.append(f"{d.name}: metadata.csv and gold.jsonl list different documents")
        for did, doc in gold.items():
            if did in msite and (msite[did] or None) != doc["site"]:
                errs.append(f"{d.name}:{did}: site {doc['site']!r} vs metadata {msite[did]!r}")
    stats = {"docs": 0, "comments": 0, "lines": 0}
    content_lines = set()
    for did, doc in gold.items():
        if did not in txts:
            continue
        lines = read_lines(txts[did])
        for e in check_doc(doc, lines):
            errs.append(f"{d.name}:{did}: {e}")
        stats["docs"] += 1
        stats["lines"] += sum(1 for x in lines if x.strip())
        for s in doc["spans"]:
            if s.get("label") == "comment":
                stats["comments"] += 1
            if s.get("label") in ("body", "comment"):
                for i in range(s["start"], min(s["end"], len(lines)) + 1):
                    norm = re.sub(r"[\W_]+", " ", lines[i - 1].lower()).strip()
                    if len(norm) >= 30:
                        content_lines.add(norm)
    return errs, stats, set(gold), content_lines


def main(argv):
    dirs = argv or [HERE / "tune", HERE / "heldout"]
    all_errs = []
    seen = {}
    for d in dirs:
        errs, stats, ids, content = check_dir(d)
        all_errs += errs
        print(f"{Path(d).name}: {stats['docs']} documents, {stats['lines']} non-blank lines, "
              f"{stats['comments']} comment spans, {len(errs)} problems")
        seen[Path(d).name] = (ids, content)
    if not argv and {"tune", "heldout"} <= set(seen):
        t, h = seen["tune"], seen["heldout"]
        if t[0] & h[0]:
            all_errs.append(f"doc_ids in both sets: {sorted(t[0] & h[0])[:5]}")
        pages_t = {i.rsplit(".", 1)[0] for i in t[0]}
        pages_h = {i.rsplit(".", 1)[0] for i in h[0]}
        if pages_t & pages_h:
            all_errs.append(f"pages in both sets: {sorted(pages_t & pages_h)}")
        shared = t[1] & h[1]
        if shared:
            all_errs.append(f"{len(shared)} article/comment lines occur in both sets, e.g. {sorted(shared)[:3]}")
        else:
            print("tune/heldout: no shared pages and no shared article or comment lines")
    for e in all_errs[:200]:
        print("ERROR", e)
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
