"""The repository stands on its own: the label spec is in it, the help and README point at it, and no test
reads a file outside the repository (optional development data aside, skipped when absent)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from comments.cli import build_parser
from comments.schema import LABELS

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "docs" / "LABELS.md"


def test_label_spec_is_in_the_repository_and_names_every_label():
    text = SPEC.read_text(encoding="utf-8")
    table = re.findall(r"^\| `(\w+)` \|", text, flags=re.M)
    assert tuple(table) == LABELS
    assert "../shared" not in text


def test_label_spec_example_is_what_segment_writes_for_the_first_seed():
    text = SPEC.read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.+?)\n```", text, flags=re.S).group(1))
    gold = json.loads((ROOT / "seeds" / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert (example["doc_id"], example["site"]) == (gold["doc_id"], gold["site"])
    assert all(span in gold["spans"] for span in example["spans"])


def test_help_and_readme_cite_the_spec_in_the_repository():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert "docs/LABELS.md" in sub.choices["segment"].format_help()
    assert "docs/LABELS.md" in sub.choices["evaluate"].format_help()
    assert "](docs/LABELS.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_no_test_reads_outside_the_repository():
    outside = re.compile(r"\.\./shared|/work/|shared/(dev|spec|gold|seeds)")
    offenders = [
        f"{p.relative_to(ROOT)}:{i}"
        for p in sorted((ROOT / "tests").rglob("*.py"))
        if p.name != Path(__file__).name
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if outside.search(line)
    ]
    assert offenders == []
