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


@pytest.mark.parametrize("command", ["profile", "stats"])
def test_help_gives_the_thresholds_the_library_uses(capsys, command):
    # (the CLI does not import analysis to build its help: the defaults are written out, and must be the library's)
    from analysis import claims, neardup

    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = "".join(capsys.readouterr().out.split())  # (argparse wraps lines, also after a hyphen)
    assert f"engagesanarticlesentence(default{claims.THRESHOLD}" in out
    assert f"near-duplicates(default{neardup.THRESHOLD}" in out


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "segment" in capsys.readouterr().err


# ------------------------------------------------------------------------------------- user cue files, jobs

DATA = Path(__file__).resolve().parent / "data"


def test_user_cue_file_teaches_a_new_comment_system(capsys):
    """A page of a made-up comment system ('[[ name ]] N votes' headers): no comments with the built-in cues,
    its three comments and their authors with the user's cue file (``--cues``, and ``cues=`` in the library)."""
    page = DATA / "bracket_votes_page.txt"
    argv = ["segment", str(page), "--format", "csv", "--table", "comments", "-q"]
    assert main(argv) == 0
    assert pl.read_csv(capsys.readouterr().out.encode()).height == 0
    assert main([*argv, "--cues", str(DATA / "user_cues.toml")]) == 0
    found = pl.read_csv(capsys.readouterr().out.encode())
    assert found.select("comment_id", "author", "start_line", "end_line").rows() == [
        (1, "marta_k", 10, 11), (2, "bob1975", 13, 14), (3, "lena.s", 16, 17),
    ]
    import comments

    seg = comments.segment(page.read_text(encoding="utf-8"), cues=[str(DATA / "user_cues.toml")])
    assert seg.comments["author"].to_list() == ["marta_k", "bob1975", "lena.s"]


def test_a_malformed_cue_file_is_bad_usage(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[header]]\nid = "x"\nsource = "me"\npatterns = ["(unclosed"]\n', encoding="utf-8")
    assert main(["segment", str(SEEDS), "--cues", str(bad), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error:") and "bad.toml" in err and "Traceback" not in err


def test_worker_processes_give_the_same_output(capsys):
    """``--jobs 2`` (batches of 2 documents: 3 batches segmented in 2 worker processes) writes the same bytes as
    one process."""
    assert main(["segment", str(SEEDS), "--batch-size", "2", "-j", "1", "-q"]) == 0
    one = capsys.readouterr().out
    assert main(["segment", str(SEEDS), "--batch-size", "2", "-j", "2", "-q"]) == 0
    assert capsys.readouterr().out == one
    assert [json.loads(line)["doc_id"] for line in one.splitlines()] == sorted(p.stem for p in SEEDS.glob("*.txt"))


# ------------------------------------------------------------------------------------- one way to fail


@pytest.mark.parametrize("argv, message", [
    (["segment", "seeds/", "-j", "0"], "argument -j/--jobs: must be at least 1, got 0"),
    (["segment", "seeds/", "-j", "-1"], "argument -j/--jobs: must be at least 1, got -1"),
    (["segment", "seeds/", "--batch-size", "0"], "argument --batch-size: must be at least 1, got 0"),
    (["figures", "seeds/", "-o", "out", "--dpi", "0"], "argument --dpi: must be at least 1, got 0"),
    (["stats", "seeds/", "--top", "-2"], "argument --top: must be 0 or more, got -2"),
    (["stats", "seeds/", "--top", "many"], "argument --top: must be a whole number, got 'many'"),
])
def test_impossible_numbers_are_refused_with_a_message(argv, message, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_a_value_out_of_range_is_bad_usage(tmp_path, capsys):
    assert main(["profile", str(SEEDS), "-o", str(tmp_path), "--claim-threshold", "2", "-q"]) == 2
    err = capsys.readouterr().err
    assert err == "Error: claim_threshold must be in [0, 1], got 2.0\n"


def test_a_bug_is_reported_as_a_bug_not_as_bad_usage(monkeypatch, capsys):
    """An exception the toolkit did not raise on purpose (here a ValueError from deep inside) exits 3 with its
    traceback and says it is a bug; before, every ValueError was 'bad usage'."""
    import analysis.stats

    def broken(*args, **kwargs):
        raise ValueError("an internal mistake")

    monkeypatch.setattr(analysis.stats, "site_stats", broken)
    assert main(["stats", str(SEEDS), "-q"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" in err and "ValueError: an internal mistake" in err
    assert "internal error: this is a bug" in err
    assert not any(line.startswith("Error:") for line in err.splitlines())


def test_library_errors_are_one_family():
    import analysis
    import comments
    from comments.errors import CommentsError, InputError, UsageError
    from comments.evaluate import EvaluationError, GoldFormatError

    for cls in (InputError, UsageError, GoldFormatError, EvaluationError, analysis.ProfileInputError,
                analysis.ProfileOutputError):
        assert issubclass(cls, CommentsError) and issubclass(cls, ValueError), cls
    assert comments.InputError is InputError
    with pytest.raises(InputError, match="does not exist"):
        comments.segment_files("no/such/dir")
    with pytest.raises(UsageError, match="jobs must be at least 1"):
        comments.segment_files(SEEDS, jobs=0)


def test_every_table_is_drawn_by_one_renderer(capsys, monkeypatch):
    """``comments stats``, ``segment --format table`` and the ``evaluate`` report draw their tables with
    ``comments.output.text_table``: pipe tables, numbers right-aligned, null as an en dash."""
    from analysis.stats import render_stats
    from comments.output import render, text_table

    frame = pl.DataFrame({"site": ["a.com", None], "share": [0.25, None], "n": [1200, 3]})
    expected = "\n".join([
        "| site  | share |     n |",
        "|-------|------:|------:|",
        "| a.com | 0.250 | 1,200 |",
        "| –     |     – |     3 |",
    ]) + "\n"
    assert text_table(frame) == render(frame, "table") == render_stats(frame, "table") == expected
    monkeypatch.setenv("COLUMNS", "200")  # the terminal's width: one block of columns
    assert main(["segment", str(SEEDS), "--format", "table", "--table", "comments", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("| doc_id ") and lines[1].startswith("|---")
    assert lines[2].startswith("| 000_5a822adfc088c116 | veteranstoday.com |          1 |         – |     0 |")
    assert main(["evaluate", "--gold", str(SEEDS / "gold.jsonl"), str(SEEDS), "-q"]) == 0
    report = capsys.readouterr().out.splitlines()
    assert "| label       | precision | recall |     f1 | gold words | predicted words |" in report


def test_an_error_line_names_the_path_once(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"Headline\n\nsome text \xff\xfe broken bytes\n")
    table = tmp_path / "t.csv"
    table.write_text("id,text\n1,some text of a page\n1,again\n2,\n", encoding="utf-8")
    assert main(["segment", str(tmp_path / "bad.txt"), str(table), "--format", "csv"]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith(("error:", "warning:"))]
    assert lines == [
        f"error: {tmp_path / 'bad.txt'}: invalid UTF-8 at byte 20; fix the file or rerun with --encoding-errors "
        "replace",
        f"warning: {table} row 2: duplicate doc_id '1'; document kept as '1#2'",
        f"error: {table} row 3: no text (column 'text' is empty) (doc 2)",
    ]


def test_limit_and_sample_try_a_big_corpus_quickly(capsys):
    assert main(["segment", str(SEEDS), "--limit", "2"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["000_5a822adfc088c116",
                                                                         "001_d24af7c00431189a"]
    assert "read 2 documents, segmented 2, failed 0" in err
    assert main(["stats", str(SEEDS), "--sample", "3", "--seed", "1", "--format", "csv", "--by", "doc"]) == 0
    out, err = capsys.readouterr()
    assert sorted(pl.read_csv(out.encode())["doc_id"].to_list()) == [
        "000_5a822adfc088c116", "002_76989a7a395f7c04", "004_064e299d1ab2197b"]
    assert "read 5 documents, sampled 3, segmented 3, failed 0" in err
    with pytest.raises(SystemExit):
        main(["segment", str(SEEDS), "--limit", "2", "--sample", "2"])
    assert "not allowed with argument --limit" in capsys.readouterr().err


def test_a_dash_reads_one_page_from_standard_input(monkeypatch, capsys):
    import io

    page = (SEEDS / "001_d24af7c00431189a.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page), encoding="utf-8"))
    assert main(["segment", "-", "--format", "csv", "--table", "comments"]) == 0
    out, err = capsys.readouterr()
    comments = pl.read_csv(out.encode())
    assert comments["doc_id"].unique().to_list() == ["stdin"] and comments.height == 4
    assert "read 1 documents, segmented 1, failed 0" in err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    assert main(["segment", "-", "-q"]) == 1


def test_progress_in_a_log_is_a_line_every_few_seconds(tmp_path, monkeypatch, capsys):
    """stderr is not a terminal here: progress lines (every COMMENTS_PROGRESS_SECONDS; 0 = every update) count
    the documents segmented, with the share of the input and the time left, then the profiling steps."""
    monkeypatch.setenv("COMMENTS_PROGRESS_SECONDS", "0")
    assert main(["profile", str(SEEDS), "-o", str(tmp_path), "--batch-size", "2", "-j", "1"]) == 0
    err = capsys.readouterr().err.splitlines()
    segmenting = [line for line in err if line.startswith("segmenting: ")]
    assert [line.split(",")[0] for line in segmenting] == [
        "segmenting: 2 documents", "segmenting: 4 documents", "segmenting: 5 documents"]
    shares = [int(line.split(", ")[3].rstrip("%")) for line in segmenting]
    assert shares[0] < shares[1] < shares[2] == 99 and all(line.endswith(" s left") for line in segmenting)
    assert [line for line in err if line.startswith("profiling: ")] == [
        "profiling: 1/4 duplicates", "profiling: 2/4 near-duplicates", "profiling: 3/4 authors",
        "profiling: 4/4 tables"]
    monkeypatch.setenv("COMMENTS_PROGRESS_SECONDS", "3600")  # a short run in a log: no progress lines
    assert main(["segment", str(SEEDS), "-o", str(tmp_path / "s.jsonl")]) == 0
    assert capsys.readouterr().err.startswith("read 5 documents, segmented 5, failed 0")


def test_encoding_errors_replace_says_how_many_documents_had_bytes_replaced(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("A headline\n\nPlain text of a page.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"A headline\n\nsome text \xff\xfe broken bytes\n")
    assert main(["segment", str(tmp_path), "--encoding-errors", "replace", "-o", str(tmp_path / "out.jsonl")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("read 2 documents (1 with bytes that were not UTF-8 replaced by U+FFFD), segmented 2, ")
    assert main(["segment", str(tmp_path / "good.txt"), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "U+FFFD" not in capsys.readouterr().err  # strict: nothing replaced, nothing said
