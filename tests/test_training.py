"""The training tools: gold alignment onto lines, and the WCXB scores."""

from __future__ import annotations

import polars as pl
import pytest

from training.align import align
from training.metrics import score_texts

PAGE = """\
Home  News  Sport
Parks Budget Approved After Long
Debate
By Jane Reporter
The council voted on Tuesday to approve the budget for the parks, adding
money for repairs to the swings.
Related: Other story about home news
* * *
Jane says: the swings at Elm Park have been broken for two years.
"""
MAIN = "The council voted on Tuesday to approve the budget for the parks, adding money for repairs to the swings."


def test_alignment_labels_title_body_comment_and_other():
    a = align(PAGE, "Parks Budget Approved After Long Debate", MAIN,
              comments="Jane says: the swings at Elm Park have been broken for two years.")
    assert a.labels == ["other", "title", "title", "other", "body", "body", "other", None, "comment", None]
    assert (a.main_words, a.main_matched, a.title_found) == (19, 19, True)


def test_alignment_ignores_chance_overlaps():
    # "home" and "news" occur in the main content, but not as a run of 3+ words
    a = align("Home News\nThe report on home news was read.\n", None, "Local home and news radio. The report on home news was read.")
    assert a.labels[0] == "other" and a.labels[1] == "body"


def test_scores_bag_of_words_lines_and_title():
    lines = pl.DataFrame({
        "doc_id": ["a"] * 4,
        "text": ["Parks Budget Approved", "the council voted yes", "the vote was close", "Share this"],
        "label": ["title", "body", "boilerplate", "body"],
        "gold": ["title", "body", "body", "other"],
    })
    docs = pl.DataFrame({"doc_id": ["a"], "page_type": ["article"], "converter": ["w3m"],
                         "title": ["Parks Budget Approved"], "main": ["the council voted yes the vote was close"]})
    s = score_texts(lines, docs).row(0, named=True)
    # predicted body: 4 + 2 words, 4 of them in the gold's 8
    assert (s["precision"], s["recall"]) == pytest.approx((4 / 6, 4 / 8))
    assert s["line_f1"] == pytest.approx(2 * (4 / 6) * (4 / 8) / (4 / 6 + 4 / 8))
    assert s["title_ok"] is True


def test_a_title_link_target_broken_over_two_lines_is_not_counted_as_title_words():
    # html2text: "# [Headline words](/questions/1/headline-" / "words-here)" — both lines title
    lines = pl.DataFrame({
        "doc_id": ["a"] * 3,
        "text": ["# [Set focus to the files area](/questions/442960/windows-7-set-focus-to-",
                 "the-files-area)", "The body text of the question goes here."],
        "label": ["title", "title", "body"],
        "gold": ["title", "title", "body"],
    })
    docs = pl.DataFrame({"doc_id": ["a"], "page_type": ["forum"], "converter": ["html2text"],
                         "title": ["Set focus to the files area"], "main": ["The body text of the question goes here."]})
    s = score_texts(lines, docs).row(0, named=True)
    assert (s["t_pred"], s["t_common"]) == (6, 6)
    assert s["title_ok"] is True


def test_title_is_the_headline_above_the_article_not_a_menu_item_or_subheading():
    page = (
        "* Apple Watch\n* iPhone\n\nApple Watch\n\n"
        "The watch tracks your heart rate and your sleep every night of the week.\n"
        "Apple Watch for kids\n"
        "Children can use the watch to call their parents from school and home.\n"
    )
    main = ("The watch tracks your heart rate and your sleep every night of the week. Apple Watch for kids "
            "Children can use the watch to call their parents from school and home.")
    a = align(page, "Apple Watch", main)
    assert a.labels[:5] == ["other", "other", None, "title", None]
    assert a.labels[6] == "body"  # the sub-heading holds the title's words but is the article's


def test_link_targets_are_not_words():
    a = align("See the [full report](https://example.com/a/b/c/d/e/f/g/h) on the council vote today.\n", None,
              "See the full report on the council vote today.")
    assert a.labels[0] == "body"


# --------------------------------------------------------------------------- comment gold

COMMENT_PAGE = """<html><body><article><h1>Parks</h1><p>The council voted for the parks.</p></article>
<div id="comments"><h2>3 Responses</h2>
<ol class="commentlist">
<li class="comment"><article class="comment-body"><footer><img alt="avatar" src="a.png">
<b class="fn">Jane</b> says:</footer><p>Great news for the parks.</p><a class="comment-reply-link">Reply</a></article>
  <ul class="children comment"><li class="comment"><div class="comment"><b class="fn">Bob</b> says:
  <p>Agreed, about time.</p></div></li></ul>
</li>
<li class="comment"><div><span class="fn">Ann</span><p>Too expensive.</p></div></li>
</ol></div><footer>Copyright</footer></body></html>"""


def _render(html: bytes) -> str:
    """A tiny stand-in for a converter: block elements on lines of their own."""
    import html as html_lib
    import re

    text = html.decode("utf-8")
    text = re.sub(r"<img[^>]*alt=\"([^\"]*)\"[^>]*>", r"[\1]", text)
    text = re.sub(r"</?(?:p|div|li|ol|ul|h\d|article|footer|body|html)\b[^>]*>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return "\n".join(line.strip() for line in html_lib.unescape(text).split("\n") if line.strip()) + "\n"


def test_comment_gold_marks_each_comment_with_depth_parent_and_author():
    pytest.importorskip("lxml")
    from training.comment_gold import MARK, collect, mark

    marked, meta = mark(COMMENT_PAGE.encode(), forum=False)
    # li.comment holding a div.comment without its own author is one comment (the text box),
    # and the "children" list named "comment" is a wrapper, not a comment
    assert [(m["depth"], m["author"]) for m in meta] == [(0, "Jane"), (1, "Bob"), (0, "Ann")]
    text = _render(marked)
    assert len(MARK.findall(text)) == 6  # a start and an end marker per comment
    clean, rows, found, merged, consistent = collect(text, meta, forum=False)
    assert not MARK.search(clean) and found == 3 and merged == 0 and consistent
    lines = clean.split("\n")
    got = [(lines[r["start_line"] - 1], r["depth"], r["parent_id"], r["author"]) for r in rows]
    # the avatar opens Jane's comment; the Reply button stays in it
    assert got == [("[avatar]", 0, None, "Jane"), ("Bob says:", 1, 1, "Bob"), ("Ann", 0, None, "Ann")]
    assert lines[rows[0]["end_line"] - 1] == "Reply"
    assert lines[rows[2]["end_line"] - 1] == "Too expensive."


def test_comment_gold_forum_posts_are_flat_and_the_first_is_the_article():
    pytest.importorskip("lxml")
    from training.comment_gold import collect, mark

    page = """<html><body><h1>Topic</h1>
<div class="post"><span class="username">op</span><p>My question is long enough.</p></div>
<div class="post"><span class="username">ann</span><p>An answer.</p>
  <blockquote><div class="post">quoted text</div></blockquote></div>
<div class="post"><span class="username">bob</span><p>Another answer.</p></div>
</body></html>"""
    marked, meta = mark(page.encode(), forum=True)
    assert [m["author"] for m in meta] == ["op", "ann", "bob"]  # the quoted post is part of ann's
    clean, rows, *_ = collect(_render(marked), meta, forum=True)
    assert [(r["author"], r["depth"], r["parent_id"]) for r in rows] == [("ann", 0, None), ("bob", 0, None)]


def test_comment_gold_threads_mode_nests_replies_on_forum_pages():
    # python -m training.comment_gold --threads: a reddit-like thread (no post container, comments in comments), a
    # XenForo-like thread (the opening post's DiscussionForumPosting holds the replies as Comments) and a Q&A page
    # (answers in the question's container, comments under the answers).  The flat gold left the first two as one
    # "opening post" or one comment per top-level thread, and the Q&A page without any gold.
    pytest.importorskip("lxml")
    from training.comment_gold import collect, mark

    def gold(page, main=""):
        marked, meta = mark(page.encode(), forum=True, threads=True)
        clean, rows, *_ = collect(_render(marked), meta, forum=True, threads=True, main=main)
        lines = clean.split("\n")
        return [(lines[r["start_line"] - 1], r["depth"], r["parent_id"]) for r in rows]

    reddit = """<html><body><h1>A link</h1><div class="sitetable">
<div class="thing comment"><p>[-] ann 5 points</p><p>First comment.</p>
  <div class="child"><div class="thing comment"><p>[-] bob 2 points</p><p>A reply.</p>
    <div class="child"><div class="thing comment"><p>[-] cy 1 point</p><p>A reply to the reply.</p></div></div>
  </div></div></div>
<div class="thing comment"><p>[-] dee 3 points</p><p>Second comment.</p></div>
</div></body></html>"""
    assert gold(reddit) == [("[-] ann 5 points", 0, None), ("[-] bob 2 points", 1, 1), ("[-] cy 1 point", 2, 2),
                            ("[-] dee 3 points", 0, None)]
    xenforo = """<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">
<p>op</p><p>My question is long enough to be a post.</p>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p>ann</p><p>An answer.</p></div>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p>bob</p><p>Another answer.</p></div>
</div></body></html>"""
    assert gold(xenforo) == [("ann", 0, None), ("bob", 0, None)]
    qa = """<html><body><div itemscope itemtype="https://schema.org/Question"><h1>How do I?</h1>
<div class="question"><p>7</p><p>The question, in full.</p>
  <ul><li class="comment"><p>A comment on the question.</p></li></ul></div>
<div class="answer" itemscope itemtype="https://schema.org/Answer"><p>5</p><p>An answer.</p>
  <ul><li class="comment"><p>A comment on the answer.</p></li></ul></div>
</div></body></html>"""
    assert gold(qa) == [("A comment on the question.", 0, None), ("5", 0, None), ("A comment on the answer.", 1, 2)]


def test_comment_free_pages_leave_out_pages_with_any_sign_of_comments():
    # The thread check learns from, and comment_eval scores, the same comment-free pages:
    # no comment container, no comment-named area in the HTML, no page checked by eye to
    # have an unmarked comment section, no forum page.
    from training.comment_gold import UNMARKED_COMMENT_PAGES, comment_free

    unmarked = sorted(UNMARKED_COMMENT_PAGES)[0]
    docs = pl.DataFrame({
        "file_id": ["a", "b", "c", unmarked, "e"],
        "page_type": ["article", "article", "article", "article", "forum"],
        "comment_words": [0, 0, 200, 0, 0],
    })
    gold_docs = pl.DataFrame({"file_id": ["b"], "consistent": [False]})
    assert comment_free(docs, gold_docs)["file_id"].to_list() == ["a"]


def test_comment_boundaries_read_a_broken_link_target_with_its_line():
    # html2text breaks a long "[Reply](…)" link inside its target; the gold's end marker stands after the link's
    # text, so the gold comment ends on the "[Reply](" line and a comment that keeps the target's rest ends a line
    # later: the same comment (training.comment_eval.score reads that rest with the line it continues).
    from training.comment_eval import score

    text = "\n".join([
        "Jane", "The swings are broken.", "[Reply](https://example.com/parks-budget-",
        "approved/?replytocom=12#respond)", "", "Bob", "Fixed now.", "Reply",
    ])
    docs = pl.DataFrame({"doc_id": ["d"], "file_id": ["f"], "converter": ["html2text"], "page_type": ["article"],
                         "domain": ["example.com"], "fold": [0], "text": [text]})
    spans = {"doc_id": ["d", "d"], "comment_id": [1, 2], "depth": [0, 0],
             "parent_id": pl.Series([None, None], dtype=pl.Int64), "author": ["Jane", "Bob"]}
    gold = pl.DataFrame({**spans, "start_line": [1, 6], "end_line": [3, 8]})
    pred = pl.DataFrame({**spans, "start_line": [1, 6], "end_line": [4, 8]})
    lines = pl.DataFrame({"doc_id": ["d"] * 8, "line_no": list(range(1, 9)), "label": ["comment"] * 8})
    assert score(docs, gold, lines, pred).row(0, named=True)["b_tp"] == 2
    # a line that is more than the rest of a target still counts
    moved = pred.with_columns(end_line=pl.Series([5, 8]))
    other = docs.with_columns(pl.col("text").str.replace("approved/?replytocom=12#respond)", "Thanks (really).", literal=True))
    assert score(other, gold, lines, moved).row(0, named=True)["b_tp"] == 1


def test_comment_boundaries_read_a_horizontal_rule_as_blank():
    # The gold ends a forum post inside its container, above the <hr> a converter prints between posts; a
    # comment that runs through the rule ends on the same line of text.  A line with words still counts.
    from training.comment_eval import score

    text = "\n".join(["Jane", "The swings are broken.", "Top", "━" * 40, "Bob", "Fixed now.", "Top", "Thanks (really)."])
    docs = pl.DataFrame({"doc_id": ["d"], "file_id": ["f"], "converter": ["w3m"], "page_type": ["forum"],
                         "domain": ["example.com"], "fold": [0], "text": [text]})
    spans = {"doc_id": ["d", "d"], "comment_id": [1, 2], "depth": [0, 0],
             "parent_id": pl.Series([None, None], dtype=pl.Int64), "author": ["Jane", "Bob"]}
    gold = pl.DataFrame({**spans, "start_line": [1, 5], "end_line": [3, 7]})
    pred = pl.DataFrame({**spans, "start_line": [1, 5], "end_line": [4, 8]})
    lines = pl.DataFrame({"doc_id": ["d"] * 8, "line_no": list(range(1, 9)), "label": ["comment"] * 8})
    assert score(docs, gold, lines, pred).row(0, named=True)["b_tp"] == 1


def test_the_texts_variants_of_the_measures_move_their_gold_with_them():
    from training import comment_eval, crossval

    docs = pl.DataFrame({"doc_id": ["a"], "text": ["Title\n\nBody one.\n\n1. Jane says:\n\nHi there.\n\n2. Tom says:\nNo."]})
    gold = pl.DataFrame({"doc_id": ["a", "a"], "comment_id": [1, 2], "start_line": [5, 9], "end_line": [7, 10],
                         "depth": [0, 0], "author": ["Jane", "Tom"], "parent_id": [None, None]})
    # a comment section on its own: the text from the first comment on, the spans moved up
    cut, moved = comment_eval.comment_only(docs, gold)
    assert cut["text"][0] == "1. Jane says:\n\nHi there.\n\n2. Tom says:\nNo."
    assert moved.select("start_line", "end_line").rows() == [(1, 3), (5, 6)]
    # no blank lines: each span over its kept lines
    packed, spans = comment_eval.without_blank_lines(docs, gold)
    assert packed["text"][0] == "Title\nBody one.\n1. Jane says:\nHi there.\n2. Tom says:\nNo."
    assert spans.sort("comment_id").select("start_line", "end_line").rows() == [(3, 4), (5, 6)]
    lines = pl.DataFrame({"doc_id": ["a"] * 3, "line_no": [1, 3, 7], "gold": ["title", "body", "other"]})
    _, renumbered = crossval.without_blank_lines(docs, lines)
    assert renumbered.sort("line_no").select("line_no", "gold").rows() == [(1, "title"), (2, "body"), (4, "other")]
    # another script: letters respelt, case, digits and punctuation kept
    assert pl.select(crossval.in_cyrillic(pl.lit("Hi, Bob 42!"))).item() == "Хи, Боб 42!"
