"""Load the cue lexicon (``data/cues.toml``) and compile it into polars regexes.

Each kind of cue becomes one alternation, so a lexicon of any size costs one
regex pass per kind over the lines table.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

from comments.errors import UsageError

from comments.dates import expand

DEFAULT_PATH = Path(__file__).with_name("data") / "cues.toml"
KINDS = ("ui", "prefix", "block", "related", "section", "action", "caption", "credit", "pingback", "profile",
         "post_meta", "control", "pagination")
# Separators allowed between the tokens of an action line ("Like · Reply · 2h").
_ACTION_SEP = r"[\s|·•/()\[\]▲▼↑↓›»<>,:–—-]"


class CueError(UsageError):
    """A cue file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Header:
    id: str
    regex: str
    has_author: bool
    max_words: int
    delimits: bool = True
    position: str = "either"  # header | footer | either
    requires: str | None = None  # cheap prefilter: lines without it cannot match
    author: str | None = None  # the commenter's name: the pattern's first group
    lone: bool = False  # may delimit a page's only comment
    examples: tuple[tuple[str, str], ...] = ()  # (header line, the author it names)
    date_line: bool = False  # a date line: the author, if any, stands before the date


@dataclass(frozen=True)
class Cues:
    """Compiled cue regexes, one per kind, plus the ordered header patterns."""

    regex: dict[str, str]
    headers: tuple[Header, ...]
    sources: tuple[str, ...]
    # word lists of the cue file's [vocabulary] (SPEECH, REPLY …) as regex alternations; in
    # patterns they are written {SPEECH}, {REPLY}
    vocabulary: dict[str, str] = field(default_factory=dict)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # … and as word lists

    def whole_words(self, name: str) -> str:
        """A vocabulary list as a regex of whole words (ASCII words between ASCII word
        boundaries — an ASCII boundary never falls next to a Cyrillic or accented letter)."""
        return "(?:" + "|".join(
            r"(?-u:\b)" + w.replace(" ", r"\s+") + r"(?-u:\b)" if w.isascii() else w.replace(" ", r"\s+")
            for w in self.words.get(name, ())
        ) + ")"

    def kinds(self, attribute: str) -> list[str]:
        """The ids of the header kinds with a true ``attribute`` (``lone``, ``date_line``,
        ``has_author``, ``delimits``)."""
        return [h.id for h in self.headers if getattr(h, attribute)]


def _check_regex(pattern: str, where: str) -> None:
    try:
        pl.Series([""]).str.contains(pattern)
    except Exception as exc:  # polars raises ComputeError on a bad pattern
        raise CueError(f"{where}: invalid regex {pattern!r}: {exc}") from None


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise CueError(f"cue file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise CueError(f"{path}: not valid TOML: {exc}") from None
    if data.get("format", "comments-cues") != "comments-cues":
        raise CueError(f"{path}: format must be 'comments-cues', got {data.get('format')!r}")
    return data


def _vocabulary(data: dict, path: Path) -> dict[str, list[str]]:
    vocab = data.get("vocabulary", {})
    if not isinstance(vocab, dict) or not all(
        isinstance(k, str) and k.isupper() and isinstance(v, list) and all(isinstance(w, str) for w in v)
        for k, v in vocab.items()
    ):
        raise CueError(f"{path}: [vocabulary] must map UPPERCASE names to lists of words")
    return vocab


def _with_vocabulary(pattern: str, vocab: dict[str, str]) -> str:
    for name, alternation in vocab.items():
        pattern = pattern.replace("{" + name + "}", alternation)
    return expand(pattern)


def _entries(data: dict, path: Path, vocab: dict[str, str]) -> tuple[dict[str, dict], dict[str, dict]]:
    cues: dict[str, dict] = {}
    for i, entry in enumerate(data.get("cue", []), start=1):
        where = f"{path}: [[cue]] #{i} ({entry.get('id', 'no id')})"
        for key in ("id", "kind", "patterns", "source"):
            if key not in entry:
                raise CueError(f"{where}: missing '{key}'")
        if entry["kind"] not in KINDS:
            raise CueError(f"{where}: kind must be one of {', '.join(KINDS)}, got {entry['kind']!r}")
        if "ends_thread" in entry and (entry["kind"] != "related" or not isinstance(entry["ends_thread"], bool)):
            raise CueError(f"{where}: 'ends_thread' is a true/false setting of kind 'related' only")
        if not isinstance(entry["patterns"], list) or not all(isinstance(p, str) for p in entry["patterns"]):
            raise CueError(f"{where}: 'patterns' must be a list of strings")
        for p in entry["patterns"]:
            _check_regex(_with_vocabulary(p, vocab), where)
        cues[entry["id"]] = entry
    headers: dict[str, dict] = {}
    for i, entry in enumerate(data.get("header", []), start=1):
        where = f"{path}: [[header]] #{i} ({entry.get('id', 'no id')})"
        for key in ("id", "patterns", "source"):
            if key not in entry:
                raise CueError(f"{where}: missing '{key}'")
        if entry.get("position", "either") not in ("header", "footer", "either"):
            raise CueError(f"{where}: position must be header, footer or either")
        for p in entry["patterns"]:
            _check_regex(_with_vocabulary(p, vocab), where)
        if "requires" in entry:
            _check_regex(_with_vocabulary(entry["requires"], vocab), where)
        if entry.get("has_author") and "author" not in entry:
            raise CueError(f"{where}: has_author = true needs an 'author' pattern (its first group is the name)")
        if "author" in entry:
            _check_regex(_with_vocabulary(entry["author"], vocab), where)
            if re.compile(r"(?<!\\)\((?!\?)").search(entry["author"]) is None:
                raise CueError(f"{where}: 'author' needs a capture group around the name")
        headers[entry["id"]] = entry
    return cues, headers


def _check_examples(h: Header) -> None:
    """Each example line of a header kind must match it and name its author."""
    if not h.examples:
        return
    lines = pl.Series([line for line, _ in h.examples])
    matched = lines.str.contains(h.regex).to_list()
    names = lines.str.extract(h.author, 1).str.strip_chars().to_list() if h.author else [None] * len(lines)
    for (line, name), ok, got in zip(h.examples, matched, names):
        if not ok:
            raise CueError(f"[[header]] {h.id}: its example {line!r} does not match its patterns")
        if h.author and got != name:
            raise CueError(f"[[header]] {h.id}: its example {line!r} gives the author {got!r}, not {name!r}")


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{_ascii_boundaries(p)})" for p in patterns) or "(?!)"


def _ascii_boundaries(pattern: str) -> str:
    r"""Use ASCII word boundaries: a Unicode ``\b`` makes the regex engine leave its fast
    DFA on non-ASCII text (about 10x slower), and cue words are ASCII anyway."""
    return pattern.replace(r"\b", r"(?-u:\b)")


@lru_cache(maxsize=8)
def load_cues(extra: tuple[str, ...] = ()) -> Cues:
    """The built-in cues, extended (or, entry by entry, replaced) by ``extra`` files."""
    files = [(DEFAULT_PATH, _read(DEFAULT_PATH))] + [(Path(name), _read(Path(name))) for name in extra]
    words: dict[str, list[str]] = {}
    for path, data in files:  # a user file's list replaces the built-in one of that name
        words.update(_vocabulary(data, path))
    vocab = {name: "(?:" + "|".join(w.replace(" ", r"\s+") for w in ws) + ")" for name, ws in words.items()}
    cues: dict[str, dict] = {}
    headers: dict[str, dict] = {}
    for path, data in files:
        more_cues, more_headers = _entries(data, path, vocab)
        cues.update(more_cues)
        headers.update(more_headers)
    by_kind: dict[str, list[str]] = {k: [] for k in KINDS}
    ends_thread: list[str] = []  # the related headings below which a thread has no more comments
    for entry in cues.values():
        patterns = [_with_vocabulary(p, vocab) for p in entry["patterns"]]
        by_kind[entry["kind"]].extend(patterns)
        if entry.get("ends_thread"):
            ends_thread.extend(patterns)
    alt = {k: _alternation(v) for k, v in by_kind.items()}
    alt["ends_thread"] = _alternation(ends_thread)
    # An empty alternation must never match; Rust regex has no (?!), use an impossible class.
    alt = {k: (v if v != "(?!)" else r"[^\s\S]") for k, v in alt.items()}
    regex = {
        "ui": rf"(?i)^(?:{alt['ui']})[\s.:!?…]*$",
        "prefix": rf"(?i)^(?:{alt['prefix']})",
        # (a related-stories heading is a block too)
        "block": rf"(?i)^(?:{alt['block']}|{alt['related']})",
        "related": rf"(?i)^(?:{alt['related']})",
        "ends_thread": rf"(?i)^(?:{alt['ends_thread']})",
        "section": rf"(?i)^(?:{alt['section']})[\s.:!?…]*$",
        "action": rf"(?i)^{_ACTION_SEP}*(?:(?:{alt['action']}){_ACTION_SEP}*)+$",
        "caption": rf"(?i)^(?:{alt['caption']})",
        "credit": rf"(?i)(?:{alt['credit']})",
        "pingback": rf"(?i)^(?:{alt['pingback']})",
        "profile": rf"(?i)^(?:{alt['profile']})\s*$",
        "post_meta": rf"(?i)^(?:{alt['post_meta']})\s*$",
        "control": rf"(?i)^(?:{alt['control']})$",
        "pagination": rf"(?i)^(?:{alt['pagination']})\s*$",
    }
    header_list = tuple(
        Header(
            id=h["id"],
            regex=(
                rf"(?i)(?:{_alternation([_with_vocabulary(p, vocab) for p in h['patterns']])})"
                if h.get("match", "line") == "search"
                else rf"(?i)^(?:{_alternation([_with_vocabulary(p, vocab) for p in h['patterns']])})$"
            ),
            has_author=bool(h.get("has_author", False)),
            max_words=int(h.get("max_words", 25)),
            delimits=bool(h.get("delimits", True)),
            position=str(h.get("position", "either")),
            requires=_with_vocabulary(h["requires"], vocab) if "requires" in h else None,
            author=rf"(?i){_with_vocabulary(h['author'], vocab)}" if "author" in h else None,
            lone=bool(h.get("lone", False)),
            examples=tuple((str(line), str(name)) for line, name in h.get("examples", [])),
            date_line=bool(h.get("date_line", False)),
        )
        for h in headers.values()
    )
    for h in header_list:
        _check_examples(h)
    sources = tuple(sorted({e["source"] for e in [*cues.values(), *headers.values()]}))
    return Cues(regex=regex, headers=header_list, sources=sources, vocabulary=vocab,
                words={name: tuple(ws) for name, ws in words.items()})
