"""The scorer: word-weighted label scores, exact comment boundaries, titles, dragnet gold."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from comments.evaluate import (
    EvaluationError,
    GoldFormatError,
    evaluate,
    gold_from_records,
    load_gold,
    spans_to_lines,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# A small page; the words of each line are counted on the right.
PAGE = "\n".join(
    [
        "Storm hits the coast",  # 1  title        4
        "",  # 2
        "By Jane Roe | 3 May",  # 3  boilerplate  6
        "The storm arrived at dawn.",  # 4  body         5
        "Roads were closed all day.",  # 5  body         5
        "Share this story",  # 6  boilerplate  3
        "",  # 7
        "ann says:",  # 8  comment 1    2
        "Stay safe everyone.",  # 9  comment 1    3
        "bob says:",  # 10 comment 2    2  (reply to 1)
        "Thanks ann!",  # 11 comment 2    2
        "Reply",  # 12 comment 2    1
        "cid says:",  # 13 comment 3    2
        "Great report.",  # 14 comment 3    2
        "Leave a Reply",  # 15 boilerplate  3
    ]
)
TEXTS = {"page": PAGE}


def comment(start, end, comment_id, parent_id=None, depth=0):
    return {"start": start, "end": end, "label": "comment",
            "comment_id": comment_id, "parent_id": parent_id, "depth": depth}


GOLD = {
    "doc_id": "page",
    "site": None,
    "spans": [
        {"start": 1, "end": 1, "label": "title"},
        {"start": 3, "end": 3, "label": "boilerplate"},
        {"start": 4, "end": 5, "label": "body"},
        {"start": 6, "end": 6, "label": "boilerplate"},
        comment(8, 9, 1),
        comment(10, 12, 2, parent_id=1, depth=1),
        comment(13, 14, 3),
        {"start": 15, "end": 15, "label": "boilerplate"},
    ],
}


def label_row(result, label):
    return result.labels.filter(pl.col("label") == label).row(0, named=True)


def test_seed_gold_against_itself_scores_one_everywhere():
    gold = load_gold(SEEDS / "gold.jsonl")
    texts = {path.stem: path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")}

    result = evaluate(gold.as_predictions(), gold, texts)

    assert gold.mode == "segments" and result.summary["docs"] == 5
    for column in ("precision", "recall", "f1"):
        assert result.labels[column].to_list() == [1.0, 1.0, 1.0, 1.0]
    row = result.comments.row(0, named=True)
    assert row["matched"] == row["gold_comments"] == row["predicted_comments"] == 9
    assert [row[k] for k in ("precision", "recall", "f1", "depth_accuracy", "parent_accuracy")] == [1.0] * 5
    for key in ("word_accuracy", "title_accuracy", "macro_precision", "macro_recall", "macro_f1"):
        assert result.summary[key] == 1.0
    assert result.documents["accuracy"].to_list() == [1.0] * 5
    assert result.summary["missing_predictions"] == result.summary["extra_predictions"] == 0
    assert result.summary["warnings"] == []


def test_shifted_comment_boundary_and_body_line_called_boilerplate():
    predicted = copy.deepcopy(GOLD)
    predicted["spans"][2:4] = [
        {"start": 4, "end": 4, "label": "body"},
        {"start": 5, "end": 6, "label": "boilerplate"},  # line 5 (5 words) body -> boilerplate
    ]
    predicted["spans"][4:7] = [
        comment(7, 9, 1),  # takes in blank line 7: still the same non-blank lines as gold
        comment(10, 11, 2, parent_id=1, depth=1),  # "Reply" (line 12) moves to the next comment
        comment(12, 14, 3),
    ]

    result = evaluate([predicted], [GOLD], TEXTS)

    # Words: title 4, body 10, boilerplate 6+3+3 = 12, comment 2+3+2+2+1+2+2 = 14; 40 in all.
    # title: 4/4 both ways.  body: TP 5, predicted 5, gold 10 -> P 1, R 0.5, F1 2*5/15 = 0.6667.
    # boilerplate: TP 12, predicted 17, gold 12 -> P 12/17 = 0.7059, R 1, F1 24/29 = 0.8276.
    # comment words are all still comment: 1, 1, 1.
    assert label_row(result, "title") == {
        "label": "title", "precision": 1.0, "recall": 1.0, "f1": 1.0, "gold_words": 4, "predicted_words": 4}
    body = label_row(result, "body")
    assert (body["precision"], body["recall"], body["gold_words"], body["predicted_words"]) == (1.0, 0.5, 10, 5)
    assert body["f1"] == pytest.approx(2 / 3)
    boilerplate = label_row(result, "boilerplate")
    assert boilerplate["precision"] == pytest.approx(12 / 17)
    assert boilerplate["recall"] == 1.0
    assert boilerplate["f1"] == pytest.approx(24 / 29)
    assert label_row(result, "comment")["f1"] == 1.0
    assert result.summary["word_accuracy"] == pytest.approx(35 / 40)
    assert result.summary["macro_f1"] == pytest.approx((1 + 2 / 3 + 24 / 29 + 1) / 4)
    # Comments: gold {8,9} {10,11,12} {13,14}; predicted {8,9} {10,11} {12,13,14}: 1 of 3 matches.
    row = result.comments.row(0, named=True)
    assert (row["gold_comments"], row["predicted_comments"], row["matched"]) == (3, 3, 1)
    assert row["precision"] == row["recall"] == row["f1"] == pytest.approx(1 / 3)
    assert row["depth_accuracy"] == row["parent_accuracy"] == 1.0
    document = result.documents.row(0, named=True)
    assert (document["words"], document["error_words"], document["title_ok"]) == (40, 5, True)
    assert document["comment_f1"] == pytest.approx(1 / 3)
    assert result.summary["title_accuracy"] == 1.0


def test_caption_is_scored_as_boilerplate():
    gold = copy.deepcopy(GOLD)
    gold["spans"][1]["label"] = "caption"  # line 3 is a caption in the gold …
    predicted = copy.deepcopy(GOLD)
    predicted["spans"][3]["label"] = "caption"  # … and the prediction calls line 6 a caption

    result = evaluate([predicted], [gold], TEXTS)

    assert result.labels["label"].to_list() == ["title", "body", "boilerplate", "comment"]
    assert label_row(result, "boilerplate") == {
        "label": "boilerplate", "precision": 1.0, "recall": 1.0, "f1": 1.0, "gold_words": 12, "predicted_words": 12}
    assert result.summary["word_accuracy"] == 1.0


def test_depth_mismatch_lowers_depth_accuracy_only():
    predicted = copy.deepcopy(GOLD)
    predicted["spans"][5]["depth"] = 0  # the reply is read as a top-level comment

    result = evaluate([predicted], [GOLD], TEXTS)

    row = result.comments.row(0, named=True)
    assert row["depth_accuracy"] == pytest.approx(2 / 3)
    assert row["precision"] == row["recall"] == row["f1"] == row["parent_accuracy"] == 1.0
    assert result.summary["word_accuracy"] == 1.0


def test_wrong_parent_lowers_parent_accuracy_only():
    predicted = copy.deepcopy(GOLD)
    predicted["spans"][6]["parent_id"] = 2  # cid "answers" bob; gold says top level

    row = evaluate([predicted], [GOLD], TEXTS).comments.row(0, named=True)

    assert row["parent_accuracy"] == pytest.approx(2 / 3)
    assert row["depth_accuracy"] == row["f1"] == 1.0


def test_missing_and_extra_documents_are_reported_and_missing_scored_unlabelled():
    other = {"doc_id": "other", "site": None, "spans": [{"start": 1, "end": 1, "label": "title"}]}
    stray = {"doc_id": "stray", "site": None, "spans": []}

    result = evaluate([GOLD, stray], [GOLD, other], {"page": PAGE, "other": "Two words"})

    assert result.summary["missing_prediction_ids"] == ["other"]
    assert result.summary["extra_prediction_ids"] == ["stray"]
    # "other" scores as all "none": its title words count in recall only.
    assert label_row(result, "title")["recall"] == pytest.approx(4 / 6)
    assert label_row(result, "title")["precision"] == 1.0
    assert result.summary["title_accuracy"] == 0.5
    assert result.documents["doc_id"].to_list()[0] == "other"  # worst first


def test_undefined_ratios_are_null_and_shown_as_dash():
    text = "Headline\nJust body text"
    gold = {"doc_id": "d", "spans": [{"start": 1, "end": 1, "label": "title"}, {"start": 2, "end": 2, "label": "body"}]}

    result = evaluate([gold], [gold], {"d": text})

    comment = label_row(result, "comment")
    assert (comment["precision"], comment["recall"], comment["f1"]) == (None, None, None)
    assert result.comments.row(0, named=True)["f1"] is None
    assert result.to_dict()["comments"]["depth_accuracy"] is None
    comment_line = next(line for line in result.render().splitlines() if line.startswith("| comment "))
    assert [c.strip() for c in comment_line.split("|")[2:5]] == ["–", "–", "–"]  # precision, recall, f1


def test_dragnet_gold_scores_comment_words_only():
    records = [
        # a page with comments from line 4: the prediction misses "amy: agreed"
        {"doc_id": "a", "text": "Headline here\nBody text of article.\n\njoe: nice post\namy: agreed",
         "comment_start_line": 4},
        # comment-free pages: b gets a false comment line, c is clean
        {"doc_id": "b", "text": "Another headline\r\nMore body words here\r\nComments are closed.",
         "comment_start_line": None},
        {"doc_id": "c", "text": "Quiet headline\nThree body words", "comment_start_line": None},
    ]
    predicted = [
        {"doc_id": "a", "spans": [{"start": 1, "end": 2, "label": "body"}, comment(4, 4, 1),
                                  {"start": 5, "end": 5, "label": "boilerplate"}]},
        {"doc_id": "b", "spans": [{"start": 1, "end": 1, "label": "title"}, {"start": 2, "end": 2, "label": "body"},
                                  comment(3, 3, 1)]},
        {"doc_id": "c", "spans": [{"start": 1, "end": 1, "label": "title"}, {"start": 2, "end": 2, "label": "body"}]},
    ]

    result = evaluate(predicted, gold_from_records(records))

    # comment words: gold 3+2 = 5 (page a); predicted 3 (a) + 3 (b); TP 3.
    # P = 3/6 = 0.5, R = 3/5 = 0.6, F1 = 6/11 = 0.5455; page a alone: P 1, R 0.6, F1 0.75.
    row = label_row(result, "comment")
    assert (row["precision"], row["recall"], row["gold_words"], row["predicted_words"]) == (0.5, 0.6, 5, 6)
    assert row["f1"] == pytest.approx(6 / 11)
    summary = result.summary
    assert summary["mode"] == "dragnet"
    assert (summary["comment_pages"], summary["comment_free_pages"], summary["comment_free_zero"]) == (1, 2, 1)
    assert summary["comment_free_zero_share"] == 0.5
    assert summary["macro_comment_f1"] == pytest.approx(0.75)
    # words: a 11 (2 wrong), b 9 (3 wrong), c 5; accuracy 20/25
    assert summary["word_accuracy"] == pytest.approx(20 / 25)
    assert result.documents["doc_id"].to_list() == ["b", "a", "c"]
    assert result.to_dict()["summary"]["comment_f1"] == 0.5455


def test_dragnet_file_is_detected_and_scores_one_against_itself(tmp_path):
    path = tmp_path / "dragnet.jsonl"
    rows = [{"doc_id": "x", "text": "Title\n\nBody\nnice post", "comment_start_line": 4},
            {"doc_id": "y", "text": "Title\nBody", "comment_start_line": None}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    gold = load_gold(path)
    result = evaluate(gold.as_predictions(), gold)

    assert gold.mode == "dragnet"
    assert result.summary["comment_f1"] == result.summary["word_accuracy"] == 1.0
    assert result.summary["comment_free_zero_share"] == 1.0


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"doc_id": "b", "spans": [', "not valid JSON"),
        ('{"doc_id": "b", "spans": [{"start": 5, "end": 2, "label": "body"}]}', "'end' (2) is before 'start' (5)"),
        ('{"doc_id": "b", "spans": [{"start": 1, "end": 2, "label": "headline"}]}', "unknown label 'headline'"),
        ('{"doc_id": "b", "text": "x", "comment_start_line": null}', "dragnet record in segments gold"),
        ('{"doc_id": "a", "spans": []}', "doc_id 'a' again"),
    ],
)
def test_malformed_gold_line_names_file_and_line(tmp_path, bad_line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "a", "spans": [{"start": 1, "end": 1, "label": "title"}]}\n\n' + bad_line + "\n",
                    encoding="utf-8")

    with pytest.raises(GoldFormatError) as error:
        load_gold(path)

    assert f"{path}:3:" in str(error.value)
    assert message in str(error.value)


def test_overlapping_predicted_spans_are_refused():
    predicted = {"doc_id": "page", "spans": [{"start": 1, "end": 4, "label": "body"},
                                             {"start": 3, "end": 5, "label": "body"}]}

    with pytest.raises(EvaluationError, match="span 2 of page: starts at line 3"):
        evaluate([predicted], [GOLD], TEXTS)


def test_spans_to_lines_numbers_lines_and_drops_blank_ones_given_texts():
    record = {"doc_id": "d", "spans": [{"start": 1, "end": 3, "label": "body"}, comment(4, 4, 1)]}
    text = "one\r\n\rthree\nfour"  # \r\n and \r both end a line: line 2 is blank

    every = spans_to_lines([record])
    non_blank = spans_to_lines([record], {"d": text})

    assert every["line_no"].to_list() == [1, 2, 3, 4]
    expected = pl.DataFrame(
        {"doc_id": ["d"] * 3, "line_no": [1, 3, 4], "label": ["body", "body", "comment"],
         "comment_id": [None, None, 1], "parent_id": [None, None, None], "depth": [None, None, 0]},
        schema=dict(every.schema),
    )
    assert_frame_equal(non_blank, expected)


def test_to_dict_rounds_to_four_places_and_render_aligns_a_table():
    predicted = copy.deepcopy(GOLD)
    predicted["spans"][3]["label"] = "body"  # "Share this story" read as body

    result = evaluate([predicted], [GOLD], TEXTS)
    data = result.to_dict()

    assert data["labels"][1]["precision"] == round(10 / 13, 4)
    assert set(data) == {"summary", "labels", "comments", "confusion", "documents"}
    report = result.render(worst=1)
    header = next(line for line in report.splitlines() if line.startswith("| label"))
    body = next(line for line in report.splitlines() if line.startswith("| body "))
    assert len(header) == len(body)
    assert body.split("|")[2].strip() == f"{10 / 13:.4f}"  # 4 decimals, right-aligned under its header
    assert "Worst 1 documents" in report


def test_gold_that_does_not_fit_the_text_is_warned_about():
    gold = {"doc_id": "d", "spans": [{"start": 1, "end": 1, "label": "title"}, {"start": 4, "end": 9, "label": "body"}]}

    result = evaluate([gold], [gold], {"d": "Headline\nan unlabelled line\n\nbody"})

    first, second = result.summary["warnings"]
    assert "run past the last line" in first
    assert "1 non-blank lines (3 words)" in second
    assert result.summary["words"] == 2  # the unlabelled line is not scored
