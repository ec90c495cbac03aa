"""Dates in comment headers: the regex grammar and a vectorised ISO 8601 parser.

The grammar fills the ``{DT}``, ``{DATE}``, ``{TIME}`` and ``{REL}`` placeholders of
the header patterns in ``data/cues.toml``.  All patterns are for polars' Rust regex
engine (no look-around).
"""

from __future__ import annotations

import polars as pl

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
YEAR = r"(?:\d{4}|'?\d{2})"
DATE = (
    rf"(?:{WEEKDAY}?(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?\b|{DAY}\s+(?:of\s+)?{MONTH},?(?:\s+{YEAR}\b)?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b))"
)
TIME = (
    r"(?:@\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:utc|gmt|[ecmp][sd]t|cet|cest|msk)\b)?"
)
REL = (
    r"(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\s+ago"
    r"|(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago|yesterday|just now)"
)
DT = rf"(?:{DATE}(?:[\s,]+(?:at|@|-|–|—|\|)?\s*{TIME})?|{TIME}(?:[\s,]+(?:on\s+)?{DATE})?)"

# ASCII word boundaries: a Unicode \b sends the regex engine off its fast DFA on
# non-ASCII text (about 10x slower); the boundaries here sit next to digits anyway.
DATE, DT = (p.replace(r"\b", r"(?-u:\b)") for p in (DATE, DT))

PLACEHOLDERS = {"{DT}": DT, "{DATE}": DATE, "{TIME}": TIME, "{REL}": REL}


def expand(pattern: str) -> str:
    """Replace the date placeholders of a header pattern by their regexes."""
    for key, value in PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern


# Extraction patterns for the parser: numbered capture groups.
_MONTH_FIRST = rf"(?i)(?-u:\b)({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}|'?\d{{2}})(?-u:\b)"
_DAY_FIRST = rf"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH}),?\s+(\d{{4}}|'?\d{{2}})(?-u:\b)"
_ISO = r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})"
_DOTTED = r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.(\d{4})(?-u:\b)"  # 06.03.2017: day first (European)
_SLASHED = r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4})(?-u:\b)"  # 3/6/2017: month first (US)
_TIME = r"(?i)(?:^|[^\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m(?-u:\b))?"

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def _year(expr: pl.Expr) -> pl.Expr:
    y = expr.str.strip_chars("'").cast(pl.Int32, strict=False)
    return pl.when(y < 100).then(y + 2000).otherwise(y)


def _month_number(expr: pl.Expr) -> pl.Expr:
    return expr.str.to_lowercase().str.slice(0, 3).replace_strict(_MONTHS, default=None, return_dtype=pl.Int32)


def parse_datetime(expr: pl.Expr) -> pl.Expr:
    """ISO 8601 date (``2012-07-10``) or date-time (``2012-07-10T01:26``) read from free text.

    Null where no absolute date can be read (relative dates such as "3 years ago"
    need the crawl date, which the text does not carry).
    """
    text = expr
    a = text.str.extract_groups(_MONTH_FIRST)
    b = text.str.extract_groups(_DAY_FIRST)
    c = text.str.extract_groups(_ISO)
    d = text.str.extract_groups(_DOTTED)
    e = text.str.extract_groups(_SLASHED)
    year = pl.coalesce(
        _year(a.struct.field("3")), _year(b.struct.field("3")), c.struct.field("1").cast(pl.Int32, strict=False),
        d.struct.field("3").cast(pl.Int32, strict=False), e.struct.field("3").cast(pl.Int32, strict=False),
    )
    month = pl.coalesce(
        _month_number(a.struct.field("1")), _month_number(b.struct.field("2")),
        c.struct.field("2").cast(pl.Int32, strict=False), d.struct.field("2").cast(pl.Int32, strict=False),
        e.struct.field("1").cast(pl.Int32, strict=False),
    )
    day = pl.coalesce(
        a.struct.field("2").cast(pl.Int32, strict=False), b.struct.field("1").cast(pl.Int32, strict=False),
        c.struct.field("3").cast(pl.Int32, strict=False), d.struct.field("1").cast(pl.Int32, strict=False),
        e.struct.field("2").cast(pl.Int32, strict=False),
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
