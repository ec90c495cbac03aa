"""The labeller's training table: every logical line of the WCXB texts with its features
(as the segmenter computes them) and its gold class.

    python -m training.features        # build/wcxb/lines.parquet (about 2 minutes)

Lines are the segmenter's logical lines (``comments.lines.unwrap``); a logical line takes
the gold class that covers most of its words (``training/align.py`` labels physical
lines).  The lexicon feature needs a lexicon learned on the training part of the data, so
this table holds each short line's words (``lex_tokens``) and the lexicon features are
filled in per training run (``training.model.with_lexicon``).  Folds: the domain's
CRC-32 modulo 5, so a domain lies in one fold only.
"""

from __future__ import annotations

import json
import sys
import zlib

import polars as pl

from comments.cues import load_cues
from comments.labeller import LINE_FEATURES, lexicon_tokens, line_features
from comments.lines import D
from comments.segmenter import find_comments
from comments import lines as lines_mod
from training.check_alignment import LOST
from training.render import DEFAULT_OUT

N_FOLDS = 5
BATCH = 500  # documents per batch (memory)
EMPTY_LEXICON = pl.DataFrame(schema={"tok": pl.String, "weight": pl.Float64})


def fold_of(domain: str) -> int:
    return zlib.crc32(domain.encode("utf-8")) % N_FOLDS


def keeps_url(file_id: str) -> bool:
    """Half the pages are given their URL, the other half not, so that the labeller learns
    to find titles both ways (many corpora have no URLs)."""
    return zlib.crc32(f"url:{file_id}".encode("utf-8")) % 2 == 0


def usable_documents(out=DEFAULT_OUT) -> pl.DataFrame:
    """The rendered texts whose converter kept the main content (see ``check_alignment``)."""
    docs = pl.read_parquet(out / "documents.parquet")
    return docs.filter(pl.col("main_matched") >= LOST * pl.col("main_words")).with_columns(
        fold=pl.col("domain").map_elements(fold_of, return_dtype=pl.Int64)
    )


# The test pages written for the segmenter (tune parts only: tests/pages/heldout is never
# trained on).  Their gold marks every comment, so the labeller learns comment sections
# and the chrome of the comment systems they imitate; they are always training data, never
# a cross-validation test fold.
SYNTHETIC = ("tests/pages/tune", "tests/pages2/tune")
_SYNTH_CLASS = {"title": "title", "body": "body", "comment": "comment", "caption": "other", "boilerplate": "other"}


def synthetic_documents(root=DEFAULT_OUT.parent.parent) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(documents, gold physical lines) of the synthetic tune pages, in the WCXB tables' shape."""
    docs, gold = [], []
    for sub in SYNTHETIC:
        folder = root / sub
        sites = dict(pl.read_csv(folder / "metadata.csv").select("doc_id", "site").iter_rows())
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = (folder / f"{rec['doc_id']}.txt").read_text(encoding="utf-8")
            n = len(text.replace("\r\n", "\n").split("\n"))
            labels = [None] * n
            for span in rec["spans"]:
                for i in range(span["start"] - 1, span["end"]):
                    labels[i] = _SYNTH_CLASS[span["label"]]
            doc_id = f"synthetic:{rec['doc_id']}"
            docs.append({"doc_id": doc_id, "file_id": doc_id, "converter": rec["doc_id"].split(".")[-1],
                         "page_type": "synthetic", "domain": sites.get(rec["doc_id"]) or doc_id,
                         "url": None, "text": text, "fold": -1})
            toks = [len(t.split()) for t in text.split("\n")]
            gold.append(pl.DataFrame({"doc_id": doc_id, "line_no": range(1, n + 1), "gold": labels,
                                      "n_tokens": toks},
                                     schema={"doc_id": pl.String, "line_no": pl.Int64, "gold": pl.String,
                                             "n_tokens": pl.Int64}))
    return pl.DataFrame(docs), pl.concat(gold)


def cleaned_variants(docs: pl.DataFrame, gold: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Half the article texts again, cut to what many scrapers keep: from the headline to the
    article's last line (no menus above, no footer below).  Corpora of such texts are
    common; without these the labeller would only know headlines that stand below a menu."""
    art = docs.filter((pl.col("page_type") == "article") & pl.col("file_id").map_elements(
        lambda f: zlib.crc32(f"clean:{f}".encode()) % 2 == 0, return_dtype=pl.Boolean))
    g = gold.filter(pl.col("doc_id").is_in(art["doc_id"].implode()))
    span = g.group_by("doc_id").agg(
        first=pl.col("line_no").filter(pl.col("gold") == "title").min(),
        last=pl.col("line_no").filter(pl.col("gold") == "body").max(),
    ).drop_nulls().filter(pl.col("first") < pl.col("last"))
    lines = (
        art.join(span, on="doc_id").select("doc_id", "first", "last", line=pl.col("text").str.split("\n"))
        .with_columns(line_no=pl.int_ranges(1, pl.col("line").list.len() + 1)).explode("line", "line_no")
        .filter((pl.col("line_no") >= pl.col("first")) & (pl.col("line_no") <= pl.col("last")))
    )
    texts = lines.group_by("doc_id", maintain_order=True).agg(text=pl.col("line").str.join("\n") + "\n")
    new_docs = art.drop("text").join(texts, on="doc_id").with_columns(doc_id=pl.col("doc_id") + "~clean")
    new_gold = (
        g.join(span, on="doc_id")
        .filter((pl.col("line_no") >= pl.col("first")) & (pl.col("line_no") <= pl.col("last")))
        .with_columns(line_no=pl.col("line_no") - pl.col("first") + 1, doc_id=pl.col("doc_id") + "~clean")
        .select(gold.columns)
    )
    # the final newline adds one (blank) line
    return new_docs.select(docs.columns), new_gold


def _gold_for_logical(gold: pl.DataFrame, phys: pl.DataFrame) -> pl.DataFrame:
    """``doc_idx, line_no (logical), gold``: the class holding most of the line's words."""
    g = gold.join(phys.rename({"line_no": "_logical", "phys_line": "line_no"}), on=[D, "line_no"])
    return (
        g.filter(pl.col("gold").is_not_null())
        .group_by(D, "_logical", "gold").agg(_w=pl.col("n_tokens").sum())
        .sort(D, "_logical", "_w", "gold", descending=[False, False, True, False])
        .unique([D, "_logical"], keep="first")
        .select(D, pl.col("_logical").alias("line_no"), "gold")
    )


def build(out=DEFAULT_OUT) -> pl.DataFrame:
    synth_docs, synth_gold = synthetic_documents()
    cols = ["doc_id", "file_id", "converter", "page_type", "domain", "url", "text", "fold"]
    real = usable_documents(out).select(cols)
    real_gold = pl.read_parquet(out / "gold_lines.parquet")
    clean_docs, clean_gold = cleaned_variants(real, real_gold)
    docs = pl.concat([real, clean_docs, synth_docs.select(cols)], how="vertical_relaxed")
    docs = docs.sort("doc_id").with_columns(pl.int_range(pl.len()).cast(pl.Int64).alias(D))
    gold = pl.concat([real_gold, clean_gold, synth_gold]).join(docs.select("doc_id", D), on="doc_id")
    cues = load_cues()
    parts = []
    for start in range(0, docs.height, BATCH):
        batch = docs.slice(start, BATCH)
        all_lines = lines_mod.split_lines(batch)
        logical, phys = lines_mod.unwrap(all_lines)
        f = find_comments(lines_mod.features(logical, cues), cues)
        urls = batch.select(D, pl.when(pl.col("file_id").map_elements(keeps_url, return_dtype=pl.Boolean))
                            .then(pl.col("url")).alias("url"))
        toks = lexicon_tokens(f).group_by(D, "line_no").agg(lex_tokens=pl.col("tok"))
        f = f.select(D, "line_no", "s").hstack(line_features(f, EMPTY_LEXICON, urls).drop(D, "line_no"))
        f = f.join(toks, on=[D, "line_no"], how="left", maintain_order="left")
        f = f.join(_gold_for_logical(gold.filter(pl.col(D).is_in(batch[D].implode())), phys),
                   on=[D, "line_no"], how="left", maintain_order="left")
        parts.append(f.select(D, "line_no", "s", "gold", "_pw", "lex_tokens",
                              *(f"x_{c}" for c in LINE_FEATURES)))
        print(f"{min(start + BATCH, docs.height)}/{docs.height} texts", file=sys.stderr)
    lines = pl.concat(parts).join(
        docs.select(D, "doc_id", "file_id", "converter", "page_type", "domain", "fold"), on=D, how="left"
    )
    # Forum posts are WCXB's main content, but our reader would call the replies comments:
    # teach them as "main" (body or comment, either is right), not as body.
    # (Where the posts are known from the HTML, the replies are comments and the opening
    # post is the body.)
    known = pl.col("doc_id").str.replace(r"~clean$", "").is_in(
        pl.read_parquet(out / "documents.parquet").filter(pl.col("comment_gold"))["doc_id"].implode())
    lines = lines.with_columns(
        gold=pl.when((pl.col("page_type") == "forum") & (pl.col("gold") == "body") & ~known).then(pl.lit("main"))
        .otherwise(pl.col("gold"))
    )
    lines.write_parquet(out / "lines.parquet")
    return lines


if __name__ == "__main__":
    build()
