"""The command line: exit codes, output on stdout, messages on stderr, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from comments.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_segment_jsonl_matches_gold(capsys):
    assert main(["segment", str(SEEDS)]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    gold = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text().splitlines()]
    assert records == gold
    assert "read 5 documents, segmented 5, failed 0" in err


def test_segment_csv_comments_table(capsys):
    assert main(["segment", str(SEEDS), "--format", "csv", "--table", "comments", "-q"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("doc_id,site,comment_id,parent_id,depth,author,posted_at,text")
    assert err == ""
    assert len(pl.read_csv(out.encode()).filter(pl.col("doc_id") == "000_5a822adfc088c116")) == 5


def test_segment_parquet_lines_table(tmp_path):
    out = tmp_path / "lines.parquet"
    assert main(["segment", str(SEEDS), "--format", "parquet", "-o", str(out), "-q"]) == 0
    lines = pl.read_parquet(out)
    assert lines.columns == ["doc_id", "line_no", "label", "comment_id"]
    assert lines.filter(pl.col("doc_id") == "000_5a822adfc088c116").height == 53


def test_bad_file_is_reported_and_the_rest_still_segmented(tmp_path, capsys):
    (tmp_path / "good.txt").write_text((SEEDS / "000_5a822adfc088c116.txt").read_text(encoding="utf-8"))
    (tmp_path / "bad.txt").write_bytes(b"Headline\n\nsome text \xff\xfe broken bytes\n")
    (tmp_path / "empty.txt").write_text("")
    assert main(["segment", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["good"]
    assert "bad.txt" in err and "empty.txt" in err
    assert "read" in err and "failed 2" in err
    assert "Traceback" not in err


def test_missing_path_is_a_one_line_error(capsys):
    assert main(["segment", "no/such/dir"]) == 2
    _, err = capsys.readouterr()
    assert err.startswith("Error:") and "no/such/dir" in err
    assert "Traceback" not in err


def test_evaluate_seeds_reports_perfect_scores(capsys):
    assert main(["evaluate", "--gold", str(SEEDS / "gold.jsonl"), str(SEEDS), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert all(row["f1"] == 1.0 for row in report["labels"])
    assert report["summary"]["title_accuracy"] == 1.0


def test_help_shows_examples(capsys):
    with pytest.raises(SystemExit):
        main(["segment", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "comments segment seeds/" in out


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "segment" in capsys.readouterr().err
