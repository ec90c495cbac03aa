"""Language identification: langdetect's answer, deterministically, and ``und`` instead of exceptions."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.language import detect_languages

SENTENCES = {
    "en": "This is clearly an English sentence about the war in Syria and the coalition.",
    "de": "Das ist ein deutscher Satz über den Krieg in Syrien und die Koalition der Willigen.",
    "fr": "Ceci est une phrase française sur la guerre en Syrie et la coalition internationale.",
    "es": "Esta es una frase en español sobre la guerra en Siria y la coalición internacional.",
    "ru": "Это русское предложение о войне в Сирии и международной коалиции против терроризма.",
    "ar": "هذه جملة عربية عن الحرب في سوريا والتحالف الدولي ضد الإرهاب.",
}


def test_profiles_method_finds_the_language():
    result = detect_languages(pl.Series(list(SENTENCES.values())))
    assert result.to_list() == list(SENTENCES)


def test_profiles_agree_with_seeded_langdetect_on_these_sentences():
    texts = pl.Series(list(SENTENCES.values()))
    assert detect_languages(texts, method="langdetect").to_list() == detect_languages(texts).to_list()


@pytest.mark.parametrize(
    "text",
    [None, "", "   ", "lol", "Nice!", "12345 67890 !!!", "😂😂😂😂😂😂😂😂😂😂😂", "https://example.com/some/long/path?x=1",
     "\x00\x00\x00", "e\u0301" * 3],
)
def test_undetermined_text_is_und_never_an_exception(text):
    for method in ("profiles", "langdetect"):
        assert detect_languages(pl.Series([text], dtype=pl.String), method=method).to_list() == ["und"]


def test_urls_and_mail_addresses_are_ignored_as_langdetect_does():
    text = "Read what they wrote here https://example.de/der-krieg-und-die-koalition-gegen-den-terror or ask hans@beispiel.de"
    assert detect_languages(pl.Series([text])).to_list() == ["en"]
    assert detect_languages(pl.Series([text]), method="langdetect").to_list() == ["en"]


def test_long_and_mixed_texts_do_not_raise():
    texts = pl.Series(["word " * 5000, "ПРИВЕТ МИР " * 50 + "hello world", "Việt Nam là một quốc gia xinh đẹp ở Đông Nam Á."])
    result = detect_languages(texts).to_list()
    assert result[2] == "vi"
    assert all(isinstance(x, str) for x in result)


def test_deterministic_and_order_independent():
    texts = pl.Series(list(SENTENCES.values()) * 3)
    first = detect_languages(texts).to_list()
    assert detect_languages(texts).to_list() == first
    assert detect_languages(texts.reverse()).to_list() == first[::-1]


def test_min_letters_is_the_undetermined_cut():
    assert detect_languages(pl.Series(["Yes indeed"]), min_letters=10).to_list() == ["und"]  # 9 letters
    assert detect_languages(pl.Series(["Yes indeed"]), min_letters=5).to_list() != ["und"]


def test_unknown_method_is_an_error():
    with pytest.raises(ValueError, match="profiles"):
        detect_languages(pl.Series(["x"]), method="cld3")
