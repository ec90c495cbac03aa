"""Memory and speed of `comments profile` as the corpus grows (issue 11).

    python benchmarks/bench_scale.py                    # 100 MB and 250 MB corpora
    python benchmarks/bench_scale.py --sizes 1000 10000 # 1 GB and 10 GB
    python benchmarks/bench_scale.py --sizes 1000 --distinct  # comments near-duplicates, not copies

Builds corpora of the given sizes (MB of CSV) from the project's own pages (as bench_segment.py does) and runs
`comments profile corpus.csv -o DIR` on each in its own process, sampling the resident memory of the whole
process tree (the main process and its segmenting workers) every 0.2 s from /proc.  Reports wall time, MB/s,
documents/s and the peak memory of the tree, so a user can see whether memory stays flat as the corpus grows.
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_segment import WORK, build  # noqa: E402

BYTES_PER_DOC = 3650  # the pages' mean size in the corpus CSV


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of ``pid`` and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            continue
    return total


def profile(corpus: Path, out: Path) -> tuple[float, int, int]:
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from comments.cli import main; sys.exit(main())",
                             "profile", str(corpus), "-o", str(out), "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.2)
    secs = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        sys.exit(f"profile failed:\n{proc.stderr.read().decode()}")
    return secs, peak, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[100, 250], help="corpus sizes in MB")
    ap.add_argument("--distinct", action="store_true",
                    help="lines of eight words or more made distinct per document (comments become near-duplicates "
                         "of each other instead of exact copies: the worst case for the near-duplicate step)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = []
    for size in args.sizes:
        docs = int(size * 1e6 / BYTES_PER_DOC)
        name = f"scale-{int(size)}{'-distinct' if args.distinct else ''}"
        corpus = WORK / f"{name}.csv"
        mb = build(docs, corpus, distinct=args.distinct)
        secs, peak, _ = profile(corpus, WORK / f"{name}-profile")
        run = json.loads((WORK / f"{name}-profile" / "run.json").read_text(encoding="utf-8"))
        rows.append({"megabytes": round(mb, 1), "documents": docs, "comments": run["counts"]["comments"],
                     "seconds": round(secs, 1),
                     "mb_per_s": round(mb / secs, 2), "docs_per_s": round(docs / secs), "peak_mb": round(peak / 1e6)})
        corpus.unlink()
        print(f"{mb:,.0f} MB: {secs:,.1f} s, peak {peak / 1e6:,.0f} MB", file=sys.stderr)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print("| corpus | documents | comments | seconds | MB/s | documents/s | peak memory (process tree) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['megabytes']:,.0f} MB | {r['documents']:,} | {r['comments']:,} | {r['seconds']:,.1f} | "
              f"{r['mb_per_s']:.2f} | "
              f"{r['docs_per_s']:,} | {r['peak_mb']:,} MB |")


if __name__ == "__main__":
    main()
