"""Dates in comment headers: ISO 8601 from several languages; look-alikes are not dates."""

from __future__ import annotations

import polars as pl
import pytest

from comments.dates import DATE, REL, parse_datetime


@pytest.mark.parametrize("text, iso", [
    ("Jane — July 10th, 2012, 1:26 am", "2012-07-10T01:26"),
    ("November 13, 2012 at 8:26 am", "2012-11-13T08:26"),
    ("26 October 2012 17:38", "2012-10-26T17:38"),
    ("Posted by: Ann Lee | March 03, 2017 at 06:10 PM", "2017-03-03T18:10"),
    ("2017-03-06 16:36", "2017-03-06T16:36"),
    ("06.03.2017 16:36", "2017-03-06T16:36"),
    ("3. März 2017 um 16:36", "2017-03-03T16:36"),
    ("3 mars 2017 à 16:36", "2017-03-03T16:36"),
    ("12 juillet 2019", "2019-07-12"),
    ("3 de enero de 2020 a las 9:05", "2020-01-03T09:05"),
    ("15 апреля 2017 в 15:48", "2017-04-15T15:48"),
    ("张三 2025年12月12日 11:02", "2025-12-12T11:02"),
    ("2017年3月6日", "2017-03-06"),
    ("2017년 3월 6일 16:36", "2017-03-06T16:36"),
    ("닉네임 2017.03.06 16:36", "2017-03-06T16:36"),
    ("名無しさん 2017/3/6(月) 16:36:12.34 ID:abcd", "2017-03-06T16:36"),
    ("Jane • 3 years ago", None),  # relative: needs the crawl date
    ("11.05.12 at 1:55 pm", None),  # ambiguous day/month/year order
])
def test_parse_datetime(text, iso):
    assert pl.select(parse_datetime(pl.lit(text))).item() == iso


@pytest.mark.parametrize("text", ["vor 1 Tag", "il y a 2 heures", "hace 3 horas", "2 часа назад", "5 minutes ago",
                                  "1 день назад", "5 лет назад", "3 недели назад", "2 години тому", "1 день тому",
                                  "4 тижні тому", "3小时前", "5 分钟前", "2日前", "3時間前", "3시간 전"])
def test_relative_dates_in_several_languages(text):
    assert pl.select(pl.lit(text).str.contains(f"(?i){REL}")).item()
    # the whole age, not a part of it, is what a header's date is cut at
    assert pl.select(pl.lit(f"Ivan {text}").str.replace(f"(?i){REL}", "|")).item() == "Ivan |"


@pytest.mark.parametrize("text", ["Chicago 36,791", "2 Marines landed", "sold out 5 times",
                                  "a bad bet for taxpayers", "前3个月", "2025年的目标"])
def test_look_alikes_are_not_dates(text):
    assert not pl.select(pl.lit(text).str.contains(f"(?i){DATE}|{REL}")).item()
