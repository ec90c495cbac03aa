"""Marker lexicons: the default file, user files that add or replace markers, validation, counting."""

from __future__ import annotations

import polars as pl
import pytest

from analysis import MarkerError, load_markers, profile_comments
from analysis.markers import DEFAULT_PATH, FORMAT
from test_analysis_helpers import seed_comments

HEADER = f'format = "{FORMAT}"\nversion = 1\n'

REQUIRED = {
    "question", "exclamation", "punct_run", "all_caps", "scare_quotes", "so_called", "laughter", "sarcasm_cues", "insult",
    "profanity", "obfuscated_profanity", "conspiracy", "ingroup_pronoun", "outgroup_pronoun", "us_vs_them", "hedge", "booster", "intensifier",
    "call_to_action", "nazi_comparison", "whataboutism", "pejorative_blend", "elongation", "url",
}


def count(marker_id: str, texts: list[str | None], markers=None) -> list[int | None]:
    m = (markers or load_markers())[marker_id]
    return pl.DataFrame({"t": texts}, schema={"t": pl.String}).select(m.count(pl.col("t"))).to_series().to_list()


def write(tmp_path, body: str, name: str = "mine.toml"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_default_lexicon_has_every_required_marker_documented():
    markers = load_markers()
    assert REQUIRED <= set(markers.ids)
    assert len(set(markers.ids)) == len(markers)
    described = markers.describe()
    assert described["description"].str.len_chars().min() > 10
    assert described["source"].str.len_chars().min() > 5
    assert set(described["origin"]) == {str(DEFAULT_PATH)}


@pytest.mark.parametrize(
    ("marker_id", "text", "expected"),
    [
        ("question", "Why?? Really? ok", 2),
        ("punct_run", "What?! No!!! fine.", 2),
        ("all_caps", "the TERROR PARTNERSHIP of NATO and the US, HEllo MI6 ПУТИН", 3),
        ("scare_quotes", "the “moderate” rebels and 'experts' don't 'cause trouble", 2),
        ("so_called", "so-called, so called, socalled, so, called", 3),
        ("laughter", "LOL lolol hahaha xD rofl lmao 😂 Rolling on the floor laughing", 8),
        ("sarcasm_cues", "Yeah, right. How convenient /s riiiight", 4),
        ("obfuscated_profanity", "f*ck sh*t a$$ azz sh1t US$5 C#", 5),
        ("conspiracy", "The deep state, globalists and their false flag. Wake up, sheeple! MSM NWO", 7),
        ("ingroup_pronoun", "We and us, our ours; the US army; WE", 5),
        ("outgroup_pronoun", "They gave them their own; theirs", 4),
        ("hedge", "Maybe, I think, it seems, allegedly", 4),
        ("intensifier", "very really TOTALLY freaking", 4),
        ("nazi_comparison", "Hitler, the Nazis, neo-Nazi, Ukronazis and the Fourth Reich", 5),
        ("whataboutism", "What about Iraq? Where was the outrage when they bombed Libya?", 2),
        ("pejorative_blend", "Israhell, Amerikkka, Ruzzia, Putler, libtards", 5),
        ("elongation", "sooo nooo www.x.com xxx riiight", 3),
        ("url", "see https://a.b/c?d=1 and www.example.com.", 2),
    ],
)
def test_default_markers_count(marker_id, text, expected):
    assert count(marker_id, [text]) == [expected]


# Behaviours measured on the validity set (tests/validity, issue 12); every expectation checked by hand.
@pytest.mark.parametrize(
    ("marker_id", "text", "expected"),
    [
        # acronyms, initialisms and short capital tokens are not shouting; emphasis words are
        ("all_caps", "The SEO and AI folks at BMS said DIY, FOMO, IMHO, LOL", 0),
        ("all_caps", "I NEED mustgo. Mine are ENORMOUS! and it WORKS", 3),
        ("all_caps", "take another 4 long years of OBAMA FAILURE, NOT again", 3),
        ("all_caps", "COVID19 and NATO's plan; UN-HATE it", 1),
        # attributed quotation and quoted sentences are not scare quotes; distancing quotes are
        ("scare_quotes", 'He said "absolutely not" and I say "I design websites."', 0),
        ("scare_quotes", 'the "leading" company and its \'normal\' events', 2),
        # laughter and ridicule beyond lol/haha
        ("laughter", "Ha ha ha. Haw haw! What a bunch of mouth breathers, a total clown show", 4),
        ("laughter", "Gonna be hilarious when this bubble pops", 1),
        # plain and masked profanity are two columns
        ("profanity", "it's 80% bullshit, they know it's BS, fuck you, shitting all over, sure as hell", 5),
        ("profanity", "the Dickens class passes the assessment in hello world", 0),
        ("obfuscated_profanity", "f*ck this sh!t and your azz", 3),
        # imperatives to readers and "let us"
        ("call_to_action", "Vote them out! Write your MP. Let us make this point. Boycott them.", 4),
        ("call_to_action", "we need to win the series and we must destroy the village", 0),
        # whataboutism phrases
        ("whataboutism", "But what about Iraq? Where was the outrage when Obama did it?", 2),
        # us versus them framing, not pronouns
        ("us_vs_them", "We the public are so controlled. These people want us to believe it.", 2),
        ("us_vs_them", "We went to the beach and they loved it.", 0),
        # hedges and boosters
        ("hedge", "I don't think so; pretty much done, kinda", 3),
        ("booster", "I'm sure it works, no doubt; I always go on Fridays and never on Sundays", 2),
        # sarcasm cues only (the column is named for what it measures)
        ("sarcasm_cues", "COLOUR ME SURPRISED. That will teach them.", 2),
    ],
)
def test_validity_set_behaviours(marker_id, text, expected):
    assert count(marker_id, [text]) == [expected]


def test_words_match_curly_apostrophes_and_any_white_space():
    markers = load_markers()
    assert count("call_to_action", ["Don’t let them win. Spread   the\nword"], markers) == [2]


def test_null_text_gives_null_count():
    assert count("question", [None, "?"]) == [None, 1]


def test_user_file_adds_and_replaces_markers_by_id(tmp_path):
    path = write(tmp_path, """
[[marker]]
id = "question"
description = "Only double question marks."
source = "hand-built"
patterns = ['\\?\\?']

[[marker]]
id = "kremlin_bot"
description = "Kremlin bot accusations."
source = "hand-built"
words = ["kremlin bot", "kremlin bots", "putinbot"]
""")
    markers = load_markers(path)
    defaults = load_markers()
    assert markers.ids == defaults.ids + ["kremlin_bot"]  # replaced in place, added at the end
    assert markers["question"].origin == str(path)
    assert count("question", ["Why? Why??"], markers) == [1]
    assert count("kremlin_bot", ["You Kremlin bots!"], markers) == [1]


def test_user_file_without_defaults(tmp_path):
    path = write(tmp_path, """include_defaults = false
[[marker]]
id = "putin"
description = "Putin."
source = "hand-built"
words = ["putin"]
""")
    assert load_markers(path).ids == ["putin"]


def test_profile_comments_takes_a_marker_file(tmp_path):
    path = write(tmp_path, """include_defaults = false
[[marker]]
id = "cabal"
description = "The word cabal."
source = "hand-built"
words = ["cabal"]
""")
    result = profile_comments(seed_comments(), markers=path)
    assert [c for c in result.columns if c.startswith("m_")] == ["m_cabal"]
    assert result["m_cabal"].to_list() == [0, 0, 0, 0, 0, 0, 0, 2, 2]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[[marker]]\nid = 'x'\ndescription = 'd'\nsource = 's'\npatterns = ['(?<=a)b']\n",
         r"marker #1 \(id 'x'\): pattern '\(\?<=a\)b': not a valid polars"),
        ("[[marker]]\nid = 'x'\ndescription = 'd'\nsource = 's'\npatterns = ['a*']\n", "matches the empty string"),
        ("[[marker]]\nid = 'x'\nsource = 's'\nwords = ['a']\n", r"marker #1 \(id 'x'\): description must be"),
        ("[[marker]]\nid = 'Bad Id'\ndescription = 'd'\nsource = 's'\nwords = ['a']\n", "id must be snake_case"),
        ("[[marker]]\nid = 'x'\ndescription = 'd'\nsource = 's'\n", "needs words or patterns"),
        ("[[marker]]\nid = 'x'\ndescription = 'd'\nsource = 's'\npattern = ['a']\n", r"unknown key\(s\) \['pattern'\]"),
        ("[[marker]]\nid = 'x'\ndescription = 'd'\nsource = 's'\nwords = ['a']\n"
         "[[marker]]\nid = 'x'\ndescription = 'd'\nsource = 's'\nwords = ['b']\n", "marker #2: id 'x' appears twice"),
        ("[[marker]\n", "not valid TOML"),
    ],
)
def test_invalid_marker_files_name_the_file_and_the_entry(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(MarkerError, match=message) as err:
        load_markers(path)
    assert str(path) in str(err.value)


def test_marker_file_needs_the_header(tmp_path):
    path = tmp_path / "old.toml"
    path.write_text("[[marker]]\nid = 'x'\ndescription = 'd'\nsource = 's'\nwords = ['a']\n", encoding="utf-8")
    with pytest.raises(MarkerError, match='format = "comments-toolkit markers"'):
        load_markers(path)
    with pytest.raises(MarkerError, match="not found"):
        load_markers(tmp_path / "missing.toml")
