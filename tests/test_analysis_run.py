"""A whole run: the tables as DataFrames and as files, byte-identical across runs, every column documented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from analysis import ProfileInputError, profile, write_profiles
from conftest import seed_comments, seed_documents

COLUMNS_MD = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def seed_profiles():
    return profile(seed_documents(), seed_comments(), counts={"documents_read": 5, "documents_failed": 0})


def test_two_runs_write_identical_files(tmp_path, seed_profiles):
    first = write_profiles(seed_profiles, tmp_path / "one")
    again = write_profiles(profile(seed_documents(), seed_comments(), counts={"documents_read": 5}), tmp_path / "two")
    assert [p.name for p in first] == [
        "documents.parquet", "comments.parquet", "threads.parquet", "claims.parquet", "run.json",
    ]
    for a, b in zip(first, again):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_files_hold_the_returned_tables(tmp_path, seed_profiles):
    write_profiles(seed_profiles, tmp_path)
    for name in ("documents", "comments", "threads", "claims"):
        assert pl.read_parquet(tmp_path / f"{name}.parquet").equals(getattr(seed_profiles, name))


def test_run_json_records_version_parameters_and_counts(tmp_path, seed_profiles):
    write_profiles(seed_profiles, tmp_path)
    run = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert run["toolkit"]["version"]
    assert run["parameters"]["near_dup_threshold"] == 0.3
    assert run["parameters"]["markers_files"] == ["analysis/markers.toml"]
    assert run["counts"] == {
        "documents_read": 5, "documents_segmented": 5, "documents_failed": 0, "comments": 9,
        "comments_without_text": 0, "threads": 5,
    }


def documented_columns() -> set[str]:
    return set(re.findall(r"^\| `([a-z0-9_<>]+)` \|", COLUMNS_MD.read_text(encoding="utf-8"), flags=re.M))


def test_every_output_column_is_documented(seed_profiles):
    documented = documented_columns()
    for table in (seed_profiles.comments, seed_profiles.threads, seed_profiles.claims):
        for column in table.columns:
            generic = re.sub(r"^m_[a-z0-9_]+?(_per_1k|_share)?$", lambda m: "m_<id>" + (m.group(1) or ""), column)
            assert column in documented or generic in documented, column


def test_missing_columns_are_named():
    with pytest.raises(ProfileInputError, match=r"lacks column\(s\) \['text'\]"):
        profile(seed_documents(), seed_comments().drop("text"))


def test_comments_profile_on_the_seeds_meets_the_bars(tmp_path):
    """End to end through the reader and segmenter: the bars hold on the segmenter's comments too."""
    from comments.cli import main

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert main(["profile", str(seeds), "-o", str(tmp_path)]) == 0
    comments = pl.read_parquet(tmp_path / "comments.parquet")
    threads = pl.read_parquet(tmp_path / "threads.parquet")
    by_id = {(r["doc_id"][:3], r["comment_id"]): r for r in comments.iter_rows(named=True)}
    assert by_id[("000", 4)]["m_all_caps"] == 3
    assert by_id[("000", 3)]["m_so_called"] == 2
    rolling = [r for r in comments.iter_rows(named=True) if r["text"].lower().startswith("rolling on")]
    assert len(rolling) == 2 and rolling[0]["near_dup_cluster"] == rolling[1]["near_dup_cluster"]
    assert all(r["m_laughter"] >= 1 and r["m_conspiracy"] >= 1 for r in rolling)
    assert set(comments["lang"]) == {"en"}
    assert threads.filter(pl.col("site") == "sputniknews.com")["n_comments"].to_list() == [0, 0]


# ------------------------------------------------------------------------------------- the whole job, both ways


def test_profile_files_does_the_whole_job(seed_segmented, seed_profiled):
    """Read, segment and profile in one call: the same tables as segmenting and profiling step by step, and the
    counts of the run."""
    from analysis import profile_files
    from conftest import SEEDS

    stages = []
    result = profile_files(SEEDS, progress=lambda stage, info: stages.append(stage))
    for name in ("documents", "comments", "threads", "claims"):
        assert getattr(result, name).equals(getattr(seed_profiled, name)), name
    assert result.run["counts"]["documents_read"] == 5 and result.n_failed == 0
    assert result.errors.height == 0
    assert stages == ["segmenting", "profiling", *["profile step"] * 4, "done"]


def test_profiles_write_and_load_are_a_symmetric_pair(tmp_path, seed_profiled):
    from analysis import Profiles

    seed_profiled.write(tmp_path / "p")
    loaded = Profiles.load(tmp_path / "p")
    for name in ("documents", "comments", "threads", "claims"):
        assert getattr(loaded, name).equals(getattr(seed_profiled, name)), name
    assert loaded.run == seed_profiled.run
    assert loaded.directories == (str(tmp_path / "p"),)
    loaded.write(tmp_path / "again")
    for f in ("documents.parquet", "comments.parquet", "threads.parquet", "claims.parquet", "run.json"):
        assert (tmp_path / "again" / f).read_bytes() == (tmp_path / "p" / f).read_bytes(), f


def test_profiles_load_puts_directories_together_and_refuses_shared_ids(tmp_path, seed_profiled):
    from analysis import Profiles
    from comments.errors import InputError

    keep = pl.col("site") == "veteranstoday.com"
    parts = {
        "a": (seed_profiled.documents.filter(keep), seed_profiled.comments.filter(keep)),
        "b": (seed_profiled.documents.filter(~keep), seed_profiled.comments.filter(~keep)),
    }
    for name, (docs, comments) in parts.items():
        profile(docs, comments).write(tmp_path / name)
    both = Profiles.load([tmp_path / "a", tmp_path / "b"])
    assert both.documents.height == 5 and both.comments.height == 9
    assert both.claims.height == seed_profiled.claims.height
    assert both.run["counts"]["documents_read"] == 5 and len(both.run["runs"]) == 2
    with pytest.raises(InputError, match="1 doc_id value occurs in more than one of the profile directories \\(e.g. .000_5a822adfc088c116.\\)"):
        Profiles.load([tmp_path / "a", tmp_path / "a"])


def test_open_profiles_takes_directories_or_raw_inputs_not_both(tmp_path, seed_profile_dir):
    from analysis import open_profiles
    from comments.errors import UsageError
    from conftest import SEEDS

    assert open_profiles([seed_profile_dir]).directories == (str(seed_profile_dir),)
    assert open_profiles([SEEDS]).directories == ()
    with pytest.raises(UsageError, match="not both"):
        open_profiles([seed_profile_dir, SEEDS])


def test_library_and_command_line_share_their_defaults():
    """Explicit keyword arguments (no ``**kwargs``), one batch size and one number of workers for the library and
    the command line."""
    import inspect

    import comments
    from analysis import profile_files
    from comments.cli import build_parser
    from comments.readers import BATCH_SIZE, scan_documents

    for func in (comments.segment_files, comments.read_documents, scan_documents, comments.SegmentRun,
                 profile_files):
        params = inspect.signature(func).parameters.values()
        assert not any(p.kind is p.VAR_KEYWORD for p in params), func
        assert {"batch_size", "text_col", "encoding_errors"} <= {p.name for p in params}, func
        assert inspect.signature(func).parameters["batch_size"].default == BATCH_SIZE, func
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name, parser in sub.choices.items():
        assert parser.get_default("batch_size") == BATCH_SIZE, name
    # … and one number of worker processes (every core)
    from comments.pipeline import JOBS

    for func in (comments.segment_files, comments.SegmentRun, profile_files):
        assert inspect.signature(func).parameters["jobs"].default == JOBS, func
    for name, parser in sub.choices.items():
        if parser.get_default("jobs") is not None:
            assert parser.get_default("jobs") == JOBS, name


def test_run_json_records_the_inputs_with_sizes_and_checksums(tmp_path):
    import hashlib

    from comments.cli import main
    from conftest import SEEDS

    table = tmp_path / "pages.csv"
    table.write_text("id,text\n1,A headline\n2,\n", encoding="utf-8")
    assert main(["profile", str(SEEDS), str(table), "-o", str(tmp_path / "out"), "-q"]) == 1
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    seeds, csv = run["inputs"]
    assert csv == {"path": str(table), "files": 1, "bytes": table.stat().st_size,
                   "sha256": hashlib.sha256(table.read_bytes()).hexdigest()}
    files = sorted([*SEEDS.glob("*.txt"), SEEDS / "metadata.csv"])
    assert (seeds["path"], seeds["files"], seeds["bytes"]) == (str(SEEDS), 6, sum(f.stat().st_size for f in files))
    assert len(seeds["sha256"]) == 64
    assert run["counts"]["documents_read"] == 6 and run["counts"]["documents_failed"] == 1


def test_markers_are_chosen_by_id_without_a_marker_file(tmp_path, capsys):
    from comments.cli import main
    from conftest import SEEDS

    assert main(["profile", str(SEEDS), "-o", str(tmp_path), "--marker-ids", "so_called,question", "-q"]) == 0
    columns = pl.read_parquet(tmp_path / "comments.parquet").columns
    assert [c for c in columns if c.startswith("m_")] == ["m_question", "m_so_called"]  # in the lexicon's order
    assert json.loads((tmp_path / "run.json").read_text())["parameters"]["markers"] == ["question", "so_called"]
    assert main(["profile", str(SEEDS), "-o", str(tmp_path), "--marker-ids", "nonsense", "-q"]) == 2
    assert capsys.readouterr().err.startswith("Error: unknown marker id(s) nonsense; the markers are ")
