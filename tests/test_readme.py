"""The README stays true: its two set-up commands, CI running the test command, every
command documented."""

from __future__ import annotations

import re
from pathlib import Path

from comments.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    section = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_gives_exactly_two_setup_commands():
    main_job, tests = setup_commands()
    assert main_job.startswith("python3 -m venv .venv && ") and "comments stats seeds/" in main_job
    assert tests.startswith("python3 -m venv .venv && ") and "pytest" in tests


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup_commands()[1] in ci


def test_every_command_is_in_the_readme():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")  # argparse keeps subparsers here
    for name in sub.choices:
        assert f"comments {name}" in README, name


def test_layout_shows_the_flow_and_names_real_paths():
    section = README.split("## Layout", 1)[1].split("\n## ", 1)[0]
    assert "documents → lines → comments → profiles → reports" in section
    stages = [line.split()[0] for line in section.split("```")[1].splitlines() if line and not line.startswith(" ")]
    assert stages[:5] == ["documents", "lines", "comments", "profiles", "reports"]
    paths = re.findall(r"\b((?:comments|analysis|figures|docs|notebooks|tests)/[\w./]*)", section)
    assert len(paths) > 10
    for path in paths:
        assert (ROOT / path.rstrip("/.:")).exists(), path
