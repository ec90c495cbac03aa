"""`comments stats` and analysis.stats: one row per site (or document) whose numbers agree with the profile tables."""

from __future__ import annotations

import json

import polars as pl
import pytest

from analysis.stats import (
    STATS_COLUMNS,
    StatsInputError,
    add_claims,
    columns_markdown,
    language_shares,
    load_profile_dir,
    marker_shares,
    render_stats,
    site_stats,
)

from conftest import SEED_SITES, SEEDS, run_cli


@pytest.fixture(scope="module")
def prof(seed_profiled):
    return seed_profiled


@pytest.fixture(scope="module")
def stats(prof):
    return site_stats(prof.documents, prof.comments, prof.threads)


@pytest.fixture(scope="module")
def profile_dir(seed_profile_dir):
    return seed_profile_dir


# ------------------------------------------------------------------------------------------- the table


def test_one_row_per_site_with_the_documented_columns(stats):
    assert stats.get_column("site").to_list() == SEED_SITES
    assert stats.columns == [c for c in STATS_COLUMNS if c != "doc_id"]
    for name, (dtype, _) in STATS_COLUMNS.items():
        if name in stats.columns:
            assert stats.schema[name] == getattr(pl, dtype), name


def test_counts_equal_the_profile_tables(stats, prof):
    threads = prof.threads.group_by("site").agg(
        docs=pl.len(),
        docs_with_section=pl.col("has_comment_section").sum(),
        docs_with_comments=(pl.col("n_comments") > 0).sum(),
        comments=pl.col("n_comments").sum(),
    )
    got = stats.select("site", "docs", "docs_with_section", "docs_with_comments", "comments")
    assert got.sort("site").equals(threads.sort("site").cast(got.schema))
    per_site = prof.comments.group_by("site").len()
    for site, n in per_site.iter_rows():
        assert stats.filter(pl.col("site") == site).get_column("comments").item() == n
    assert stats.get_column("docs").sum() == prof.documents.height == 5
    assert stats.get_column("comments").sum() == prof.comments.height == 9
    assert stats.get_column("comments_per_doc").to_list() == [0.0, 0.0, 5.0, 4.0]


def test_shares_are_the_comment_weighted_thread_shares(stats, prof):
    columns = ["reply_share", "dup_share", "dup_share_corpus", "near_dup_share", "near_dup_share_corpus",
               "quote_share", "engage_share"]
    weighted = (
        prof.threads.filter(pl.col("n_comments") > 0)
        .group_by("site")
        .agg(*((pl.col(c) * pl.col("n_comments")).sum() / pl.col("n_comments").sum() for c in columns))
    )
    for row in weighted.iter_rows(named=True):
        got = stats.filter(pl.col("site") == row["site"]).row(0, named=True)
        for c in columns:
            assert got[c] == pytest.approx(row[c]), (row["site"], c)
    # the seeds' known values
    by_site = {r["site"]: r for r in stats.iter_rows(named=True)}
    assert by_site["yournewswire.com"]["reply_share"] == 0.25
    assert by_site["yournewswire.com"]["near_dup_share"] == 0.5
    assert by_site["veteranstoday.com"]["words_median"] == 78.0
    assert by_site["yournewswire.com"]["words_median"] == 49.0


def test_sites_without_comments_have_null_statistics(stats):
    empty = stats.filter(pl.col("comments") == 0)
    assert empty.get_column("site").to_list() == ["sputniknews.com", "theduran.com"]
    for c in ["words_median", "reply_share", "dup_share", "quote_share", "top_markers", "languages"]:
        assert empty.get_column(c).null_count() == 2, c


def test_claim_columns_come_from_the_claim_overlap_columns(stats, prof):
    veterans = stats.filter(pl.col("site") == "veteranstoday.com").row(0, named=True)
    c = prof.comments.filter(pl.col("site") == "veteranstoday.com")
    assert veterans["quote_share"] == pytest.approx(c.get_column("quotes_article").mean())
    assert veterans["engage_share"] == pytest.approx(c.get_column("engages_claim").mean())
    assert veterans["engage_score_mean"] == pytest.approx(c.get_column("engage_score").mean())
    assert 0.0 < veterans["engage_score_mean"] < 1.0
    t = prof.threads.filter((pl.col("site") == "veteranstoday.com") & (pl.col("n_comments") > 0))
    assert veterans["claim_coverage"] == pytest.approx(
        t.get_column("n_claims_engaged").sum() / t.get_column("n_claim_sentences").sum()
    )


def test_without_claim_columns_the_claim_stats_are_null_and_add_claims_restores_them(stats, prof):
    claim_c = [c for c in ("longest_shared_run", "quoted_share", "quotes_article", "quoted_sentence_id",
                           "best_sentence_id", "best_similarity", "shared_terms", "engages_claim", "new_entities",
                           "n_new_entities", "drift") if c in prof.comments.columns]
    claim_t = [c for c in ("n_sentences", "n_claim_sentences", "quote_share", "engage_share", "n_claims_engaged",
                           "claim_coverage", "top_sentences", "quoted_share_mean", "drift_mean",
                           "new_entities_mean") if c in prof.threads.columns]
    old_c, old_t = prof.comments.drop(claim_c), prof.threads.drop(claim_t)
    bare = site_stats(prof.documents, old_c, old_t)
    assert bare.get_column("quote_share").null_count() == bare.height
    assert bare.get_column("claim_coverage").null_count() == bare.height
    assert bare.drop("quote_share", "engage_share", "claim_coverage").equals(
        stats.drop("quote_share", "engage_share", "claim_coverage"))
    new_c, new_t = add_claims(prof.documents, old_c, old_t)
    assert site_stats(prof.documents, new_c, new_t).equals(stats)


def test_top_markers_and_languages_follow_the_comment_shares(stats, prof):
    markers = [c for c in prof.comments.columns if c.startswith("m_")]
    for site in ("veteranstoday.com", "yournewswire.com"):
        c = prof.comments.filter(pl.col("site") == site)
        shares = {m[2:]: (c.get_column(m) > 0).mean() for m in markers}
        ranked = sorted((k for k, v in shares.items() if v > 0), key=lambda k: (-shares[k], k))[:3]
        expected = ", ".join(f"{k} {round(shares[k] * 100)}%" for k in ranked)
        assert stats.filter(pl.col("site") == site).get_column("top_markers").item() == expected
        assert stats.filter(pl.col("site") == site).get_column("languages").item() == "en 100%"


def test_long_tables_of_markers_and_languages(prof):
    long = marker_shares(prof.comments, prof.threads)
    n_markers = len([c for c in prof.comments.columns if c.startswith("m_")])
    assert long.height == 2 * n_markers  # the two sites with comments
    assert long.filter(pl.col("share") > 1).height == 0
    langs = language_shares(prof.comments, prof.threads)
    assert langs.rows() == [("veteranstoday.com", "en", 5, 1.0), ("yournewswire.com", "en", 4, 1.0)]


def test_by_doc_matches_the_threads_table(prof):
    per_doc = site_stats(prof.documents, prof.comments, prof.threads, by="doc")
    assert per_doc.columns == list(STATS_COLUMNS)
    assert sorted(per_doc.get_column("doc_id").to_list()) == sorted(prof.threads.get_column("doc_id").to_list())
    joined = per_doc.join(prof.threads, on="doc_id", suffix="_t")
    assert (joined.get_column("comments") == joined.get_column("n_comments")).all()
    for c in ("reply_share", "dup_share", "near_dup_share", "words_median", "quote_share", "engage_share",
              "claim_coverage"):
        a, b = joined.get_column(c).to_list(), joined.get_column(c if c + "_t" not in joined.columns else c + "_t")
        assert [x if x is None else pytest.approx(x) for x in b.to_list()] == a, c


def test_threads_table_is_optional(prof, stats):
    assert site_stats(prof.documents, prof.comments).drop("claim_coverage").equals(stats.drop("claim_coverage"))


def test_unknown_site_is_one_null_row(prof):
    docs = prof.documents.with_columns(site=pl.lit(None, pl.String))
    threads = prof.threads.with_columns(site=pl.lit(None, pl.String))
    out = site_stats(docs, prof.comments, threads)
    assert out.height == 1 and out.get_column("site").item() is None
    assert out.get_column("comments").item() == 9


def test_bad_arguments_are_named(prof):
    with pytest.raises(StatsInputError, match="by must be"):
        site_stats(prof.documents, prof.comments, prof.threads, by="author")
    with pytest.raises(StatsInputError, match="lacks column"):
        site_stats(prof.documents, prof.comments.drop("n_words"), prof.threads)


# ------------------------------------------------------------------------------------------- files and text


def test_profile_directory_round_trip(profile_dir, stats):
    documents, comments_table, threads = load_profile_dir(profile_dir)
    assert site_stats(documents, comments_table, threads).equals(stats)
    with pytest.raises(StatsInputError, match="run.json"):
        load_profile_dir(SEEDS)


def test_stats_and_figures_read_a_profile_without_its_texts(profile_dir, prof, stats):
    # `comments stats` and `comments figures` read only the columns they use (a large corpus's texts would not
    # fit in memory): the same numbers as from the whole tables, from a folder and from raw pages.
    from analysis.run import open_profiles
    from analysis.stats import marker_columns
    from figures.tables import tables

    for lean in (open_profiles(profile_dir, summary=True), open_profiles(SEEDS, summary=True)):
        assert "text" not in lean.comments.columns and "body" not in lean.documents.columns
        assert lean.comments.height == prof.comments.height == 9 and lean.claims.height == 0
        assert marker_columns(lean.comments) == marker_columns(prof.comments) != []
        assert site_stats(lean.documents, lean.comments, lean.threads).equals(stats)
        assert site_stats(lean.documents, lean.comments, lean.threads, by="doc").equals(
            site_stats(prof.documents, prof.comments, prof.threads, by="doc"))
        assert marker_shares(lean.comments, lean.threads).equals(marker_shares(prof.comments, prof.threads))
    folder = tables(str(profile_dir))  # the figures stream the comments from their file
    assert isinstance(folder.comments, pl.LazyFrame) and "text" not in folder.comments.collect_schema().names()
    with pytest.raises(StatsInputError, match="run.json"):
        tables(str(SEEDS))
    # `comments stats FOLDER` streams the comments from their file (any corpus size): the same table
    from analysis.stats import scan_profile_dir

    documents, scanned, threads, run = scan_profile_dir(profile_dir)
    assert documents is None and isinstance(scanned, pl.LazyFrame) and run["manifest"]["comments"]["rows"] == 9
    assert site_stats(None, scanned, threads).equals(stats)
    assert site_stats(None, scanned, threads, by="doc").equals(site_stats(prof.documents, prof.comments,
                                                                          prof.threads, by="doc"))
    assert scan_profile_dir(SEEDS) is None  # raw pages: profiled first


def test_render_markdown_latex_and_terminal_table(stats):
    md = render_stats(stats, "markdown").splitlines()
    assert md[0].startswith("| site | docs |") and md[1].startswith("|---")
    assert len(md) == 2 + stats.height
    tex = render_stats(stats, "latex")
    assert tex.startswith("\\begin{tabular}{l") and "\\toprule" in tex and tex.rstrip().endswith("\\end{tabular}")
    assert "docs\\_with\\_comments" in tex and "80\\%" in tex and "--" in tex
    table = render_stats(stats, "table", width=100)
    blocks = table.strip().split("\n\n")
    assert len(blocks) > 1
    for block in blocks:
        lines = block.splitlines()
        assert len(lines) == 2 + stats.height
        assert all(len(line) <= 100 for line in lines) or len(lines[0].split("|")) <= 4
        assert lines[0].startswith("| site ")
    assert render_stats(stats, "table", width=10_000).count("\n\n") == 0


def test_columns_section_lists_every_column():
    text = columns_markdown()
    for name in STATS_COLUMNS:
        assert f"| `{name}` |" in text


# ------------------------------------------------------------------------------------------- command line


def test_cli_stats_on_seeds_prints_a_row_per_site(capsys):
    assert run_cli(["stats", str(SEEDS)]) == 0
    out, err = capsys.readouterr()
    for site in SEED_SITES:
        assert site in out
    assert out.startswith("| site ")
    assert "read 5 documents" in err and "4 sites, 9 comments" in err


def test_cli_stats_csv_and_json_equal_the_library(capsys, profile_dir, stats):
    assert run_cli(["stats", str(profile_dir), "--format", "csv", "-q"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    table = pl.read_csv(out.encode(), schema=stats.schema)
    assert table.equals(stats)
    # raw pages: profiled into a temporary folder, then the same streaming read
    assert run_cli(["stats", str(SEEDS), "--format", "csv", "-q"]) == 0
    assert pl.read_csv(capsys.readouterr().out.encode(), schema=stats.schema).equals(stats)
    assert run_cli(["stats", str(profile_dir), "--format", "json", "-q", "--by", "doc"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5 and set(rows[0]) == set(STATS_COLUMNS)


def test_cli_stats_latex_to_a_file(tmp_path, profile_dir, stats):
    out = tmp_path / "table.tex"
    assert run_cli(["stats", str(profile_dir), "--format", "latex", "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8") == render_stats(stats, "latex")


def test_cli_stats_rejects_mixed_inputs(capsys, profile_dir):
    assert run_cli(["stats", str(profile_dir), str(SEEDS)]) == 2
    assert "not both" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------- CLI gaps


def test_stats_without_any_document_prints_an_empty_table(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe\x00b\x00i\x00n")  # UTF-16: not read
    assert run_cli(["stats", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("| site | docs | docs_with_section |") and "Traceback" not in err
    assert all(line.startswith(("| site ", "|---", "|------")) or not line for line in out.splitlines())
    assert "0 sites, 0 comments" in err
    assert run_cli(["stats", str(tmp_path), "--format", "json", "-q"]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_stats_and_figures_choose_sites(profile_dir, tmp_path, capsys):
    assert run_cli(["stats", str(profile_dir), "--max-sites", "1", "--format", "csv", "-q"]) == 0
    assert pl.read_csv(capsys.readouterr().out.encode())["site"].to_list() == ["veteranstoday.com"]
    assert run_cli(["stats", str(profile_dir), "--sites", "theduran.com,yournewswire.com", "--format", "csv",
                    "-q"]) == 0
    assert pl.read_csv(capsys.readouterr().out.encode())["site"].to_list() == ["theduran.com", "yournewswire.com"]
    assert run_cli(["stats", str(profile_dir), "--by", "doc", "--sites", "sputniknews.com", "--format", "csv",
                    "-q"]) == 0
    assert pl.read_csv(capsys.readouterr().out.encode())["doc_id"].to_list() == [
        "002_76989a7a395f7c04", "004_064e299d1ab2197b"]
    out = tmp_path / "figs"
    assert run_cli(["figures", str(profile_dir), "-o", str(out), "--only", "comment_lengths", "--format", "svg",
                    "--sites", "yournewswire.com", "-q"]) == 0
    svg = (out / "comment_lengths.svg").read_text(encoding="utf-8")
    assert "yournewswire.com" in svg and "veteranstoday.com" not in svg
