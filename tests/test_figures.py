"""figures/ and `comments figures`: every figure draws from the profile tables, at print size, in valid and
byte-identical PDF, PNG and SVG files.  The figures are plain matplotlib Figures (no pyplot), so no backend is
needed; the second run is a subprocess with the Agg backend."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import polars as pl
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

import analysis
import figures
from figures import style

from conftest import ROOT, run_cli

WIDTHS = {
    "comment_lengths": style.SINGLE, "comments_per_thread": style.SINGLE, "marker_heatmap": style.DOUBLE,
    "repetition": style.DOUBLE, "claim_overlap": style.SINGLE, "language_mix": style.SINGLE,
}
MAGIC = {"pdf": b"%PDF-", "png": b"\x89PNG\r\n\x1a\n"}


@pytest.fixture(scope="module")
def prof(seed_profiled):
    return seed_profiled


@pytest.fixture(scope="module")
def profile_dir(seed_profile_dir):
    return seed_profile_dir


@pytest.fixture(scope="module")
def written(prof, tmp_path_factory):
    out = tmp_path_factory.mktemp("figures")
    return out, figures.write_figures(prof, out, ["pdf", "png", "svg"])


def visible_texts(fig: Figure) -> list[Text]:
    fig.canvas.draw()  # lay out, so that tick labels exist
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


@pytest.mark.parametrize("name", list(figures.FIGURES))
def test_each_figure_is_a_function_returning_a_print_size_figure(name, prof):
    fig = figures.FIGURES[name](prof)
    assert isinstance(fig, Figure)
    width, height = fig.get_size_inches()
    assert width == pytest.approx(WIDTHS[name])
    assert 1.0 < height <= style.MAX_HEIGHT
    texts = visible_texts(fig)
    assert texts
    small = [(t.get_text(), t.get_fontsize()) for t in texts if t.get_fontsize() < style.SMALL_SIZE]
    assert not small, small
    labels = " ".join(t.get_text() for t in texts)
    assert "veteranstoday.com" in labels and "yournewswire.com" in labels  # the sites with comments


def test_figures_take_profiles_a_tuple_tables_or_a_directory(prof, profile_dir):
    forms = [prof, (prof.documents, prof.comments, prof.threads), str(profile_dir)]
    drawn = [figures.language_mix(f) for f in forms]
    drawn.append(figures.language_mix(prof.documents, prof.comments, prof.threads))
    sizes = {tuple(f.get_size_inches()) for f in drawn}
    assert len(sizes) == 1


def test_comments_per_thread_shows_every_site(prof):
    labels = [t.get_text() for t in figures.comments_per_thread(prof).axes[0].get_yticklabels()]
    assert labels == ["sputniknews.com", "theduran.com", "veteranstoday.com", "yournewswire.com"]


def test_sites_can_be_chosen_and_ordered(prof):
    fig = figures.repetition(prof, sites=["yournewswire.com", "veteranstoday.com"])
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["yournewswire.com", "veteranstoday.com"]


def test_figures_render_without_comments_and_with_one_site(prof):
    no_comments = prof.comments.head(0)
    threads = prof.threads.with_columns(n_comments=pl.lit(0, pl.UInt32))
    for name, draw in figures.FIGURES.items():
        fig = draw(prof.documents, no_comments, threads)
        texts = " ".join(t.get_text() for t in visible_texts(fig))
        if name != "comments_per_thread":
            assert "no comments" in texts, name
    one = prof.comments.filter(pl.col("site") == "yournewswire.com")
    for draw in figures.FIGURES.values():
        assert "yournewswire.com" in " ".join(t.get_text() for t in visible_texts(draw(prof.documents, one, None)))


def test_claim_figure_says_when_claim_columns_are_missing(prof):
    bare = prof.comments.drop("quotes_article", "engages_claim")
    threads = prof.threads.drop("n_claim_sentences", "n_claims_engaged")
    texts = " ".join(t.get_text() for t in visible_texts(figures.claim_overlap(prof.documents, bare, threads)))
    assert "no claim-overlap columns" in texts


def test_files_exist_and_are_valid(written):
    _, files = written
    assert [p.name for p in files] == [f"{n}.{f}" for n in figures.FIGURES for f in ("pdf", "png", "svg")]
    for path in files:
        data = path.read_bytes()
        fmt = path.suffix[1:]
        if fmt == "svg":
            root = ET.fromstring(data)
            assert root.tag == "{http://www.w3.org/2000/svg}svg"
            assert b"<dc:date>" not in data
        else:
            assert data.startswith(MAGIC[fmt]), path
        if fmt == "pdf":
            assert data.rstrip().endswith(b"%%EOF")
            assert b"/FontFile2" in data and b"/Subtype /Type3" not in data  # TrueType fonts embedded
            assert b"/CreationDate" not in data and b"comments-toolkit figures" in data
        if fmt == "png":
            from PIL import Image

            with Image.open(path) as im:
                im.verify()
            with Image.open(path) as im:
                assert im.size[0] == round(WIDTHS[path.stem] * 300)
                assert im.info.get("Software") == "comments-toolkit figures"


def test_two_runs_give_identical_files(written, profile_dir, tmp_path):
    """The second run is another process (another hash seed), from the profile directory."""
    _, files = written
    again = tmp_path / "again"
    code = ("import sys, matplotlib; matplotlib.use('Agg'); import figures; "
            "figures.write_figures(sys.argv[1], sys.argv[2], ['pdf', 'png', 'svg'])")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
           "PYTHONHASHSEED": "123"}
    subprocess.run([sys.executable, "-c", code, str(profile_dir), str(again)], check=True, env=env, cwd=ROOT)
    for path in files:
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_style_is_set_for_print():
    assert style.RC["pdf.fonttype"] == 42 and style.RC["ps.fonttype"] == 42
    assert style.RC["svg.hashsalt"]
    assert style.PALETTE[:3] == ["#E69F00", "#56B4E9", "#009E73"]
    assert min(v for k, v in style.RC.items() if k.endswith("size") and isinstance(v, (int, float))
               and "tick.m" not in k) >= style.SMALL_SIZE >= 7
    assert style.width("single") == 3.3 and style.width("double") == 7.0


def test_cli_figures_writes_and_lists_the_files(tmp_path, profile_dir, capsys):
    out = tmp_path / "figs"
    assert run_cli(["figures", str(profile_dir), "-o", str(out), "--format", "png",
                    "--only", "marker_heatmap,language_mix"]) == 0
    err = capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["language_mix.png", "marker_heatmap.png"]
    for p in out.iterdir():
        assert str(p) in err
    assert run_cli(["figures", str(profile_dir), "-o", str(out), "--format", "gif"]) == 2
    assert "--format" in capsys.readouterr().err
    assert run_cli(["figures", str(profile_dir), "-o", str(out), "--only", "pie"]) == 2


def test_figures_draw_into_the_users_grid(prof):
    """``ax=``: every figure draws into an axes of the user's own figure and returns that figure; nothing else
    is created, and the sites are rows of the given axes."""
    fig = Figure(figsize=(10, 9), layout="constrained")
    grid = fig.subplots(3, 2)
    for ax, (name, draw) in zip(grid.flat, figures.FIGURES.items()):
        assert draw(prof, ax=ax) is fig, name
    assert tuple(fig.get_size_inches()) == (10, 9)
    first = grid.flat[0]
    assert [t.get_text() for t in first.get_yticklabels()] == ["veteranstoday.com", "yournewswire.com"]
    assert "2 sites without comments not shown" in [t.get_text() for t in visible_texts(fig)]
    # repetition splits its cell into its two panels (the given axes is replaced)
    assert grid.flat[3] not in fig.axes
    titles = {ax.get_title(loc="left") for ax in fig.axes}
    assert {"exact duplicates", "near-duplicates"} <= titles
    fig.savefig(io.BytesIO(), format="png", dpi=50)


def test_repetition_takes_two_axes(prof):
    fig = Figure()
    left, right = fig.subplots(1, 2)
    assert figures.repetition(prof, ax=(left, right)) is fig
    assert (left.get_title(loc="left"), right.get_title(loc="left")) == ("exact duplicates", "near-duplicates")
    with pytest.raises(ValueError, match="one axes or two"):
        figures.repetition(prof, ax=[left])


@pytest.fixture(scope="module")
def many_sites():
    """29 sites, one page each: site k has k + 1 comments, and big.example 350 comments."""
    from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA

    sites = [f"site{k:02d}.example" for k in range(28)] + ["big.example"]
    sizes = [k + 1 for k in range(28)] + [350]
    docs = pl.DataFrame({"doc_id": [f"d{i}" for i in range(len(sites))], "site": sites, "title": "A title",
                         "body": "Some article text here.", "has_comment_section": True})
    rows = [{"doc_id": f"d{i}", "site": s, "comment_id": j + 1, "depth": 0, "text": "word " * (j % 40 + 1),
             "has_text": True, "start_line": j + 1, "end_line": j + 1}
            for i, (s, n) in enumerate(zip(sites, sizes)) for j in range(n)]

    def complete(frame: pl.DataFrame, schema: dict) -> pl.DataFrame:
        missing = [pl.lit(None, dtype=t).alias(c) for c, t in schema.items() if c not in frame.columns]
        return frame.with_columns(*missing).select(list(schema)).cast(schema)

    return analysis.profile(complete(docs, DOCUMENTS_SCHEMA), complete(pl.DataFrame(rows), COMMENTS_SCHEMA))


def test_comment_lengths_caps_the_sites_and_says_what_the_dots_are(many_sites):
    fig = figures.comment_lengths(many_sites)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 13 and labels[-1] == "17 other sites" and "big.example" in labels
    assert fig.get_size_inches()[1] < 5.5  # not 9 inches for 29 sites
    counts = [t.get_text() for t in fig.axes[0].child_axes[0].get_yticklabels()] if ax.child_axes else []
    assert counts[-1] == f"{sum(range(1, 18)):,}"  # the 17 smallest sites: 1 + 2 + … + 17 comments
    texts = " ".join(t.get_text() for t in visible_texts(fig)).replace("\n", " ")
    assert "the 17 sites with fewest comments share the last row" in texts
    assert "a dot per comment in rows of up to 300 comments; larger rows: density only" in texts
    every = figures.comment_lengths(many_sites, max_sites=None)
    assert len(every.axes[0].get_yticklabels()) == 29


def test_write_figures_keeps_each_figures_own_site_cap(many_sites, tmp_path):
    figures.write_figures(many_sites, tmp_path, ["svg"], names=["comment_lengths", "language_mix"])
    svg = (tmp_path / "comment_lengths.svg").read_text(encoding="utf-8")
    assert "17 other sites" in svg
    assert "site00.example" in (tmp_path / "language_mix.svg").read_text(encoding="utf-8")  # 30 sites: all 29
