"""Properties of segmentation over random pages and tables (hypothesis), and a bounded fuzz of the readers
(issue 11): whatever the input, every non-blank line gets exactly one label, comment spans are disjoint and
inside their document, and the output does not depend on batch size, job count or input order."""

from __future__ import annotations

import polars as pl
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from comments import segment_frame  # noqa: E402
from comments.readers import read_documents  # noqa: E402

# Lines a scraped page is made of: article prose, headers, list items, UI, blank lines, junk.
LINE = st.one_of(
    st.sampled_from([
        "", "   ", "Council Approves New Budget for City Parks", "By Jane Reporter | March 3, 2017",
        "The city council voted on Tuesday to approve a new budget for the parks department.",
        "Jane says:", "July 10, 2012 at 1:26 am", "Reply", "1. This is a waste of money, I think.",
        "  • Finally some good news for families here.", "Posted by: Bob | March 4, 2017 at 08:45 AM",
        "Leave a Reply", "Related: Other story", "[avatar]", "Joined: Aug 24, 2006", "Messages: 2,287",
        "ann_k", "Senior Member", "3 Comments", "Share this: Facebook Twitter",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=80),
)
PAGE = st.lists(LINE, max_size=40).map("\n".join)
# derandomize: the same examples on every run, so CI is never red by chance (the examples still
# cover the strategies; run with --hypothesis-seed=random locally to look further)
SETTINGS = dict(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _check(seg, docs: pl.DataFrame) -> None:
    texts = dict(zip(docs["doc_id"], docs["text"]))
    lines = seg.lines
    for doc_id, text in texts.items():
        got = lines.filter(pl.col("doc_id") == doc_id)
        n = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        assert got["line_no"].to_list() == list(range(1, n + 1))  # every line once, in order
        # blank: only Unicode white space (Python's str.isspace also counts the control characters
        # \x1c-\x1f, which are not white space)
        parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        blank = pl.Series(parts, dtype=pl.String).str.contains(r"^\s*$").to_list()
        labels = got["label"].to_list()
        assert all((lab is None) == b for lab, b in zip(labels, blank))  # non-blank lines labelled, blank not
    comments = seg.comments
    for doc_id, spans in comments.group_by("doc_id"):
        spans = spans.sort("start_line")
        n = lines.filter(pl.col("doc_id") == doc_id[0]).height
        assert (spans["start_line"] >= 1).all() and (spans["end_line"] <= n).all()
        assert (spans["start_line"] <= spans["end_line"]).all()
        assert (spans["start_line"].shift(-1).fill_null(n + 1) > spans["end_line"]).all()  # disjoint


@settings(**SETTINGS)
@given(st.lists(PAGE, min_size=1, max_size=6))
def test_every_line_labelled_once_and_comment_spans_disjoint(pages):
    docs = pl.DataFrame({"doc_id": [f"d{i}" for i in range(len(pages))], "text": pages})
    _check(segment_frame(docs), docs)


@settings(**SETTINGS)
@given(st.lists(PAGE, min_size=2, max_size=6), st.randoms(use_true_random=False))
def test_output_does_not_depend_on_input_order(pages, rnd):
    docs = pl.DataFrame({"doc_id": [f"d{i}" for i in range(len(pages))], "text": pages})
    order = list(range(len(pages)))
    rnd.shuffle(order)
    a = segment_frame(docs)
    b = segment_frame(docs[order])
    key = ["doc_id", "line_no"]
    assert a.lines.sort(key).equals(b.lines.select(a.lines.columns).sort(key))
    assert a.comments.sort("doc_id", "comment_id").equals(b.comments.sort("doc_id", "comment_id"))


@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(PAGE, min_size=3, max_size=8), st.integers(1, 3))
def test_output_does_not_depend_on_batch_size_and_is_idempotent(tmp_path, pages, batch):
    from comments import segment_files

    path = tmp_path / "pages.csv"
    pl.DataFrame({"id": [str(i) for i in range(len(pages))], "text": pages}).write_csv(path)
    whole = segment_files([path], batch_size=10_000, jobs=1)
    cut = segment_files([path], batch_size=batch, jobs=1)
    again = segment_files([path], batch_size=batch, jobs=1)
    for table in ("lines", "comments", "documents"):
        assert getattr(whole, table).equals(getattr(cut, table)), table
        assert getattr(cut, table).equals(getattr(again, table)), table


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000), st.sampled_from(["pages.csv", "pages.tsv", "pages.jsonl", "page.txt"]))
def test_readers_survive_any_bytes(tmp_path, data, name):
    # Fuzz: any bytes in any format give documents and/or error rows, never an exception.
    path = tmp_path / name
    path.write_bytes(data)
    docs, errors = read_documents([path])
    assert docs.height + errors.height >= 1 or not data.strip()
    if docs.height:
        seg = segment_frame(docs.select("doc_id", "text"))
        assert seg.documents.height == docs.height
