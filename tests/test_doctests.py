"""The examples in the docstrings run, from the repository root (where ``seeds/`` is), and give what they show."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGES = ("comments", "analysis", "figures")
SKIP = {"comments.__main__"}  # running it is the command line


def modules() -> dict[str, Path]:
    """Every module of the packages, by name, with its file."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            if ".".join(parts) not in SKIP:
                found[".".join(parts)] = path
    return found


def with_examples() -> list[str]:
    return [name for name, path in modules().items() if ">>>" in path.read_text(encoding="utf-8")]


@pytest.mark.parametrize("name", with_examples())
def test_docstring_examples_run(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False,
                             report=True)
    assert result.attempted > 0, f"{name}: its examples were not found"
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed (see the output)"


def test_the_public_entry_points_show_an_example_that_runs():
    import analysis
    import comments

    for func in (comments.segment, comments.segment_files, comments.read_documents, comments.evaluate,
                 analysis.profile_files):
        doc = func.__doc__ if func is not comments.evaluate else importlib.import_module("comments.evaluate").__doc__
        assert ">>>" in doc and "+SKIP" not in doc, func.__name__
    assert {"comments.pipeline", "comments.evaluate", "comments.readers.stream", "analysis.run"} <= set(with_examples())
