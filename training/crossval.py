"""Site-disjoint cross-validation of the segmenter on WCXB.

    python -m training.crossval                 # 5 folds, 2 at a time (about 10 minutes)
    python -m training.crossval --folds 0 1     # some folds only
    python -m training.crossval --no-blank-lines   # the texts with their blank lines removed
    python -m training.crossval --cyrillic         # the texts spelt in Cyrillic letters
    python -m training.crossval --cjk              # the texts written as Chinese is, wrapped as Chinese is

For each fold (the pages of one fifth of the domains), the labeller is trained on the
other four folds (``training.model.fit``, as ``train_labeller`` trains the shipped model),
the thread check, title ranker and block check are those fitted without the fold
(``held_out_model``), and the whole segmenter (``comments.segment_frame``: comment finder,
labeller, titles, captions, block check) runs on the fold's texts, once without their URLs (as for a corpus of bare
texts) and once with them.  Scores (``training.metrics``) per text go to
``build/wcxb/crossval.parquet``; the tables printed are the README's.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import re
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor

import polars as pl

from comments.labeller import from_json
from comments.pipeline import segment_frame
from training import features as feats
from training.metrics import score_texts, summarise
from training.model import fit
from training.render import DEFAULT_OUT, DEFAULT_WCXB


def gold_documents(wcxb=DEFAULT_WCXB, out=DEFAULT_OUT) -> pl.DataFrame:
    """The usable texts with their gold title and main content."""
    with gzip.open(wcxb / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        main = {r["file_id"]: r["main_content"] or "" for r in map(json.loads, fh)}
    docs = feats.usable_documents(out)
    return docs.with_columns(main=pl.col("file_id").replace_strict(main, default=""))


def segment_and_score(model, docs: pl.DataFrame, gold_lines: pl.DataFrame, with_url: bool) -> pl.DataFrame:
    cols = ["doc_id", "text"] + (["url"] if with_url else [])
    seg = segment_frame(docs.select(cols), labeller=model)
    if seg.errors.height:  # (a failed text would score as an empty prediction)
        raise RuntimeError(f"the segmenter failed on {seg.errors.height} texts:\n{seg.errors}")
    text = docs.select("doc_id", line=pl.col("text").str.split("\n")).with_columns(
        line_no=pl.int_ranges(1, pl.col("line").list.len() + 1)
    ).explode("line", "line_no")
    lines = (
        seg.lines.select("doc_id", "line_no", "label")
        .join(text, on=["doc_id", "line_no"], how="left")
        .join(gold_lines.select("doc_id", "line_no", "gold"), on=["doc_id", "line_no"], how="left")
        .rename({"line": "text"})
    )
    scores = score_texts(lines, docs)
    return scores.with_columns(with_url=pl.lit(with_url))


def fold_model(fold: int, epochs: int | None = None):
    """The labeller trained without ``fold``'s domains, cached in ``build/wcxb/models/``
    (other held-out evaluations, such as ``training.comment_eval``, reuse it)."""
    from training.model import EPOCHS

    epochs = epochs or EPOCHS
    path = DEFAULT_OUT / "models" / f"fold{fold}-e{epochs}.json"
    if not path.exists():
        lines = pl.read_parquet(DEFAULT_OUT / "lines.parquet")
        model = fit(lines.filter(pl.col("fold") != fold), epochs=epochs, log=None)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        tmp.write_text(json.dumps(model.to_json(), separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)
    return from_json(json.loads(path.read_text(encoding="utf-8")), str(path))  # exactly as a model file is read


def held_out_model(fold: int, epochs: int | None = None, block_check=None):
    """The segmenter's models as on a site none of them saw: ``fold``'s labeller with the
    thread check, title ranker and body block check fitted without the fold (written by
    ``training.train_thread_check``, ``train_title_ranker`` and ``train_block_check``, run
    after the fold models exist); ``block_check``: another check to use (for example
    ``BlockCheck.off()`` when the check itself is being trained)."""
    from training.train_block_check import fold_block_check
    from training.train_thread_check import fold_thread_check
    from training.train_title_ranker import fold_title_ranker

    return dataclasses.replace(fold_model(fold, epochs), thread_check=fold_thread_check(fold),
                               title_ranker=fold_title_ranker(fold),
                               block_check=block_check or fold_block_check(fold))


def blank_lines_removed(docs: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The texts with every blank line removed (as a scraper that writes one block element per line
    leaves them), and the map ``doc_id, line_no, new_no`` of their kept lines."""
    lines = docs.select("doc_id", line=pl.col("text").str.split("\n")).with_columns(
        line_no=pl.int_ranges(1, pl.col("line").list.len() + 1)).explode("line", "line_no")
    kept = lines.filter(pl.col("line").str.strip_chars() != "").with_columns(
        new_no=pl.int_range(1, pl.len() + 1).over("doc_id"))
    text = kept.group_by("doc_id", maintain_order=True).agg(text=pl.col("line").str.join("\n"))
    return (docs.drop("text").join(text, on="doc_id", how="left").with_columns(pl.col("text").fill_null("")),
            kept.select("doc_id", "line_no", "new_no"))


def without_blank_lines(docs: pl.DataFrame, gold_lines: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``blank_lines_removed``, the gold lines renumbered to match."""
    packed, kept = blank_lines_removed(docs)
    gold = gold_lines.join(kept, on=["doc_id", "line_no"], how="inner")
    return packed, gold.drop("line_no").rename({"new_no": "line_no"})


# A stand-in for pages in another script: each Latin letter spelt with a Cyrillic one, case kept.
# The page keeps its shape (lines, capitals, sentences, digits, links) and loses its words: the
# labeller's lexicon and the cue file know none of them, as on a real page in a language they lack.
LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абцдефгхийклмнопярстувшжыз"


def in_cyrillic(e: pl.Expr) -> pl.Expr:
    return e.str.replace_many(list(LATIN + LATIN.upper()), list(CYRILLIC + CYRILLIC.upper()))  # (one pass)


# A stand-in for Chinese and Japanese pages: each word spelt as one to four Han characters (the
# same word, the same characters: a hash of it), no space between them, and the full-width
# marks of CJK punctuation; each paragraph wrapped again as its converter wraps Chinese
# (``in_cjk_pages``).  The page keeps its paragraphs, digits, links and layout; it loses its
# spaces, capitals and words, as a Chinese page has none of them.  Scored per character
# (``training.metrics.TOKEN``), as Chinese extraction benchmarks score.
# (link targets and URLs stay as they are: a Chinese page's links are ASCII too)
_LATIN_WORD = re.compile(r"(\]\([^)]*\)?|(?:https?://|www\.)\S+)|[A-Za-z][A-Za-z'’]*")
_HAN = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_CJK_PUNCT = {".": "。", ",": "，", "?": "？", "!": "！", ":": "："}


def _han(word: str) -> str:
    h = zlib.crc32(word.lower().encode())
    return "".join(chr(0x4E00 + (h >> (i * 5)) % 6000 + i * 7) for i in range(min(4, 1 + len(word) // 4)))


def in_cjk_text(text: str | None) -> str | None:
    if text is None:
        return None
    text = _HAN.sub("", _LATIN_WORD.sub(lambda m: m.group(1) or _han(m.group()), text))
    for mark, full in _CJK_PUNCT.items():  # (one mark after the other: "etc.," keeps its comma)
        text = re.sub(rf"(?<=[\u4e00-\u9fff]){re.escape(mark)} ?", full, text)
    return text


def in_cjk(e: pl.Expr) -> pl.Expr:
    return e.map_elements(in_cjk_text, return_dtype=pl.String)  # (evaluation only: a Python function per text)


def _wrap(text: str, indent: str, width: int = 80) -> list[str]:
    """``text`` broken after any character at ``width`` display columns (a CJK character is two), each
    piece after ``indent``: as w3m and lynx wrap Chinese text."""
    out, line, cols = [], "", len(indent)
    for ch in text:
        w = 2 if "\u3000" <= ch <= "\u9fff" or "\uff01" <= ch <= "\uff60" else 1
        if cols + w > width and line.strip():
            out.append(indent + line.rstrip())
            line, cols = "", len(indent)
            if ch == " ":
                continue
        line += ch
        cols += w
    return out + ([indent + line.rstrip()] if line.strip() or not out else [])


def in_cjk_pages(docs: pl.DataFrame, gold_lines: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The texts in the CJK stand-in, each paragraph (a logical line, as ``comments.lines.unwrap``
    joins a converter's wrapped lines) wrapped again as its converter wraps Chinese: w3m and lynx
    at 80 columns after any character, html2text and inscriptis not at all (html2text breaks lines
    at spaces, which Chinese text lacks).  Returns them with the gold lines renumbered to match
    (each new line takes the gold of its paragraph's first line)."""
    from comments.lines import D, split_lines, unwrap

    frame = docs.with_columns(pl.int_range(pl.len()).cast(pl.Int64).alias(D))
    logical, _ = unwrap(split_lines(frame))
    logical = logical.select(D, "line_no", "last_line", "raw", "s").join(
        frame.select(D, "doc_id", "converter"), on=D).sort(D, "line_no")
    gold = {(d, n): g for d, n, g in gold_lines.select("doc_id", "line_no", "gold").iter_rows()}
    texts, new_gold = {}, []
    for (doc_id, conv), part in logical.group_by("doc_id", "converter", maintain_order=True):
        out, prev_last = [], 0
        for line_no, last, raw, s in part.select("line_no", "last_line", "raw", "s").iter_rows():
            out += [""] * (line_no - prev_last - 1)  # the blank lines between paragraphs
            indent = raw[: len(raw) - len(raw.lstrip())].replace("\t", "    ")
            text = in_cjk_text(s)
            pieces = _wrap(text, indent) if conv in ("w3m", "lynx") else [indent + text]
            g = gold.get((doc_id, line_no))
            new_gold += [(doc_id, len(out) + k + 1, g) for k in range(len(pieces))]
            out += pieces
            prev_last = last
        texts[doc_id] = "\n".join(out)
    docs = docs.with_columns(pl.col("doc_id").replace_strict(texts, default="").alias("text"),
                             in_cjk(pl.col("main")), in_cjk(pl.col("title")))
    gold_new = pl.DataFrame(new_gold, schema={"doc_id": pl.String, "line_no": pl.Int64, "gold": pl.String},
                            orient="row").filter(pl.col("gold").is_not_null())
    return docs, gold_new.cast({"line_no": gold_lines.schema["line_no"]})


def run_fold(fold: int, epochs: int, no_blank_lines: bool = False, cyrillic: bool = False,
             cjk: bool = False) -> pl.DataFrame:
    model = held_out_model(fold, epochs)
    docs = gold_documents().filter(pl.col("fold") == fold)
    gold_lines = pl.read_parquet(DEFAULT_OUT / "gold_lines.parquet").filter(pl.col("doc_id").is_in(docs["doc_id"].implode()))
    if no_blank_lines:
        docs, gold_lines = without_blank_lines(docs, gold_lines)
    if cyrillic:
        docs = docs.with_columns(in_cyrillic(pl.col("text")), in_cyrillic(pl.col("main")), in_cyrillic(pl.col("title")))
    if cjk:
        docs, gold_lines = in_cjk_pages(docs, gold_lines)
    out = pl.concat([segment_and_score(model, docs, gold_lines, u) for u in (False, True)])
    out = out.with_columns(fold=pl.lit(fold)).join(docs.select("doc_id", "title_found"), on="doc_id", how="left")
    variant = "".join(v for v, on in (("_no_blank", no_blank_lines), ("_cyrillic", cyrillic), ("_cjk", cjk)) if on)
    out.write_parquet(DEFAULT_OUT / f"crossval_fold{fold}{variant}.parquet")
    print(f"fold {fold} done", file=sys.stderr)
    return out


def report(scores: pl.DataFrame) -> str:
    """The README tables: body/main-content F1 and title accuracy by page type and converter."""
    out = []
    fmt = dict(tbl_rows=60, float_precision=3, tbl_hide_dataframe_shape=True, tbl_formatting="MARKDOWN",
               tbl_hide_column_data_types=True, tbl_width_chars=200)
    for with_url in (False, True):
        s = scores.filter(pl.col("with_url") == with_url)
        found = s.filter(pl.col("title_found"))
        with pl.Config(**fmt):
            out.append(f"\n### {'with' if with_url else 'without'} page URLs\n")
            table = summarise(s, ["page_type"]).join(
                found.group_by("page_type").agg(title_acc_found=pl.col("title_ok").mean()), on="page_type")
            out.append(str(table))
            for kind in ("article", "forum"):
                k = s.filter(pl.col("page_type") == kind)
                table = summarise(k, ["converter"]).join(
                    found.filter(pl.col("page_type") == kind).group_by("converter")
                    .agg(title_acc_found=pl.col("title_ok").mean()), on="converter")
                out.append(f"\n{kind} pages by converter\n")
                out.append(str(table))
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, nargs="+", default=list(range(feats.N_FOLDS)))
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--no-blank-lines", action="store_true", help="score the texts with their blank lines removed")
    ap.add_argument("--cyrillic", action="store_true",
                    help="score the texts spelt in Cyrillic letters (a stand-in for pages in another script)")
    ap.add_argument("--cjk", action="store_true",
                    help="score the texts written as Chinese is, without spaces (a stand-in for Chinese and "
                         "Japanese pages)")
    args = ap.parse_args(argv)
    from training.model import EPOCHS
    epochs = args.epochs or EPOCHS
    n = len(args.folds)
    with ProcessPoolExecutor(args.jobs) as pool:
        parts = list(pool.map(run_fold, args.folds, [epochs] * n, [args.no_blank_lines] * n, [args.cyrillic] * n,
                              [args.cjk] * n))
    scores = pl.concat(parts)
    variant = "".join(v for v, on in (("_no_blank", args.no_blank_lines), ("_cyrillic", args.cyrillic),
                                       ("_cjk", args.cjk)) if on)
    scores.write_parquet(DEFAULT_OUT / f"crossval{variant}.parquet")
    print(report(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
