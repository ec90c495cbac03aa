"""Outputs that are safe (issue 11): never an output onto an input, never a file that looks complete
but is not, FIFOs in input folders skipped, bad output paths refused before any work."""

from __future__ import annotations

import os

import polars as pl
import pytest

from comments.cli import main

PAGE = "A headline\n\nThe council voted for the parks on Tuesday, adding money for repairs.\n"


def _table(path, n=3):
    pl.DataFrame({"id": [str(i) for i in range(n)], "text": [PAGE] * n}).write_csv(path)


@pytest.mark.parametrize("command", ["segment", "stats"])
def test_an_output_onto_its_input_is_refused_before_any_work(tmp_path, capsys, command):
    table = tmp_path / "pages.csv"
    _table(table)
    before = table.read_bytes()
    assert main([command, str(table), "-o", str(table)]) == 2
    assert table.read_bytes() == before
    err = capsys.readouterr().err
    assert "is also an input" in err and "segmented" not in err


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_an_interrupted_segment_leaves_no_output_and_resumes(tmp_path, monkeypatch, fmt):
    import polars as pl

    import comments.pipeline as pipeline

    table = tmp_path / "pages.csv"
    _table(table, n=5)
    out = tmp_path / f"out.{fmt}"
    command = ["segment", str(table), "--batch-size", "2", "-j", "1", "--format", fmt, "-o", str(out), "-q"]
    original = pipeline.SegmentRun.indexed

    def interrupted(self, skip=None):  # the first batch goes through, then Ctrl-C
        it = original(self, skip)
        yield next(it)
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.SegmentRun, "indexed", interrupted)
    # (the command line reports "interrupted" and exits 130, as a shell does for Ctrl-C)
    assert main(command) == 130
    # no output, no temporary file: only the finished batch, kept for --resume
    assert sorted(os.listdir(tmp_path)) == [f".out.{fmt}.resume", "pages.csv"]
    monkeypatch.setattr(pipeline.SegmentRun, "indexed", original)
    segmented = []
    segment_frame = pipeline.segment_frame
    monkeypatch.setattr(pipeline, "segment_frame",
                        lambda docs, **kw: segmented.append(docs.height) or segment_frame(docs, **kw))
    assert main(command + ["--resume"]) == 0
    assert segmented == [2, 1]  # the first batch was not segmented again
    assert sorted(os.listdir(tmp_path)) == [f"out.{fmt}", "pages.csv"]
    whole = tmp_path / f"whole.{fmt}"
    assert main(command[:-2] + [str(whole), "-q"]) == 0
    if fmt == "parquet":
        assert pl.read_parquet(out).equals(pl.read_parquet(whole))
    else:
        assert out.read_bytes() == whole.read_bytes()


def test_a_complete_segment_replaces_an_older_output(tmp_path):
    table = tmp_path / "pages.csv"
    _table(table)
    out = tmp_path / "out.jsonl"
    out.write_text("an older run\n", encoding="utf-8")
    assert main(["segment", str(table), "-q", "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert sorted(os.listdir(tmp_path)) == ["out.jsonl", "pages.csv"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_an_input_folder_is_skipped_with_a_warning(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    out = tmp_path / "out.jsonl"
    assert main(["segment", str(folder), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert "pipe.txt is not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("where, message", [
    ("a_dir", "is a directory"),
    ("missing/out.jsonl", "does not exist"),
])
def test_bad_output_paths_are_refused_before_any_work(tmp_path, capsys, where, message):
    table = tmp_path / "pages.csv"
    _table(table)
    (tmp_path / "a_dir").mkdir()
    assert main(["segment", str(table), "-o", str(tmp_path / where)]) == 2
    err = capsys.readouterr().err
    assert message in err and "segmented" not in err


def test_a_profile_directory_lists_its_tables_and_refuses_a_changed_one(tmp_path, capsys):
    import json

    from analysis import Profiles
    from comments.errors import InputError
    from conftest import SEEDS

    assert main(["profile", str(SEEDS), "-q", "-o", str(tmp_path / "p")]) == 0
    run = json.loads((tmp_path / "p" / "run.json").read_text(encoding="utf-8"))
    assert set(run["manifest"]) == {"documents", "comments", "threads", "claims"}
    assert run["manifest"]["documents"]["rows"] == 5
    Profiles.load(tmp_path / "p")  # complete: loads
    # a table half-written by a killed run (here: cut short) is refused by every reader
    path = tmp_path / "p" / "comments.parquet"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(InputError, match="not the table its run.json lists"):
        Profiles.load(tmp_path / "p")
    assert main(["stats", str(tmp_path / "p")]) == 2
    assert "profile again" in capsys.readouterr().err


def test_profiling_again_into_a_folder_replaces_the_run_record_last(tmp_path, monkeypatch):
    import analysis.run as run_mod
    from conftest import SEEDS

    out = tmp_path / "p"
    assert main(["profile", str(SEEDS), "-q", "-o", str(out)]) == 0
    # a second run killed while writing its tables leaves no run.json: not a profile directory
    original = run_mod.write_atomic
    calls = []

    def killed(path, writer):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        original(path, writer)

    monkeypatch.setattr(run_mod, "write_atomic", killed)
    assert main(["profile", str(SEEDS), "-q", "-o", str(out)]) == 130
    assert not (out / "run.json").exists()
    # no temporary table left; the work folder stays for --resume
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [".parts"]
    assert not [p for p in (out / ".parts").iterdir() if p.name.endswith(".part")]


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc to see worker processes")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGKILL"])
def test_a_killed_run_leaves_no_worker_running_and_no_output(tmp_path, signame):
    # SIGTERM: handled like Ctrl-C (exit 143, nothing at the output's name; the finished batches kept
    # for --resume). SIGKILL: no handler runs, but the workers see their parent gone and leave, and no
    # file is at the output's name (only hidden work files).
    import signal
    import subprocess
    import sys
    import time

    table = tmp_path / "pages.csv"
    _table(table, n=40000)  # long enough (400 batches) to be still running when the signal comes
    out = tmp_path / "out.parquet"
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from comments.cli import main; sys.exit(main())",
                             "segment", str(table), "--batch-size", "100",
                             "-j", "2", "--format", "parquet", "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def children() -> list[int]:
        try:
            return [int(p) for p in open(f"/proc/{proc.pid}/task/{proc.pid}/children").read().split()]
        except OSError:
            return []

    def running(pid: int) -> bool:  # (a zombie reaped late still answers kill(0): it is not running)
        try:
            return open(f"/proc/{pid}/stat").read().split()[2] not in ("Z", "X")
        except OSError:
            return False

    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        workers = children()
        time.sleep(0.1)
    assert len(workers) >= 2, "the workers did not start"
    # each worker gets its share of the cores for polars and numpy's BLAS, not all of them
    env = open(f"/proc/{workers[0]}/environ", "rb").read().split(b"\0")
    for name in ("POLARS_MAX_THREADS", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        if name not in os.environ:
            assert f"{name}={max(1, (os.cpu_count() or 1) // 2)}".encode() in env, name
    time.sleep(0.5)  # let them take batches
    assert proc.poll() is None, "the run ended before the signal: make the input longer"
    proc.send_signal(getattr(signal, signame))
    code = proc.wait(timeout=60)
    # No orphan left running.  (multiprocessing's resource tracker, also a child, and workers
    # watching for their parent leave by themselves: allow a few seconds.)
    deadline = time.monotonic() + 30  # (a loaded machine is slow to schedule them)
    while any(running(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in workers if running(p)], "worker processes still running"
    assert not out.exists()
    if signame == "SIGTERM":
        err = proc.stderr.read()
        assert code == 143 and b"terminated" in err and b"with --resume goes on" in err
        assert sorted(os.listdir(tmp_path)) == [".out.parquet.resume", "pages.csv"]
    else:
        assert code == -signal.SIGKILL
        assert all(name == "pages.csv" or name.startswith(".") for name in os.listdir(tmp_path))


@pytest.mark.parametrize("options, message", [
    (["--near-dup-threshold", "5"], "near_dup_threshold must be in (0, 1]"),
    (["--markers", "missing.toml"], "marker file not found"),
    (["--errors", "/nonexistent-folder/errors.csv"], "does not exist"),
])
def test_profile_checks_its_options_before_reading_a_page(tmp_path, capsys, options, message):
    from conftest import SEEDS

    assert main(["profile", str(SEEDS), "-o", str(tmp_path / "p"), *options]) == 2
    err = capsys.readouterr().err
    assert message in err and "segmented" not in err and not (tmp_path / "p").exists()


def test_profile_refuses_to_write_into_its_input_folder(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    assert main(["profile", str(folder), "-o", str(folder / "profile")]) == 2
    assert "lies in) the input" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


def _split_seeds(tmp_path):
    """Folders A and B, each with a seed page with comments, B's a copy of A's under another name (its
    comments are exact duplicates of A's across the folders), and "all" with the four pages."""
    from conftest import SEEDS

    vt = (SEEDS / "000_5a822adfc088c116.txt").read_text(encoding="utf-8")
    other = (SEEDS / "003_4a722741b25eccd4.txt").read_text(encoding="utf-8")
    meta = (SEEDS / "metadata.csv").read_text(encoding="utf-8") + "000_copy,veteranstoday.com\n"
    parts = {"A": {"000_5a822adfc088c116": vt}, "B": {"000_copy": vt, "003_4a722741b25eccd4": other}}
    parts["all"] = {**parts["A"], **parts["B"]}
    for name, pages in parts.items():
        folder = tmp_path / name
        folder.mkdir()
        for doc_id, text in pages.items():
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (folder / "metadata.csv").write_text(meta, encoding="utf-8")


def test_stats_over_two_profile_folders_equal_stats_over_the_union(tmp_path, capsys):
    _split_seeds(tmp_path)
    for name in ("A", "B", "all"):
        assert main(["profile", str(tmp_path / name), "-q", "-o", str(tmp_path / f"p{name}")]) == 0
    capsys.readouterr()
    assert main(["stats", str(tmp_path / "pA"), str(tmp_path / "pB"), "-q", "--format", "csv"]) == 0
    two = capsys.readouterr().out
    assert main(["stats", str(tmp_path / "pall"), "-q", "--format", "csv"]) == 0
    union = capsys.readouterr().out
    assert two == union
    # (the copies' comments are exact duplicates across the two folders: the union says so)
    import io

    import polars as pl

    vt = pl.read_csv(io.StringIO(union)).filter(pl.col("site") == "veteranstoday.com").to_dicts()[0]
    assert vt["dup_share_corpus"] == 1.0


def test_profile_folders_with_different_parameters_are_refused_unless_asked(tmp_path, capsys):
    _split_seeds(tmp_path)
    assert main(["profile", str(tmp_path / "A"), "-q", "-o", str(tmp_path / "pA")]) == 0
    assert main(["profile", str(tmp_path / "B"), "-q", "-o", str(tmp_path / "pB"), "--near-dup-threshold", "0.5"]) == 0
    capsys.readouterr()
    assert main(["stats", str(tmp_path / "pA"), str(tmp_path / "pB")]) == 2
    err = capsys.readouterr().err
    assert "different parameters (near_dup_threshold)" in err and "profile the pages together" in err
    assert main(["stats", str(tmp_path / "pA"), str(tmp_path / "pB"), "-q", "--mixed-parameters"]) == 0
