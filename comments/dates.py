"""Dates in comment headers: the regex grammar and a vectorised ISO 8601 parser.

The grammar fills the ``{DT}``, ``{DATE}``, ``{TIME}`` and ``{REL}`` placeholders of
the header patterns in ``data/cues.toml``.  All patterns are for polars' Rust regex
engine (no look-around).
"""

from __future__ import annotations

import polars as pl

# English month and weekday names, as written in running text (analysis.claims counts them
# as checkable facts).
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Month names: English, German, French, Spanish, Italian, Portuguese, Russian, Ukrainian
# (full forms, genitive forms and the usual abbreviations).
# (Abbreviations that are English words — "out", "set", "mag", "gen", "ago" — are left out.)
_LATIN_MONTH = (
    r"(?:jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar|brero|braio)?|f[eé]v(?:rier|ereiro)?|mar(?:ch|s|zo|ço|co)?|m[aä]rz"
    r"|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may(?:o)?|mai(?:o)?|maggio|june?|juni|juin|junio|junho|giugno"
    r"|july?|juli|juil(?:let)?|julio|julho|luglio|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember|iembre)?)?"
    r"|settembre|setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|outubro|nov(?:ember|embre|embro)?"
    r"|dec(?:ember)?|dez(?:ember|embro)?|d[eé]c(?:embre)?|dic(?:iembre|embre)?|enero|gennaio)"
)
_CYRILLIC_MONTH = (
    r"(?:январ[ья]|янв|феврал[ья]|фев|марта?|мар|апрел[ья]|апр|ма[йя]|июн[ья]|июн|июл[ья]|июл|августа?|авг"
    r"|сентябр[ья]|сен|октябр[ья]|окт|ноябр[ья]|ноя|декабр[ья]|дек"
    r"|січ(?:ня)?|лют(?:ого)?|берез(?:ня)?|квіт(?:ня)?|трав(?:ня)?|черв(?:ня)?|лип(?:ня)?|серп(?:ня)?|верес(?:ня)?"
    r"|жовт(?:ня)?|листопад(?:а)?|груд(?:ня)?)"
)
# Latin-script names stand as whole words ("ago" is in "Chicago", "Mar" in "Marines").
MONTH = rf"(?:(?-u:\b){_LATIN_MONTH}(?-u:\b)\.?|{_CYRILLIC_MONTH}\.?)"
WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)"
DAY = r"\d{1,2}(?:st|nd|rd|th|er|\.)?"
YEAR = r"(?:\d{4}|'?\d{2})"
DATE = (
    rf"(?:{WEEKDAY}?(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?\b|{DAY}\s+(?:of\s+|de\s+)?{MONTH}(?:\s+de)?,?(?:\s+{YEAR}\b)?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b"
    # year first, as East Asian sites write it: 2025/12/12, 2025.12.12 (Korean), 2025/12/12(金) (Japanese)
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}\b(?:\s*[（(][日月火水木金土][）)])?"
    # Chinese, Japanese, Korean: 2025年12月12日, 12月12日, 2025년 12월 12일
    r"|(?:\d{4}\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일号號]))"
)
TIME = (
    r"(?:@\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:utc|gmt|[ecmp][sd]t|cet|cest|msk)\b)?"
)
# Bare words ("yesterday", "gestern", "вчера") need word edges: "ayer" is in "taxpayers".
# (Classes, not \b: a Unicode \b is slow and an ASCII one does not know Cyrillic letters.)
_BARE_REL = (
    r"(?:^|[^\w])(?:yesterday|just now|gestern|hier|ayer|ontem|ieri|вчера|сегодня|учора)(?:$|[^\w])"
)
REL = (
    r"(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\s+ago"
    r"|(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago|" + _BARE_REL +
    # German, French, Spanish, Portuguese, Italian, Russian, Ukrainian
    r"|vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
    r"|il\s+y\s+a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)"
    r"|hace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)"
    r"|h[áa]\s+(?:\d+|uma?)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)"
    r"|\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa"
    # (one \w* after the stems, not one per stem: a Unicode \w costs the regex compiler ~0.2 ms a copy,
    # and polars compiles every pattern again in each batch)
    r"|\d+\s+(?:(?:секунд|минут|час|дн|недел|месяц|год)\w*|день|лет)\s+назад"
    r"|\d+\s+(?:(?:секунд|хвилин|годин|дн|тиж|місяц|рок)\w*|день)\s+тому"
    # Chinese, Japanese, Korean: 3小时前, 5分前, 2日前, 3시간 전
    r"|\d+\s*(?:秒钟?|秒鐘|分钟|分鐘|分|小时|小時|時間|天|日|周|週|星期|个月|個月|[ヶかカケ]月|年)\s*前"
    r"|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전)"
)
DT = rf"(?:{DATE}(?:[\s,]+(?:at|@|-|–|—|\|)?\s*{TIME})?|{TIME}(?:[\s,]+(?:on\s+)?{DATE})?)"

# ASCII word boundaries: a Unicode \b sends the regex engine off its fast DFA on
# non-ASCII text (about 10x slower); the boundaries here sit next to digits anyway.
DATE, DT = (p.replace(r"\b", r"(?-u:\b)") for p in (DATE, DT))

PLACEHOLDERS = {"{DT}": DT, "{DATE}": DATE, "{TIME}": TIME, "{REL}": REL, "{MONTH}": MONTH}


def expand(pattern: str) -> str:
    """Replace the date placeholders of a header pattern by their regexes."""
    for key, value in PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern


# Extraction patterns for the parser: numbered capture groups.
_MONTH_FIRST = rf"(?i)(?-u:\b)({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}|'?\d{{2}})(?-u:\b)"
_DAY_FIRST = rf"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?({MONTH})(?:\s+de)?,?\s+(\d{{4}}|'?\d{{2}})(?-u:\b)"
# 2017-03-06, and year first with slashes or dots as East Asian sites write it: 2017/3/6, 2017.03.06
_ISO = r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})|(?-u:\b)(\d{4})[./](\d{1,2})[./](\d{1,2})(?-u:\b)"
_DOTTED = r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.(\d{4})(?-u:\b)"  # 06.03.2017: day first (European)
_SLASHED = r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4})(?-u:\b)"  # 3/6/2017: month first (US)
_CJK = r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})"  # 2017年3月6日, 2017년 3월 6일
_TIME = r"(?i)(?:^|[^\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m(?-u:\b))?"

# Month number from the first letters of a month name, in the languages of MONTH.
_MONTHS = {
    **{m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)},
    "fév": 2, "fev": 2, "mär": 3, "mae": 3, "avr": 4, "abr": 4, "mai": 5, "mag": 5, "giu": 6, "lug": 7,
    "aoû": 8, "aou": 8, "ago": 8, "set": 9, "okt": 10, "ott": 10, "out": 10, "dez": 12, "déc": 12, "dic": 12,
    "ene": 1, "gen": 1,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "окт": 10, "ноя": 11, "дек": 12,
    "січ": 1, "лют": 2, "бер": 3, "кві": 4, "тра": 5, "чер": 6, "лип": 7, "сер": 8, "вер": 9, "жов": 10,
    "лис": 11, "гру": 12,
}
# French "juin"/"juillet" share their first three letters: four letters decide.
_MONTHS4 = {"juin": 6, "juil": 7}


def _year(expr: pl.Expr) -> pl.Expr:
    y = expr.str.strip_chars("'").cast(pl.Int32, strict=False)
    return pl.when(y < 100).then(y + 2000).otherwise(y)


def _month_number(expr: pl.Expr) -> pl.Expr:
    low = expr.str.to_lowercase()
    return pl.coalesce(
        low.str.slice(0, 4).replace_strict(_MONTHS4, default=None, return_dtype=pl.Int32),
        low.str.slice(0, 3).replace_strict(_MONTHS, default=None, return_dtype=pl.Int32),
    )


def split_edited(text: pl.Expr) -> pl.Expr:
    """Substack glues its "Edited" mark to the date: "Aug 9, 2025Edited" → "Aug 9, 2025 Edited"."""
    return text.str.replace_all(r"(?i)(\d)(edited)", "$1 $2")


def parse_datetime(expr: pl.Expr) -> pl.Expr:
    """ISO 8601 date (``2012-07-10``) or date-time (``2012-07-10T01:26``) read from free text.

    Null where no absolute date can be read (relative dates such as "3 years ago"
    need the crawl date, which the text does not carry).
    """
    text = split_edited(expr)
    a = text.str.extract_groups(_MONTH_FIRST)
    b = text.str.extract_groups(_DAY_FIRST)
    c = text.str.extract_groups(_ISO)
    d = text.str.extract_groups(_DOTTED)
    e = text.str.extract_groups(_SLASHED)
    f = text.str.extract_groups(_CJK)
    iso = [pl.coalesce(c.struct.field(str(i)), c.struct.field(str(i + 3))).cast(pl.Int32, strict=False)
           for i in (1, 2, 3)]
    year = pl.coalesce(
        _year(a.struct.field("3")), _year(b.struct.field("3")), iso[0],
        d.struct.field("3").cast(pl.Int32, strict=False), e.struct.field("3").cast(pl.Int32, strict=False),
        f.struct.field("1").cast(pl.Int32, strict=False),
    )
    month = pl.coalesce(
        _month_number(a.struct.field("1")), _month_number(b.struct.field("2")),
        iso[1], d.struct.field("2").cast(pl.Int32, strict=False),
        e.struct.field("1").cast(pl.Int32, strict=False), f.struct.field("2").cast(pl.Int32, strict=False),
    )
    day = pl.coalesce(
        a.struct.field("2").cast(pl.Int32, strict=False), b.struct.field("1").cast(pl.Int32, strict=False),
        iso[2], d.struct.field("1").cast(pl.Int32, strict=False),
        e.struct.field("2").cast(pl.Int32, strict=False), f.struct.field("3").cast(pl.Int32, strict=False),
    )
    t = text.str.extract_groups(_TIME)
    hour = t.struct.field("1").cast(pl.Int32, strict=False)
    minute = t.struct.field("2").cast(pl.Int32, strict=False)
    ampm = t.struct.field("4").str.to_lowercase()
    hour24 = (
        pl.when(ampm == "p").then(pl.when(hour == 12).then(12).otherwise(hour + 12))
        .when(ampm == "a").then(pl.when(hour == 12).then(0).otherwise(hour))
        .otherwise(hour)
    )
    valid_date = year.is_between(1990, 2100) & month.is_between(1, 12) & day.is_between(1, 31)
    valid_time = hour24.is_between(0, 23) & minute.is_between(0, 59)
    date_str = pl.format(
        "{}-{}-{}", year.cast(pl.String), month.cast(pl.String).str.zfill(2), day.cast(pl.String).str.zfill(2)
    )
    time_str = pl.format("T{}:{}", hour24.cast(pl.String).str.zfill(2), minute.cast(pl.String).str.zfill(2))
    return (
        pl.when(valid_date & valid_time).then(date_str + time_str)
        .when(valid_date).then(date_str)
        .otherwise(None)
    )
