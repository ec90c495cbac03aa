#!/usr/bin/env python3
"""Build the synthetic test corpus of comment pages with automatically derived gold.

    python tests/pages/build.py            # rebuild tune/ heldout/ html/
    python tests/pages/build.py --show wp_classic_01.w3m   # text next to its gold
    python tests/pages/build.py --only wp_classic_01       # build one page, print gold

Deterministic: fixed seed, every page gets its own random.Random(f"{SEED}:{page}").
Fails (non-zero exit, GoldError) when any non-blank converter line cannot be
attributed to a fragment of the page.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import tempfile
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from engine import CONVERTERS, GoldError, Page, convert, label_lines, spans_from_labels  # noqa: E402
from content_format import parse, walk  # noqa: E402
import content  # noqa: E402
import templates as tp  # noqa: E402
import templates2 as tp2  # noqa: E402

SEED = 20240611
CRAWL_CAP = datetime(2024, 11, 30, 12, 0)   # no page is "crawled" after this
SETS = ("tune", "heldout")

RENDER = {
    "wp_classic": tp.wp_page,
    "wp_pingback": tp.wp_page,
    "wpdiscuz": tp2.wpdiscuz_page,
    "disqus": tp2.disqus_page,
    "blogger": tp2.blogger_page,
    "typepad": tp2.typepad_page,
    "reddit": tp2.reddit_page,
    "news_a": tp2.news_a_page,
    "news_b": tp2.news_b_page,
    "sputnik_a": tp2.sputnik_a_page,
    "sputnik_b": tp2.sputnik_b_page,
    "nocomm": tp2.nocomm_page,
    "forum_phpbb": tp2.phpbb_page,
    "forum_vb": tp2.vbulletin_page,
    "fbplugin": tp2.fbplugin_page,
    "slashdot": tp2.slashdot_page,
}


def page_dates(rng, year_lo, year_hi):
    pub = datetime(rng.randint(year_lo, year_hi), rng.randint(1, 12), rng.randint(1, 28),
                   rng.randint(6, 22), rng.randint(0, 59))
    return pub


def build_page(spec):
    doc = spec["id"]
    rng = random.Random(f"{SEED}:{doc}")
    art = parse(doc, content.TEXTS[doc])
    for n in walk(art["comments"]):
        if n["author"] == "-":
            n["author"] = ""
    site = content.SITES[spec["site"]]
    v = dict(spec.get("v", {}))
    lo, hi = v.pop("years", (2010, 2022))
    pub = page_dates(rng, lo, hi)
    v["pub"] = pub
    now = pub + timedelta(days=v.pop("age_days", rng.randint(2, 1500)), hours=rng.randint(8, 30))
    v["now"] = max(pub + timedelta(hours=30), min(now, CRAWL_CAP))
    p = Page(doc, rng)
    markup = RENDER[spec["style"]](p, art, site, v)
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
                            "site": content.SITES[spec["site"]]["domain"], "ncom": len(p.comments)})
        if verbose:
            print(f"  {spec['id']:<18} {spec['style']:<12} {spec['set']:<8} comments={len(p.comments)}", file=sys.stderr)
    return results


def write_sets(results, out_root):
    for s in SETS:
        d = out_root / s
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    rows = {s: [] for s in SETS}
    for r in results:
        s = r["spec"]["set"]
        (out_root / s / f"{r['doc_id']}.txt").write_text(r["text"], encoding="utf-8")
        rows[s].append(r)
    for s in SETS:
        with open(out_root / s / "metadata.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["doc_id", "site"])
            for r in rows[s]:
                w.writerow([r["doc_id"], r["site"]])
        with open(out_root / s / "gold.jsonl", "w", encoding="utf-8") as f:
            for r in rows[s]:
                f.write(json.dumps({"doc_id": r["doc_id"], "site": r["site"], "spans": r["spans"]},
                                   ensure_ascii=False) + "\n")


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


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="build only these page ids (no set files written)")
    ap.add_argument("--show", nargs="*", help="print doc_ids (page.converter) next to their gold")
    a = ap.parse_args(argv)
    pages = content.PAGES
    ids = [p["id"] for p in pages]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate page ids")
    if a.only or a.show:
        want = set(a.only or []) | {d.rsplit(".", 1)[0] for d in (a.show or [])}
        sel = [p for p in pages if p["id"] in want]
        res = run(sel, Path(tempfile.mkdtemp(prefix="pages_")))
        for r in res:
            if not a.show or r["doc_id"] in a.show or (a.only and not a.show):
                show(r["doc_id"], r["text"], r["spans"])
        return 0
    res = run(pages, HERE)
    write_sets(res, HERE)
    for s in SETS:
        n_pages = len({r["spec"]["id"] for r in res if r["spec"]["set"] == s})
        n_files = sum(1 for r in res if r["spec"]["set"] == s)
        print(f"{s}: {n_pages} pages, {n_files} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except GoldError as e:
        print(f"GOLD ERROR: {e}", file=sys.stderr)
        sys.exit(2)
