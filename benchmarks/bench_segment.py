"""Speed of `comments segment` on a large corpus built from the project's own pages.

    python benchmarks/bench_segment.py            # 100,000 documents
    python benchmarks/bench_segment.py --docs 20000
    python benchmarks/bench_segment.py --corpus my_pages.csv   # a CSV of your own (doc_id, text)

Builds benchmarks/_work/corpus.csv by sampling the seed pages and the test-page
corpus (tests/pages/) with replacement, then runs, each in its own process:

- reference: a plain polars read of the CSV plus one regex pass over the text
  (word count), the floor any per-line processing is compared with;
- segment:   `comments segment corpus.csv --format parquet -o lines.parquet`,
  the command line as a user runs it (reading in batches, segmenting, writing).

Reports documents/s, MB/s, peak memory (max RSS) and the ratio to the reference.
The built corpus repeats a few hundred short test pages; ``--corpus`` measures real pages
instead (longer, with fewer comments), which is what a user's corpus looks like.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "_work"

REFERENCE = """
import resource, sys, time, polars as pl
t = time.perf_counter()
df = pl.read_csv(sys.argv[1])
words = df.select(pl.col("text").str.count_matches(r"\\S+").sum()).item()
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

SEGMENT = """
import resource, sys, time
from comments.cli import main
t = time.perf_counter()
rc = main(["segment", sys.argv[1], "--format", "parquet", "-o", sys.argv[2], "--quiet"])
# peak of the main process or of any worker process, whichever is larger
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(time.perf_counter() - t, peak)
sys.exit(rc)
"""


def pages() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").rglob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    if not texts:
        sys.exit("no pages found under seeds/ or tests/pages/")
    return texts


def build(n_docs: int, path: Path, chunk: int = 100_000, distinct: bool = False) -> float:
    """A CSV of ``n_docs`` pages drawn from the project's pages; written ``chunk`` rows at a time, so that a
    10 GB corpus is never in memory.  ``distinct``: every line of eight words or more ends with a word of its own
    document (``u<doc number>``), so that comments are no longer exact copies across documents (but near-
    duplicates: the worst case for the near-duplicate step)."""
    texts = pages()
    rng = random.Random(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        for lo in range(0, n_docs, chunk):
            ids = range(lo, min(lo + chunk, n_docs))
            frame = pl.DataFrame({
                "doc_id": [f"d{i:07d}" for i in ids],
                "site": [f"site{i % 50}.example" for i in ids],
                "text": [texts[rng.randrange(len(texts))] for _ in ids],
            })
            if distinct:
                frame = frame.with_columns(pl.col("text").str.replace_all(
                    r"(?m)^(\S+(?: \S+){7,})$", pl.format("$1 u{}", pl.col("doc_id").str.slice(1))))
            frame.write_csv(fh, include_header=lo == 0)
    return path.stat().st_size / 1e6


def run(code: str, *args: str) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    if out.returncode not in (0, 1):
        sys.exit(f"benchmark job failed:\n{out.stderr}")
    secs, rss_kb = out.stdout.split()[-2:]
    return float(secs), float(rss_kb) / 1024  # ru_maxrss is KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--corpus", type=Path, help="an existing CSV (doc_id, text) to measure instead of the built one")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    if args.corpus:
        corpus = args.corpus.resolve()
        mb = corpus.stat().st_size / 1e6
        args.docs = pl.scan_csv(corpus).select(pl.len()).collect().item()
        print(f"corpus: {corpus} ({args.docs:,} documents, {mb:,.1f} MB)", file=sys.stderr)
    else:
        corpus = WORK / "corpus.csv"
        t = time.perf_counter()
        mb = build(args.docs, corpus)
        print(f"corpus: {args.docs:,} documents, {mb:,.1f} MB ({time.perf_counter() - t:.1f} s to build)",
              file=sys.stderr)

    ref_s, ref_mem = run(REFERENCE, str(corpus))
    seg_s, seg_mem = run(SEGMENT, str(corpus), str(WORK / "lines.parquet"))
    rows = [
        ("reference: polars read_csv + one regex pass", ref_s, ref_mem),
        ("comments segment → parquet", seg_s, seg_mem),
    ]
    result = {
        "documents": args.docs, "megabytes": round(mb, 1),
        "jobs": [
            {"job": name, "seconds": round(s, 2), "docs_per_s": round(args.docs / s), "mb_per_s": round(mb / s, 1),
             "peak_mb": round(mem)} for name, s, mem in rows
        ],
        "ratio_to_reference": round(seg_s / ref_s, 1),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"| job | seconds | documents/s | MB/s | peak memory |")
    print(f"|---|---:|---:|---:|---:|")
    for j in result["jobs"]:
        print(f"| {j['job']} | {j['seconds']:.1f} | {j['docs_per_s']:,} | {j['mb_per_s']:.1f} | {j['peak_mb']:,} MB |")
    print(f"\n{args.docs:,} documents, {mb:,.1f} MB; segment takes {result['ratio_to_reference']}× the reference.")


if __name__ == "__main__":
    main()
