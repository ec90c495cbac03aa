"""trafilatura on the WCXB pages' HTML, scored like the segmenter (a yardstick, not a test).

    pip install trafilatura lxml_html_clean
    python -m training.trafilatura_baseline

trafilatura (default settings, comments excluded) extracts the main text and title of
each page from its HTML; the main text is scored as ``training.metrics`` scores the
segmenter's body (bag-of-words F1 against the gold main content, macro over pages) and
the title by the same 80% word overlap.  Per page type, over the pages the segmenter is
scored on (the converters kept their main content).
"""

from __future__ import annotations

import gzip
import sys

import polars as pl

from training.crossval import gold_documents
from training.metrics import score_texts, summarise
from training.render import DEFAULT_WCXB


def main() -> int:
    import trafilatura

    docs = gold_documents().filter(pl.col("converter") == "w3m")  # one row per page
    rows = []
    for i, r in enumerate(docs.iter_rows(named=True), 1):
        html = gzip.open(DEFAULT_WCXB / "html" / f"{r['file_id']}.html.gz").read().decode("utf-8", "replace")
        out = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
        text = (out.text if out else "") or ""
        title = (out.title if out else "") or ""
        rows.append({"doc_id": r["doc_id"], "title_pred": title, "text_pred": text})
        if i % 200 == 0:
            print(f"{i}/{docs.height}", file=sys.stderr)
    pred = pl.DataFrame(rows)
    lines = pl.concat([
        pred.select("doc_id", text="title_pred", label=pl.lit("title"), gold=pl.lit(None, dtype=pl.String)),
        pred.select("doc_id", text="text_pred", label=pl.lit("body"), gold=pl.lit(None, dtype=pl.String)),
    ])
    scores = score_texts(lines, docs.with_columns(converter=pl.lit("html")))
    with pl.Config(tbl_rows=20, float_precision=3, tbl_formatting="MARKDOWN", tbl_hide_dataframe_shape=True,
                   tbl_hide_column_data_types=True):
        print(summarise(scores.join(docs.select("doc_id", "title_found"), on="doc_id"), ["page_type"]))
        found = scores.join(docs.select("doc_id", "title_found"), on="doc_id").filter("title_found")
        print(found.group_by("page_type").agg(title_acc_found=pl.col("title_ok").mean()).sort("page_type"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
