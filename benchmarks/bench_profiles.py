"""Throughput of the comment profiles, and agreement of the language scorer with seeded langdetect.

    python benchmarks/bench_profiles.py [--n 200000] [--agreement 4000] [--json FILE]

Comment-like texts are synthesised in memory (nothing is written into the repository): each text is one to six
sentences; a tenth of the sentences are real sentences of the dragnet development comments
(``../shared/dev/dragnet_train.jsonl``, AGPL: read, never copied into the repository) and of the seed comments, the
others are as many words drawn from those comments' words; 2% of the texts are exact copies and 3% edited copies
of earlier texts, so that the duplicate and near-duplicate stages have work.  Reported per stage: comments per
second of wall time and of CPU time (the machine may be shared: CPU time depends less on the neighbours), and the
peak resident memory of the process so far (``resource.getrusage``).

Language agreement is measured on real text, not on the synthetic one: comment lines of the dragnet development
set and groups of one to five consecutive lines, 20 characters or more, compared with ``langdetect.detect`` under
``DetectorFactory.seed = 0`` (which takes about 1.4 ms a text, hence a sample).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from analysis import load_markers, profile_comments  # noqa: E402
from analysis.language import MIN_LETTERS, _model, detect_languages  # noqa: E402
from analysis.neardup import Shingler, band_rows, candidate_pairs, sketch  # noqa: E402
from analysis.repetition import normalise  # noqa: E402
from comments.schema import COMMENTS_SCHEMA  # noqa: E402

DRAGNET = ROOT.parent / "shared" / "dev" / "dragnet_train.jsonl"


def dragnet_comment_lines() -> list[list[str]]:
    """Non-blank comment lines of each dragnet page that has comments."""
    pages = []
    with open(DRAGNET, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["comment_start_line"] is None:
                continue
            lines = doc["text"].replace("\r\n", "\n").replace("\r", "\n").split("\n")[doc["comment_start_line"] - 1:]
            pages.append([x.strip() for x in lines if x.strip()])
    return pages


def sentence_pool(pages: list[list[str]]) -> list[str]:
    from test_analysis_helpers import seed_comments

    lines = [x for page in pages for x in page] + seed_comments()["text"].str.split("\n").explode().to_list()
    return [s for line in lines for s in re.split(r"(?<=[.!?])\s+", line) if len(s) >= 3]


def synthesise(n: int, sentences: list[str], seed: int = 0) -> pl.Series:
    """``n`` comment-like texts (see the module docstring), built with polars so that the synthesis does not set the
    peak memory the report shows."""
    rng = np.random.default_rng(seed)
    pool = pl.Series("s", sentences)
    words = pool.str.split(" ").explode()
    words = words.filter(words != "")
    lengths = pool.str.split(" ").list.len().to_numpy()
    parts = rng.integers(1, 7, size=n)
    text_of_part = np.repeat(np.arange(n), parts)
    source = rng.integers(0, len(pool), size=len(text_of_part))
    real = rng.random(len(text_of_part)) < 0.1
    made = np.flatnonzero(~real)
    n_words = lengths[source[made]]
    made_parts = (
        pl.DataFrame({"part": np.repeat(made, n_words), "w": words.gather(rng.integers(0, len(words), n_words.sum()))})
        .group_by("part", maintain_order=True)
        .agg(pl.col("w").str.join(" "))
    )
    real_parts = pl.DataFrame({"part": np.flatnonzero(real), "w": pool.gather(source[real])})
    texts = (
        pl.concat([made_parts, real_parts])
        .sort("part")
        .with_columns(text=pl.lit(pl.Series(text_of_part)).gather(pl.col("part")))
        .group_by("text", maintain_order=True)
        .agg(pl.col("w").str.join(" "))["w"]
    )
    # 2% exact copies and 3% edited copies (every 8th word dropped, one word added) of earlier texts
    pick = rng.random(n)
    target = np.flatnonzero(pick < 0.05)[1:]
    original = (rng.random(len(target)) * target).astype(np.int64)
    copies = texts.gather(original)
    edited = pick[target] >= 0.02
    copies = pl.DataFrame({"t": copies, "edited": edited, "w": words.gather(rng.integers(0, len(words), len(target)))}).select(
        pl.when("edited")
        .then(
            pl.col("t").str.split(" ").list.eval(pl.element().filter(pl.int_range(pl.len()) % 8 != 3)).list.join(" ")
            + " " + pl.col("w")
        )
        .otherwise("t")
    ).to_series()
    return texts.scatter(target, copies)


def comments_frame(texts: pl.Series, per_thread: int = 20, seed: int = 0) -> pl.DataFrame:
    """COMMENTS_SCHEMA rows: threads of ``per_thread`` comments, depths 0-2, authors drawn from n/5 names."""
    rng = np.random.default_rng(seed)
    n = len(texts)
    i = pl.int_range(n, dtype=pl.Int64, eager=True)
    return pl.DataFrame(
        {
            "doc_id": "doc" + (i // per_thread).cast(pl.String), "site": pl.repeat("example.com", n, eager=True),
            "comment_id": i % per_thread + 1, "parent_id": pl.repeat(None, n, dtype=pl.Int64, eager=True),
            "depth": rng.integers(0, 3, size=n),
            "author": "user" + pl.Series(rng.integers(0, max(1, n // 5), size=n)).cast(pl.String),
            "posted_at": pl.repeat(None, n, dtype=pl.String, eager=True), "text": texts,
            "start_line": pl.repeat(1, n, dtype=pl.Int64, eager=True), "end_line": pl.repeat(1, n, dtype=pl.Int64, eager=True),
        }
    ).cast(COMMENTS_SCHEMA)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage(report: dict, name: str, n: int, fn):
    """Run ``fn``; record wall time, CPU time of the process (all threads) and the peak memory so far.

    On a machine shared with other work, wall time depends on the neighbours; CPU time much less so.
    """
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    report["stages"][name] = {"comments": n, "seconds": round(seconds, 2), "per_second": round(n / seconds),
                              "cpu_seconds": round(cpu_seconds, 2), "per_cpu_second": round(n / cpu_seconds),
                              "peak_mb": round(peak_mb())}
    print(f"{name:32s} {n:>9,d} comments {seconds:7.2f} s {n / seconds:>9,.0f}/s   cpu {cpu_seconds:7.2f} s "
          f"{n / cpu_seconds:>9,.0f}/cpu-s   peak {peak_mb():6.0f} MB", flush=True)
    return result


def agreement(pages: list[list[str]], sample: int, seed: int = 0) -> dict:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    rng = random.Random(seed)
    texts = []
    for page in pages:
        texts += page
        i = 0
        while i < len(page):
            k = rng.randint(1, 5)
            texts.append("\n".join(page[i:i + k]))
            i += k
    texts = [t for t in texts if len(t) >= 20]
    texts = rng.sample(texts, min(sample, len(texts)))
    DetectorFactory.seed = 0
    start = time.process_time()
    reference = []
    for t in texts:
        try:
            reference.append(detect(t))
        except LangDetectException:
            reference.append("und")
    langdetect_seconds = time.process_time() - start
    ours = detect_languages(pl.Series(texts)).to_list()
    agree = np.array([a == b for a, b in zip(ours, reference)])
    letters = np.array([len(re.findall(r"[^\W\d_]", t)) >= MIN_LETTERS for t in texts])
    return {
        "texts": len(texts),
        "agreement": round(float(agree.mean()), 4),
        "agreement_with_min_letters": round(float(agree[letters].mean()), 4),
        "langdetect_cpu_ms_per_text": round(1000 * langdetect_seconds / len(texts), 2),
        "english_share": round(float(np.mean([r == "en" for r in reference])), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200_000, help="synthetic comments (default 200,000)")
    parser.add_argument("--agreement", type=int, default=8000, help="texts compared with langdetect (default 8,000)")
    parser.add_argument("--json", type=Path, help="also write the report as JSON")
    args = parser.parse_args()

    report = {"cpus": os.cpu_count(), "load_before": [round(x, 2) for x in os.getloadavg()], "stages": {}}
    print(f"{os.cpu_count()} CPUs, load average {report['load_before']}", flush=True)
    pages = dragnet_comment_lines()
    sentences = sentence_pool(pages)
    texts = stage(report, "synthesise (not the toolkit)", args.n, lambda: synthesise(args.n, sentences))
    report["mean_chars"] = round(float(texts.str.len_chars().mean()), 1)
    frame = comments_frame(texts)
    series = frame["text"]
    stage(report, "load language profiles (once)", 1, _model)
    stage(report, "language id", args.n, lambda: detect_languages(series))

    norm = frame.select(normalise(pl.col("text")))["text"]
    unique = norm.filter(norm != "").unique(maintain_order=True)

    def hashing_and_banding():
        _, sig, counts = sketch(unique, Shingler())
        eligible = counts >= 5
        return candidate_pairs(sig[eligible], band_rows(0.3))

    pairs = stage(report, "MinHash + LSH (hash, band)", args.n, hashing_and_banding)
    report["candidate_pairs"] = len(pairs)
    markers = load_markers()
    stage(report, f"markers ({len(markers)})", args.n, lambda: frame.select(markers.expressions(pl.col("text"))))
    profiles = stage(report, "whole profile_comments", args.n, lambda: profile_comments(frame))
    report["near_dup_share"] = round(float((profiles["near_dup_size"] > 1).mean()), 4)
    report["dup_share"] = round(float((profiles["dup_count"] > 1).mean()), 4)

    print(f"langdetect agreement on {args.agreement:,d} real comment texts ...", flush=True)
    report["language_agreement"] = agreement(pages, args.agreement)
    # a view less dependent on the neighbours: CPU time of the scorer against langdetect's, same machine and hour
    langdetect_per_cpu_second = 1000 / report["language_agreement"]["langdetect_cpu_ms_per_text"]
    report["language_cpu_speedup_vs_langdetect"] = round(
        report["stages"]["language id"]["per_cpu_second"] / langdetect_per_cpu_second, 1)
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    report["peak_mb"] = round(peak_mb())
    print(json.dumps({k: v for k, v in report.items() if k != "stages"}, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
