"""Score the segmenter's reader comments against the DOM comment gold (``training.comment_gold``).

    python -m training.comment_eval               # shipped labeller
    python -m training.comment_eval --held-out    # each fold with the labeller trained without it
    python -m training.comment_eval --held-out --comment-only   # texts cut to their comment section
    python -m training.comment_eval --held-out --no-blank-lines # texts without their blank lines

Per rendered text, the segmenter's comments are compared with the gold comments:

``comment word-F1``  words (``[^\\W_]+`` tokens) on lines labelled comment, against the lines
                     inside a gold comment span;
``boundary F1``      a comment counts when its first and last non-blank lines are the gold's (a line
                     that is only a horizontal rule counts as blank);
``depth / parent``   among comments that start on a gold comment's first line, the share
                     with the gold depth (and parent, mapped through matched starts);
``author``           among those with a gold author (from the markup), the share whose
                     author is the gold's (case and punctuation aside).

Forum pages: the opening post is the article, its replies are the gold comments.
Also: article pages of WCXB whose HTML has no reader comment (``comment_gold`` found no
comment container) and the share of their texts that get zero comments
(``--no-comment-pages``).
Folds: domains, as for the labeller (``training.features.fold_of``); ``--held-out`` segments each
fold with the models trained without it (``training.crossval.held_out_model``: labeller, thread
check, title ranker, body block check).
"""

from __future__ import annotations

import argparse

import polars as pl

from comments.lines import RULE_LINE
from comments.pipeline import segment_frame
from training.comment_gold import comment_free
from training.features import fold_of
from training.render import DEFAULT_OUT

WORD = r"[^\W_]+"
# a markdown link whose target the line leaves open, and a line that only closes it
LINK_OPEN = r"\]\([^)\s]*$"
LINK_REST = r'^\s*\S*(?:\s+"[^"]*")?\)\S*$'


def _norm_author(e: pl.Expr) -> pl.Expr:
    return e.str.to_lowercase().str.replace_all(r"[^\w]+", " ").str.strip_chars()


def segment_texts(docs: pl.DataFrame, held_out: bool) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(lines with labels, comments) of the segmenter on ``docs`` (doc_id, text, fold)."""
    from training.crossval import held_out_model

    parts = []
    groups = docs.partition_by("fold", as_dict=True) if held_out else {(None,): docs}
    for (fold,), part in groups.items():
        model = None
        if held_out:
            model = held_out_model(fold)
        seg = segment_frame(part.select("doc_id", "text"), labeller=model)
        # (a text the segmenter failed on would count as one without comments: never score that)
        if seg.errors.height:
            raise RuntimeError(f"the segmenter failed on {seg.errors.height} texts:\n{seg.errors}")
        parts.append(seg)
    lines = pl.concat([p.lines.select("doc_id", "line_no", "label") for p in parts])
    comments = pl.concat([p.comments.filter(pl.col("has_text")) for p in parts])
    return lines, comments


def score(docs: pl.DataFrame, gold: pl.DataFrame, lines: pl.DataFrame, comments: pl.DataFrame) -> pl.DataFrame:
    """One row per text: word, boundary, depth, parent and author counts."""
    text = docs.select("doc_id", line=pl.col("text").str.split("\n")).with_columns(
        line_no=pl.int_ranges(1, pl.col("line").list.len() + 1)
    ).explode("line", "line_no").with_columns(
        words=pl.col("line").str.count_matches(WORD), blank=pl.col("line").str.strip_chars() == "",
        rule=pl.col("line").str.contains(RULE_LINE),
    )
    # gold comment lines
    gl = gold.select("doc_id", line_no=pl.int_ranges("start_line", pl.col("end_line") + 1)).explode("line_no")
    t = (
        text.join(gl.with_columns(g=pl.lit(True)).unique(), on=["doc_id", "line_no"], how="left")
        .join(lines.with_columns(p=pl.col("label") == "comment").select("doc_id", "line_no", "p"),
              on=["doc_id", "line_no"], how="left")
        .with_columns(pl.col("g").fill_null(False), pl.col("p").fill_null(False))
    )
    words = t.group_by("doc_id").agg(
        w_tp=(pl.col("words") * (pl.col("g") & pl.col("p"))).sum(),
        w_gold=(pl.col("words") * pl.col("g")).sum(),
        w_pred=(pl.col("words") * pl.col("p")).sum(),
    )
    # spans trimmed to their non-blank lines (a horizontal rule, a converter's <hr> between posts, reads as
    # blank: the gold ends a post inside its container, above the rule); the rest of a link target that
    # html2text broke over two lines ("[Reply](https://…/restaurants-in-oklahoma-" / "city/?replytocom=…)")
    # is read with the line it continues (the gold's end marker stands after the link's text, before its
    # target)
    nonblank = text.with_columns(
        _tail=pl.col("line").shift(1).over("doc_id").str.contains(LINK_OPEN).fill_null(False)
        & pl.col("line").str.contains(LINK_REST)
    ).filter(~pl.col("blank") & ~pl.col("rule") & ~pl.col("_tail")).select("doc_id", "line_no")

    def trimmed(spans: pl.DataFrame) -> pl.DataFrame:
        s = spans.select("doc_id", "comment_id", "start_line", "end_line", "depth", "parent_id", "author")
        x = s.with_columns(line_no=pl.int_ranges("start_line", pl.col("end_line") + 1)).explode("line_no").join(
            nonblank, on=["doc_id", "line_no"], how="inner")
        b = x.group_by("doc_id", "comment_id").agg(first=pl.col("line_no").min(), last=pl.col("line_no").max())
        return s.join(b, on=["doc_id", "comment_id"], how="inner")

    g = trimmed(gold)
    p = trimmed(comments)
    exact = g.join(p, on=["doc_id", "first", "last"], how="inner").group_by("doc_id").agg(b_tp=pl.len())
    # same first line: depth, parent, author
    m = g.join(p, on=["doc_id", "first"], how="inner", suffix="_p")
    start_map = m.select("doc_id", "comment_id", pid_as_gold=pl.col("comment_id_p"))
    m = m.join(start_map.rename({"comment_id": "parent_id", "pid_as_gold": "gold_parent_in_pred"}),
               on=["doc_id", "parent_id"], how="left")
    m = m.with_columns(
        depth_ok=pl.col("depth") == pl.col("depth_p"),
        parent_ok=pl.col("parent_id_p").eq_missing(pl.col("gold_parent_in_pred"))
        & (pl.col("parent_id").is_null() | pl.col("gold_parent_in_pred").is_not_null()),
        author_ok=_norm_author(pl.col("author")) == _norm_author(pl.col("author_p")).fill_null(""),
    )
    per = m.group_by("doc_id").agg(
        start_tp=pl.len(),
        depth_ok=pl.col("depth_ok").sum(),
        parent_ok=pl.col("parent_ok").sum(),
        author_n=pl.col("author").is_not_null().sum(),
        author_ok=pl.col("author_ok").filter(pl.col("author").is_not_null()).sum(),
    )
    n_gold = g.group_by("doc_id").agg(n_gold=pl.len())
    n_pred = p.group_by("doc_id").agg(n_pred=pl.len())
    out = docs.select("doc_id", "file_id", "converter", "page_type", "domain", "fold")
    for part in (words, exact, per, n_gold, n_pred):
        out = out.join(part, on="doc_id", how="left")
    return out.fill_null(0)


def summarise(scores: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    def f1(tp, a, b):
        return (2 * pl.col(tp).sum() / (pl.col(a).sum() + pl.col(b).sum())).round(3)

    return scores.group_by(by).agg(
        texts=pl.len(),
        comments=pl.col("n_gold").sum(),
        word_f1=f1("w_tp", "w_gold", "w_pred"),
        word_p=(pl.col("w_tp").sum() / pl.col("w_pred").sum()).round(3),
        word_r=(pl.col("w_tp").sum() / pl.col("w_gold").sum()).round(3),
        boundary_f1=f1("b_tp", "n_gold", "n_pred"),
        start_recall=(pl.col("start_tp").sum() / pl.col("n_gold").sum()).round(3),
        depth_acc=(pl.col("depth_ok").sum() / pl.col("start_tp").sum()).round(3),
        parent_acc=(pl.col("parent_ok").sum() / pl.col("start_tp").sum()).round(3),
        author_acc=(pl.col("author_ok").sum() / pl.col("author_n").sum()).round(3),
    ).sort(by)


def load(out=DEFAULT_OUT, threads: bool = False) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The texts with comment gold and the gold comments; ``threads``: forum pages from the threaded gold
    (``python -m training.comment_gold --threads``: replies nested, more forum pages), article pages as before."""
    docs = pl.read_parquet(out / "comment_gold_docs.parquet").filter("consistent")
    gold = pl.read_parquet(out / "comment_gold.parquet")
    if threads:
        docs = pl.concat([docs.filter(pl.col("page_type") != "forum"),
                          pl.read_parquet(out / "comment_gold_threads_docs.parquet").filter("consistent")],
                         how="diagonal_relaxed")
        forum = pl.col("doc_id").is_in(docs.filter(pl.col("page_type") == "forum")["doc_id"].implode())
        gold = pl.concat([gold.join(docs.filter(pl.col("page_type") != "forum").select("doc_id"), on="doc_id", how="semi"),
                          pl.read_parquet(out / "comment_gold_threads.parquet").filter(forum)])
    docs = docs.with_columns(fold=pl.col("domain").fill_null("").map_elements(fold_of, return_dtype=pl.Int64))
    return docs, gold


def no_comment_pages(held_out: bool, out=DEFAULT_OUT) -> pl.DataFrame:
    """Article texts whose HTML holds no reader comment (``comment_gold.comment_free``, as the
    thread check learns them): how many get comments anyway."""
    docs = comment_free(pl.read_parquet(out / "documents.parquet"), pl.read_parquet(out / "comment_gold_docs.parquet"))
    docs = docs.filter(pl.col("page_type") == "article")
    docs = docs.with_columns(fold=pl.col("domain").fill_null("").map_elements(fold_of, return_dtype=pl.Int64))
    _, comments = segment_texts(docs, held_out)
    n = comments.group_by("doc_id").agg(n_comments=pl.len())
    return docs.select("doc_id", "converter", "domain", "fold").join(n, on="doc_id", how="left").with_columns(
        pl.col("n_comments").fill_null(0))


def comment_only(docs: pl.DataFrame, gold: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Each text cut to start at its first gold comment (a comment section scraped on its own: no
    article, no page above it), with its gold moved up to match."""
    first = gold.group_by("doc_id").agg(_skip=pl.col("start_line").min() - 1)
    cut = docs.join(first, on="doc_id", how="inner").with_columns(
        text=pl.col("text").str.split("\n").list.slice(pl.col("_skip")).list.join("\n"))
    moved = gold.join(first, on="doc_id", how="inner").with_columns(
        start_line=pl.col("start_line") - pl.col("_skip"), end_line=pl.col("end_line") - pl.col("_skip"))
    return cut.drop("_skip"), moved.drop("_skip")


def without_blank_lines(docs: pl.DataFrame, gold: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Each text with every blank line removed (``training.crossval.blank_lines_removed``), its gold
    comments renumbered: a comment spans the kept lines of its old span."""
    from training.crossval import blank_lines_removed

    packed, kept = blank_lines_removed(docs)
    spans = gold.select("doc_id", "comment_id", line_no=pl.int_ranges("start_line", pl.col("end_line") + 1)).explode(
        "line_no").join(kept, on=["doc_id", "line_no"], how="inner").group_by(
        "doc_id", "comment_id").agg(start_line=pl.col("new_no").min(), end_line=pl.col("new_no").max())
    moved = gold.drop("start_line", "end_line").join(spans, on=["doc_id", "comment_id"], how="inner")
    return packed, moved


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--held-out", action="store_true", help="each fold with the labeller trained without it")
    ap.add_argument("--no-comment-pages", action="store_true", help="also score article pages without comments")
    ap.add_argument("--folds", type=int, nargs="+", help="only these folds")
    ap.add_argument("--forum-threads", action="store_true",
                    help="forum pages scored against the threaded gold (python -m training.comment_gold --threads)")
    ap.add_argument("--comment-only", action="store_true",
                    help="each text cut to start at its first gold comment (a comment section on its own)")
    ap.add_argument("--no-blank-lines", action="store_true", help="the texts with their blank lines removed")
    args = ap.parse_args(argv)
    docs, gold = load(threads=args.forum_threads)
    if args.folds:
        docs = docs.filter(pl.col("fold").is_in(args.folds))
    if args.comment_only:
        docs, gold = comment_only(docs, gold)
    if args.no_blank_lines:
        docs, gold = without_blank_lines(docs, gold)
    lines, comments = segment_texts(docs, args.held_out)
    scores = score(docs, gold, lines, comments)
    name = ("comment_eval" + ("_threads" if args.forum_threads else "") + ("_comment_only" if args.comment_only else "")
            + ("_no_blank" if args.no_blank_lines else ""))
    scores.write_parquet(DEFAULT_OUT / f"{name}.parquet")
    cfg = dict(tbl_rows=60, tbl_cols=-1, tbl_hide_dataframe_shape=True, tbl_formatting="MARKDOWN",
               tbl_hide_column_data_types=True, tbl_width_chars=250)
    with pl.Config(**cfg):
        for kind in ("article", "forum"):
            s = scores.filter(pl.col("page_type") == kind)
            print(f"\n{kind} pages by converter")
            print(pl.concat([summarise(s, ["converter"]),
                             summarise(s.with_columns(converter=pl.lit("all")), ["converter"])]))
        if args.no_comment_pages:
            z = no_comment_pages(args.held_out)
            if args.folds:
                z = z.filter(pl.col("fold").is_in(args.folds))
            z.write_parquet(DEFAULT_OUT / "comment_eval_none.parquet")
            print("\narticle pages without reader comments: share of texts with zero comments")
            print(pl.concat([
                z.group_by("converter").agg(texts=pl.len(), zero=(pl.col("n_comments") == 0).mean().round(4)),
                z.select(converter=pl.lit("all"), texts=pl.len(), zero=(pl.col("n_comments") == 0).mean().round(4)),
            ]).sort("converter"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
