"""The streaming profile run (analysis.streaming): the same tables as profiling the whole corpus in memory, whatever
the batch and bucket sizes; a killed run resumed gives the tables of an uninterrupted one."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from analysis.run import profile
from analysis.streaming import WORK, profile_to_dir
from comments.errors import UsageError
from comments.pipeline import segment_files
from conftest import ROOT, SEEDS

TABLES = ("documents", "comments", "threads", "claims")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """120 pages (the seeds and the test pages, each under three ids): exact duplicates across documents and
    batches, near-duplicates, and pages without comments."""
    files = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "pages" / "tune").rglob("*.txt"))[:35]
    texts = [f.read_text(encoding="utf-8") for f in files]
    random.Random(0).shuffle(texts)
    rows = [{"doc_id": f"d{i:03d}", "site": f"site{i % 4}.example", "text": texts[i % len(texts)]}
            for i in range(120)]
    path = tmp_path_factory.mktemp("corpus") / "corpus.csv"
    pl.DataFrame(rows).write_csv(path)
    return path


@pytest.fixture(scope="module")
def in_memory(corpus):
    """The whole corpus segmented, then profiled in one piece."""
    seg = segment_files(corpus, jobs=1)
    return profile(seg.documents, seg.comments)


def tables(directory: Path) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(directory / f"{name}.parquet") for name in TABLES}


def assert_same(got: dict[str, pl.DataFrame], want) -> None:
    for name in TABLES:
        expected = want[name] if isinstance(want, dict) else getattr(want, name)
        assert got[name].equals(expected), name


@pytest.mark.parametrize(("batch_size", "bucket_rows"), [(1000, 2_000_000), (7, 60), (13, 150)])
def test_streaming_gives_the_tables_of_the_whole_corpus_in_memory(tmp_path, corpus, in_memory, batch_size,
                                                                    bucket_rows):
    record, errors = profile_to_dir([corpus], tmp_path / "p", batch_size=batch_size, jobs=1,
                                    bucket_rows=bucket_rows)
    got = tables(tmp_path / "p")
    assert_same(got, in_memory)
    comments = got["comments"]
    # the corpus has what the corpus passes are for
    assert comments.filter(pl.col("dup_count") > 1).height > 100
    assert comments.filter(pl.col("near_dup_cluster") != pl.col("dup_group")).height > 0
    assert comments.filter(pl.col("near_dup_size_thread") > 1).height > 0
    assert record["counts"]["documents_segmented"] == 120 and errors.height == 0
    assert not (tmp_path / "p" / WORK).exists()
    assert json.loads((tmp_path / "p" / "run.json").read_text())["manifest"]["comments"]["rows"] == comments.height


def test_a_resumed_run_segments_only_the_batches_it_had_not_finished(tmp_path, corpus, in_memory, monkeypatch):
    import analysis.streaming as streaming

    out = tmp_path / "p"
    seen = []

    def stop_after_four(stage, info):
        if stage == "segmenting":
            seen.append(info["documents"])
            if len(seen) == 4:
                raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        profile_to_dir([corpus], out, batch_size=10, jobs=1, progress=stop_after_four)
    assert not (out / "run.json").exists() and (out / WORK).is_dir()
    profiled = []
    original = streaming.profile_batch

    def spy(work, k, part, params):
        profiled.append(k)
        return original(work, k, part, params)

    monkeypatch.setattr(streaming, "profile_batch", spy)
    record, _ = profile_to_dir([corpus], out, batch_size=10, jobs=1, resume=True)
    assert profiled == list(range(4, 12))  # batches 0-3 were finished before the interruption
    assert_same(tables(out), in_memory)
    assert record["counts"]["documents_segmented"] == 120


def test_resume_refuses_other_options_and_starts_afresh_without_earlier_work(tmp_path, corpus, in_memory):
    out = tmp_path / "p"

    def stop(stage, info):
        if stage == "segmenting":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        profile_to_dir([corpus], out, batch_size=10, jobs=1, progress=stop)
    with pytest.raises(UsageError, match="cannot resume.*batch_size"):
        profile_to_dir([corpus], out, batch_size=20, jobs=1, resume=True)
    with pytest.raises(UsageError, match="cannot resume.*near_dup_threshold"):
        profile_to_dir([corpus], out, batch_size=10, jobs=1, resume=True, near_dup_threshold=0.5)
    other = tmp_path / "q"
    profile_to_dir([corpus], other, batch_size=10, jobs=1, resume=True)  # nothing to resume: a whole run
    assert_same(tables(other), in_memory)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_profile_killed_at_random_points_then_resumed_gives_the_uninterrupted_tables(tmp_path, corpus, in_memory):
    """``comments profile`` killed with SIGKILL (no handler runs) at three points, each time resumed with
    --resume; the last run completes.  The tables are those of an uninterrupted run."""
    out = tmp_path / "p"
    command = [sys.executable, "-m", "comments", "profile", str(corpus), "-o", str(out), "--batch-size", "8",
               "-j", "2", "-q"]
    rng = random.Random(1)
    resumed = []

    def finished() -> int:
        return len(list((out / WORK).glob("0*.json")))

    for attempt in range(3):
        before = finished()
        proc = subprocess.Popen(command + (["--resume"] if attempt else []), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while proc.poll() is None and finished() <= before and time.monotonic() < deadline:
            time.sleep(0.05)  # until this run has finished a batch of its own ...
        time.sleep(rng.uniform(0.0, 1.0))  # ... then at a random point
        if proc.poll() is not None:
            break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        resumed.append(finished())
        assert not (out / "run.json").exists()
    done = subprocess.run(command + ["--resume"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert_same(tables(out), in_memory)
    assert len(resumed) >= 2 and resumed == sorted(resumed)  # killed twice at least, each time further on


def test_the_dask_engine_gives_the_tables_of_the_local_engine(tmp_path, corpus, in_memory):
    pytest.importorskip("distributed")  # (in the test extra: runs in CI)
    record, errors = profile_to_dir([corpus], tmp_path / "p", batch_size=15, jobs=2, engine="dask", bucket_rows=200)
    assert_same(tables(tmp_path / "p"), in_memory)
    assert record["counts"]["documents_segmented"] == 120 and errors.height == 0


def test_engine_options_are_checked_before_any_work(tmp_path, corpus, capsys):
    from comments.cli import main

    with pytest.raises(UsageError, match="unknown engine"):
        profile_to_dir([corpus], tmp_path / "p", engine="spark")
    assert main(["profile", str(corpus), "-o", str(tmp_path / "q"), "--scheduler", "tcp://x:1"]) == 2
    assert "--scheduler goes with --engine dask" in capsys.readouterr().err
    assert not (tmp_path / "q").exists()
