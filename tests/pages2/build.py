#!/usr/bin/env python3
"""Build the second tuning corpus (tests/pages2/tune) with derived gold.

    python tests/pages2/build.py                          # rebuild tune/ and html/
    python tests/pages2/build.py --show phpbb_01.w3m      # a text next to its gold
    python tests/pages2/build.py --only vk_01             # build one page in a temp dir

Same method as tests/pages/build.py (and it reuses tests/pages/engine.py for
the fragment registry, the converters, the alignment and the spans); only the
templates (chrome.py, widgets.py, forums.py), the texts (texts_*.py) and the
page list (catalog.py) are new.  Deterministic: every page gets its own
random.Random(f"{SEED}:{page}").
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent / "pages"))

from engine import CONVERTERS, GoldError, Page, convert, label_lines, spans_from_labels  # noqa: E402
from fmt import parse, walk  # noqa: E402
import catalog  # noqa: E402
import chrome  # noqa: E402
import forums  # noqa: E402
import widgets  # noqa: E402

SEED = 20250302
CRAWL_CAP = datetime(2024, 11, 30, 12, 0)
OUT = "tune"


def render(p, art, site, v):
    if "engine" in v:
        return forums.PAGES[v["engine"]](p, art, site, v)
    return chrome.CHROMES[v.get("chrome", "news")](p, art, site, v, widgets.WIDGETS[v["widget"]])


def build_page(spec):
    doc = spec["id"]
    rng = random.Random(f"{SEED}:{doc}")
    art = parse(doc, catalog.TEXTS[doc])
    for n in walk(art["comments"]):
        if n["author"] == "-":
            n["author"] = ""
    site = catalog.SITES[spec["site"]]
    v = dict(spec.get("v", {}))
    lo, hi = v.pop("years", (2012, 2023))
    pub = datetime(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59))
    if "pub_date" in v:                      # pages whose text names the date
        pub = datetime(*v.pop("pub_date"))
    v["pub"] = pub
    now = pub + timedelta(days=v.pop("age_days", rng.randint(2, 900)), hours=rng.randint(8, 30))
    v["now"] = max(pub + timedelta(hours=30), min(now, CRAWL_CAP))
    p = Page(doc, rng)
    markup = render(p, art, site, v)
    clean, seq = p.finish(markup)
    return p, art, clean, seq


def run(pages, out_root, verbose=True):
    html_dir = out_root / "html"
    results = []
    for spec in pages:
        p, art, clean, seq = build_page(spec)
        hp = html_dir / f"{spec['id']}.html"
        hp.parent.mkdir(parents=True, exist_ok=True)
        hp.write_text(clean, encoding="utf-8")
        for conv in CONVERTERS:
            text = convert(str(hp), conv)
            doc_id = f"{spec['id']}.{conv}"
            labels = label_lines(doc_id, conv, text, seq)
            spans = spans_from_labels(doc_id, labels, p.comments)
            results.append({"spec": spec, "doc_id": doc_id, "text": text, "spans": spans,
                            "site": catalog.SITES[spec["site"]]["domain"], "ncom": len(p.comments),
                            "depth": max([c["depth"] for c in p.comments], default=-1)})
        if verbose:
            print(f"  {spec['id']:<20} {spec['style']:<14} comments={len(p.comments)}", file=sys.stderr)
    return results


def write_set(results, out_root):
    d = out_root / OUT
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    for r in results:
        (d / f"{r['doc_id']}.txt").write_text(r["text"], encoding="utf-8")
    with open(d / "metadata.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["doc_id", "site"])
        for r in results:
            w.writerow([r["doc_id"], r["site"]])
    with open(d / "gold.jsonl", "w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps({"doc_id": r["doc_id"], "site": r["site"], "spans": r["spans"]}, ensure_ascii=False) + "\n")


def show(doc_id, text, spans):
    lab = {}
    for s in spans:
        t = s["label"][:4].upper()
        if s["label"] == "comment":
            t = f"c{s['comment_id']} d{s['depth']} p{s['parent_id'] if s['parent_id'] is not None else '-'}"
        for i in range(s["start"], s["end"] + 1):
            lab[i] = t
    print(f"===== {doc_id}")
    for i, line in enumerate(text.split("\n"), 1):
        print(f"{i:4} {lab.get(i, '') if line.strip() else '':<12}|{line}")


def summary(results):
    by = {}
    for r in results:
        if not r["doc_id"].endswith(".w3m"):
            continue
        st = r["spec"]["style"]
        e = by.setdefault(st, [0, 0])
        e[0] += 1
        e[1] += r["ncom"]
    for st, (n, c) in sorted(by.items()):
        print(f"  {st:<16} pages={n:<3} comments/converter={c}", file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="build only these page ids (nothing written)")
    ap.add_argument("--show", nargs="*", help="print doc_ids (page.converter) next to their gold")
    a = ap.parse_args(argv)
    pages = catalog.PAGES
    ids = [p["id"] for p in pages]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate page ids")
    if a.only or a.show:
        want = set(a.only or []) | {d.rsplit(".", 1)[0] for d in (a.show or [])}
        sel = [p for p in pages if p["id"] in want]
        res = run(sel, Path(tempfile.mkdtemp(prefix="pages2_")))
        for r in res:
            if not a.show or r["doc_id"] in a.show:
                show(r["doc_id"], r["text"], r["spans"])
        return 0
    res = run(pages, HERE)
    write_set(res, HERE)
    summary(res)
    print(f"{OUT}: {len(pages)} pages, {len(res)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except GoldError as e:
        print(f"GOLD ERROR: {e}", file=sys.stderr)
        sys.exit(2)
