"""Speed of the claim-overlap measures (analysis.claims) on a large synthetic corpus.

    python benchmarks/bench_claims.py                    # 10,000 documents, ~110,000 comments
    python benchmarks/bench_claims.py --docs 2000 --json

Builds the corpus in memory from the project's own pages: the seed pages (seeds/) and the tune half of the
test-page corpus (tests/pages/tune/) are segmented once; each synthetic document takes the title and body of one
of those articles (sampled with replacement, with its body paragraphs rotated so that documents differ), and gets
0-22 comments (11 on average): 70% drawn from the pool of real comments, 20% quoting 8-40 consecutive words of
its own article followed by a pool comment, 10% laughter or insult one-liners.  Then times, in one process:

- article_sentences(documents)
- comment_claims(comments, sentences)
- claims_table(sentences, comment_claims) and thread_claims(documents, comment_claims, claims)

and reports comments/s, words/s (comment words + article words, the ``n_words`` of analysis.lengths), and the
peak resident memory of the process (ru_maxrss) next to the resident memory once the corpus was built.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import comments
from analysis.claims import (
    article_sentences,
    claims_table,
    comment_claims,
    thread_claims,
)
from analysis.lengths import WORD
from comments.schema import COMMENTS_SCHEMA

LAUGHS = [
    "lol", "LMAO!!!", "hahaha what a joke", "rolling on the floor laughing", "idiots", "what clowns 🤡",
    "You people are morons.", "ROFL", "pathetic liars", "😂😂😂",
]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build(n_docs: int, seed: int = 0) -> tuple[pl.DataFrame, pl.DataFrame]:
    seg = comments.segment_files([str(ROOT / "seeds"), str(ROOT / "tests" / "pages" / "tune")])
    arts = seg.documents.filter(pl.col("body").fill_null("").str.len_chars() > 0).select("title", "body").rows()
    pool = seg.comments["text"].drop_nulls().to_list()
    rng = random.Random(seed)
    docs, coms = [], []
    for i in range(n_docs):
        title, body = arts[rng.randrange(len(arts))]
        paras = body.split("\n")
        k = rng.randrange(len(paras))
        body = "\n".join(paras[k:] + paras[:k])
        doc_id = f"d{i:06d}"
        docs.append((doc_id, f"site{i % 50}.example", title, body))
        words = body.split()
        for j in range(rng.randrange(23)):
            r = rng.random()
            if r < 0.7:
                text = pool[rng.randrange(len(pool))]
            elif r < 0.9 and len(words) > 8:
                n = rng.randint(8, min(40, len(words)))
                s = rng.randrange(len(words) - n + 1)
                text = "“" + " ".join(words[s : s + n]) + "”\n" + pool[rng.randrange(len(pool))]
            else:
                text = LAUGHS[rng.randrange(len(LAUGHS))]
            coms.append((doc_id, f"site{i % 50}.example", j + 1, None, 0, None, None, text, None, None))
    documents = pl.DataFrame(docs, schema=["doc_id", "site", "title", "body"], orient="row")
    comment_table = pl.DataFrame(coms, schema=COMMENTS_SCHEMA, orient="row")
    return documents, comment_table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    t = time.perf_counter()
    documents, comment_table = build(args.docs)
    n_comment_words = comment_table.select(pl.col("text").str.count_matches(WORD).sum()).item()
    n_article_words = documents.select(
        (pl.col("title").fill_null("").str.count_matches(WORD) + pl.col("body").str.count_matches(WORD)).sum()
    ).item()
    print(
        f"corpus: {documents.height:,} documents, {comment_table.height:,} comments, {n_comment_words:,} comment "
        f"words, {n_article_words:,} article words ({time.perf_counter() - t:.1f} s to build)",
        file=sys.stderr,
    )
    base = rss_mb()

    steps = {}
    t0 = time.perf_counter()
    sentences = article_sentences(documents)
    steps["article_sentences"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    cc = comment_claims(comment_table, sentences)
    steps["comment_claims"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    claims = claims_table(sentences, cc)
    threads = thread_claims(documents, cc, claims)
    steps["claims_table + thread_claims"] = time.perf_counter() - t2
    total = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    words = n_comment_words + n_article_words
    result = {
        "documents": documents.height,
        "comments": comment_table.height,
        "comment_words": n_comment_words,
        "article_words": n_article_words,
        "sentences": sentences.height,
        "threads": threads.height,
        "seconds": {k: round(v, 2) for k, v in steps.items()} | {"total": round(total, 2)},
        "comments_per_s": round(comment_table.height / total),
        "words_per_s": round(words / total),
        "rss_before_mb": round(base),
        "peak_rss_mb": round(peak),
        "quote_share": round(cc["quotes_article"].mean(), 3),
        "engage_share": round(cc["engages_claim"].mean(), 3),
        "polars_threads": pl.thread_pool_size(),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print("| step | seconds |")
    print("|---|---:|")
    for k, v in result["seconds"].items():
        print(f"| {k} | {v:.2f} |")
    print(
        f"\n{result['comments']:,} comments under {result['documents']:,} documents "
        f"({words:,} words): {result['comments_per_s']:,} comments/s, {result['words_per_s']:,} words/s; "
        f"peak RSS {result['peak_rss_mb']:,} MB ({result['rss_before_mb']:,} MB once the corpus was built); "
        f"{result['polars_threads']} polars threads.  Quoting {result['quote_share']:.1%}, engaging "
        f"{result['engage_share']:.1%} of the synthetic comments."
    )


if __name__ == "__main__":
    main()
