"""Rhetorical marker lexicons: loading, validation, and counting with polars' regex engine.

A lexicon is a TOML file (the default is ``analysis/markers.toml``, whose header comment documents the format).
Every marker compiles to one regular expression (its words and patterns joined by ``|``), so a marker with
thousands of words still costs one pass of polars' regex engine over the texts; counts are
``str.count_matches`` (non-overlapping matches).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import polars as pl

from comments.errors import UsageError

FORMAT = "comments-toolkit markers"
VERSION = 1
DEFAULT_PATH = Path(__file__).with_name("markers.toml")
COLUMN_PREFIX = "m_"

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_MARKER_KEYS = {"id", "description", "source", "words", "patterns", "exclude", "case_sensitive", "validity"}
_FILE_KEYS = {"format", "version", "include_defaults", "marker"}
_REGEX_META = set("\\.+*?()|[]{}^$#&-~")


class MarkerError(UsageError):
    """A marker file or entry that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Marker:
    """One marker: its id (column ``m_<id>``), documentation, and what it matches."""

    id: str
    description: str
    source: str
    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    case_sensitive: bool = False
    origin: str = ""  # the file the marker was read from
    validity: str = ""  # measured precision and recall (tests/validity), when measured

    @property
    def column(self) -> str:
        return COLUMN_PREFIX + self.id

    @property
    def regex(self) -> str:
        """The marker's single regular expression."""
        parts = [f"(?:{p})" for p in self.patterns]
        if self.words:
            words = sorted(set(self.words), key=lambda w: (-len(w), w))
            parts.append("(?:" + "|".join(word_regex(w) for w in words) + ")")
        return self._flags + "|".join(parts)

    @property
    def exclude_regex(self) -> str | None:
        if not self.exclude:
            return None
        return self._flags + "|".join(f"(?:{p})" for p in self.exclude)

    @property
    def _flags(self) -> str:
        return "" if self.case_sensitive else "(?i)"

    def count(self, text: pl.Expr) -> pl.Expr:
        """Expression: matches of the marker in ``text`` (UInt32)."""
        n = text.str.count_matches(self.regex)
        if self.exclude:
            n = (n.cast(pl.Int64) - text.str.count_matches(self.exclude_regex).cast(pl.Int64)).clip(0).cast(pl.UInt32)
        return n.alias(self.column)


@dataclass(frozen=True)
class Markers:
    """An ordered set of markers (ids unique)."""

    markers: tuple[Marker, ...]
    files: tuple[str, ...] = field(default=())

    def __iter__(self) -> Iterator[Marker]:
        return iter(self.markers)

    def __len__(self) -> int:
        return len(self.markers)

    def __getitem__(self, marker_id: str) -> Marker:
        for m in self.markers:
            if m.id == marker_id:
                return m
        raise KeyError(marker_id)

    @property
    def ids(self) -> list[str]:
        return [m.id for m in self.markers]

    @property
    def columns(self) -> list[str]:
        return [m.column for m in self.markers]

    def expressions(self, text: pl.Expr | str = "text") -> list[pl.Expr]:
        """One count expression per marker, named ``m_<id>``."""
        expr = pl.col(text) if isinstance(text, str) else text
        return [m.count(expr) for m in self.markers]

    def merged(self, other: Markers) -> Markers:
        """``self`` with ``other``'s markers added; a marker with an id already present replaces it in place."""
        by_id = {m.id: m for m in other.markers}
        kept = [by_id.pop(m.id, m) for m in self.markers]
        return Markers(tuple(kept) + tuple(m for m in other.markers if m.id in by_id), self.files + other.files)

    def describe(self) -> pl.DataFrame:
        """One row per marker: id, column, description, source, measured validity, origin file."""
        return pl.DataFrame(
            {
                "id": self.ids,
                "column": self.columns,
                "description": [m.description for m in self.markers],
                "source": [m.source for m in self.markers],
                "validity": [m.validity for m in self.markers],
                "origin": [m.origin for m in self.markers],
            }
        )


def load_markers(path: str | Path | None = None) -> Markers:
    """The default markers, with the markers of ``path`` (if given) added or replacing defaults by id.

    A file with ``include_defaults = false`` gives its own markers only.

    Raises
    ------
    MarkerError
        When a file cannot be read or an entry is invalid; the message names the file and the entry.

    Examples
    --------
    >>> markers = load_markers()
    >>> "so_called" in markers.ids
    True
    >>> pl.DataFrame({"text": ["the so-called experts", None]}).select(markers["so_called"].count(pl.col("text")))["m_so_called"].to_list()
    [1, None]
    """
    defaults, _ = _read_file(DEFAULT_PATH)
    if path is None:
        return defaults
    own, include_defaults = _read_file(Path(path))
    return defaults.merged(own) if include_defaults else own


def resolve_markers(markers: Markers | str | Path | None) -> Markers:
    """``markers`` as given (a Markers), loaded from a path, or the defaults for None."""
    if isinstance(markers, Markers):
        return markers
    return load_markers(markers)


def _read_file(path: Path) -> tuple[Markers, bool]:
    where = str(path)
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise MarkerError(f"{where}: marker file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise MarkerError(f"{where}: not valid TOML: {e}") from None
    unknown = set(data) - _FILE_KEYS
    if unknown:
        raise MarkerError(f"{where}: unknown top-level key(s) {sorted(unknown)}; allowed: {sorted(_FILE_KEYS)}")
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise MarkerError(
            f'{where}: header must say format = "{FORMAT}" and version = {VERSION} '
            f"(found format = {data.get('format')!r}, version = {data.get('version')!r})"
        )
    include_defaults = data.get("include_defaults", True)
    if not isinstance(include_defaults, bool):
        raise MarkerError(f"{where}: include_defaults must be true or false")
    entries = data.get("marker", [])
    if not isinstance(entries, list) or not entries:
        raise MarkerError(f"{where}: no [[marker]] entries")
    markers, seen = [], set()
    for n, entry in enumerate(entries, start=1):
        marker = _parse_entry(entry, f"{where}: marker #{n}", where)
        if marker.id in seen:
            raise MarkerError(f"{where}: marker #{n}: id {marker.id!r} appears twice in the file")
        seen.add(marker.id)
        markers.append(marker)
    return Markers(tuple(markers), (where,)), include_defaults


def _parse_entry(entry: object, where: str, origin: str) -> Marker:
    if not isinstance(entry, dict):
        raise MarkerError(f"{where}: must be a table")
    marker_id = entry.get("id")
    if not isinstance(marker_id, str) or not _ID_RE.match(marker_id):
        raise MarkerError(f"{where}: id must be snake_case (a-z, 0-9, _; starting with a letter), found {marker_id!r}")
    where = f"{where} (id {marker_id!r})"
    unknown = set(entry) - _MARKER_KEYS
    if unknown:
        raise MarkerError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_MARKER_KEYS)}")
    for key in ("description", "source"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise MarkerError(f"{where}: {key} must be a non-empty string")
    lists = {}
    for key in ("words", "patterns", "exclude"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise MarkerError(f"{where}: {key} must be a list of non-empty strings")
        lists[key] = tuple(value)
    if not lists["words"] and not lists["patterns"]:
        raise MarkerError(f"{where}: needs words or patterns")
    case_sensitive = entry.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        raise MarkerError(f"{where}: case_sensitive must be true or false")
    validity = entry.get("validity", "")
    if not isinstance(validity, str):
        raise MarkerError(f"{where}: validity must be a string")
    marker = Marker(
        marker_id, entry["description"].strip(), entry["source"].strip(), lists["words"], lists["patterns"],
        lists["exclude"], case_sensitive, origin, validity.strip(),
    )
    flags = marker._flags
    for key in ("patterns", "exclude"):
        for p in lists[key]:
            _check_regex(flags + p, f"{where}: {key[:-1] if key != 'exclude' else 'exclude pattern'} {p!r}")
    _check_regex(marker.regex, f"{where}: words")
    return marker


def _check_regex(regex: str, where: str) -> None:
    try:
        n = pl.select(pl.lit("").str.count_matches(regex)).item()
    except pl.exceptions.PolarsError as e:
        msg = str(e).strip().splitlines()
        raise MarkerError(f"{where}: not a valid polars (Rust) regex (no look-around, no back-references): {' '.join(msg)[:300]}") from None
    if n:
        raise MarkerError(f"{where}: matches the empty string, so it would count everywhere")


def word_regex(word: str) -> str:
    """A literal word or phrase as a regex: metacharacters escaped, spaces as white space, ' as ' or ’, word
    boundaries at ends that are word characters."""
    out = []
    for ch in word.strip():
        if ch.isspace():
            if out and out[-1] != r"\s+":
                out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        elif ch in _REGEX_META:
            out.append("\\" + ch)
        else:
            out.append(ch)
    body = "".join(out)
    return _boundary(word.strip()[0]) + body + _boundary(word.strip()[-1])


def _boundary(ch: str) -> str:
    """A word boundary beside ``ch``: ASCII ``(?-u:\b)`` next to an ASCII word character (polars' fast matcher
    cannot run Unicode ``\b``: about 50 times slower), Unicode ``\b`` next to other letters, none next to
    punctuation."""
    if ch.isascii() and (ch.isalnum() or ch == "_"):
        return r"(?-u:\b)"
    return r"\b" if ch.isalnum() else ""
