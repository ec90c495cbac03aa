"""analysis.claims: overlap of comments with the article's claims.  Every expectation on the seeds was checked by
reading seeds/*.txt (the texts are quoted next to the assertions)."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

import comments
from analysis.claims import (
    COMMENT_CLAIMS_SCHEMA,
    SENTENCES_SCHEMA,
    THREAD_CLAIMS_SCHEMA,
    article_sentences,
    claims_table,
    comment_claims,
    thread_claims,
)
from comments.schema import COMMENTS_SCHEMA, DOCUMENTS_SCHEMA, empty

ROOT = Path(__file__).resolve().parent.parent
VT = "000_5a822adfc088c116"  # veteranstoday.com, 5 comments
YNW = "001_d24af7c00431189a"  # yournewswire.com, 4 comments
FILIPPOV = "004_064e299d1ab2197b"  # sputniknews.com, no comments


@pytest.fixture(scope="module")
def seg():
    return comments.segment_files([str(ROOT / "seeds")])


@pytest.fixture(scope="module")
def sentences(seg):
    return article_sentences(seg.documents)


@pytest.fixture(scope="module")
def per_comment(seg, sentences):
    return comment_claims(seg.comments, sentences)


@pytest.fixture(scope="module")
def claims(sentences, per_comment):
    return claims_table(sentences, per_comment)


@pytest.fixture(scope="module")
def threads(seg, per_comment, claims):
    return thread_claims(seg.documents, per_comment, claims)


def row(frame: pl.DataFrame, doc_id: str, comment_id: int) -> dict:
    return frame.filter((pl.col("doc_id") == doc_id) & (pl.col("comment_id") == comment_id)).row(0, named=True)


def sentence(sentences: pl.DataFrame, doc_id: str, sentence_id: int) -> dict:
    return sentences.filter((pl.col("doc_id") == doc_id) & (pl.col("sentence_id") == sentence_id)).row(0, named=True)


def docs(*rows: tuple[str, str | None, str | None]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "title": pl.String, "body": pl.String}, orient="row")


def coms(*rows: tuple[str, int, str | None]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "comment_id": pl.Int64, "text": pl.String}, orient="row")


# ---------------------------------------------------------------------------------------------------------------
# the bars on the seeds


def test_seed_000_comment_5_quotes_the_satanovsky_question(seg, sentences, per_comment):
    c = row(per_comment, VT, 5)
    # The comment opens with the whole quotation “What anti-terrorist coalition … notices it?” (counted by hand:
    # 24 + 27 = 51 words; "he questioned" follows in the article, "Exactly." in the comment), then 48 words of its
    # own: 51 of 99 words are quoted.
    assert c["longest_shared_run"] == 51
    assert c["quoted_share"] == pytest.approx(51 / 99)
    assert c["quotes_article"] is True
    best = sentence(sentences, VT, c["best_sentence_id"])
    assert best["text"].startswith("“What anti-terrorist coalition can there be which includes Saudi Arabia and Qatar")
    assert c["quoted_sentence_id"] == c["best_sentence_id"]  # the quotation starts in that sentence
    assert c["engages_claim"] is True
    assert c["new_entities"] == []  # Saudi Arabia, Qatar, al-Qaeda, Islamic State, Russia, Iran: all in the article


def test_seed_000_comment_3_brings_new_entities(per_comment):
    # "... it ain’t Russia, Iran, Syria, Iraq, Yemen, Afghanistan, or China ..." "I went to Viet Nam behind a lie."
    # "... young men in America willing to go to war for Exxon Mobile."  The article (title and body) names Russia,
    # Iran, Syria, Iraq, ISIS and Daesh, and none of Yemen, Afghanistan, China, Viet, Nam, America, Exxon, Mobile.
    c = row(per_comment, VT, 3)
    assert "Exxon Mobile" in c["new_entities"]
    assert "Viet Nam" in c["new_entities"]
    assert "Russia" not in c["new_entities"]
    assert c["new_entities"] == ["Yemen", "Afghanistan", "China", "Viet Nam", "America", "Exxon Mobile"]
    assert c["n_new_entities"] == 6


def test_laughter_and_insults_engage_no_claim(seg, sentences):
    made = coms(
        (VT, 101, "😂😂😂"),
        (VT, 102, "LOL!!! hahaha rolling on the floor laughing"),
        (VT, 103, "What a bunch of clowns and idiots. Pathetic liars, all of them!"),
        (VT, 104, "Morons."),
    )
    out = comment_claims(made, sentences)
    assert out["engages_claim"].to_list() == [False] * 4
    assert out["quotes_article"].to_list() == [False] * 4
    # no content word of theirs is in the article: similarity 0 (null for the emoji-only comment: no words at all)
    assert out["best_similarity"].to_list() == [None, 0.0, 0.0, 0.0]
    assert out["best_sentence_id"].null_count() == 4
    assert out["drift"].to_list() == [None, 1.0, 1.0, 1.0]


def test_seed_001_laughter_led_comments_engage_no_claim(per_comment):
    # Comments 3 and 4 open with "rolling on the floor laughing my freaking azz off" and go on with the site's
    # general line (Russia alone fights the "Cabal"'s terrorism without allies; Iran helped and backed off).
    # Read by hand against the article, they take up none of its statements (the envoy's refusal, the ceasefire,
    # McGurk's visits, the coalition's 45 members); the nearest, "Russia has nearly wiped them out in less than a
    # year", they do not discuss.  So: no claim engaged, no quotation.
    for cid in (3, 4):
        c = row(per_comment, YNW, cid)
        assert c["engages_claim"] is False
        assert c["quotes_article"] is False
        assert "Cabal" in c["new_entities"]
    # Comment 1, "I hereby ban squirrels from eating bird seed", echoes one word of the headline "US Bans Russia …":
    # one shared term is not engagement, however close the cosine.
    c1 = row(per_comment, YNW, 1)
    assert (c1["best_sentence_id"], c1["shared_terms"], c1["engages_claim"]) == (0, 1, False)


def test_seed_000_comment_4_engages_the_headline(per_comment):
    # "Well, the title says it all, Russia is cutout of the TERROR PARTNERSHIP" under "Trump Cuts Russia Out of
    # Terror Partnership".
    c = row(per_comment, VT, 4)
    assert (c["best_sentence_id"], c["engages_claim"]) == (0, True)


def test_seed_figures(per_comment, threads):
    # 9 seed comments: one quotes the article (000/5), two engage a sentence (000/4 the headline, 000/5)
    assert per_comment.height == 9
    assert per_comment["quotes_article"].sum() == 1
    assert per_comment["engages_claim"].sum() == 2
    vt = threads.filter(pl.col("doc_id") == VT).row(0, named=True)
    assert vt["quote_share"] == pytest.approx(1 / 5)
    assert vt["engage_share"] == pytest.approx(2 / 5)
    # one comment each on the headline (sentence 0) and the Satanovsky sentence: ties go to the lower id
    assert vt["top_sentences"][0] == 0 and len(vt["top_sentences"]) == 2
    # only the Satanovsky sentence is claim-like (the headline scores under 0.5)
    assert vt["n_claims_engaged"] == 1
    assert vt["claim_coverage"] == pytest.approx(1 / vt["n_claim_sentences"])
    ynw = threads.filter(pl.col("doc_id") == YNW).row(0, named=True)
    assert (ynw["quote_share"], ynw["engage_share"], ynw["top_sentences"]) == (0.0, 0.0, [])


# ---------------------------------------------------------------------------------------------------------------
# sentences


def test_sentence_ids_title_first_and_every_sentence_kept(seg, sentences):
    assert sentences.schema == pl.Schema(SENTENCES_SCHEMA)
    assert sentences["doc_id"].n_unique() == 5
    for d in seg.documents.iter_rows(named=True):
        mine = sentences.filter(pl.col("doc_id") == d["doc_id"])
        assert mine["sentence_id"].to_list() == list(range(mine.height))  # 0 = title, then 1, 2, …
        assert mine["text"][0] == d["title"]
        # no word lost or added: the sentences hold the title's and body's words
        n = len(re.findall(r"\w+", d["title"] + " " + d["body"]))
        assert sum(len(re.findall(r"\w+", t)) for t in mine["text"]) == n
    assert sentences["claim_score"].is_between(0, 1).all()


def test_abbreviations_do_not_end_sentences(sentences):
    # seed 004: "... like NATO's former Supreme Allied Commander Gen. Philip M. Breedlove and the military-industrial
    # complex." is one sentence
    hit = sentences.filter(pl.col("text").str.contains("Breedlove"))
    assert hit.height == 1
    text = hit["text"][0]
    assert text.startswith("Filippov was not referring to Trump's aides")
    assert text.endswith("Gen. Philip M. Breedlove and the military-industrial complex.")
    assert "Supreme Allied Commander Gen. Philip M. Breedlove" in hit["entities"][0].to_list()


def test_us_initialism():
    body = (
        "The U.S. Secretary of State arrived on Monday. He spoke briefly.\n"
        "Troops were sent home by the U.S. The move surprised Mr. Smith, who said so. U.S. forces stayed."
    )
    s = article_sentences(docs(("d", "Headline? Yes. One sentence", body)))
    assert s["text"].to_list() == [
        "Headline? Yes. One sentence",
        "The U.S. Secretary of State arrived on Monday.",
        "He spoke briefly.",
        "Troops were sent home by the U.S.",
        "The move surprised Mr. Smith, who said so.",
        "U.S. forces stayed.",
    ]
    assert s["paragraph"].to_list() == [0, 1, 1, 2, 2, 2]


def test_claim_score_components(sentences):
    # seed 000: “What anti-terrorist coalition … the Islamic State? What anti-terrorist fight … notices it?” he
    # questioned.  The first sentence has no reporting verb itself; its paragraph attributes the quotation.
    first = sentences.filter(pl.col("text").str.starts_with("“What anti-terrorist coalition")).row(0, named=True)
    assert (first["attribution"], first["quote"]) == (True, True)
    assert first["entities"] == ["Saudi Arabia", "Qatar", "al-Qaeda", "Islamic State"]
    assert first["claim_score"] == pytest.approx(0.35 + 0.20 + 0.25)
    assert first["is_claim"] is True
    # "On March 7, Turkey’s military chief of staff, General Hulusi Akar, was hosting a meeting ..." : a date
    march = sentences.filter(pl.col("text").str.starts_with("On March 7, Turkey")).row(0, named=True)
    assert march["n_numbers"] == 2 and march["attribution"] is False
    body = "Nothing here happens at all.\nAccording to Reuters, 68 countries met on 22 March."
    made = article_sentences(docs(("d", None, body)))
    assert made["sentence_id"].to_list() == [1, 2]  # no title: no sentence 0
    plain, dense = made.rows(named=True)
    assert plain["claim_score"] == 0.0
    assert (dense["attribution"], dense["n_numbers"], dense["entities"]) == (True, 3, ["Reuters"])
    assert dense["claim_score"] == pytest.approx(0.35 + 0.20 + 0.25 / 3)


# ---------------------------------------------------------------------------------------------------------------
# comments: runs, similarity, entities on hand-made frames


ARTICLE = docs((
    "a",
    "Minister denies secret talks",
    (
        "The minister said the secret talks with the rebels never took place in Geneva.\n"
        "Officials later confirmed that a delegation had travelled to the city in March."
    ),
))


def test_shared_runs_are_exact():
    s = article_sentences(ARTICLE)
    c = comment_claims(coms(
        # 7 shared words ("the secret talks with the rebels never"), 3 of its own, then 6 shared words ("a
        # delegation had travelled to the"): longest 7, 13 of 16 words in shared runs of 5+
        ("a", 1, "the secret talks with the rebels never, I hear, happened: a delegation had travelled to the"),
        # a run across the body's paragraph break: "in Geneva. / Officials later confirmed" (5 of 7 words)
        ("a", 2, "so in Geneva officials later confirmed nothing"),
        # the title's end and the body's start are not one run: "denies secret talks" | "the minister said"
        ("a", 3, "denies secret talks the minister said"),
        ("a", 4, "pigs can fly"),
        # 6 shared words ("the minister said the secret talks") in 18: under 8 words and under half the comment
        ("a", 5, "I doubt it, but the minister said the secret talks are a lie and we all know it"),
    ), s)
    r = c.rows_by_key("comment_id", named=True, unique=True)
    assert (r[1]["longest_shared_run"], r[1]["quoted_share"], r[1]["quotes_article"]) == (7, 13 / 16, True)
    assert r[1]["quoted_sentence_id"] == 1
    assert (r[2]["longest_shared_run"], r[2]["quoted_share"], r[2]["quotes_article"]) == (5, 5 / 7, True)
    assert r[2]["quoted_sentence_id"] == 1  # the run starts with "in Geneva", in sentence 1
    assert (r[3]["longest_shared_run"], r[3]["quoted_share"], r[3]["quoted_sentence_id"]) == (3, 0.0, None)
    assert (r[4]["longest_shared_run"], r[4]["quoted_share"], r[4]["drift"]) == (0, 0.0, 1.0)
    assert (r[5]["longest_shared_run"], r[5]["quoted_share"], r[5]["quotes_article"]) == (6, 6 / 18, False)


def test_degenerate_repetition_stays_exact():
    d = docs(("r", "t", "war is peace " * 300))
    c = comment_claims(coms(("r", 1, "war is peace " * 10)), article_sentences(d))
    assert c["longest_shared_run"][0] == 30
    assert c["quoted_share"][0] == 1.0


def test_nulls_and_other_languages():
    d = docs(
        ("ru", "Путин заявил о победе", "Президент России Владимир Путин заявил, что армия победила."),
        ("zh", "标题", "中国外交部发言人表示，美国应该停止干涉。他说这是第二次。"),
        ("empty", "", ""),
        ("none", None, None),
    )
    s = article_sentences(d)
    assert set(s["doc_id"]) == {"ru", "zh"}
    c = comment_claims(coms(
        ("ru", 1, "Путин заявил, что армия победила. Ложь!"),
        ("ru", 2, None),
        ("zh", 1, "美国应该停止干涉"),
        ("empty", 1, "hello"),
        ("none", 1, "hello"),
        ("unknown", 1, "hello"),
    ), s)
    r = {(x["doc_id"], x["comment_id"]): x for x in c.iter_rows(named=True)}
    assert r[("ru", 1)]["longest_shared_run"] == 5 and r[("ru", 1)]["quotes_article"] is True
    assert r[("ru", 2)]["longest_shared_run"] == 0 and r[("ru", 2)]["quoted_share"] is None
    assert r[("ru", 2)]["engages_claim"] is False and r[("ru", 2)]["new_entities"] == []
    assert r[("zh", 1)]["best_sentence_id"] == 1
    for key in (("empty", 1), ("none", 1), ("unknown", 1)):
        assert all(v is None for k, v in r[key].items() if k not in ("doc_id", "comment_id"))
    t = thread_claims(d, c, claims_table(s, c))
    assert t["doc_id"].to_list() == ["empty", "none", "ru", "unknown", "zh"]
    assert t.filter(pl.col("doc_id") == "none")["quote_share"][0] is None


def test_empty_tables():
    s = article_sentences(empty(DOCUMENTS_SCHEMA))
    c = comment_claims(empty(COMMENTS_SCHEMA), s)
    t = thread_claims(empty(DOCUMENTS_SCHEMA), c, claims_table(s, c))
    assert (s.height, c.height, t.height) == (0, 0, 0)
    assert c.schema == pl.Schema(COMMENT_CLAIMS_SCHEMA)
    assert t.schema == pl.Schema(THREAD_CLAIMS_SCHEMA)


# ---------------------------------------------------------------------------------------------------------------
# interface


def test_keys_join_the_profile_tables(seg, per_comment, threads):
    assert per_comment.schema == pl.Schema(COMMENT_CLAIMS_SCHEMA)
    assert per_comment.select("doc_id", "comment_id").is_duplicated().sum() == 0
    joined = seg.comments.join(per_comment, on=["doc_id", "comment_id"], how="inner")
    assert joined.height == seg.comments.height
    assert set(per_comment.columns) & set(COMMENTS_SCHEMA) == {"doc_id", "comment_id"}
    assert threads.schema == pl.Schema(THREAD_CLAIMS_SCHEMA)
    assert threads["doc_id"].to_list() == sorted(seg.documents["doc_id"])  # documents without comments too
    no_comments = threads.filter(pl.col("doc_id") == FILIPPOV).row(0, named=True)
    assert no_comments["quote_share"] is None and no_comments["top_sentences"] is None
    assert no_comments["n_sentences"] > 0


def test_deterministic_and_independent_of_row_order(seg, sentences, per_comment):
    shuffled = seg.comments.sample(fraction=1.0, shuffle=True, seed=3)
    again = comment_claims(shuffled, article_sentences(seg.documents.reverse()))
    assert again.equals(per_comment)


def test_every_column_is_documented(sentences, per_comment, claims, threads):
    doc = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", doc, flags=re.MULTILINE))
    for frame in (sentences, per_comment, claims, threads):
        assert set(frame.columns) <= documented, set(frame.columns) - documented


def test_thread_claims_takes_documents_first_and_the_old_order_warns(seg, per_comment, claims, threads):
    with pytest.warns(DeprecationWarning, match="documents, comment_claims, claims"):
        old = thread_claims(per_comment, claims, seg.documents)
    assert threads.equals(old) and threads.height == seg.documents.height


def test_engage_score_reads_argument_praise_and_replies(sentences):
    # Under the veteranstoday article (the coalition with Saudi Arabia and Qatar): an argument with its claim in the
    # commenter's own words scores over the model's threshold; thanks for the post and an "@name" reply to another
    # reader, under it; a comment without words has no score (as it has no similarity).
    from analysis.engagement import load_model

    made = coms(
        (VT, 201, "Thanks for this, great article!"),
        (VT, 202, "But the coalition includes Saudi Arabia and Qatar, so the claim that it fights terror is simply "
                  "not true: the facts show they funded the very groups the article names."),
        (VT, 203, "@Mike agreed, well said."),
        (VT, 204, "..."),
    )
    out = comment_claims(made, sentences).sort("comment_id")
    score = out["engage_score"].to_list()
    threshold = load_model().threshold
    assert score[1] >= threshold > max(score[0], score[2])
    assert score[0] < 0.05 and score[2] < 0.05
    assert score[3] is None
    # the rule is untouched: 202 shares five terms with its best sentence at 0.32
    assert out["engages_claim"].to_list() == [False, True, False, False]
    assert comment_claims(made, sentences, engagement=False)["engage_score"].null_count() == 4
